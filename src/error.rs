//! Errors that stop a run before any output is written (exit code 2). Each message names
//! the path or flag at fault and the fix.
//!
//! Their words come from the catalog (`lecture.ftl`) in the run's language: the error
//! keeps its values, and [`crate::os_error::chain`], which shows every error of a run,
//! words it in the run's language ([`UsageError::message`], [`Said::words`],
//! [`TaxonomyError::message`] for a broken taxonomy file). Their
//! `Display` is the French.

use std::path::PathBuf;

use crate::model::Lang;

#[derive(Debug)]
pub enum UsageError {
    NoInputDir(PathBuf),
    NotADir(PathBuf),
    NoPeriod,
    SeveralPeriods(String),
    NothingReadable(PathBuf),
    BadOutput { path: PathBuf, why: String },
    BadSize(String),
    NoPassword,
}

impl UsageError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::{s, t, t_args};
        let path = |p: &PathBuf| s(crate::sanitize::path(p));
        match self {
            UsageError::NoInputDir(p) => t_args(lang, "lecture-usage-pas-de-dossier", &[("chemin", path(p))]),
            UsageError::NotADir(p) => t_args(lang, "lecture-usage-pas-un-dossier", &[("chemin", path(p))]),
            UsageError::NoPeriod => t(lang, "lecture-usage-sans-periode"),
            UsageError::SeveralPeriods(list) => t_args(
                lang,
                "lecture-usage-plusieurs-periodes",
                &[("periodes", s(list.as_str()))],
            ),
            UsageError::NothingReadable(p) => {
                t_args(lang, "lecture-usage-rien-de-lisible", &[("chemin", path(p))])
            }
            UsageError::BadOutput { path: p, why } => t_args(
                lang,
                "lecture-usage-sortie-impossible",
                &[("chemin", path(p)), ("raison", s(why.as_str()))],
            ),
            UsageError::BadSize(size) => t_args(
                lang,
                "lecture-usage-taille-illisible",
                &[("taille", s(size.as_str()))],
            ),
            UsageError::NoPassword => t(lang, "lecture-usage-sans-mot-de-passe"),
        }
    }
}

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Fr))
    }
}

impl std::error::Error for UsageError {}

/// A value of a [`Said`] sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Text(String),
    /// A whole number, its thousands grouped as the language writes them.
    Count(u64),
    /// A size in bytes, written in megabytes as the language writes numbers.
    Megabytes(u64),
}

/// A sentence of the catalog and its values, worded when it is shown: for the messages
/// made where the run's language is not at hand (a workbook's reader, an output's writer,
/// the taxonomy's parser). Its `Display` is the French; [`crate::os_error::chain`] words
/// it in the run's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    args: Vec<(&'static str, Value)>,
}

impl Said {
    /// The message `id`, its values added by the methods below.
    pub fn of(id: &'static str) -> Said {
        Said { id, args: Vec::new() }
    }

    /// The message `id`, with its text values.
    pub fn new(id: &'static str, texts: &[(&'static str, String)]) -> Said {
        Said {
            id,
            args: texts.iter().map(|(k, v)| (*k, Value::Text(v.clone()))).collect(),
        }
    }

    /// Adds a text value.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Said {
        self.args.push((name, Value::Text(value.into())));
        self
    }

    /// Adds a whole number, written as the language writes it: `1 048 576` in French,
    /// `1,048,576` in English, `1.048.576` in Dutch.
    pub fn count(mut self, name: &'static str, n: u64) -> Said {
        self.args.push((name, Value::Count(n)));
        self
    }

    /// Adds a size in bytes, written in megabytes: `20`, or `0,1` for 100 kB in French.
    pub fn megabytes(mut self, name: &'static str, bytes: u64) -> Said {
        self.args.push((name, Value::Megabytes(bytes)));
        self
    }

    /// The sentence in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return crate::i18n::t(lang, self.id);
        }
        let (sep, _) = crate::i18n::number_marks(lang);
        let args: Vec<_> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Value::Text(t) => crate::i18n::s(crate::sanitize::cut(t)),
                    Value::Count(n) => crate::i18n::s(crate::i18n::group_thousands(&n.to_string(), sep)),
                    Value::Megabytes(b) => crate::i18n::s(crate::i18n::megabytes(lang, *b)),
                };
                (*k, v)
            })
            .collect();
        crate::i18n::t_args(lang, self.id, &args)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::Fr))
    }
}

