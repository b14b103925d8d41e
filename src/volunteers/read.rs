//! Reading the council's volunteers and the associations' missions (SPEC "Volunteers"):
//! any file the partner files come in ([`crate::ingest`] gives the raw sheets), headers
//! folded, labels or codes in French, English or Dutch, lists separated by `|` or `,`.
//! Every row is used or reported with its file, sheet, line, column, value and a reason
//! naming the closest valid value; the rows of one person are merged (a warning).
//!
//! The portal registers a volunteer from a form with the same checks:
//! [`volunteer_from_fields`], [`mission_from_fields`].

use super::slots::closest_code;
use super::{parse_slot, Mission, Slot, Volunteer};
use crate::i18n::{s, t, t_args};
use crate::ingest::RawRow;
use crate::model::{Lang, Place, Rejection, RosterColumn, RosterKind};
use crate::taxonomy::{Kind, Taxonomy};

/// What a table of the folder is, as `fichiers.csv` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableRole {
    Roster(RosterKind),
    Ignoree,
    Illisible,
}

impl TableRole {
    /// The `table` column: `benevoles`, `missions`, `ignoree` or `illisible`.
    pub fn code(self) -> &'static str {
        match self {
            TableRole::Roster(kind) => kind.code(),
            TableRole::Ignoree => "ignoree",
            TableRole::Illisible => "illisible",
        }
    }
}

/// One row of `fichiers.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableTally {
    pub place: Place,
    pub table: TableRole,
    pub read: u64,
    pub used: u64,
    pub rejected: u64,
    pub remark: String,
}

/// Everything a folder (or one file) of the council gave.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// Merged, in the order first read.
    pub volunteers: Vec<Volunteer>,
    /// In the order read (files by name, rows in order).
    pub missions: Vec<Mission>,
    pub rejections: Vec<Rejection>,
    pub tables: Vec<TableTally>,
    /// A repeat of the same person, merged: one line per repeat, at the repeat.
    pub warnings: Vec<Rejection>,
}

/// A problem with one value of a form, for the portal's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub column: String,
    pub value: String,
    pub reason: String,
}

/// One row's values by column: `None` when the table has no such column.
#[derive(Debug, Default)]
struct Values {
    cells: [Option<String>; RosterColumn::ALL.len()],
}

impl Values {
    fn from_row(columns: &[(RosterColumn, usize)], row: &RawRow) -> Values {
        let mut v = Values::default();
        for (c, i) in columns {
            let cell = row.cells.get(*i).map_or("", |s| s.trim());
            v.cells[*c as usize] = Some(cell.to_string());
        }
        v
    }

    /// Form fields named as the columns; a list comes as repeated fields.
    fn from_fields(fields: &[(String, String)]) -> Values {
        let mut v = Values::default();
        for (name, value) in fields {
            let Some(c) = RosterColumn::from_header(name) else {
                continue;
            };
            let slot = v.cells[c as usize].get_or_insert_with(String::new);
            let value = value.trim();
            if !slot.is_empty() && !value.is_empty() {
                slot.push('|');
            }
            slot.push_str(value);
        }
        v
    }

    fn has(&self, c: RosterColumn) -> bool {
        self.cells[c as usize].is_some()
    }

    fn get(&self, c: RosterColumn) -> &str {
        self.cells[c as usize].as_deref().unwrap_or("")
    }
}

