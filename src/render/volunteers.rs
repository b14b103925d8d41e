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
    super::tally_table(roster.tables.iter().map(|t| {
        let counts = [t.read, t.used, t.rejected];
        (&t.place, t.table.code(), counts, t.remark.as_str())
    }))
}

/// `benevoles_manques.csv` (`analyse --benevoles`, in `OUT/PERIOD/`): one row per cell of
/// `cadastre.csv` that is not `couvert`, in its order, with counts only: no name, no
/// contact. `None` without `--benevoles`.
pub fn manques(a: &crate::pipeline::Analysis) -> Option<Table<'_>> {
    let help = a.volunteers.as_ref()?;
    let tax = &a.taxonomy;
    let rows = a
        .cells
        .iter()
        .zip(&help.cells)
        .filter(|(c, _)| c.statut.is_gap())
        .map(|(c, (volunteers, missions))| {
            vec![
                text(tax.code(Kind::Besoin, c.besoin)),
                text(tax.code(Kind::Public, c.public)),
                text(tax.code(Kind::Territoire, c.territoire)),
                text(c.statut.code()),
                c.personnes_non_couvertes.map_or(Value::Empty, Value::People),
                Value::Int(*volunteers),
                Value::Int(*missions),
            ]
        })
        .collect();
    let headers = [
        "besoin",
        "public",
        "territoire",
        "statut",
        "personnes_non_couvertes",
        "benevoles_candidats",
        "missions_ouvertes",
    ];
    Some(Table {
        name: "benevoles_manques",
        headers: headers.map(String::from).to_vec(),
        rows,
    })
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
mod tests {
    // The files of `cadastre benevoles` on a small example checked by hand.
    use super::*;
    use crate::volunteers::parse_slot;
    use std::io::Read as _;

    fn tax() -> Taxonomy {
        Taxonomy::default_embedded()
    }

    fn ix(t: &Taxonomy, kind: Kind, code: &str) -> usize {
        t.resolve(kind, code).unwrap()
    }

    /// A volunteer; `lists` are the needs, territories, publics and slots.
    fn vol(t: &Taxonomy, name: &str, email: &str, phone: &str, lists: [&[&str]; 4]) -> Volunteer {
        let [needs, terr, publics, slots] = lists;
        let mut v = Volunteer {
            name: name.into(),
            key: crate::fold::partner_key(name),
            email: email.into(),
            phone: phone.into(),
            needs: needs.iter().map(|c| ix(t, Kind::Besoin, c)).collect(),
            territories: terr.iter().map(|c| ix(t, Kind::Territoire, c)).collect(),
            publics: publics.iter().map(|c| ix(t, Kind::Public, c)).collect(),
            slots: slots.iter().map(|c| parse_slot(c).unwrap()).collect(),
            comment: String::new(),
        };
        v.needs.sort();
        v.territories.sort();
        v.slots.sort();
        v
    }

    fn mission(
        t: &Taxonomy,
        (partner, title): (&str, &str),
        need: &str,
        public: Option<&str>,
        terr: &str,
        slots: &[&str],
        count: u32,
    ) -> Mission {
        Mission {
            partner: partner.into(),
            title: title.into(),
            need: ix(t, Kind::Besoin, need),
            public: public.map(|p| ix(t, Kind::Public, p)),
            territory: ix(t, Kind::Territoire, terr),
            slots: slots.iter().map(|c| parse_slot(c).unwrap()).collect(),
            count,
        }
    }

    /// Four volunteers, three missions: worked out by hand below.
    fn roster(t: &Taxonomy) -> Roster {
        Roster {
            volunteers: vec![
                vol(
                    t,
                    "Anne Lambert",
                    "anne@exemple.be",
                    "",
                    [
                        &["taxi-social"],
                        &["oleye"],
                        &[],
                        &["mar-apres-midi", "jeu-matin"],
                    ],
                ),
                vol(
                    t,
                    "Bruno Petit",
                    "",
                    "0470 12 34 56",
                    [
                        &["taxi-social", "visites-domicile"],
                        &["commune"],
                        &["aines"],
                        &[],
                    ],
                ),
                vol(
                    t,
                    "Chloé Dubois",
                    "chloe@exemple.be",
                    "",
                    [&["taxi-social"], &["bleret"], &[], &["mar-apres-midi"]],
                ),
                vol(
                    t,
                    "=Hack",
                    "h@exemple.be",
                    "",
                    [&["visites-domicile"], &["commune"], &[], &[]],
                ),
            ],
            missions: vec![
                mission(
                    t,
                    ("CPAS de Waremme", "Chauffeur pour le taxi social"),
                    "taxi-social",
                    Some("aines"),
                    "oleye",
                    &["mar-apres-midi"],
                    2,
                ),
                mission(
                    t,
                    ("Espace Seniors", "Visites"),
                    "visites-domicile",
                    None,
                    "commune",
                    &[],
                    1,
                ),
                mission(
                    t,
                    ("Ligue des familles", "Soutien scolaire"),
                    "decrochage-scolaire",
                    None,
                    "commune",
                    &[],
                    1,
                ),
            ],
            ..Roster::default()
        }
    }

