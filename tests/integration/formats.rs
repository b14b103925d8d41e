//! The sector's exchange formats: HSDS ids stable from one quarter to the next, the HXL
//! hashtag row written under the headers and read in partner files, the folder's data
//! package, and the validated rows as Parquet for the SQL reduce.

use crate::testenv::{csv_rows, tally, Env};

const SERVICES: &str = "partenaire;service;besoin;public;territoire;capacite;contact;horaires;adresse\n\
    CPAS de Waremme;Colis alimentaires;aide-alimentaire|acces-droits;tous;commune;120;019 32 00 10 - cpas@waremme.be;lun-ven 9h-12h;rue des Prébendiers 12, 4300 Waremme\n\
    AMO Le Tremplin;Travail de rue;assuetudes;jeunes;waremme-centre;;0475 12 34 56;sur rendez-vous;\n";

const NEEDS: &str = "partenaire;besoin;public;territoire;priorite;personnes\n\
    CPAS de Waremme;isolement;aines;commune;3;30\n\
    AMO Le Tremplin;assuetudes;jeunes;commune;4;12\n";

/// The (name, id) of each service of an HSDS export.
fn service_ids(env: &Env, period: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(env.path(&format!("out/{period}/hsds/services.csv"))).unwrap();
    let rows = csv_rows(&text);
    let col = |n: &str| rows[0].iter().position(|h| h == n).unwrap();
    let (name, id) = (col("name"), col("id"));
    let mut out: Vec<(String, String)> = rows[1..]
        .iter()
        .map(|r| (r[name].clone(), r[id].clone()))
        .collect();
    out.sort();
    out
}

#[test]
fn hsds_ids_stay_the_same_from_one_quarter_to_the_next() {
    let env = Env::new();
    env.file("s.csv", SERVICES).file("b.csv", NEEDS);
    env.analyse(&[]).expect(0);
    // The next quarter: the same services, written differently, in another order, with one more.
    let next = env.path("in/2026-T4");
    std::fs::create_dir_all(&next).unwrap();
    let shuffled = "Partenaire;Service;Besoin;Public\n\
        Espace seniors;Gym douce;activites-sportives;aines\n\
        amo le tremplin ;TRAVAIL  DE RUE;assuetudes;jeunes\n\
        cpas de waremme;Colis alimentaires;aide-alimentaire;tous\n";
    std::fs::write(next.join("s.csv"), shuffled).unwrap();
    env.run(&["analyse", "in/2026-T4", "--sortie", "out"]).expect(0);
    let t3 = service_ids(&env, "2026-T3");
    let t4 = service_ids(&env, "2026-T4");
    assert_eq!(t3.len(), 2);
    assert_eq!(t4.len(), 3);
    let id_of = |list: &[(String, String)], name: &str| {
        list.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, id)| id.clone())
            .unwrap()
    };
    for name in ["Colis alimentaires", "Travail de rue"] {
        let id = id_of(&t3, name);
        assert_eq!(id, id_of(&t4, name), "{name}");
        // A UUID version 5.
        assert_eq!((id.len(), &id[14..15]), (36, "5"), "{id}");
    }
    // `cadastre guide` writes the same export.
    env.run(&["guide", "in/2026-T4", "--sortie", "guide"]).expect(0);
    let again = std::fs::read(env.path("guide/2026-T4/hsds/services.json")).unwrap();
    assert_eq!(
        again,
        std::fs::read(env.path("out/2026-T4/hsds/services.json")).unwrap()
    );
}