/// The items of a list cell: separated by `|`, `,` or a line break, trimmed, blanks left out.
fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(['|', ',', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// One row being checked: its values and the problems found so far.
struct Check<'a> {
    values: &'a Values,
    kind: RosterKind,
    tax: &'a Taxonomy,
    lang: Lang,
    problems: Vec<(RosterColumn, String, String)>,
}

impl Check<'_> {
    fn problem(&mut self, c: RosterColumn, value: &str, reason: String) {
        self.problems.push((c, value.to_string(), reason));
    }

    fn column_name(&self, c: RosterColumn) -> &'static str {
        c.name(self.kind, self.lang)
    }

    /// A required cell: reported when empty or when the column is absent.
    fn required(&mut self, c: RosterColumn) -> Option<String> {
        let v = self.values.get(c);
        if !v.is_empty() {
            return Some(crate::fold::tidy(v));
        }
        let id = if self.values.has(c) {
            "lecture-valeur-manquante"
        } else {
            "lecture-colonne-absente"
        };
        let reason = t_args(self.lang, id, &[("colonne", s(self.column_name(c)))]);
        self.problem(c, "", reason);
        None
    }

    /// One taxonomy value; unknown ones are reported with the closest codes.
    fn code(&mut self, c: RosterColumn, kind: Kind, raw: &str) -> Option<usize> {
        let found = self.tax.resolve(kind, raw);
        if found.is_none() {
            let list = self.tax.list(kind);
            let problem = crate::validate::Problem::Unknown {
                kind,
                suggestions: self
                    .tax
                    .suggest(kind, raw)
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                allowed: if list.len() <= 10 {
                    list.iter().map(|e| e.code.clone()).collect()
                } else {
                    Vec::new()
                },
            };
            let reason = problem.reason(raw, self.lang);
            self.problem(c, raw, reason);
        }
        found
    }

    /// A list of taxonomy values, sorted, without repeats.
    fn codes(&mut self, c: RosterColumn, kind: Kind) -> Vec<usize> {
        let cell = self.values.get(c).to_string();
        let mut out: Vec<usize> = items(&cell).filter_map(|raw| self.code(c, kind, raw)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A list of slots, in week order, without repeats.
    fn slots(&mut self, c: RosterColumn) -> Vec<Slot> {
        let cell = self.values.get(c).to_string();
        let mut out = Vec::new();
        for raw in items(&cell) {
            match parse_slot(raw) {
                Some(slot) => out.push(slot),
                None => {
                    let args = [
                        ("valeur", s(crate::sanitize::one_line(raw))),
                        ("code", s(closest_code(raw))),
                    ];
                    let reason = t_args(self.lang, "benevoles-creneau-inconnu", &args);
                    self.problem(c, raw, reason);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The problems as rejection lines of one row.
    fn into_problems(self) -> Vec<(RosterColumn, String, String)> {
        self.problems
    }
}

/// An e-mail address as people write one: something, `@`, a domain with a dot.
fn looks_like_email(v: &str) -> bool {
    match v.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
        }
        None => false,
    }
}

/// A telephone number: digits with spaces, dots, dashes, slashes, brackets, a leading `+`;
/// at least six digits.
fn looks_like_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    digits >= 6
        && v.chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || " ./-()".contains(c) || (c == '+' && i == 0))
}

/// The contact columns: at least one, each well formed.
fn check_contact(c: &mut Check) -> (String, String) {
    let email = c.values.get(RosterColumn::Courriel).to_string();
    let phone = c.values.get(RosterColumn::Telephone).to_string();
    if email.is_empty() && phone.is_empty() {
        let reason = t(c.lang, "benevoles-contact-manquant");
        c.problem(RosterColumn::Courriel, "", reason);
    }
    if !email.is_empty() && !looks_like_email(&email) {
        let reason = t_args(
            c.lang,
            "benevoles-courriel-invalide",
            &[("valeur", s(crate::sanitize::one_line(&email)))],
        );
        c.problem(RosterColumn::Courriel, &email, reason);
    }
    if !phone.is_empty() && !looks_like_phone(&phone) {
        let reason = t_args(
            c.lang,
            "benevoles-telephone-invalide",
            &[("valeur", s(crate::sanitize::one_line(&phone)))],
        );
        c.problem(RosterColumn::Telephone, &phone, reason);
    }
    (email, phone)
}

/// Checks one volunteer row.
fn check_volunteer(
    values: &Values,
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Volunteer, Vec<(RosterColumn, String, String)>> {
    let mut c = Check {
        values,
        kind: RosterKind::Benevoles,
        tax,
        lang,
        problems: Vec::new(),
    };
    let name = c.required(RosterColumn::Benevole);
    let (email, phone) = check_contact(&mut c);
    let needs = match c.required(RosterColumn::Besoin) {
        Some(_) => c.codes(RosterColumn::Besoin, Kind::Besoin),
        None => Vec::new(),
    };
    let mut territories = c.codes(RosterColumn::Territoire, Kind::Territoire);
    if territories.is_empty() {
        territories.push(tax.commune);
    }
    let publics = c.codes(RosterColumn::Public, Kind::Public);
    let slots = c.slots(RosterColumn::Disponibilite);
    let comment = crate::fold::tidy(values.get(RosterColumn::Commentaire));
    match name {
        Some(name) if c.problems.is_empty() => Ok(Volunteer {
            key: crate::fold::partner_key(&name),
            name,
            email,
            phone,
            needs,
            territories,
            publics,
            slots,
            comment,
        }),
        _ => Err(c.into_problems()),
    }
}

/// The `nombre` of a mission: 1 when empty, else a whole number of at least 1.
fn check_count(c: &mut Check) -> u32 {
    let raw = c.values.get(RosterColumn::Nombre).to_string();
    match crate::validate::parse_count(&raw) {
        Ok(None) => 1,
        Ok(Some(n)) if n >= 1 && n <= u64::from(u32::MAX) => n as u32,
        _ => {
            let args = [
                ("colonne", s(c.column_name(RosterColumn::Nombre))),
                ("valeur", s(crate::sanitize::one_line(&raw))),
            ];
            let reason = t_args(c.lang, "benevoles-nombre-invalide", &args);
            c.problem(RosterColumn::Nombre, &raw, reason);
            1
        }
    }
}

/// Checks one mission row.
fn check_mission(
    values: &Values,
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Mission, Vec<(RosterColumn, String, String)>> {
    let mut c = Check {
        values,
        kind: RosterKind::Missions,
        tax,
        lang,
        problems: Vec::new(),
    };
    let partner = c.required(RosterColumn::Partenaire);
    let title = c.required(RosterColumn::Mission);
    let need = match c.required(RosterColumn::Besoin) {
        Some(raw) if items(&raw).count() > 1 => {
            let reason = t_args(
                lang,
                "benevoles-un-seul-besoin",
                &[("valeur", s(crate::sanitize::one_line(&raw)))],
            );
            c.problem(RosterColumn::Besoin, &raw, reason);
            None
        }
        Some(raw) => c.code(RosterColumn::Besoin, Kind::Besoin, &raw),
        None => None,
    };
    let public_raw = values.get(RosterColumn::Public).to_string();
    let public = if public_raw.is_empty() {
        None
    } else {
        c.code(RosterColumn::Public, Kind::Public, &public_raw)
    };
    let territory_raw = values.get(RosterColumn::Territoire).to_string();
    let territory = if territory_raw.is_empty() {
        Some(tax.commune)
    } else {
        c.code(RosterColumn::Territoire, Kind::Territoire, &territory_raw)
    };
    let slots = c.slots(RosterColumn::Creneau);
    let count = check_count(&mut c);
    match (partner, title, need, territory) {
        (Some(partner), Some(title), Some(need), Some(territory)) if c.problems.is_empty() => Ok(Mission {
            partner,
            title,
            need,
            public,
            territory,
            slots,
            count,
        }),
        _ => Err(c.into_problems()),
    }
}

fn field_problems(kind: RosterKind, problems: Vec<(RosterColumn, String, String)>) -> Vec<FieldProblem> {
    problems
        .into_iter()
        .map(|(c, value, reason)| FieldProblem {
            column: c.code(kind).to_string(),
            value,
            reason,
        })
        .collect()
}

/// One volunteer from form fields (the portal's `POST /benevoles`): the same checks as a
/// row of the council's list, the problems as (colonne, valeur, raison).
pub fn volunteer_from_fields(
    fields: &[(String, String)],
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Volunteer, Vec<FieldProblem>> {
    let mut values = Values::from_fields(fields);
    // A form always has every column, empty or not: a missing field is an empty value.
    for c in [
        RosterColumn::Benevole,
        RosterColumn::Courriel,
        RosterColumn::Telephone,
        RosterColumn::Besoin,
    ] {
        values.cells[c as usize].get_or_insert_with(String::new);
    }
    check_volunteer(&values, tax, lang).map_err(|p| field_problems(RosterKind::Benevoles, p))
}

/// One mission from form fields (the portal's `POST /p/TOKEN/missions`), for `partner`.
pub fn mission_from_fields(
    partner: &str,
    fields: &[(String, String)],
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Mission, Vec<FieldProblem>> {
    let mut values = Values::from_fields(fields);
    values.cells[RosterColumn::Partenaire as usize] = Some(partner.trim().to_string());
    for c in [RosterColumn::Mission, RosterColumn::Besoin] {
        values.cells[c as usize].get_or_insert_with(String::new);
    }
    check_mission(&values, tax, lang).map_err(|p| field_problems(RosterKind::Missions, p))
}

mod merge;
mod tables;

pub use tables::{read_dir, read_file};

#[cfg(test)]
mod tests;
