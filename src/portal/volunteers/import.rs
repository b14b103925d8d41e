//! The council's existing list into the portal (`cadastre portail benevoles --donnees DIR
//! FICHIER`): read as `cadastre benevoles` reads it, each volunteer stored with a personal
//! link. The file itself is not copied into DIR: only the database holds the volunteers,
//! so that an erasure leaves nothing behind.

use std::path::Path;

use super::store::{VolunteerRow, FROM_IMPORT};
use crate::model::Lang;
use crate::portal::store::Store;
use crate::taxonomy::Taxonomy;
use crate::volunteers::read::Roster;
use crate::volunteers::Volunteer;

/// What an import did.
pub struct Imported {
    /// Each new volunteer's name and link path (`/b/TOKEN`), in the order read.
    pub links: Vec<(String, String)>,
    /// The names of those already in the portal (same person), left as they were.
    pub known: Vec<String>,
    /// The list as read: its rejections and tallies.
    pub roster: Roster,
}

/// Whether a stored volunteer is the same person (SPEC: folded name, and courriel, or
/// telephone when either has no courriel).
pub fn same_person(stored: &VolunteerRow, v: &Volunteer) -> bool {
    if crate::fold::partner_key(&stored.nom) != v.key {
        return false;
    }
    let (a, b) = (stored.courriel.trim(), v.email.trim());
    if !a.is_empty() && !b.is_empty() {
        return a.eq_ignore_ascii_case(b);
    }
    let (a, b) = (stored.telephone.trim(), v.phone.trim());
    !a.is_empty() && a == b
}

/// Reads `file` and stores its volunteers; a volunteer already in the portal is not
/// added twice.
pub async fn import(
    store: &Store,
    file: &Path,
    tax: &Taxonomy,
    lang: Lang,
    now: i64,
) -> anyhow::Result<Imported> {
    let rel = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let roster = crate::volunteers::read::read_file(&rel, file, tax, lang);
    let mut existing = store.volunteers().await?;
    let (mut links, mut known) = (Vec::new(), Vec::new());
    for v in &roster.volunteers {
        if existing.iter().any(|s| same_person(s, v)) {
            known.push(v.name.clone());
            continue;
        }
        let (id, token) = store.add_volunteer(v, tax, FROM_IMPORT, now).await?;
        links.push((v.name.clone(), format!("/b/{token}")));
        if let Some(row) = store.volunteer(id).await? {
            existing.push(row);
        }
    }
    Ok(Imported { links, known, roster })
}