impl std::error::Error for Said {}

/// A broken taxonomy file: the message names the line and the fix. Displayed in French;
/// [`TaxonomyError::message`] gives it in the run's language.
#[derive(Debug)]
pub enum TaxonomyError {
    Line { file: String, line: u64, message: Said },
    File { file: String, message: Said },
}

impl TaxonomyError {
    /// The whole message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::{s, t_args};
        match self {
            TaxonomyError::Line { file, line, message } => t_args(
                lang,
                "lecture-taxo-erreur-ligne",
                &[
                    ("fichier", s(file.as_str())),
                    ("ligne", s(line.to_string())),
                    ("message", s(message.words(lang))),
                ],
            ),
            TaxonomyError::File { file, message } => t_args(
                lang,
                "lecture-taxo-erreur",
                &[("fichier", s(file.as_str())), ("message", s(message.words(lang)))],
            ),
        }
    }
}

impl std::fmt::Display for TaxonomyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Fr))
    }
}

impl std::error::Error for TaxonomyError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_errors_are_worded_in_the_run_language() {
        let e = UsageError::NoInputDir(PathBuf::from("/nulle/part"));
        let fr = "dossier d'entrée introuvable : /nulle/part (input folder not found); indiquez le dossier d'un trimestre, ex. datasets/waremme/2026-T3";
        assert_eq!(e.message(Lang::Fr), fr);
        assert_eq!(
            e.message(Lang::En),
            "input folder not found: /nulle/part; give the folder of a quarter, e.g. datasets/waremme/2026-T3"
        );
        assert_eq!(e.to_string(), fr);
        assert_eq!(
            e.message(Lang::Nl),
            "invoermap niet gevonden: /nulle/part; geef de map van een kwartaal op, bv. datasets/waremme/2026-T3"
        );
        let chained = crate::os_error::chain(&anyhow::Error::from(UsageError::NoPeriod), Lang::Nl);
        assert!(
            chained.starts_with("onbekende periode: geen --periode"),
            "{chained}"
        );
    }

    #[test]
    fn a_said_sentence_groups_its_numbers_as_the_language_does() {
        let said = Said::new("lecture-classeur-trop-de-parties", &[]).count("n", 1_048_576);
        assert!(said
            .words(Lang::Fr)
            .starts_with("classeur illisible : 1 048 576 parties"));
        assert!(said
            .words(Lang::En)
            .starts_with("unreadable workbook: 1,048,576 parts"));
        assert!(said
            .words(Lang::Nl)
            .starts_with("onleesbare werkmap: 1.048.576 onderdelen"));
        assert_eq!(said.to_string(), said.words(Lang::Fr));
    }

    #[test]
    fn a_context_said_is_worded_in_the_chain() {
        use anyhow::Context as _;
        let io = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let e = Err::<(), _>(io)
            .context(Said::new("lecture-ecrit-ecriture", &[]).text("chemin", "out/a.csv"))
            .unwrap_err();
        assert_eq!(
            crate::os_error::chain(&e, Lang::Fr),
            "écriture de out/a.csv: permission refusée"
        );
        assert_eq!(
            crate::os_error::chain(&e, Lang::En),
            "writing out/a.csv: permission denied"
        );
        assert_eq!(
            crate::os_error::chain(&e, Lang::Nl),
            "schrijven van out/a.csv: toegang geweigerd"
        );
        // Only this family's misses: another test asks for a missing message on purpose.
        let misses: Vec<String> = crate::i18n::misses()
            .into_iter()
            .filter(|m| m.contains("lecture-"))
            .collect();
        assert!(misses.is_empty(), "{misses:?}");
    }
}
