//! Errors that stop a run before any output is written (exit code 2). Each message names
//! the path or flag at fault and the fix.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum UsageError {
    #[error("dossier d'entrée introuvable : {0} (input folder not found); indiquez le dossier d'un trimestre, ex. datasets/waremme/2026-T3")]
    NoInputDir(PathBuf),
    #[error("{0} n'est pas un dossier (not a folder): indiquez le dossier qui contient les fichiers des partenaires")]
    NotADir(PathBuf),
    #[error("période inconnue (unknown period): ni --periode, ni période dans le nom du dossier, ni colonne « periode » dans les fichiers ; ajoutez --periode 2026-T3")]
    NoPeriod,
    #[error("les fichiers indiquent plusieurs périodes ({0}) : précisez laquelle analyser avec --periode")]
    SeveralPeriods(String),
    #[error("aucun tableau de besoins ou de services lisible dans {0} (nothing readable): voir les raisons ci-dessus")]
    NothingReadable(PathBuf),
    #[error("sortie impossible dans {path} : {why}")]
    BadOutput { path: PathBuf, why: String },
    #[error("taille « {0} » illisible (unreadable size): écrivez par exemple 20MB ou 500kB")]
    BadSize(String),
    #[error("aucun mot de passe lu sur l'entrée standard (no password on standard input)")]
    NoPassword,
}
