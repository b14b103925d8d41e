//! What the system says, in the run's language. The standard library words system errors
//! in English ("No space left on device (os error 28)"), which then came through inside
//! French sentences; the common ones are translated here, the others keep the system's
//! own text. Every place that shows an I/O error to the user goes through [`describe`],
//! or [`chain`] for an error and its causes.

use std::io::{Error, ErrorKind};

use crate::model::Lang;

/// The system's error `e`, in `lang`: « plus de place sur le disque », "permission denied";
/// the system's English text for an error not listed here.
pub fn describe(e: &Error, lang: Lang) -> String {
    match words(e) {
        Some(id) => crate::i18n::t(lang, id),
        // The system's text may carry a path (tempfile adds "at path …"): cut as any
        // value quoted back.
        None => crate::sanitize::cut(&e.to_string()).into_owned(),
    }
}

/// An error and its causes on one line, as anyhow's `{:#}` writes them ("écriture de X:
/// cause"), with each system error among them in `lang`, and this program's own messages
/// (a [`crate::error::UsageError`], a [`crate::error::Said`], a broken taxonomy) worded in
/// `lang`.
pub fn chain(e: &anyhow::Error, lang: Lang) -> String {
    e.chain()
        .enumerate()
        .map(|(i, cause)| {
            if let Some(io) = cause.downcast_ref::<Error>() {
                return describe(io, lang);
            }
            let shown = cause.to_string();
            // The outermost message may be a context anyhow wraps: found by downcasting
            // the whole error, and taken only if it is the message at hand.
            let mine = |c: &(dyn std::error::Error + 'static)| {
                if let Some(u) = c.downcast_ref::<crate::error::UsageError>() {
                    Some(u.message(lang))
                } else if let Some(s) = c.downcast_ref::<crate::error::Said>() {
                    Some(s.words(lang))
                } else {
                    c.downcast_ref::<crate::error::TaxonomyError>()
                        .map(|t| t.message(lang))
                }
            };
            if let Some(w) = mine(cause) {
                return w;
            }
            if i == 0 {
                let whole = e
                    .downcast_ref::<crate::error::Said>()
                    .map(|s| (s.words(lang), s.to_string()))
                    .or_else(|| {
                        e.downcast_ref::<crate::error::UsageError>()
                            .map(|u| (u.message(lang), u.to_string()))
                    })
                    .or_else(|| {
                        e.downcast_ref::<crate::error::TaxonomyError>()
                            .map(|t| (t.message(lang), t.to_string()))
                    });
                if let Some((words, french)) = whole {
                    if french == shown {
                        return words;
                    }
                }
            }
            shown
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// The catalog's words for the errors a user meets: by kind, else by the Unix error number
/// (for an error the standard library did not classify).
fn words(e: &Error) -> Option<&'static str> {
    words_of(e.kind()).or_else(|| e.raw_os_error().and_then(kind_of_errno).and_then(words_of))
}

fn words_of(kind: ErrorKind) -> Option<&'static str> {
    Some(match kind {
        ErrorKind::StorageFull => "lecture-systeme-disque-plein",
        ErrorKind::PermissionDenied => "lecture-systeme-permission",
        ErrorKind::NotFound => "lecture-systeme-introuvable",
        ErrorKind::ReadOnlyFilesystem => "lecture-systeme-lecture-seule",
        ErrorKind::AlreadyExists => "lecture-systeme-existe",
        ErrorKind::QuotaExceeded => "lecture-systeme-quota",
        ErrorKind::NotADirectory => "lecture-systeme-pas-un-dossier",
        _ => return None,
    })
}

/// The kind of a Unix error number (Linux's; the first four are the same on every Unix).
#[cfg(unix)]
fn kind_of_errno(n: i32) -> Option<ErrorKind> {
    Some(match n {
        2 => ErrorKind::NotFound,
        13 => ErrorKind::PermissionDenied,
        28 => ErrorKind::StorageFull,
        30 => ErrorKind::ReadOnlyFilesystem,
        #[cfg(target_os = "linux")]
        122 => ErrorKind::QuotaExceeded,
        _ => return None,
    })
}

#[cfg(not(unix))]
fn kind_of_errno(_: i32) -> Option<ErrorKind> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(e: Error) -> (String, String) {
        (describe(&e, Lang::Fr), describe(&e, Lang::En))
    }

    #[test]
    fn each_common_error_in_both_languages() {
        let cases = [
            (
                ErrorKind::StorageFull,
                "plus de place sur le disque",
                "no space left on device",
            ),
            (
                ErrorKind::PermissionDenied,
                "permission refusée",
                "permission denied",
            ),
            (
                ErrorKind::NotFound,
                "fichier ou dossier introuvable",
                "no such file or folder",
            ),
            (
                ErrorKind::ReadOnlyFilesystem,
                "disque en lecture seule",
                "read-only file system",
            ),
            (
                ErrorKind::AlreadyExists,
                "un fichier ou dossier de ce nom existe déjà",
                "a file or folder of that name already exists",
            ),
            (
                ErrorKind::QuotaExceeded,
                "quota de disque dépassé",
                "disk quota exceeded",
            ),
            (
                ErrorKind::NotADirectory,
                "un élément du chemin est un fichier, pas un dossier",
                "a part of the path is a file, not a folder",
            ),
        ];
        for (kind, fr, en) in cases {
            // As tempfile reports them: the kind, with its own text.
            assert_eq!(
                both(Error::new(kind, "at path /x")),
                (fr.into(), en.into()),
                "{kind:?}"
            );
        }
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn system_error_numbers_as_the_system_gives_them() {
        let fr = |n| describe(&Error::from_raw_os_error(n), Lang::Fr);
        assert_eq!(fr(28), "plus de place sur le disque");
        assert_eq!(fr(13), "permission refusée");
        assert_eq!(fr(2), "fichier ou dossier introuvable");
        assert_eq!(fr(30), "disque en lecture seule");
        assert_eq!(fr(122), "quota de disque dépassé");
        assert_eq!(fr(17), "un fichier ou dossier de ce nom existe déjà");
        assert_eq!(fr(20), "un élément du chemin est un fichier, pas un dossier");
        assert_eq!(
            describe(&Error::from_raw_os_error(28), Lang::En),
            "no space left on device"
        );
        assert_eq!(
            describe(&Error::from_raw_os_error(28), Lang::Nl),
            "geen ruimte meer op de schijf"
        );
        // The number alone, with no kind: the fallback.
        assert_eq!(
            words_of(kind_of_errno(122).unwrap()),
            Some("lecture-systeme-quota")
        );
    }

    #[test]
    fn other_errors_keep_the_system_text() {
        let e = Error::from_raw_os_error(5);
        assert_eq!(describe(&e, Lang::Fr), e.to_string());
        assert!(describe(&e, Lang::Fr).ends_with("(os error 5)"));
        assert_eq!(
            describe(&Error::other("zip: bad header"), Lang::Fr),
            "zip: bad header"
        );
    }

    #[test]
    fn a_chain_translates_its_system_errors_only() {
        let e = anyhow::Error::new(Error::from(ErrorKind::StorageFull))
            .context("écriture de out/2026-T3/cadastre.csv");
        assert_eq!(
            chain(&e, Lang::Fr),
            "écriture de out/2026-T3/cadastre.csv: plus de place sur le disque"
        );
        let plain = anyhow::anyhow!("cause").context("contexte");
        assert_eq!(chain(&plain, Lang::Fr), format!("{plain:#}"));
    }
}
