//! An upload, from the request to the answer: the file is received into a temporary file
//! (never past `--max-depot`), synced, kept in `archives/`, renamed into
//! `depots/PERIOD/SLUG/NAME`, recorded, then validated off the async threads with the same
//! rules as `cadastre analyse`. Nothing is acknowledged before it is on disk.

use std::path::{Path, PathBuf};

use axum::extract::multipart::{Field, Multipart, MultipartError};
use axum::http::StatusCode;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::error::{Error, Result};
use super::store::{NewDepot, Partner};
use super::Portal;
use crate::error::Said;
use crate::model::TableOutcome;
use crate::period::Period;

/// A file received whole into `tmp/`, not yet stored.
pub struct Received {
    pub name: String,
    pub file: tempfile::NamedTempFile,
    pub sha256: String,
    pub size: u64,
}

/// The client's file name made safe to be a file name (never a path): its last component,
/// without control characters, leading dots or Excel's lock prefix, at most 120 characters.
pub fn safe_name(client: &str) -> Option<String> {
    let base = client.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches(['.', '~', '$']).trim();
    let cleaned: String = cleaned.chars().take(120).collect();
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Reads the `fichier` field of a multipart body into a temporary file; `fields` receives
/// the short text fields sent before it (the coordinator's `csrf` and `partenaire`).
pub async fn receive(
    portal: &Portal,
    mut form: Multipart,
    fields: &mut std::collections::HashMap<String, String>,
) -> Result<Received> {
    let max = portal.settings.max_upload;
    loop {
        let field = form.next_field().await.map_err(|e| multipart_error(e, max))?;
        let Some(field) = field else {
            return Err(Error::refused("portail-aucun-fichier-recu"));
        };
        match field.name() {
            Some("fichier") => return receive_file(portal, field, max).await,
            Some(name @ ("csrf" | "partenaire")) => {
                let name = name.to_string();
                let text = field.text().await.map_err(|e| multipart_error(e, max))?;
                fields.insert(name, text.chars().take(200).collect());
            }
            _ => {}
        }
    }
}

async fn receive_file(portal: &Portal, mut field: Field<'_>, max: u64) -> Result<Received> {
    let name = field
        .file_name()
        .and_then(safe_name)
        .ok_or_else(|| Error::refused("portail-fichier-sans-nom"))?;
    let file = tempfile::Builder::new()
        .prefix(".depot-")
        .tempfile_in(portal.settings.dir.join("tmp"))?;
    let mut out = tokio::fs::File::from_std(file.reopen()?);
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    while let Some(chunk) = field.chunk().await.map_err(|e| multipart_error(e, max))? {
        size += chunk.len() as u64;
        if size > max {
            return Err(Error::TooLarge { max });
        }
        hasher.update(&chunk);
        out.write_all(&chunk).await?;
    }
    out.flush().await?;
    out.sync_all().await?;
    Ok(Received {
        name,
        file,
        sha256: super::security::hex(&hasher.finalize()),
        size,
    })
}

fn multipart_error(e: MultipartError, max: u64) -> Error {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Error::TooLarge { max }
    } else {
        Error::Refused(Said::of("portail-envoi-mal-forme").text("detail", e.body_text()))
    }
}

/// Stores a received file for `partner` in the open period: kept in `archives/`, renamed
/// into `depots/`, recorded. Returns the version's id and its archive path.
pub async fn store(
    portal: &Portal,
    partner: &Partner,
    period: &str,
    received: Received,
    by_coordinator: bool,
) -> Result<(i64, PathBuf)> {
    let _files = portal.files.lock().await;
    let dir = portal.settings.dir.clone();
    let (slug, name, sha) = (
        partner.slug.clone(),
        received.name.clone(),
        received.sha256.clone(),
    );
    let period_s = period.to_string();
    // The same bytes may come twice in a second: a random part keeps every version.
    let unique = &super::security::new_token()?[..8];
    let archive_rel = format!(
        "{period}/{slug}/{}-{}-{unique}-{name}",
        super::store::now(),
        &sha[..12]
    );
    let archive_rel_c = archive_rel.clone();
    tokio::task::spawn_blocking(move || {
        place_file(&dir, &period_s, &slug, &name, &archive_rel_c, received.file)
    })
    .await??;
    let id = portal
        .store
        .record_upload(&NewDepot {
            partner: partner.id,
            period,
            name: &received.name,
            archive: &archive_rel,
            sha256: &received.sha256,
            size: received.size,
            by_coordinator,
        })
        .await?;
    Ok((id, portal.settings.dir.join("archives").join(archive_rel)))
}

