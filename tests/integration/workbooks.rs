//! Workbook quirks, one fixture each (`tests/fixtures/workbooks/`, named after the quirk):
//! the sheet row numbers partners see, numbers stored as reals, error and formula cells,
//! tables that do not start at A1, and workbooks that cannot be read.

use crate::testenv::{assert_lines, csv_rows, sheet_rows, tally, zip_text, Env};

fn with(fixtures: &[&str]) -> Env {
    let env = Env::new();
    for f in fixtures {
        env.fixture(&format!("workbooks/{f}"));
    }
    env.analyse(&[]).expect(0);
    env
}

fn tally_of(env: &Env) -> Vec<(String, String, String, u64, u64, u64)> {
    tally(env)
}

#[test]
fn xls_numbers_stored_as_reals_read_as_whole_numbers() {
    let env = with(&["xls-numbers-stored-as-reals.xls"]);
    assert_eq!(
        tally_of(&env),
        [(
            "xls-numbers-stored-as-reals.xls".into(),
            "Besoins".into(),
            "besoins".into(),
            2,
            1,
            1
        )]
    );
    let rejets = csv_rows(&env.out("rejets.csv"));
    assert_eq!(
        rejets[1][..5],
        [
            "xls-numbers-stored-as-reals.xls",
            "Besoins",
            "3",
            "personnes",
            "7.5"
        ]
    );
    assert!(env
        .out("cadastre.csv")
        .contains(",social,isolement,aines,oleye,1,12,3,0,,non-couvert,12,"));
}

#[test]
fn a_table_starting_at_c3_keeps_the_sheet_row_numbers() {
    let env = with(&["ods-table-starts-at-C3.ods"]);
    let t = tally_of(&env);
    assert_eq!((t[0].3, t[0].4, t[0].5), (2, 1, 1));
    let rejets = csv_rows(&env.out("rejets.csv"));
    assert_eq!(
        rejets[1][..5],
        ["ods-table-starts-at-C3.ods", "Besoins", "5", "public", "bébés"]
    );
    assert!(env
        .out("cadastre.csv")
        .contains(",social,soutien-parentalite,familles,commune,1,,3,0,,non-couvert,,"));
}

#[test]
fn a_title_above_the_header_is_skipped_and_said() {
    let env = with(&["xlsx-title-row-above-header.xlsx"]);
    let t = tally_of(&env);
    assert_eq!((t[0].2.as_str(), t[0].3, t[0].4, t[0].5), ("besoins", 2, 1, 1));
    assert!(env.out("fichiers.csv").contains("en-tête trouvé ligne 3"));
    assert_lines(
        "fichier,feuille,ligne,colonne,valeur,raison\n\
         xlsx-title-row-above-header.xlsx,Enquête,5,besoin,decrochage scolair,besoin 'decrochage scolair' inconnu ; vouliez-vous dire decrochage-scolaire ?\n",
        &env.out("rejets.csv"),
    );
}

#[test]
fn one_workbook_with_needs_services_and_an_empty_sheet() {
    let env = with(&["ods-needs-and-services-sheets.ods"]);
    let t: Vec<(String, String, u64, u64)> =
        tally_of(&env).into_iter().map(|r| (r.1, r.2, r.3, r.4)).collect();
    assert_eq!(
        t,
        [
            ("Besoins".into(), "besoins".into(), 1, 1),
            ("Services".into(), "services".into(), 1, 1),
            ("Feuille3".into(), "ignoree".into(), 0, 0)
        ]
    );
    assert_lines(
        "periode,domaine,besoin,public,territoire,demande_mentions,demande_personnes,priorite_max,offre_services,offre_capacite,statut,personnes_non_couvertes,candidats\n\
         2026-T3,social,isolement,personnes-isolees,commune,1,40,4,1,25,partiel,15,\n",
        &env.out("cadastre.csv"),
    );
    let rejets = csv_rows(&env.out("rejets.csv"));
    assert_eq!(
        rejets[1][..3],
        ["ods-needs-and-services-sheets.ods", "Feuille3", ""]
    );
}

#[test]
fn error_cells_are_rejected_and_formulas_give_their_value() {
    let env = with(&["xlsx-error-and-formula-cells.xlsx"]);
    let rejets = csv_rows(&env.out("rejets.csv"));
    assert_eq!(rejets.len(), 2);
    assert_eq!(
        rejets[1][..5],
        [
            "xlsx-error-and-formula-cells.xlsx",
            "Besoins",
            "2",
            "personnes",
            "#N/A"
        ]
    );
    assert!(env
        .out("cadastre.csv")
        .contains(",social,aide-alimentaire,familles,commune,1,12,3,0,,non-couvert,12,"));
}

