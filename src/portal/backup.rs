//! `cadastre portail sauvegarde` and `restaurer`: the data folder as one zip file, taken
//! while the server runs, and a working folder made of it.
//!
//! The copy is consistent without stopping the server: the database first (`VACUUM INTO`,
//! a transaction of its own), then `archives/` (files are placed there before the database
//! records them, and never change again: every version the copy knows is there) and
//! `sorties/`. `depots/` is not copied: the restore rebuilds it from the database's current
//! versions and their archives, so it holds exactly what the copied database says. A
//! manifest (`MANIFEST.sha256`, last entry) lists each entry's SHA-256; the restore checks
//! every one before the folder appears under its name.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use sha2::{Digest, Sha256};

use super::store::Store;
use crate::i18n::{n, s, t_args};
use crate::model::Lang;

const MANIFEST: &str = "MANIFEST.sha256";
const DATABASE: &str = "portail.db";

/// Writes the copy of `dir` to `to` (atomically: a temporary file renamed); the number of
/// files and bytes it holds.
pub async fn save(dir: &Path, to: &Path, lang: Lang) -> anyhow::Result<(u64, u64)> {
    let store = Store::open_in(dir, lang).await?;
    // Beside the copy, not in DIR/tmp/: a server starting meanwhile empties that one.
    let beside = to
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let work = tempfile::tempdir_in(beside)?;
    let db = work.path().join(DATABASE);
    sqlx::query("VACUUM INTO ?")
        .bind(db.to_string_lossy().to_string())
        .execute(&store.db)
        .await?;
    store.db.close().await;
    let (dir, to) = (dir.to_path_buf(), to.to_path_buf());
    tokio::task::spawn_blocking(move || write_zip(&dir, &db, &to)).await?
}

fn write_zip(dir: &Path, db: &Path, to: &Path) -> anyhow::Result<(u64, u64)> {
    let parent = to
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(parent)?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(tmp.as_file().try_clone()?));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let mut manifest = String::new();
    let (mut files, mut bytes) = (0u64, 0u64);
    let mut add = |zip: &mut zip::ZipWriter<_>, name: String, path: &Path| -> anyhow::Result<()> {
        let mut file = std::fs::File::open(path).with_context(|| path.display().to_string())?;
        zip.start_file(name.as_str(), options)?;
        let (sum, size) = copy_hashing(&mut file, zip)?;
        manifest.push_str(&format!("{sum}  {name}\n"));
        files += 1;
        bytes += size;
        Ok(())
    };
    add(&mut zip, DATABASE.to_string(), db)?;
    for top in ["archives", "sorties"] {
        for path in walk(&dir.join(top))? {
            let rel = path.strip_prefix(dir)?.to_string_lossy().replace('\\', "/");
            add(&mut zip, rel, &path)?;
        }
    }
    zip.start_file(MANIFEST, options)?;
    zip.write_all(manifest.as_bytes())?;
    zip.finish()?.flush()?;
    tmp.as_file().sync_all()?;
    tmp.persist(to).map_err(|e| e.error)?;
    Ok((files, bytes))
}

/// Copies `from` into `to`; the SHA-256 (hex) and the size.
fn copy_hashing(from: &mut impl Read, to: &mut impl Write) -> std::io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let k = from.read(&mut buf)?;
        if k == 0 {
            break;
        }
        hasher.update(&buf[..k]);
        to.write_all(&buf[..k])?;
        size += k as u64;
    }
    Ok((super::security::hex(&hasher.finalize()), size))
}

/// Every file under `dir`, sorted (none when it does not exist).
fn walk(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Makes `dir` (absent or empty) a working data folder from the copy `from`.
pub async fn restore(from: &Path, dir: &Path, lang: Lang) -> anyhow::Result<u64> {
    let not_empty = std::fs::read_dir(dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if not_empty {
        anyhow::bail!(t_args(
            lang,
            "sauvegarde-dossier-non-vide",
            &[("chemin", s(dir.display().to_string()))]
        ));
    }
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let work = tempfile::tempdir_in(parent)?;
    let (from_c, root) = (from.to_path_buf(), work.path().to_path_buf());
    let files = tokio::task::spawn_blocking(move || unpack(&from_c, &root, lang)).await??;
    rebuild_depots(work.path(), lang).await?;
    let _ = std::fs::remove_dir(dir);
    let kept = work.keep();
    std::fs::rename(&kept, dir)?;
    Ok(files)
}

fn unpack(from: &Path, root: &Path, lang: Lang) -> anyhow::Result<u64> {
    let bad = |detail: String| {
        anyhow::anyhow!(t_args(
            lang,
            "sauvegarde-invalide",
            &[("chemin", s(from.display().to_string())), ("detail", s(detail))]
        ))
    };
    let file = std::fs::File::open(from).with_context(|| from.display().to_string())?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| bad(e.to_string()))?;
    let mut manifest = String::new();
    zip.by_name(MANIFEST)
        .map_err(|_| bad(MANIFEST.to_string()))?
        .read_to_string(&mut manifest)?;
    let expected: std::collections::BTreeMap<&str, &str> = manifest
        .lines()
        .filter_map(|l| l.split_once("  ").map(|(h, p)| (p, h)))
        .collect();
    let mut seen = 0u64;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i)?;
        let name = entry.name().map_err(|e| bad(e.to_string()))?.to_string();
        if name == MANIFEST {
            continue;
        }
        let rel = entry.enclosed_name().ok_or_else(|| bad(name.clone()))?;
        let want = expected.get(name.as_str()).ok_or_else(|| bad(name.clone()))?;
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap_or(root))?;
        let mut out = std::fs::File::create(&path)?;
        let (sum, _) = copy_hashing(&mut entry, &mut out)?;
        out.sync_all()?;
        if sum != *want {
            return Err(bad(name));
        }
        seen += 1;
    }
    if seen as usize != expected.len() || !root.join(DATABASE).is_file() {
        return Err(bad(MANIFEST.to_string()));
    }
    Ok(seen)
}

/// `depots/PERIOD/SLUG/NAME` for every current version the database records.
async fn rebuild_depots(root: &Path, lang: Lang) -> anyhow::Result<()> {
    let store = Store::open_in(root, lang).await?;
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT d.periode, p.slug, d.nom, d.archive FROM depots d JOIN partenaires p ON p.id = d.partenaire
         WHERE d.retire IS NULL",
    )
    .fetch_all(&store.db)
    .await?;
    let check: (String,) = sqlx::query_as("PRAGMA integrity_check")
        .fetch_one(&store.db)
        .await?;
    store.db.close().await;
    if check.0 != "ok" {
        anyhow::bail!(t_args(lang, "sauvegarde-base-abimee", &[("detail", s(check.0))]));
    }
    for (period, slug, name, archive) in rows {
        let target = root.join("depots").join(&period).join(&slug);
        std::fs::create_dir_all(&target)?;
        std::fs::copy(root.join("archives").join(&archive), target.join(&name))
            .with_context(|| archive.clone())?;
    }
    Ok(())
}

/// The terminal's line after a copy.
pub fn saved_line(lang: Lang, to: &Path, files: u64, bytes: u64) -> String {
    t_args(
        lang,
        "sauvegarde-faite",
        &[
            ("chemin", s(to.display().to_string())),
            ("n", n(files)),
            ("octets", n(bytes)),
        ],
    )
}
