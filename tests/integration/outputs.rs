//! Output guarantees: same bytes whatever the thread count, no run time or output path in
//! any file, spreadsheet-safe text, and a failed run that leaves the previous outputs.

use std::collections::BTreeMap;
use std::path::Path;

use crate::testenv::{csv_rows, sheet_rows, zip_text, Env};

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("datasets/waremme/2026-T3")
        .display()
        .to_string()
}

fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            for (k, v) in read_tree(&p) {
                out.insert(format!("{}/{k}", e.file_name().to_string_lossy()), v);
            }
        } else {
            out.insert(
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            );
        }
    }
    out
}

#[test]
fn same_bytes_with_one_thread_and_with_all() {
    let env = Env::new();
    let s = sample();
    env.cmd()
        .args(["analyse", &s, "--sortie", "un"])
        .env("POLARS_MAX_THREADS", "1")
        .env("RAYON_NUM_THREADS", "1")
        .status()
        .unwrap();
    env.cmd()
        .args(["analyse", &s, "--sortie", "tous"])
        .env("RAYON_NUM_THREADS", "8")
        .status()
        .unwrap();
    let one = read_tree(&env.path("un/2026-T3"));
    let all = read_tree(&env.path("tous/2026-T3"));
    assert!(one.len() >= 19, "{:?}", one.keys());
    assert_eq!(one.keys().collect::<Vec<_>>(), all.keys().collect::<Vec<_>>());
    for (name, bytes) in &one {
        assert!(bytes == &all[name], "{name} differs between thread counts");
    }
}

#[test]
fn no_output_holds_the_output_path_and_the_date_comes_from_source_date_epoch() {
    let env = Env::new();
    let s = sample();
    env.cmd().args(["analyse", &s, "--sortie", "a"]).status().unwrap();
    env.cmd()
        .args(["analyse", &s, "--sortie", "b"])
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .status()
        .unwrap();
    let a = read_tree(&env.path("a/2026-T3"));
    let b = read_tree(&env.path("b/2026-T3"));
    for (name, bytes) in &a {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains(&env.path("a").display().to_string()),
            "{name} holds the output path"
        );
        if name.ends_with(".xlsx") || name.ends_with(".html") || name.ends_with(".docx") {
            // Only the workbooks, the report, the guide and the evaluation carry a date: the
            // first day of the period, or the epoch.
            assert_ne!(bytes, &b[name]);
        } else {
            assert!(bytes == &b[name], "{name} changed with SOURCE_DATE_EPOCH");
        }
    }
}

#[test]
fn formula_like_partner_text_is_neutralised() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite;personnes\n\
         =HYPERLINK(\"http://x\");isolement;aines;2;\n\
         @SUM(A1);isolement;jeunes;2;\n\
         -Rejet;isolement;jeunes;2;-1\n",
    )
    .file(
        "s.csv",
        "partenaire;service;besoin;public\n+Asso;Visites;visites-domicile;aines\n",
    );
    env.analyse(&[]).expect(0);
    let partners = csv_rows(&env.out("partenaires.csv"));
    let names: Vec<&str> = partners.iter().skip(1).map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["'+Asso", "'=HYPERLINK(\"http://x\")", "'@SUM(A1)"]);
    let rejets = csv_rows(&env.out("rejets.csv"));
    assert_eq!(rejets[1][0..5], ["a.csv", "", "4", "personnes", "'-1"]);
    assert!(env.out("cadastre.csv").contains(",non-couvert,,'+Asso\n"));
    // The workbook holds the same neutralised text.
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(env.path("out/2026-T3/cadastre.xlsx")).unwrap();
    use calamine::Reader;
    let sheet = wb.worksheet_range("partenaires").unwrap();
    let cell = sheet.get_value((1, 0)).unwrap().to_string();
    assert_eq!(cell, "'+Asso");
}

#[test]
fn a_failed_run_leaves_the_previous_outputs() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite\nA;isolement;aines;2\n",
    );
    env.analyse(&[]).expect(0);
    let before = read_tree(&env.path("out/2026-T3"));
    // Now nothing in the folder is readable: the run stops before writing.
    env.file("a.csv", "\u{0}\u{1}\u{2}");
    env.analyse(&[]).expect(2);
    assert_eq!(read_tree(&env.path("out/2026-T3")), before);
    let mut leftovers: Vec<_> = std::fs::read_dir(env.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    leftovers.sort();
    assert_eq!(leftovers, ["2026-T3", "historique"]);
}

