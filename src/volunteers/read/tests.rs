//! The reader: labels in three languages, slots, lists, the merge, each rejection reason.

use super::*;
use crate::volunteers::join_codes;

fn tax() -> Taxonomy {
    Taxonomy::default_embedded()
}

/// Reads `text` as a `;`-separated CSV file named `name`.
fn read_csv(name: &str, text: &str, lang: Lang) -> Roster {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    read_file(name, &path, &tax(), lang)
}

fn codes(t: &Taxonomy, kind: Kind, list: &[usize]) -> Vec<String> {
    list.iter().map(|i| t.code(kind, *i).to_string()).collect()
}

fn reasons(r: &Roster) -> Vec<(u32, String, String, String)> {
    r.rejections
        .iter()
        .map(|x| {
            (
                x.line.unwrap_or(0),
                x.column.clone(),
                x.value.clone(),
                x.reason.clone(),
            )
        })
        .collect()
}

#[test]
fn a_french_list_with_labels_is_read() {
    let t = tax();
    let r = read_csv(
        "conseil.csv",
        "Bénévole;Courriel;Téléphone;Besoins;Territoires;Publics;Disponibilités;Commentaire\n\
         Anne Lambert;anne@exemple.be;;Taxi social, Visites à domicile;Oleye|Bleret;Aînés;Mardi après-midi | jeudi matin;a une voiture\n\
         Marc Dupuis;;0470 12 34 56;isolement;;;;\n",
        Lang::Fr,
    );
    assert_eq!(r.rejections, []);
    assert_eq!(r.volunteers.len(), 2);
    let a = &r.volunteers[0];
    assert_eq!(
        (a.name.as_str(), a.key.as_str(), a.email.as_str()),
        ("Anne Lambert", "anne lambert", "anne@exemple.be")
    );
    assert_eq!(
        codes(&t, Kind::Besoin, &a.needs),
        ["visites-domicile", "taxi-social"]
    );
    assert_eq!(codes(&t, Kind::Territoire, &a.territories), ["bleret", "oleye"]);
    assert_eq!(codes(&t, Kind::Public, &a.publics), ["aines"]);
    assert_eq!(join_codes(&a.slots), "mar-apres-midi|jeu-matin");
    assert_eq!(a.comment, "a une voiture");
    let m = &r.volunteers[1];
    assert_eq!(m.phone, "0470 12 34 56");
    assert_eq!(m.territories, [t.commune], "no territory: the whole commune");
    assert!(m.publics.is_empty() && m.slots.is_empty());
    let tally = &r.tables[0];
    assert_eq!(
        (tally.table.code(), tally.read, tally.used, tally.rejected),
        ("benevoles", 2, 2, 0)
    );
}

#[test]
fn english_and_dutch_headers_and_labels_are_read() {
    let t = tax();
    let en = read_csv(
        "council.csv",
        "Volunteer;Email;Phone;Needs;Territories;Audiences;Availability\n\
         Ann Lambert;ann@example.org;;Social taxi|Food aid;Oleye;Older people;tue afternoon, Saturday morning\n",
        Lang::En,
    );
    assert_eq!(en.rejections, []);
    let v = &en.volunteers[0];
    assert_eq!(
        codes(&t, Kind::Besoin, &v.needs),
        ["taxi-social", "aide-alimentaire"]
    );
    assert_eq!(codes(&t, Kind::Public, &v.publics), ["aines"]);
    assert_eq!(join_codes(&v.slots), "mar-apres-midi|sam-matin");
    let nl = read_csv(
        "raad.csv",
        "Vrijwilliger;E-mail;Telefoon;Behoeften;Gebieden;Doelgroepen;Beschikbaarheid\n\
         An Lambrechts;;0470/12.34.56;Sociale taxi, Huisbezoeken;Oleye;Ouderen;di namiddag | wo-avond | zaterdagochtend\n",
        Lang::Nl,
    );
    assert_eq!(nl.rejections, []);
    let v = &nl.volunteers[0];
    assert_eq!(
        codes(&t, Kind::Besoin, &v.needs),
        ["visites-domicile", "taxi-social"]
    );
    assert_eq!(join_codes(&v.slots), "mar-apres-midi|mer-soir|sam-matin");
}