    #[test]
    fn appariements_csv_has_spec_columns_and_the_rows_worked_out_by_hand() {
        let t = tax();
        let r = roster(&t);
        let m = Matches::new(&r, &t, Lang::Fr);
        let csv = String::from_utf8(crate::render::csv::to_bytes(&appariements(&m), 0)).unwrap();
        // Mission 1: Anne shares Tuesday afternoon (rule 1) before Bruno; Chloé helps in
        // Bleret only. Mission 2: no slots, commune, no public: the folded names decide, and
        // `=` comes before `b`; the name is neutralised for spreadsheets. Mission 3: nobody.
        let want = "\
partenaire,mission,besoin,public,territoire,nombre,rang,benevole,courriel,telephone,creneaux_communs,raison
CPAS de Waremme,Chauffeur pour le taxi social,taxi-social,aines,oleye,2,1,Anne Lambert,anne@exemple.be,,mar-apres-midi,\"propose mardi après-midi, habite Oleye\"
CPAS de Waremme,Chauffeur pour le taxi social,taxi-social,aines,oleye,2,2,Bruno Petit,,0470 12 34 56,,\"disponibilités non précisées, se déplace dans toute la commune, Oleye compris, choisit le public Aînés\"
Espace Seniors,Visites,visites-domicile,,commune,1,1,'=Hack,h@exemple.be,,,disponibilités non précisées
Espace Seniors,Visites,visites-domicile,,commune,1,2,Bruno Petit,,0470 12 34 56,,disponibilités non précisées
Ligue des familles,Soutien scolaire,decrochage-scolaire,,commune,1,,,,,,aucun bénévole ne correspond pour l'instant
";
        assert_eq!(csv, want);
        assert_eq!(m.unmatched(), 1);
    }

    #[test]
    fn only_the_first_five_candidates_are_written() {
        let t = tax();
        let mut r = roster(&t);
        r.volunteers = (0..8)
            .map(|i| {
                vol(
                    &t,
                    &format!("Bénévole {i}"),
                    &format!("b{i}@exemple.be"),
                    "",
                    [&["visites-domicile"], &["commune"], &[], &[]],
                )
            })
            .collect();
        let m = Matches::new(&r, &t, Lang::Fr);
        let table = appariements(&m);
        let visits: Vec<String> = table
            .rows
            .iter()
            .filter(|row| row[1] == Value::Text("Visites".into()))
            .map(|row| format!("{}:{}", row[6].text(0), row[7].text(0)))
            .collect();
        assert_eq!(
            visits,
            [
                "1:Bénévole 0",
                "2:Bénévole 1",
                "3:Bénévole 2",
                "4:Bénévole 3",
                "5:Bénévole 4"
            ]
        );
    }

    #[test]
    fn benevoles_csv_is_the_clean_list_in_codes() {
        let t = tax();
        let r = roster(&t);
        let csv = String::from_utf8(crate::render::csv::to_bytes(&benevoles(&r, &t), 0)).unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "benevole,courriel,telephone,besoins,territoires,publics,disponibilites,commentaire"
        );
        assert_eq!(
            lines[1],
            "Anne Lambert,anne@exemple.be,,taxi-social,oleye,,mar-apres-midi|jeu-matin,"
        );
        assert_eq!(
            lines[2],
            "Bruno Petit,,0470 12 34 56,visites-domicile|taxi-social,commune,aines,,"
        );
        assert_eq!(lines.len(), 5);
    }

    /// The text of one part of a workbook.
    fn part(xlsx: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn the_workbook_prints_one_mission_per_page_on_a4_landscape() {
        let t = tax();
        let r = roster(&t);
        let m = Matches::new(&r, &t, Lang::Fr);
        let files = files(&m, (2026, 1, 1)).unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "appariements.csv",
                "benevoles.csv",
                "rejets.csv",
                "avertissements.csv",
                "fichiers.csv",
                "appariements.xlsx"
            ]
        );
        let xlsx = &files[5].1;
        let sheet = part(xlsx, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains(r#"<rowBreaks count="2""#),
            "a break before missions 2 and 3"
        );
        assert!(sheet.contains(r#"paperSize="9""#) && sheet.contains(r#"orientation="landscape""#));
        let strings = part(xlsx, "xl/sharedStrings.xml");
        for text in [
            "Chauffeur pour le taxi social (CPAS de Waremme)",
            "Besoin : Taxi social · Public : Aînés · Territoire : Oleye · Créneaux : mardi après-midi · Bénévoles cherchés : 2",
            "propose mardi après-midi, habite Oleye",
            "aucun bénévole ne correspond pour l'instant",
            "'=Hack",
            "Créneaux communs",
        ] {
            assert!(strings.contains(text), "{text}");
        }
        assert!(!sheet.contains("<f>"), "no formula anywhere");
        // The same inputs give the same bytes.
        assert_eq!(files, super::files(&m, (2026, 1, 1)).unwrap());
    }
}