#[test]
fn spaces_case_and_blank_rows_in_an_ods() {
    let env = with(&["ods-hidden-blank-rows-and-spaces.ods"]);
    let t = tally_of(&env);
    assert_eq!((t[0].3, t[0].4, t[0].5), (2, 2, 0));
    assert_lines(
        "partenaire,besoins_exprimes,services_offerts,cellules_couvertes,cellules_candidat\nEspace Seniors,2,0,0,0\n",
        &env.out("partenaires.csv"),
    );
}

#[test]
fn broken_empty_and_misnamed_workbooks() {
    let env = with(&[
        "xlsx-empty-workbook.xlsx",
        "xlsx-truncated.xlsx",
        "xlsx-saved-with-csv-extension.csv",
    ]);
    let t = tally_of(&env);
    let kinds: Vec<(&str, &str, &str, u64)> = t
        .iter()
        .map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.4))
        .collect();
    assert_eq!(
        kinds,
        [
            ("xlsx-empty-workbook.xlsx", "Feuil1", "ignoree", 0),
            ("xlsx-saved-with-csv-extension.csv", "Besoins", "besoins", 1),
            ("xlsx-truncated.xlsx", "", "illisible", 0)
        ]
    );
    let fichiers = env.out("fichiers.csv");
    assert!(
        fichiers.contains("classeur enregistré sous l'extension .csv : lu comme classeur"),
        "{fichiers}"
    );
    assert!(
        fichiers
            .contains("xlsx-truncated.xlsx,,illisible,0,0,0,\"classeur illisible, endommagé ou incomplet"),
        "{fichiers}"
    );
    // Each unusable table has its line in rejets.csv, with no line number.
    let rejets = csv_rows(&env.out("rejets.csv"));
    assert_eq!(rejets.len(), 3);
    assert!(rejets[1..].iter().all(|r| r[2].is_empty() && !r[5].is_empty()));
}

/// A needs table of one row, written as an xlsx; saved as `.xlsm` it is what Excel writes
/// for a workbook with macros, less the macros (the content is what tells the format).
fn needs_workbook() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Besoins").unwrap();
    for (c, v) in ["Partenaire", "Besoin", "Public", "Priorité", "Personnes"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *v).unwrap();
    }
    for (c, v) in ["Maison de jeunes", "isolement", "jeunes", "3"]
        .iter()
        .enumerate()
    {
        ws.write_string(1, c as u16, *v).unwrap();
    }
    ws.write_number(1, 4, 15.0).unwrap();
    wb.save_to_buffer().unwrap()
}

#[test]
fn macro_enabled_and_binary_workbooks_are_read() {
    let env = Env::new();
    env.fixture("workbooks/xlsm-macros-from-calamine.xlsm")
        .fixture("workbooks/xlsb-binary-from-calamine.xlsb")
        .file("besoins.xlsm", needs_workbook());
    env.analyse(&[]).expect(0);
    assert_lines(
        "fichier,feuille,table,lues,utilisees,rejetees,remarque\n\
         besoins.xlsm,Besoins,besoins,1,1,0,\n\
         xlsb-binary-from-calamine.xlsb,Sheet1,ignoree,0,0,0,ni un tableau de besoins ni un tableau de services : aucune colonne « besoin » dans l'en-tête (2 lignes non lues)\n\
         xlsm-macros-from-calamine.xlsm,Sheet1,ignoree,0,0,0,tableau vide : aucune ligne\n\
         xlsm-macros-from-calamine.xlsm,Sheet2,ignoree,0,0,0,tableau vide : aucune ligne\n\
         xlsm-macros-from-calamine.xlsm,Sheet3,ignoree,0,0,0,tableau vide : aucune ligne\n",
        &env.out("fichiers.csv"),
    );
    assert!(env
        .out("cadastre.csv")
        .contains(",social,isolement,jeunes,commune,1,15,3,0,,non-couvert,15,"));
}

const PASSWORD_REASON: &str = "classeur protégé par un mot de passe : ouvrez-le, retirez le mot de passe (Excel : Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis videz le champ ; LibreOffice : Fichier > Enregistrer sous, sans cocher « Enregistrer avec mot de passe ») et envoyez-le à nouveau";

