//! Writing outputs safely: the target is checked before the heavy work, and a period's
//! folder is built beside its final place then swapped in, so a run that fails midway
//! leaves the previous outputs as they were.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::error::UsageError;
use crate::model::Lang;

/// Makes sure `out` exists (or can be created) and is writable, before any analysis; the
/// system's reason is given in `lang`.
pub fn check_target(out: &Path, lang: Lang) -> Result<(), UsageError> {
    let bad = |why: String| UsageError::BadOutput {
        path: out.to_path_buf(),
        why,
    };
    if out.exists() && !out.is_dir() {
        return Err(bad(crate::i18n::t(lang, "lecture-sortie-fichier")));
    }
    let system = |e: std::io::Error| crate::os_error::describe(&e, lang);
    std::fs::create_dir_all(out).map_err(|e| {
        bad(crate::i18n::t_args(
            lang,
            "lecture-sortie-creation",
            &[("erreur", crate::i18n::s(system(e)))],
        ))
    })?;
    temp_file(out, crate::leftovers::PROBE).map_err(|e| {
        bad(crate::i18n::t_args(
            lang,
            "lecture-sortie-non-modifiable",
            &[("erreur", crate::i18n::s(system(e)))],
        ))
    })?;
    Ok(())
}

/// A new temporary file in `dir`, named `{prefix}` and six random characters, for every
/// file this program writes. tempfile makes its files private (0600) and the rename that
/// publishes them keeps that mode; instead the file is created with mode 0666 and the
/// system applies the umask (or the folder's default ACL) in the same `open` call, exactly
/// as for a file made with `File::create`: 0644 under umask 022, 0640 under 027. The umask
/// is never read: `umask(2)` can only be read by setting it, for the whole process, while
/// other threads create files, and a probe file would cost a file per folder and could
/// still differ from what the system applies later.
fn temp_file(dir: &Path, prefix: &str) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let file = builder.tempfile_in(dir)?;
    // Locked while it is written: a later run removes it only once its writer is gone
    // (see [`crate::leftovers`]).
    let _ = file.as_file().try_lock();
    Ok(file)
}

/// What was being done on `path` when the system said no, worded in the run's language
/// when shown ([`crate::os_error::chain`]).
fn said(id: &'static str, path: impl std::fmt::Display) -> crate::error::Said {
    crate::error::Said::new(id, &[]).text("chemin", path.to_string())
}

/// Writes one file atomically: a temporary file in the same folder, then a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_atomic_with(path, &mut |w| w.write_all(bytes))
}

/// [`write_atomic`] for a file written piece by piece by `fill`, so that a large file is
/// never held whole in memory.
pub fn write_atomic_with(path: &Path, fill: &mut Fill<'_>) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| said("lecture-ecrit-creation", dir.display()))?;
    crate::leftovers::sweep(dir);
    let mut tmp = temp_file(dir, crate::leftovers::TEMP)
        .with_context(|| said("lecture-ecrit-temporaire", dir.display()))?;
    fill(&mut tmp).with_context(|| said("lecture-ecrit-ecriture", path.display()))?;
    tmp.as_file().sync_all().ok();
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| said("lecture-ecrit-ecriture", path.display()))?;
    Ok(())
}

/// Writes a file's bytes, piece by piece, to what it is given.
pub type Fill<'a> = dyn FnMut(&mut dyn Write) -> std::io::Result<()> + 'a;

/// A period's folder being built beside its final place: files go in as they are rendered
/// (so they need not all be held in memory), then [`Staging::publish`] swaps it in whole.
/// Dropped without publishing, it is removed and the previous outputs stay.
///
/// The staging folder `out/.cadastre-nouveau-XXXXXX/` holds the lock file `verrou`, locked
/// for the run's life (see [`crate::leftovers`]), the period folder being built, `name/`,
/// and while it is swapped in, the previous outputs, `ancien/name/`.
pub struct Staging {
    /// Declared before `_lock`, so dropped first: the folder is removed while still locked.
    dir: tempfile::TempDir,
    _lock: std::fs::File,
    out: PathBuf,
    name: String,
}

