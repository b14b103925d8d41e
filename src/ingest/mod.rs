//! Ingest: finds the partner files of a period folder and reads each one into raw sheets of
//! text cells, in parallel. Nothing here judges the content: that is [`crate::validate`].
//!
//! A file that cannot be read becomes an [`Input::Unreadable`] with a sentence saying why;
//! it never stops the other files.

pub mod bounds;
pub mod ole;
pub mod text;
pub mod workbook;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::{Lang, Place};
use crate::period::Period;

/// One non-blank row: its line number as the partner sees it, and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub line: u32,
    pub cells: Vec<String>,
}

/// One table as read: a text file, or a sheet of a workbook (then `sheet` is its name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSheet {
    pub sheet: String,
    pub rows: Vec<RawRow>,
}

/// What reading one file gave.
#[derive(Debug, Clone)]
pub enum Input {
    /// Its tables, with a note for the tally when something was worth saying.
    Tables {
        file: String,
        sheets: Vec<RawSheet>,
        note: String,
    },
    /// Not read at all, and why; `ignored` when the file is simply not a survey file.
    Unreadable {
        place: Place,
        reason: String,
        ignored: bool,
    },
}

/// The extensions SPEC lists.
const TEXT_EXT: [&str; 3] = ["csv", "tsv", "txt"];
const BOOK_EXT: [&str; 5] = ["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// Every file below `dir`, as (relative path with `/`, full path), sorted by relative path.
/// Hidden files and folders are left out; everything else is listed, so that a file the
/// engine cannot use is reported rather than silently skipped.
pub fn discover(dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push((rel, path));
            }
        }
    }
    out.sort();
    Ok(out)
}

fn extension(rel: &str) -> String {
    Path::new(rel)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// A file opened: decoded text (parsed later, as it is validated), the sheets of a
/// workbook, or why it cannot be used.
#[derive(Debug, Clone)]
pub enum Opened {
    Text { text: String, hint: Option<u8> },
    Sheets { sheets: Vec<RawSheet>, note: String },
    Unreadable { reason: String, ignored: bool },
}

/// Opens one file; a system error is given in `lang`. Never panics on its content.
pub fn open(rel: &str, path: &Path, lang: Lang) -> Opened {
    let unreadable = |reason: String| Opened::Unreadable {
        reason,
        ignored: false,
    };
    let ext = extension(rel);
    let base = Path::new(rel)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if base.starts_with("~$") {
        return Opened::Unreadable {
            reason: crate::i18n::t(lang, "lecture-fichier-verrou"),
            ignored: true,
        };
    }
    if !TEXT_EXT.contains(&ext.as_str()) && !BOOK_EXT.contains(&ext.as_str()) {
        return Opened::Unreadable {
            reason: crate::i18n::t_args(
                lang,
                "lecture-format-inconnu",
                &[("ext", crate::i18n::s(ext.as_str()))],
            ),
            ignored: true,
        };
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            return unreadable(crate::i18n::t_args(
                lang,
                "lecture-fichier-illisible",
                &[("erreur", crate::i18n::s(crate::os_error::describe(&e, lang)))],
            ))
        }
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return unreadable(crate::i18n::t(lang, "lecture-fichier-vide"));
    }
    // Partners rename files: trust the content over the extension.
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    let is_ole = bytes.starts_with(b"\xD0\xCF\x11\xE0");
    if is_zip || is_ole || BOOK_EXT.contains(&ext.as_str()) {
        let note = if TEXT_EXT.contains(&ext.as_str()) {
            crate::i18n::t_args(
                lang,
                "lecture-classeur-deguise",
                &[("ext", crate::i18n::s(ext.as_str()))],
            )
        } else {
            String::new()
        };
        return match workbook::read_workbook(bytes) {
            Ok(sheets) => Opened::Sheets { sheets, note },
            Err(reason) => unreadable(reason.words(lang)),
        };
    }
    if text::looks_binary(&bytes) {
        return unreadable(crate::i18n::t(lang, "lecture-fichier-binaire"));
    }
    let hint = (ext == "tsv").then_some(b'\t');
    Opened::Text {
        text: text::decode_owned(bytes).text,
        hint,
    }
}

/// Reads one file into raw sheets (a text file gives one sheet). Never panics on its content.
pub fn read_file(rel: &str, path: &Path, lang: Lang) -> Input {
    let place = Place {
        file: rel.to_string(),
        sheet: String::new(),
    };
    match open(rel, path, lang) {
        Opened::Text { text, hint } => match text::read_table(&text, hint) {
            Ok((sheet, _)) => Input::Tables {
                file: rel.to_string(),
                sheets: vec![sheet],
                note: String::new(),
            },
            Err(reason) => Input::Unreadable {
                place,
                reason,
                ignored: false,
            },
        },
        Opened::Sheets { sheets, note } => Input::Tables {
            file: rel.to_string(),
            sheets,
            note,
        },
        Opened::Unreadable { reason, ignored } => Input::Unreadable {
            place,
            reason,
            ignored,
        },
    }
}

/// Reads all files in parallel; the result is in the order of `files`, whatever the thread
/// count.
pub fn read_all(files: &[(String, PathBuf)], lang: Lang) -> Vec<Input> {
    files
        .par_iter()
        .map(|(rel, path)| read_file(rel, path, lang))
        .collect()
}

/// The period folders a command reads: the folder itself, or, when it holds one subfolder per
/// period (`datasets/waremme/2025-T4`, `2026-T1`…) and no partner file, each of them in
/// time order (only the one asked for with `--periode`).
pub fn period_dirs(dir: &Path, period: Option<Period>) -> anyhow::Result<Vec<(PathBuf, Option<Period>)>> {
    let mut subdirs = Vec::new();
    let mut has_files = false;
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            match (e.path().is_dir(), Period::parse(&name)) {
                (true, Some(p)) if p.to_string() == name || Period::find_in(&name) == Some(p) => {
                    subdirs.push((p, e.path()))
                }
                (true, _) => {}
                (false, _) => has_files = true,
            }
        }
    }
    if subdirs.is_empty() || has_files {
        return Ok(vec![(dir.to_path_buf(), period)]);
    }
    subdirs.sort();
    if let Some(p) = period {
        return match subdirs.into_iter().find(|(q, _)| *q == p) {
            Some((q, d)) => Ok(vec![(d, Some(q))]),
            None => Err(crate::error::UsageError::NoInputDir(dir.join(p.to_string())).into()),
        };
    }
    // Each folder's own name gives its period (and says so in the summary).
    Ok(subdirs.into_iter().map(|(_, d)| (d, None)).collect())
}