#[test]
fn a_password_protected_workbook_is_said_to_be_one() {
    // The xlsx is encrypted as Excel does it (an OLE container holding EncryptionInfo and
    // EncryptedPackage), by make_password_fixture.py; the ods comes from calamine's tests.
    let env = Env::new();
    env.fixture("workbooks/xlsx-password-protected.xlsx")
        .fixture("workbooks/ods-password-protected-from-calamine.ods")
        .file("besoins.xlsx", needs_workbook());
    env.analyse(&[]).expect(0);
    assert_lines(
        &format!(
            "fichier,feuille,table,lues,utilisees,rejetees,remarque\n\
             besoins.xlsx,Besoins,besoins,1,1,0,\n\
             ods-password-protected-from-calamine.ods,,illisible,0,0,0,\"{PASSWORD_REASON}\"\n\
             xlsx-password-protected.xlsx,,illisible,0,0,0,\"{PASSWORD_REASON}\"\n"
        ),
        &env.out("fichiers.csv"),
    );
    assert_lines(
        &format!(
            "fichier,feuille,ligne,colonne,valeur,raison\n\
             ods-password-protected-from-calamine.ods,,,,,\"{PASSWORD_REASON}\"\n\
             xlsx-password-protected.xlsx,,,,,\"{PASSWORD_REASON}\"\n"
        ),
        &env.out("rejets.csv"),
    );
}

/// An xlsx whose one sheet, `Besoins`, holds `rows` rows, written as they are compressed:
/// each row is `row(n)`, and the sheet declares `dimension` (which may lie).
fn bomb_xlsx(path: &std::path::Path, dimension: &str, rows: u64, mut row: impl FnMut(u64) -> String) {
    use std::io::Write;
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Besoins" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, xml) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>"#
    )
    .unwrap();
    for n in 1..=rows {
        zip.write_all(row(n).as_bytes()).unwrap();
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
}

const BOMB_REASON: &str = "feuille « Besoins » trop grande : au moins 1 048 577 lignes, au-delà de ce qu'Excel ou LibreOffice peuvent écrire (1 048 576 lignes, 16 384 colonnes) ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice";

#[test]
fn a_sheet_past_a_spreadsheets_last_row_is_refused_quickly() {
    // 1,048,576 empty rows, then a row with a value: a sheet no spreadsheet program writes,
    // that says it is A1:E3. About 12 MB of xml in a file of a few tens of kilobytes.
    let env = Env::new();
    env.file("besoins.xlsx", needs_workbook());
    let bomb = env.input().join("bombe.xlsx");
    bomb_xlsx(&bomb, "A1:E3", 1_048_577, |n| {
        if n <= 1_048_576 {
            "<row></row>".to_string()
        } else {
            r#"<row><c t="inlineStr"><is><t>isolement</t></is></c></row>"#.to_string()
        }
    });
    assert!(std::fs::metadata(&bomb).unwrap().len() < 100_000);
    let start = std::time::Instant::now();
    env.analyse(&[]).expect(0);
    let secs = start.elapsed().as_secs_f64();
    assert!(secs < 20.0, "{secs:.1} s");
    assert_lines(
        &format!(
            "fichier,feuille,table,lues,utilisees,rejetees,remarque\n\
             besoins.xlsx,Besoins,besoins,1,1,0,\n\
             bombe.xlsx,,illisible,0,0,0,\"{BOMB_REASON}\"\n"
        ),
        &env.out("fichiers.csv"),
    );
    assert_lines(
        &format!(
            "fichier,feuille,ligne,colonne,valeur,raison\n\
             bombe.xlsx,,,,,\"{BOMB_REASON}\"\n"
        ),
        &env.out("rejets.csv"),
    );
}