impl Staging {
    /// A new staging folder inside `out`, for `out/name`, once the leftovers of dead runs
    /// are removed. The period folder is made by `mkdir`, with mode 0777 less the umask: it
    /// keeps that mode once published.
    pub fn new(out: &Path, name: &str) -> anyhow::Result<Staging> {
        crate::leftovers::sweep(out);
        let dir = tempfile::Builder::new()
            .prefix(crate::leftovers::STAGING)
            .tempdir_in(out)
            .with_context(|| said("lecture-ecrit-dossier-temporaire", out.display()))?;
        // Locked before anything else is written in the folder.
        let lock = crate::leftovers::lock_in(dir.path())
            .with_context(|| said("lecture-ecrit-verrou", dir.path().display()))?;
        let staged = dir.path().join(name);
        std::fs::create_dir(&staged).with_context(|| said("lecture-ecrit-creation", staged.display()))?;
        Ok(Staging {
            dir,
            _lock: lock,
            out: out.to_path_buf(),
            name: name.to_string(),
        })
    }

    /// Writes one file (its path relative to the period folder). Safe from several threads.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        self.stream(rel, &mut |w| w.write_all(bytes))
    }

    /// [`Staging::put`] for a file written piece by piece by `fill` (a region's guide is
    /// 150 MB: it goes to the disk as it is formatted, not held whole first).
    pub fn stream(&self, rel: &str, fill: &mut Fill<'_>) -> anyhow::Result<()> {
        let path = self.dir.path().join(&self.name).join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| said("lecture-ecrit-creation", parent.display()))?;
        }
        let mut file =
            std::fs::File::create(&path).with_context(|| said("lecture-ecrit-ecriture", path.display()))?;
        fill(&mut file).with_context(|| said("lecture-ecrit-ecriture", path.display()))
    }

    /// Swaps the staged folder in for `out/name` in two renames; returns its path. The
    /// previous outputs move into the staging folder, removed with it.
    pub fn publish(self) -> anyhow::Result<PathBuf> {
        let target = self.out.join(&self.name);
        let staged = self.dir.path().join(&self.name);
        let old = self.dir.path().join(crate::leftovers::OLD);
        if target.exists() {
            std::fs::create_dir(&old).with_context(|| said("lecture-ecrit-creation", old.display()))?;
            std::fs::rename(&target, old.join(&self.name))
                .with_context(|| said("lecture-ecrit-deplacement", target.display()))?;
        }
        if let Err(e) = std::fs::rename(&staged, &target) {
            // Put the old outputs back before reporting.
            let _ = std::fs::rename(old.join(&self.name), &target);
            return Err(e).with_context(|| said("lecture-ecrit-mise-en-place", target.display()));
        }
        Ok(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Publishes a whole folder of files (relative path -> bytes) as `out/name`: written into a
    /// temporary folder inside `out`, then swapped with the old folder in two renames.
    fn publish_dir(out: &Path, name: &str, files: &[(String, Vec<u8>)]) -> anyhow::Result<PathBuf> {
        let staging = Staging::new(out, name)?;
        for (rel, bytes) in files {
            staging.put(rel, bytes)?;
        }
        staging.publish()
    }

    #[test]
    fn publishing_replaces_the_folder_whole() {
        let dir = tempfile::tempdir().unwrap();
        publish_dir(
            dir.path(),
            "2026-T3",
            &[("a.csv".into(), b"1".to_vec()), ("g/b.svg".into(), b"2".to_vec())],
        )
        .unwrap();
        publish_dir(dir.path(), "2026-T3", &[("a.csv".into(), b"3".to_vec())]).unwrap();
        let p = dir.path().join("2026-T3");
        assert_eq!(std::fs::read(p.join("a.csv")).unwrap(), b"3");
        assert!(!p.join("g/b.svg").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, ["2026-T3"]);
    }

    #[test]
    fn a_file_is_not_an_output_folder() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("x");
        std::fs::write(&f, "").unwrap();
        assert!(check_target(&f, Lang::Fr).is_err());
        assert!(check_target(&dir.path().join("new/out"), Lang::Fr).is_ok());
    }
}
