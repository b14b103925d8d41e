//! The bundled sample quarter, end to end, as the README's first command runs it.

use std::path::Path;

use crate::testenv::{csv_rows, tally, Env};

fn run_sample() -> (Env, crate::testenv::Run) {
    let env = Env::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/waremme/2026-T3");
    let run = env
        .run(&["analyse", &dir.display().to_string(), "--sortie", "out"])
        .expect(0);
    (env, run)
}

#[test]
fn every_row_of_the_sample_is_used_or_reported() {
    let (env, run) = run_sample();
    let t = tally(&env);
    let read: u64 = t.iter().map(|r| r.3).sum();
    let used: u64 = t.iter().map(|r| r.4).sum();
    let rejected: u64 = t.iter().map(|r| r.5).sum();
    assert_eq!((read, used, rejected), (295, 283, 12));
    assert!(
        run.stdout()
            .contains("Total: 295 lignes lues = 283 utilisées + 12 rejetées"),
        "{}",
        run.stdout()
    );
    assert!(
        run.stdout().contains("Résultats écrits dans out/2026-T3"),
        "{}",
        run.stdout()
    );
    assert_eq!(t.iter().filter(|r| r.2 == "ignoree").count(), 2);
    insta::assert_snapshot!("sample_rejets", env.out("rejets.csv"));
    insta::assert_snapshot!("sample_fichiers", env.out("fichiers.csv"));
}

#[test]
fn the_sample_shows_every_status() {
    let (env, run) = run_sample();
    let rows = csv_rows(&env.out("cadastre.csv"));
    let count = |s: &str| rows.iter().filter(|r| r[10] == s).count();
    assert_eq!(
        (
            rows.len() - 1,
            count("non-couvert"),
            count("partiel"),
            count("couvert")
        ),
        (121, 62, 17, 42)
    );
    assert!(run
        .stdout()
        .contains("Cellules de besoin : 121 (62 non couvertes, 17 partiellement couvertes, 42 couvertes)"));
    // A row the README explains.
    assert!(rows.iter().any(|r| r[1..]
        == [
            "sante",
            "sante-mentale",
            "jeunes",
            "commune",
            "6",
            "130",
            "4",
            "0",
            "",
            "non-couvert",
            "130",
            "Service de santé mentale de Waremme | AMO Le Tremplin | Plan de cohésion sociale de Waremme"
        ]));
    insta::assert_snapshot!("sample_cadastre", env.out("cadastre.csv"));
}