#[test]
fn the_workbook_holds_every_table_as_a_sheet() {
    let env = Env::new();
    env.run(&["analyse", &sample(), "--sortie", "out"]).expect(0);
    use calamine::Reader;
    let wb: calamine::Xlsx<_> = calamine::open_workbook(env.path("out/2026-T3/cadastre.xlsx")).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "cadastre",
            "gap_domaine_public",
            "gap_domaine_public_personnes",
            "gap_domaine_territoire",
            "gap_groupe_domaine",
            "partenaires",
            "rejets",
            "avertissements",
            "fichiers"
        ]
    );
    let mut wb = wb;
    let cadastre = wb.worksheet_range("cadastre").unwrap();
    let csv = csv_rows(&env.out("cadastre.csv"));
    assert_eq!(cadastre.height(), csv.len());
    // Numbers stay numbers in the workbook (demande_mentions, the fifth column people read).
    assert_eq!(
        cadastre.get_value((1, 4)),
        Some(&calamine::Data::Float(csv[1][5].parse::<f64>().unwrap()))
    );
}

/// The sheets of `cadastre.xlsx` and what each page header says they hold.
const SHEET_TITLES: [(&str, &str); 9] = [
    ("cadastre", "Besoins, offre et manques"),
    ("gap_domaine_public", "Manques par domaine et public"),
    (
        "gap_domaine_public_personnes",
        "Personnes sans réponse par domaine et public",
    ),
    ("gap_domaine_territoire", "Manques par domaine et territoire"),
    (
        "gap_groupe_domaine",
        "Manques évoqués par chaque groupe de travail",
    ),
    ("partenaires", "Partenaires"),
    ("rejets", "Valeurs refusées"),
    ("avertissements", "Doublons"),
    ("fichiers", "Fichiers lus"),
];