/// The bomb of issue 17, full size: 10 million rows of one random small number (about
/// 260 MB of xml) in a file of about 6 MB, which took 32 s and 4.3 GB before it was read.
/// Run alone, it prints the run's time and peak memory (the test's children's):
/// `cargo test --test integration full_size_bomb -- --ignored --nocapture`. With
/// `CADASTRE_BOMB_DIR` set, the bomb is also left there, to time a release build.
#[test]
#[ignore = "writes a 6 MB workbook of 10 million rows: about four minutes in a debug build"]
fn full_size_bomb_is_refused_within_10_s_and_500_mb() {
    let env = Env::new();
    env.file("besoins.xlsx", needs_workbook());
    let bomb = env.input().join("bombe.xlsx");
    let mut x = 0x2545_f491_4f6c_dd1d_u64;
    bomb_xlsx(&bomb, "A1:A10000000", 10_000_000, |_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        format!("<row><c><v>{}</v></c></row>", x % 6)
    });
    let size = std::fs::metadata(&bomb).unwrap().len();
    if let Some(dir) = std::env::var_os("CADASTRE_BOMB_DIR") {
        let dir = std::path::Path::new(&dir).join("2026-T3");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(&bomb, dir.join("bombe.xlsx")).unwrap();
        std::fs::write(dir.join("besoins.xlsx"), needs_workbook()).unwrap();
    }
    let start = std::time::Instant::now();
    env.analyse(&[]).expect(0);
    let secs = start.elapsed().as_secs_f64();
    // SAFETY: getrusage fills the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    let peak_mb = usage.ru_maxrss as f64 / 1024.0;
    println!(
        "bomb of {:.1} MB: refused in {secs:.2} s, peak {peak_mb:.0} MB",
        size as f64 / 1e6
    );
    let rejets = csv_rows(&env.out("rejets.csv"));
    assert_eq!(rejets[1][0], "bombe.xlsx");
    assert!(
        rejets[1][5].starts_with("classeur trop volumineux une fois décompressé"),
        "{rejets:?}"
    );
    assert!(secs < 10.0 && peak_mb < 500.0, "{secs:.1} s, {peak_mb:.0} MB");
}

#[test]
fn an_xls_whose_cells_are_far_apart_is_refused_before_it_is_read() {
    // A1 and IV65536 (LibreOffice's xls export of a csv): read whole, the rectangle between
    // them would be 16.8 million cells, about 1 GB.
    let env = Env::new();
    env.fixture("workbooks/xls-cells-far-apart.xls")
        .fixture("workbooks/xls-numbers-stored-as-reals.xls");
    env.analyse(&[]).expect(0);
    assert_lines(
        "fichier,feuille,table,lues,utilisees,rejetees,remarque\n\
         xls-cells-far-apart.xls,,illisible,0,0,0,\"classeur trop volumineux : les cellules de la feuille « besoins-ecartes » couvrent plus de 2 000 000 cellules, de la première à la dernière, bien plus qu'une enquête ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice, en .xlsx\"\n\
         xls-numbers-stored-as-reals.xls,Besoins,besoins,2,1,1,\n",
        &env.out("fichiers.csv"),
    );
}

/// The workbooks of a Dutch run: Dutch headers and titles; the sheets keep the CSVs' names,
/// which machines and lookups use whatever the language.
#[test]
fn in_dutch_the_workbooks_have_dutch_headers_and_titles() {
    use calamine::Reader;
    let env = Env::new();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/waremme/2026-T3");
    env.run(&[
        "analyse",
        &sample.display().to_string(),
        "--sortie",
        "out",
        "--langue",
        "nl",
    ])
    .expect(0);
    let book = env.path("out/2026-T3/cadastre.xlsx");
    let wb: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let names = wb.sheet_names();
    for name in ["cadastre", "gap_groupe_domaine", "partenaires", "fichiers"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let rows = sheet_rows(&book, "cadastre");
    assert_eq!(
        rows[0][..12],
        [
            "Domein",
            "Behoefte",
            "Doelgroep",
            "Gebied",
            "Partners",
            "Personen",
            "Prioriteit",
            "Diensten",
            "Plaatsen",
            "Status",
            "Zonder antwoord",
            "Kandidaten"
        ]
    );
    assert_eq!(
        sheet_rows(&book, "partenaires")[0],
        [
            "Partner",
            "Gemelde behoeften",
            "Aangeboden diensten",
            "Gedekte cellen",
            "Tekorten waarvoor kandidaat"
        ]
    );
    assert_eq!(sheet_rows(&book, "gap_groupe_domaine")[0][0], "Werkgroep");
    let files = &sheet_rows(&book, "fichiers")[0];
    for h in ["Bestand", "Blad", "Tabel", "Gelezen", "Gebruikt", "Geweigerd"] {
        assert!(files.contains(&h.to_string()), "{h} in {files:?}");
    }
    // The printed page: the book's and the sheet's titles above, "Pagina n / N" below.
    let xml = zip_text(&book, "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains("Behoeftekadaster 2026-T3 — Behoeften, aanbod en tekorten"),
        "{xml}"
    );
    assert!(xml.contains("Pagina &amp;P / &amp;N"), "{xml}");
    let package = env.out("datapackage.json");
    assert!(
        package.contains("\"title\": \"Behoeftekadaster 2026-T3\""),
        "{package}"
    );
}
