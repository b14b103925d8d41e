//! The files of `cadastre benevoles` (`OUT/benevoles/`): the ranked matches of each
//! mission (`appariements.csv`, and `appariements.xlsx` laid out to print, one mission per
//! block as the council hands it to an association), the council's clean list
//! (`benevoles.csv`), and the reading's `rejets.csv`, `avertissements.csv`, `fichiers.csv`.
//! These files name people: they stay with the council, never in `OUT/PERIOD/`.

use std::borrow::Cow;

use super::{rejection_table, OutputFile, Table, Value};
use crate::matching::{reason, Candidate};
use crate::model::Lang;
use crate::taxonomy::{Kind, Taxonomy};
use crate::volunteers::read::Roster;
use crate::volunteers::{join_codes, Mission, Volunteer};

/// Candidates written per mission (SPEC: the first five).
pub const SHOWN: usize = 5;

/// The council's roster with the ranked candidates of each mission (in the missions'
/// order), ready to render.
pub struct Matches<'a> {
    pub roster: &'a Roster,
    /// The first [`SHOWN`] candidates of each mission, best first.
    pub ranked: Vec<Vec<Candidate>>,
    pub tax: &'a Taxonomy,
    pub lang: Lang,
}

impl<'a> Matches<'a> {
    /// Ranks every mission's candidates.
    pub fn new(roster: &'a Roster, tax: &'a Taxonomy, lang: Lang) -> Matches<'a> {
        let ranked = roster
            .missions
            .iter()
            .map(|m| {
                let mut c = crate::matching::rank(&roster.volunteers, m, tax);
                c.truncate(SHOWN);
                c
            })
            .collect();
        Matches {
            roster,
            ranked,
            tax,
            lang,
        }
    }

    /// The missions with their candidates.
    pub fn missions(&self) -> impl Iterator<Item = (&'a Mission, &[Candidate])> + '_ {
        self.roster
            .missions
            .iter()
            .zip(self.ranked.iter().map(Vec::as_slice))
    }

    /// Missions without any candidate.
    pub fn unmatched(&self) -> usize {
        self.ranked.iter().filter(|c| c.is_empty()).count()
    }

    fn volunteer(&self, c: &Candidate) -> &'a Volunteer {
        &self.roster.volunteers[c.volunteer]
    }
}

fn text<'a>(s: impl Into<Cow<'a, str>>) -> Value<'a> {
    Value::Text(s.into())
}

fn codes(tax: &Taxonomy, kind: Kind, list: &[usize]) -> String {
    list.iter()
        .map(|i| tax.code(kind, *i))
        .collect::<Vec<_>>()
        .join("|")
}

/// `appariements.csv`: SPEC's columns; one row per candidate among the first five of each
/// mission, or one row with empty `rang` and `benevole` for a mission with none.
pub fn appariements<'a>(m: &Matches<'a>) -> Table<'a> {
    let tax = m.tax;
    let mut rows = Vec::new();
    for (mission, candidates) in m.missions() {
        let head = || {
            vec![
                text(mission.partner.as_str()),
                text(mission.title.as_str()),
                text(tax.code(Kind::Besoin, mission.need).to_string()),
                mission
                    .public
                    .map_or(Value::Empty, |p| text(tax.code(Kind::Public, p).to_string())),
                text(tax.code(Kind::Territoire, mission.territory).to_string()),
                Value::Int(u64::from(mission.count)),
            ]
        };
        if candidates.is_empty() {
            let mut row = head();
            row.extend([
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
            ]);
            row.push(text(crate::i18n::t(m.lang, "benevoles-aucun-candidat")));
            rows.push(row);
        }
        for (rank, c) in candidates.iter().enumerate() {
            let v = m.volunteer(c);
            let mut row = head();
            row.extend([
                Value::Int(rank as u64 + 1),
                text(v.name.as_str()),
                text(v.email.as_str()),
                text(v.phone.as_str()),
                text(join_codes(&c.shared)),
                text(reason(c, v, mission, tax, m.lang)),
            ]);
            rows.push(row);
        }
    }
    let headers = [
        "partenaire",
        "mission",
        "besoin",
        "public",
        "territoire",
        "nombre",
        "rang",
        "benevole",
        "courriel",
        "telephone",
        "creneaux_communs",
        "raison",
    ];
    Table {
        name: "appariements",
        headers: headers.map(String::from).to_vec(),
        rows,
    }
}

/// `benevoles.csv`: the council's clean list, one row per merged volunteer, with codes,
/// under the columns it can be read back with.
pub fn benevoles<'a>(roster: &'a Roster, tax: &Taxonomy) -> Table<'a> {
    let rows = roster
        .volunteers
        .iter()
        .map(|v| {
            vec![
                text(v.name.as_str()),
                text(v.email.as_str()),
                text(v.phone.as_str()),
                text(codes(tax, Kind::Besoin, &v.needs)),
                text(codes(tax, Kind::Territoire, &v.territories)),
                text(codes(tax, Kind::Public, &v.publics)),
                text(join_codes(&v.slots)),
                text(v.comment.as_str()),
            ]
        })
        .collect();
    let headers = [
        "benevole",
        "courriel",
        "telephone",
        "besoins",
        "territoires",
        "publics",
        "disponibilites",
        "commentaire",
    ];
    Table {
        name: "benevoles",
        headers: headers.map(String::from).to_vec(),
        rows,
    }
}

/// `fichiers.csv`: the tally, `table` being `benevoles`, `missions`, `ignoree` or
/// `illisible`.
pub fn fichiers(roster: &Roster) -> Table<'_> {
    let rows = roster
        .tables
        .iter()
        .map(|t| {
            vec![
                text(t.place.file.as_str()),
                text(t.place.sheet.as_str()),
                text(t.table.code()),
                Value::Int(t.read),
                Value::Int(t.used),
                Value::Int(t.rejected),
                text(t.remark.as_str()),
            ]
        })
        .collect();
    let headers = [
        "fichier",
        "feuille",
        "table",
        "lues",
        "utilisees",
        "rejetees",
        "remarque",
    ];
    Table {
        name: "fichiers",
        headers: headers.map(String::from).to_vec(),
        rows,
    }
}

/// Every file of `OUT/benevoles/`, as (name, bytes); `date` dates the workbook.
pub fn files(m: &Matches, date: (u16, u8, u8)) -> Result<Vec<OutputFile>, rust_xlsxwriter::XlsxError> {
    let tables = [
        appariements(m),
        benevoles(m.roster, m.tax),
        rejection_table("rejets", &m.roster.rejections),
        rejection_table("avertissements", &m.roster.warnings),
        fichiers(m.roster),
    ];
    let mut out: Vec<OutputFile> = tables
        .iter()
        .map(|t| (format!("{}.csv", t.name), super::csv::to_bytes(t, 0)))
        .collect();
    out.push(("appariements.xlsx".to_string(), print::workbook(m, date)?));
    Ok(out)
}

mod print;

#[cfg(test)]
mod tests;