/// Asserts a sheet's print setup: A4 landscape, one page wide (Excel's default width of 1,
/// which the XML leaves out) and as many tall as needed, gridlines, the title in the page
/// header and the page numbers in the footer.
#[track_caller]
fn assert_printable(xml: &str, title: &str) {
    for part in [
        r#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#,
        r#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape""#,
        r#"<printOptions gridLines="1"/>"#,
        "<oddFooter>&amp;CPage &amp;P / &amp;N</oddFooter>",
    ] {
        assert!(xml.contains(part), "{part} not in {title}");
    }
    assert!(!xml.contains("fitToWidth=") || xml.contains(r#"fitToWidth="1""#));
    let header = format!("<oddHeader>&amp;C&amp;\"-,Bold\"{title}");
    assert!(xml.contains(&header), "{header} not in the sheet");
}

#[test]
fn the_workbooks_print_landscape_one_page_wide_with_the_header_row_on_every_page() {
    let env = Env::new();
    env.run(&["analyse", &sample(), "--sortie", "out"]).expect(0);
    let book = env.path("out/2026-T3/cadastre.xlsx");
    let names = zip_text(&book, "xl/workbook.xml");
    for (i, (sheet, title)) in SHEET_TITLES.iter().enumerate() {
        let xml = zip_text(&book, &format!("xl/worksheets/sheet{}.xml", i + 1));
        assert_printable(&xml, &format!("Cadastre des besoins 2026-T3 — {title}"));
        let repeated = format!(
            r#"<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{sheet}!$1:$1</definedName>"#
        );
        assert!(names.contains(&repeated), "{repeated} not in {names}");
    }
    // The cadastre prints what people read, columns A to L, not the codes at the right.
    assert!(names.contains(r#"<definedName name="_xlnm.Print_Area" localSheetId="0">cadastre!$A$1:$L$"#));
    let guide = env.path("out/2026-T3/guide.xlsx");
    assert_printable(
        &zip_text(&guide, "xl/worksheets/sheet1.xml"),
        "Guide des services 2026-T3",
    );
    let names = zip_text(&guide, "xl/workbook.xml");
    assert!(names
        .contains(r#"<definedName name="_xlnm.Print_Titles" localSheetId="0">guide!$1:$1</definedName>"#));
    assert!(names.contains(r#"<definedName name="_xlnm.Print_Area" localSheetId="0">guide!$A$1:$J$"#));
}

/// The row of a sheet whose first columns are `key`.
fn row_of<'r>(rows: &'r [Vec<String>], key: &[&str]) -> &'r [String] {
    rows.iter()
        .find(|r| r.len() >= key.len() && r.iter().zip(key).all(|(a, b)| a == b))
        .unwrap_or_else(|| panic!("no row {key:?}"))
}

#[test]
fn the_cadastre_sheet_shows_labels_and_keeps_the_codes_at_the_right() {
    let env = Env::new();
    env.run(&["analyse", &sample(), "--sortie", "out"]).expect(0);
    let rows = sheet_rows(&env.path("out/2026-T3/cadastre.xlsx"), "cadastre");
    assert_eq!(
        rows[0],
        [
            "Domaine",
            "Besoin",
            "Public",
            "Territoire",
            "Partenaires",
            "Personnes",
            "Priorité",
            "Services",
            "Places",
            "Statut",
            "Sans réponse",
            "Candidats",
            "periode",
            "domaine",
            "besoin",
            "public",
            "territoire",
            "statut"
        ]
    );
    // The row README reads: 6 partners, 130 young people, no service, three candidates.
    let row = row_of(&rows, &["Santé", "Santé mentale", "Jeunes", "Toute la commune"]);
    assert_eq!(
        row[4..],
        [
            "6",
            "130",
            "4",
            "0",
            "",
            "non couvert",
            "130",
            "Service de santé mentale de Waremme | AMO Le Tremplin | Plan de cohésion sociale de Waremme",
            "2026-T3",
            "sante",
            "sante-mentale",
            "jeunes",
            "commune",
            "non-couvert"
        ]
    );
    // Every row of the CSV, its codes at the right of the sheet.
    let csv = csv_rows(&env.out("cadastre.csv"));
    assert_eq!(rows.len(), csv.len());
    for (sheet, csv) in rows.iter().zip(&csv).skip(1) {
        let codes = [&csv[0], &csv[1], &csv[2], &csv[3], &csv[4], &csv[10]];
        assert_eq!(sheet[12..].iter().collect::<Vec<_>>(), codes);
    }
    // The matrices: labels for rows and columns, the CSV's numbers.
    let matrix = sheet_rows(
        &env.path("out/2026-T3/cadastre.xlsx"),
        "gap_domaine_public_personnes",
    );
    assert_eq!(matrix[0][..3], ["Domaine", "Enfants", "Jeunes"]);
    assert_eq!(matrix[0].last().map(String::as_str), Some("Tous publics"));
    let csv = csv_rows(&env.out("gap_domaine_public_personnes.csv"));
    assert_eq!(matrix[2][0], "Santé");
    assert_eq!(matrix[2][1..], csv[2][1..]);
    let groups = sheet_rows(&env.path("out/2026-T3/cadastre.xlsx"), "gap_groupe_domaine");
    assert_eq!(groups.last().map(|r| r[0].as_str()), Some("Sans groupe"));
}

#[test]
fn in_english_the_workbooks_show_english_labels() {
    let env = Env::new();
    env.run(&["analyse", &sample(), "--sortie", "out", "--langue", "en"])
        .expect(0);
    let book = env.path("out/2026-T3/cadastre.xlsx");
    let rows = sheet_rows(&book, "cadastre");
    assert_eq!(rows[0][..4], ["Domain", "Need", "Public", "Territory"]);
    let row = row_of(
        &rows,
        &["Health", "Mental health", "Young people", "Whole municipality"],
    );
    assert_eq!(row[9], "not covered");
    assert_printable(
        &zip_text(&book, "xl/worksheets/sheet1.xml"),
        "Needs map 2026-T3 — Needs, services and gaps",
    );
    // The guide: labels, a service's needs in a list, the codes at the right.
    let guide = sheet_rows(&env.path("out/2026-T3/guide.xlsx"), "guide");
    assert_eq!(guide[0][..4], ["Domain", "Partner", "Service", "Needs"]);
    assert_eq!(guide[0][10..], ["domaine", "besoins", "public", "territoire"]);
    let csv = csv_rows(&env.out("guide.csv"));
    let food = guide.iter().position(|r| r[3].contains("Food aid, ")).unwrap();
    assert!(csv[food][3].contains("aide-alimentaire | "), "{:?}", csv[food]);
    assert_eq!(guide[food][11], csv[food][3]);
}

#[test]
fn parquet_copies_hold_the_same_rows() {
    use polars::prelude::*;
    let env = Env::new();
    env.run(&["analyse", &sample(), "--sortie", "out"]).expect(0);
    let file = std::fs::File::open(env.path("out/2026-T3/cadastre.parquet")).unwrap();
    let df = ParquetReader::new(file).finish().unwrap();
    let csv = csv_rows(&env.out("cadastre.csv"));
    assert_eq!(df.height(), csv.len() - 1);
    assert_eq!(
        df.get_column_names()
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>(),
        csv[0]
    );
    let people: u64 = df
        .column("personnes_non_couvertes")
        .unwrap()
        .u64()
        .unwrap()
        .iter()
        .flatten()
        .sum();
    let expected: u64 = csv.iter().skip(1).filter_map(|r| r[11].parse::<u64>().ok()).sum();
    assert_eq!(people, expected);
}