#[test]
fn hsds_reads_phones_hours_and_addresses() {
    let env = Env::new();
    env.file("s.csv", SERVICES).file("b.csv", NEEDS);
    env.analyse(&[]).expect(0);
    let json = env.out("hsds/services.json");
    let services: serde_json::Value = serde_json::from_str(&json).unwrap();
    let cpas = &services.as_array().unwrap()[0];
    assert_eq!(cpas["name"], "Colis alimentaires");
    assert_eq!(cpas["email"], "cpas@waremme.be");
    assert_eq!(cpas["organization"]["name"], "CPAS de Waremme");
    assert_eq!(cpas["phones"][0]["number"], "019 32 00 10");
    assert_eq!(cpas["schedules"][0]["byday"], "MO,TU,WE,TH,FR");
    assert_eq!(cpas["schedules"][0]["opens_at"], "09:00:00");
    let address = &cpas["service_at_locations"][0]["location"]["addresses"][0];
    assert_eq!(address["postal_code"], "4300");
    assert_eq!(address["state_province"], "Liège");
    // Needs and public as taxonomy terms.
    let codes: Vec<&str> = cpas["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["taxonomy_term"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["aide-alimentaire", "acces-droits", "tous"]);
    let amo = &services[1];
    assert_eq!(amo["phones"][0]["type"], "cell");
    assert_eq!(amo["schedules"][0]["description"], "sur rendez-vous");
    assert!(amo["schedules"][0].get("byday").is_none());
}

#[test]
fn hxl_hashtags_sit_under_the_headers() {
    let env = Env::new();
    env.file("s.csv", SERVICES).file("b.csv", NEEDS);
    env.analyse(&["--hxl"]).expect(0);
    let cadastre = csv_rows(&env.out("cadastre.csv"));
    let tag = |rows: &[Vec<String>], col: &str| {
        let i = rows[0].iter().position(|h| h == col).unwrap();
        rows[1][i].clone()
    };
    assert_eq!(tag(&cadastre, "periode"), "#date +reported");
    assert_eq!(tag(&cadastre, "besoin"), "#subsector +code");
    assert_eq!(tag(&cadastre, "demande_personnes"), "#inneed +num");
    assert_eq!(tag(&cadastre, "candidats"), "#org +candidate +list");
    assert!(cadastre[1].iter().all(|c| c.starts_with('#')));
    let package = env.out("datapackage.json");
    let guide = csv_rows(&env.out("guide.csv"));
    assert_eq!(tag(&guide, "partenaire"), "#org +name");
    // Other tables carry no hashtags, and without --hxl neither does cadastre.csv.
    assert_eq!(csv_rows(&env.out("fichiers.csv"))[1][0], "b.csv");
    env.analyse(&[]).expect(0);
    assert_eq!(csv_rows(&env.out("cadastre.csv"))[1][0], "2026-T3");
    // The data package holds either way: `#` starts comment rows, and no data row.
    assert_eq!(env.out("datapackage.json"), package);
    assert!(package.contains("\"commentChar\": \"#\""));
}

#[test]
fn a_partner_file_with_a_hashtag_row_is_read() {
    let env = Env::new();
    env.file(
        "b.csv",
        "partenaire;besoin;public;priorite;personnes\n\
         #org +name;#subsector;#beneficiary; #severity;\n\
         CPAS;isolement;aines;2;30\n\
         AMO;isolement;jeunes;3;\n",
    )
    .file("s.csv", SERVICES);
    env.analyse(&["--strict"]).expect(0);
    assert_eq!(csv_rows(&env.out("rejets.csv")).len(), 1, "no rejection");
    let t = tally(&env);
    assert_eq!(t[0], ("b.csv".into(), "".into(), "besoins".into(), 2, 2, 0));
    let remark = &csv_rows(&env.out("fichiers.csv"))[1][6];
    assert_eq!(remark, "ligne de hashtags HXL ignorée");
    // A hashtag further down is data, checked as any other row.
    env.file(
        "b.csv",
        "partenaire;besoin;public;priorite\nCPAS;isolement;aines;2\n#org;#sector;#x;#y\n",
    );
    env.analyse(&[]).expect(0);
    let t = tally(&env);
    assert_eq!((t[0].3, t[0].4, t[0].5), (2, 1, 1));
}

/// A Parquet output of the period, as a polars frame.
fn frame(env: &Env, name: &str) -> polars::prelude::DataFrame {
    use polars::prelude::*;
    let file = std::fs::File::open(env.path(&format!("out/2026-T3/{name}"))).unwrap();
    ParquetReader::new(file).finish().unwrap()
}

/// A frame's rows as text, nulls empty.
fn rows(df: &polars::prelude::DataFrame) -> Vec<Vec<String>> {
    (0..df.height())
        .map(|i| {
            df.columns()
                .iter()
                .map(|c| match c.get(i).unwrap() {
                    polars::prelude::AnyValue::Null => String::new(),
                    polars::prelude::AnyValue::String(s) => s.to_string(),
                    v => v.to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn parquet_rows_hold_the_folded_partner_cells_and_the_services() {
    let env = Env::new();
    env.file(
        "b.csv",
        "partenaire;besoin;public;territoire;priorite;personnes\n\
         CPAS de Waremme;isolement;aines;commune;2;30\n\
         cpas de  WAREMME;isolement;aines;commune;4;\n\
         AMO;assuetudes;jeunes;bleret;1;\n",
    )
    .file("s.csv", SERVICES);
    // Without the flag, none of these files.
    env.analyse(&[]).expect(0);
    assert!(!env.path("out/2026-T3/besoins_partenaires.parquet").exists());
    env.analyse(&["--parquet-lignes"]).expect(0);
    let needs = frame(&env, "besoins_partenaires.parquet");
    assert_eq!(
        rows(&needs),
        [
            [
                "2026-T3",
                "AMO",
                "amo",
                "assuetudes",
                "jeunes",
                "bleret",
                "sante",
                "1",
                ""
            ],
            [
                "2026-T3",
                "CPAS de Waremme",
                "cpas de waremme",
                "isolement",
                "aines",
                "commune",
                "social",
                "4",
                "30"
            ],
        ]
    );
    let services = frame(&env, "services_valides.parquet");
    let names: Vec<&str> = services.get_column_names().iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        [
            "periode",
            "partenaire",
            "partenaire_cle",
            "service",
            "besoin",
            "public",
            "territoire",
            "capacite",
            "domaine"
        ]
    );
    // One row per (service, need): the CPAS's service lists two needs.
    let services = rows(&services);
    assert_eq!(services.len(), 3);
    assert_eq!(
        services[0][3..9],
        [
            "Colis alimentaires",
            "aide-alimentaire",
            "tous",
            "commune",
            "120",
            "social"
        ]
    );
    assert_eq!(services[1][4], "acces-droits");
    assert_eq!(services[2][7], "");
    let taxonomy = rows(&frame(&env, "taxonomie.parquet"));
    assert!(taxonomy.contains(&vec![
        "besoin".into(),
        "assuetudes".into(),
        "11".into(),
        "sante".into()
    ]));
    let spellings = rows(&frame(&env, "partenaires_orthographes.parquet"));
    assert!(spellings.contains(&vec![
        "cpas de waremme".into(),
        "cpas de WAREMME".into(),
        "1".into(),
        "b.csv".into(),
        "0".into(),
        "3".into()
    ]));
}
