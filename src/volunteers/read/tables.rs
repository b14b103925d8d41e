//! The tables of the council's folder: each file (in name order) opened by
//! [`crate::ingest`], each sheet classed by its header (a `benevole` column: volunteers; a
//! `mission` column: missions; anything else is reported and skipped), each row checked.

use std::path::Path;

use super::merge::Merger;
use super::{check_mission, check_volunteer, Roster, TableRole, TableTally, Values};
use crate::ingest::{Input, RawSheet};
use crate::model::{Lang, Place, Rejection, RosterColumn, RosterKind};
use crate::taxonomy::Taxonomy;

/// What the files gave before the volunteers are merged.
#[derive(Default)]
struct Parts {
    merger: Merger,
    missions: Vec<crate::volunteers::Mission>,
    rejections: Vec<Rejection>,
    tables: Vec<TableTally>,
}

/// Reads every file below `dir` (hidden ones left out), in name order.
pub fn read_dir(dir: &Path, tax: &Taxonomy, lang: Lang) -> anyhow::Result<Roster> {
    let files = crate::ingest::discover(dir)?;
    let mut parts = Parts::default();
    for (rel, path) in &files {
        read_into(&mut parts, rel, path, tax, lang);
    }
    Ok(finish(parts))
}

/// Reads one file; `rel` names it in the outputs.
pub fn read_file(rel: &str, path: &Path, tax: &Taxonomy, lang: Lang) -> Roster {
    let mut parts = Parts::default();
    read_into(&mut parts, rel, path, tax, lang);
    finish(parts)
}

fn finish(parts: Parts) -> Roster {
    let (volunteers, warnings) = parts.merger.finish();
    Roster {
        volunteers,
        missions: parts.missions,
        rejections: parts.rejections,
        tables: parts.tables,
        warnings,
    }
}

/// A table that is skipped, with its reason, in `fichiers.csv` and `rejets.csv`.
fn skipped(parts: &mut Parts, place: Place, table: TableRole, reason: String) {
    parts.rejections.push(Rejection {
        place: place.clone(),
        line: None,
        column: String::new(),
        value: String::new(),
        reason: reason.clone(),
        partner: String::new(),
    });
    parts.tables.push(TableTally {
        place,
        table,
        read: 0,
        used: 0,
        rejected: 0,
        remark: reason,
    });
}

fn read_into(parts: &mut Parts, rel: &str, path: &Path, tax: &Taxonomy, lang: Lang) {
    match crate::ingest::read_file(rel, path, lang) {
        Input::Tables { file, sheets, note } => {
            for sheet in &sheets {
                let place = Place {
                    file: file.clone(),
                    sheet: sheet.sheet.clone(),
                };
                read_sheet(parts, place, sheet, &note, tax, lang);
            }
        }
        Input::Unreadable {
            place,
            reason,
            ignored,
        } => {
            let role = if ignored {
                TableRole::Ignoree
            } else {
                TableRole::Illisible
            };
            skipped(parts, place, role, reason);
        }
    }
}

/// The header row (the first row, or one of the next nine when a title sits above) and the
/// kind of table it makes.
fn find_header(sheet: &RawSheet) -> Option<(usize, RosterKind)> {
    sheet
        .rows
        .iter()
        .take(10)
        .enumerate()
        .find_map(|(i, row)| RosterKind::of_header(&row.cells).map(|k| (i, k)))
}

fn read_sheet(parts: &mut Parts, place: Place, sheet: &RawSheet, note: &str, tax: &Taxonomy, lang: Lang) {
    let Some((h, kind)) = find_header(sheet) else {
        let reason = if sheet.rows.is_empty() {
            crate::i18n::t(lang, "lecture-tableau-vide")
        } else {
            crate::i18n::t_args(
                lang,
                "benevoles-pas-un-tableau",
                &[("n", crate::i18n::n(sheet.rows.len() as u64))],
            )
        };
        return skipped(parts, place, TableRole::Ignoree, reason);
    };
    let header = &sheet.rows[h];
    let mut columns: Vec<(RosterColumn, usize)> = Vec::new();
    let mut unknown = Vec::new();
    for (i, cell) in header.cells.iter().enumerate() {
        match RosterColumn::from_header(cell) {
            Some(c) if !columns.iter().any(|(d, _)| *d == c) => columns.push((c, i)),
            Some(_) => {}
            None if !cell.trim().is_empty() => unknown.push(crate::sanitize::one_line(cell.trim())),
            None => {}
        }
    }
    let mut remarks: Vec<String> = Vec::new();
    if !note.is_empty() {
        remarks.push(note.to_string());
    }
    if !unknown.is_empty() {
        let args = [("colonnes", crate::i18n::s(unknown.join(", ")))];
        remarks.push(crate::i18n::t_args(lang, "lecture-colonnes-inconnues", &args));
    }
    let mut tally = TableTally {
        place: place.clone(),
        table: TableRole::Roster(kind),
        read: 0,
        used: 0,
        rejected: 0,
        remark: remarks.join(" ; "),
    };
    for row in &sheet.rows[h + 1..] {
        let values = Values::from_row(&columns, row);
        tally.read += 1;
        let (problems, partner) = match kind {
            RosterKind::Benevoles => match check_volunteer(&values, tax, lang) {
                Ok(v) => {
                    parts.merger.add(v, &place, row.line, lang);
                    (Vec::new(), String::new())
                }
                Err(p) => (p, String::new()),
            },
            RosterKind::Missions => match check_mission(&values, tax, lang) {
                Ok(m) => {
                    parts.missions.push(m);
                    (Vec::new(), String::new())
                }
                Err(p) => (p, crate::fold::tidy(values.get(RosterColumn::Partenaire))),
            },
        };
        if problems.is_empty() {
            tally.used += 1;
            continue;
        }
        tally.rejected += 1;
        for (column, value, reason) in problems {
            parts.rejections.push(Rejection {
                place: place.clone(),
                line: Some(row.line),
                column: column.code(kind).to_string(),
                value,
                reason,
                partner: partner.clone(),
            });
        }
    }
    parts.tables.push(tally);
}
