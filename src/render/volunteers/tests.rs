//! The files of `cadastre benevoles` on a small example checked by hand.

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
