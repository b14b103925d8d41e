//! Workbook quirks, one fixture each (`tests/fixtures/workbooks/`, named after the quirk):
//! the sheet row numbers partners see, numbers stored as reals, error and formula cells,
//! tables that do not start at A1, and workbooks that cannot be read.

use crate::testenv::{assert_lines, csv_rows, tally, Env};

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