#[test]
fn a_missions_table_is_read() {
    let t = tax();
    let r = read_csv(
        "missions.csv",
        "Partenaire;Mission;Besoin;Public;Territoire;Créneaux;Nombre\n\
         CPAS de Waremme;Chauffeur pour le taxi social;Taxi social;aines;Oleye;mardi après-midi;2\n\
         Espace Seniors;Visites;visites-domicile;;;;\n",
        Lang::Fr,
    );
    assert_eq!(r.rejections, []);
    let m = &r.missions[0];
    assert_eq!(
        (m.partner.as_str(), m.title.as_str(), m.count),
        ("CPAS de Waremme", "Chauffeur pour le taxi social", 2)
    );
    assert_eq!(t.code(Kind::Besoin, m.need), "taxi-social");
    assert_eq!(m.public.map(|p| t.code(Kind::Public, p)), Some("aines"));
    assert_eq!(t.code(Kind::Territoire, m.territory), "oleye");
    assert_eq!(join_codes(&m.slots), "mar-apres-midi");
    let d = &r.missions[1];
    assert_eq!(
        (d.public, d.territory, d.count, d.slots.len()),
        (None, t.commune, 1, 0)
    );
    assert_eq!(r.tables[0].table.code(), "missions");
}

#[test]
fn each_volunteer_problem_is_one_line_with_the_closest_value() {
    let r = read_csv(
        "conseil.csv",
        "benevole;courriel;telephone;besoins;territoires;publics;disponibilites\n\
         ;a@b.be;;isolement;;;\n\
         Jean;;;isolement;;;\n\
         Luc;luc-at-home;12;isolement;;;\n\
         Rita;rita@exemple.be;;taxi socail|isolement;Olaye;ainés;mardi aprem\n\
         Paul;paul@exemple.be;;;;;\n",
        Lang::Fr,
    );
    assert!(r.volunteers.is_empty());
    let got = reasons(&r);
    let want: Vec<(u32, &str, &str, &str)> = vec![
        (2, "benevole", "", "valeur obligatoire manquante dans la colonne benevole"),
        (3, "courriel", "", "ni courriel ni téléphone : il en faut au moins un pour joindre la personne"),
        (4, "courriel", "luc-at-home", "courriel 'luc-at-home' invalide : une adresse comme prenom.nom@exemple.be est attendue"),
        (4, "telephone", "12", "téléphone '12' invalide : des chiffres (au moins six), espaces, points ou tirets, ex. 0470 12 34 56"),
        (5, "besoins", "taxi socail", "besoin 'taxi socail' inconnu ; vouliez-vous dire taxi-social ?"),
        (5, "territoires", "Olaye", "territoire 'Olaye' inconnu ; vouliez-vous dire oleye ?"),
        (5, "disponibilites", "mardi aprem", "créneau 'mardi aprem' inconnu ; vouliez-vous dire mar-apres-midi ? (un jour et un moment : lun-matin … dim-soir, ou « mardi après-midi »)"),
        (6, "besoins", "", "valeur obligatoire manquante dans la colonne besoins"),
    ];
    let want: Vec<(u32, String, String, String)> = want
        .into_iter()
        .map(|(l, c, v, x)| (l, c.into(), v.into(), x.into()))
        .collect();
    assert_eq!(got, want);
    let tally = &r.tables[0];
    assert_eq!((tally.read, tally.used, tally.rejected), (5, 0, 5));
}