/// The file into `archives/` (a hard link: the same bytes, never changed again) and into
/// `depots/` (a rename over the previous version), each folder synced.
fn place_file(
    dir: &Path,
    period: &str,
    slug: &str,
    name: &str,
    archive_rel: &str,
    file: tempfile::NamedTempFile,
) -> std::io::Result<()> {
    let archive = dir.join("archives").join(archive_rel);
    let target_dir = dir.join("depots").join(period).join(slug);
    for d in [archive.parent().unwrap_or(dir), target_dir.as_path()] {
        std::fs::create_dir_all(d)?;
    }
    if std::fs::hard_link(file.path(), &archive).is_err() {
        std::fs::copy(file.path(), &archive)?;
        std::fs::File::open(&archive)?.sync_all()?;
    }
    file.persist(target_dir.join(name)).map_err(|e| e.error)?;
    for d in [archive.parent().unwrap_or(dir), target_dir.as_path()] {
        sync_dir(d);
        // A folder created just now is an entry of its parent: synced too (power loss).
        for up in d.ancestors().skip(1).take(2) {
            sync_dir(up);
        }
    }
    Ok(())
}

/// Empties `DIR/tmp/` when the server starts: what a killed server was receiving there was
/// never answered 200, and is never visible anywhere else.
pub fn clean_tmp(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir.join("tmp")) {
        for entry in entries.flatten() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Removes the partner's current file `name` from `depots/` (its versions stay in
/// `archives/`); whether there was one.
pub async fn withdraw(portal: &Portal, partner: &Partner, period: &str, name: &str) -> Result<bool> {
    let _files = portal.files.lock().await;
    if !portal.store.withdraw(partner.id, period, name).await? {
        return Ok(false);
    }
    let path = portal.store.depots_dir(period).join(&partner.slug).join(name);
    match tokio::fs::remove_file(&path).await {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(e.into()),
    }
}

/// The upload answer SPEC fixes: the rows of `fichiers.csv` and `rejets.csv` for the file.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub fichier: String,
    pub tables: Vec<TableRow>,
    pub rejets: Vec<RejectionRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TableRow {
    pub feuille: String,
    pub table: String,
    pub lues: u64,
    pub utilisees: u64,
    pub rejetees: u64,
    pub remarque: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RejectionRow {
    pub feuille: String,
    pub ligne: Option<u32>,
    pub colonne: String,
    pub valeur: String,
    pub raison: String,
}

impl Answer {
    fn of(name: &str, outcomes: &[TableOutcome]) -> Answer {
        Answer {
            fichier: name.to_string(),
            tables: outcomes
                .iter()
                .map(|o| TableRow {
                    feuille: o.tally.place.sheet.clone(),
                    table: o.tally.kind.code().to_string(),
                    lues: o.tally.read,
                    utilisees: o.tally.used,
                    rejetees: o.tally.rejected,
                    remarque: o.tally.remark.clone(),
                })
                .collect(),
            rejets: outcomes
                .iter()
                .flat_map(|o| &o.rejections)
                .map(|r| RejectionRow {
                    feuille: r.place.sheet.clone(),
                    ligne: r.line,
                    colonne: r.column.clone(),
                    valeur: r.value.clone(),
                    raison: r.reason.clone(),
                })
                .collect(),
        }
    }

    pub fn totals(&self) -> (u64, u64, u64) {
        self.tables.iter().fold((0, 0, 0), |(r, u, j), t| {
            (r + t.lues, u + t.utilisees, j + t.rejetees)
        })
    }
}

/// Validates a stored version (its archive copy, which never changes) as `cadastre
/// analyse` would, on a blocking thread, one of a bounded number at once.
pub async fn validate(portal: &Portal, id: i64, name: &str, path: PathBuf, period: &str) -> Result<Answer> {
    let _slot = portal
        .validations
        .acquire()
        .await
        .map_err(|e| Error::Internal(e.into()))?;
    let period = Period::parse(period).ok_or_else(|| anyhow::anyhow!("stored period unreadable"))?; // not words: internal, logged only
    let settings = portal.settings.clone();
    let rel = name.to_string();
    let outcomes = tokio::task::spawn_blocking(move || {
        crate::pipeline::check_file(&rel, &path, period, &settings.taxonomy, settings.lang)
    })
    .await?;
    let answer = Answer::of(name, &outcomes);
    let (read, used, rejected) = answer.totals();
    portal.store.set_counts(id, read, used, rejected).await?;
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_names_never_become_paths() {
        assert_eq!(safe_name("besoins.xlsx").as_deref(), Some("besoins.xlsx"));
        assert_eq!(safe_name("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(
            safe_name("C:\\Users\\cpas\\Besoins T3.xlsx").as_deref(),
            Some("Besoins T3.xlsx")
        );
        assert_eq!(safe_name("..").as_deref(), None);
        assert_eq!(safe_name(".htaccess").as_deref(), Some("htaccess"));
        assert_eq!(safe_name("~$besoins.xlsx").as_deref(), Some("besoins.xlsx"));
        assert_eq!(safe_name("a\u{0}b\nc.csv").as_deref(), Some("abc.csv"));
        assert_eq!(safe_name("").as_deref(), None);
        assert_eq!(safe_name(&"x".repeat(300)).map(|s| s.len()), Some(120));
    }
}