#[test]
fn each_mission_problem_is_one_line() {
    let r = read_csv(
        "missions.csv",
        "partenaire;mission;besoin;public;territoire;creneaux;nombre\n\
         ;Chauffeur;taxi-social;;;;\n\
         CPAS;;taxi-social;;;;0\n\
         CPAS;Visites;taxi-social, isolement;;;;deux\n\
         CPAS;Courses;aide alimentair;jeune;;lun-nuit;\n",
        Lang::Fr,
    );
    assert!(r.missions.is_empty());
    let got: Vec<(u32, String, String)> = r
        .rejections
        .iter()
        .map(|x| (x.line.unwrap_or(0), x.column.clone(), x.value.clone()))
        .collect();
    let want = [
        (2, "partenaire", ""),
        (3, "mission", ""),
        (3, "nombre", "0"),
        (4, "besoin", "taxi-social, isolement"),
        (4, "nombre", "deux"),
        (5, "besoin", "aide alimentair"),
        (5, "creneaux", "lun-nuit"),
    ];
    let want: Vec<(u32, String, String)> = want
        .iter()
        .map(|(l, c, v)| (*l, c.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, want);
    assert!(
        r.rejections[2].reason.contains("au moins 1"),
        "{}",
        r.rejections[2].reason
    );
    assert!(
        r.rejections[5].reason.contains("aide-alimentaire"),
        "{}",
        r.rejections[5].reason
    );
    // A mission's rejection belongs to its partner, for the partner's sheet.
    assert_eq!(r.rejections[1].partner, "CPAS");
    // `jeune` is a synonym of `jeunes`: not a problem.
    assert!(!r.rejections.iter().any(|x| x.column == "public"));
}

#[test]
fn a_repeat_of_the_same_person_is_merged_and_reported() {
    let t = tax();
    let r = read_csv(
        "conseil.csv",
        "benevole;courriel;telephone;besoins;territoires;publics;disponibilites;commentaire\n\
         anne  lambert;Anne@Exemple.be;;taxi-social;oleye;aines;mar-apres-midi;voiture\n\
         Anne Lambert;anne@exemple.be;;isolement;bleret;;jeu-matin;\n\
         Anne Lambert;;0470 11 22 33;isolement;;;;\n\
         Anne Lambert;autre@exemple.be;;isolement;;;;\n\
         ANNE LAMBERT;;0470/11.22.33;visites-domicile;;;;parle néerlandais\n\
         ANNE LAMBERT;;0470112233;isolement;;;;\n",
        Lang::Fr,
    );
    assert_eq!(r.rejections, []);
    // Rows 2 and 3 share the address; rows 4, 6 and 7 the phone (no address on any);
    // row 5 has another address: another person of the same name.
    assert_eq!(r.volunteers.len(), 3);
    let a = &r.volunteers[0];
    assert_eq!(a.name, "anne lambert", "one spelling each: the first seen");
    assert_eq!(codes(&t, Kind::Besoin, &a.needs), ["isolement", "taxi-social"]);
    assert_eq!(codes(&t, Kind::Territoire, &a.territories), ["bleret", "oleye"]);
    assert!(a.publics.is_empty(), "one row accepted any public");
    assert_eq!(join_codes(&a.slots), "mar-apres-midi|jeu-matin");
    let b = &r.volunteers[1];
    assert_eq!(b.name, "ANNE LAMBERT", "the most frequent spelling");
    assert_eq!(
        (b.phone.as_str(), b.comment.as_str()),
        ("0470 11 22 33", "parle néerlandais")
    );
    assert_eq!(
        codes(&t, Kind::Besoin, &b.needs),
        ["isolement", "visites-domicile"]
    );
    assert_eq!(r.volunteers[2].email, "autre@exemple.be");
    let w: Vec<(u32, &str)> = r
        .warnings
        .iter()
        .map(|w| (w.line.unwrap_or(0), w.reason.as_str()))
        .collect();
    let said = |name: &str, line: u32| {
        format!("{name} figure déjà dans conseil.csv ligne {line} (même nom et même courriel ou téléphone) : les deux lignes sont fusionnées")
    };
    let want = [
        (3, said("Anne Lambert", 2)),
        (6, said("ANNE LAMBERT", 4)),
        (7, said("ANNE LAMBERT", 4)),
    ];
    assert_eq!(w, want.iter().map(|(l, s)| (*l, s.as_str())).collect::<Vec<_>>());
    assert_eq!((r.tables[0].read, r.tables[0].used), (6, 6));
}

#[test]
fn both_kinds_sit_in_one_workbook_and_others_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("conseil.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let rows: [(&str, &[&[&str]]); 3] = [
        (
            "Bénévoles",
            &[
                &["Bénévole", "Courriel", "Besoins"],
                &["Anne", "anne@exemple.be", "taxi-social"],
            ],
        ),
        (
            "Missions",
            &[
                &["Liste des missions"],
                &["Partenaire", "Mission", "Besoin"],
                &["CPAS", "Chauffeur", "taxi-social"],
            ],
        ),
        ("Notes", &[&["réunion du 3 mars"], &["rien"]]),
    ];
    for (name, lines) in rows {
        let sheet = book.add_worksheet().set_name(name).unwrap();
        for (r, line) in lines.iter().enumerate() {
            for (c, cell) in line.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
    book.save(&path).unwrap();
    let r = read_file("conseil.xlsx", &path, &tax(), Lang::Fr);
    assert_eq!((r.volunteers.len(), r.missions.len()), (1, 1));
    let tables: Vec<(&str, &str, u64)> = r
        .tables
        .iter()
        .map(|t| (t.place.sheet.as_str(), t.table.code(), t.used))
        .collect();
    assert_eq!(
        tables,
        [
            ("Bénévoles", "benevoles", 1),
            ("Missions", "missions", 1),
            ("Notes", "ignoree", 0)
        ]
    );
    assert_eq!(r.rejections.len(), 1);
    assert_eq!(
        (r.rejections[0].place.sheet.as_str(), r.rejections[0].line),
        ("Notes", None)
    );
    assert!(r.rejections[0].reason.contains("ni une liste de bénévoles"));
}

#[test]
fn the_analysis_lists_these_tables_as_ignored_naming_their_kind() {
    let ctx = crate::validate::Context {
        taxonomy: &tax(),
        period: crate::period::Period::parse("2026-T3").unwrap(),
        lang: Lang::Fr,
    };
    let sheet = |cells: &[&str]| crate::ingest::RawSheet {
        sheet: String::new(),
        rows: vec![
            crate::ingest::RawRow {
                line: 1,
                cells: cells.iter().map(|c| c.to_string()).collect(),
            },
            crate::ingest::RawRow {
                line: 2,
                cells: cells.iter().map(|_| "x".to_string()).collect(),
            },
        ],
    };
    let place = Place::default();
    let v = crate::validate::validate_sheet(
        place.clone(),
        &sheet(&["benevole", "courriel", "besoins"]),
        false,
        &ctx,
    );
    assert_eq!(v.tally.kind, crate::model::TableKind::Ignoree);
    assert!(
        v.tally.remark.starts_with("tableau de bénévoles"),
        "{}",
        v.tally.remark
    );
    assert!(v.rejections.is_empty() && v.need_rows == 0);
    let m = crate::validate::validate_sheet(
        place,
        &sheet(&["partenaire", "mission", "besoin", "public"]),
        false,
        &ctx,
    );
    assert_eq!(m.tally.kind, crate::model::TableKind::Ignoree);
    assert!(
        m.tally.remark.starts_with("tableau de missions"),
        "{}",
        m.tally.remark
    );
}

#[test]
fn the_portal_form_gives_the_same_checks() {
    let t = tax();
    let f = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
    };
    let v = volunteer_from_fields(
        &f(&[
            ("benevole", "Anne"),
            ("courriel", "anne@exemple.be"),
            ("besoins", "taxi-social"),
            ("besoins", "isolement"),
            ("disponibilites", "mar-apres-midi"),
            ("disponibilites", "jeudi matin"),
            ("consentement", "oui"),
        ]),
        &t,
        Lang::Fr,
    )
    .unwrap();
    assert_eq!(codes(&t, Kind::Besoin, &v.needs), ["isolement", "taxi-social"]);
    assert_eq!(join_codes(&v.slots), "mar-apres-midi|jeu-matin");
    let err =
        volunteer_from_fields(&f(&[("benevole", "Anne"), ("besoins", "taxi")]), &t, Lang::En).unwrap_err();
    let cols: Vec<&str> = err.iter().map(|p| p.column.as_str()).collect();
    assert_eq!(cols, ["courriel", "besoins"]);
    assert!(err[1].reason.contains("taxi-social"), "{}", err[1].reason);
    let m = mission_from_fields(
        "CPAS de Waremme",
        &f(&[
            ("mission", "Chauffeur"),
            ("besoin", "taxi-social"),
            ("nombre", "3"),
        ]),
        &t,
        Lang::Fr,
    )
    .unwrap();
    assert_eq!((m.partner.as_str(), m.count), ("CPAS de Waremme", 3));
    let err = mission_from_fields("CPAS", &f(&[("besoin", "taxi-social")]), &t, Lang::Fr).unwrap_err();
    assert_eq!(
        err[0],
        FieldProblem {
            column: "mission".into(),
            value: String::new(),
            reason: "valeur obligatoire manquante dans la colonne mission".into()
        }
    );
}
