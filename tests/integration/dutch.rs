//! Partner files in Dutch: headers, labels and priorities in Dutch give exactly the cadastre
//! their French originals give, and the reasons of rejected rows read in Dutch with
//! `--langue nl`. The Dutch files are translations of three files of the sample quarter
//! (`tests/fixtures/nl/README.md`); one of them is written here as a workbook.

use std::path::Path;

use crate::testenv::{assert_lines, Env};

const ORIGINALS: [&str; 3] = ["ligue-familles.csv", "espace-seniors.csv", "epicerie-sociale.csv"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The Dutch translation of `name`, as text.
fn dutch(name: &str) -> String {
    let p = root().join("tests/fixtures/nl").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A `;`-separated text written as a workbook of one sheet, figures as numbers.
fn as_workbook(text: &str, sheet: &str, path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).expect("sheet name");
    for (r, line) in text.lines().enumerate() {
        for (c, cell) in line.split(';').enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell.parse::<f64>() {
                Ok(n) => ws.write_number(r, c, n).map(|_| ()),
                Err(_) if cell.is_empty() => Ok(()),
                Err(_) => ws.write_string(r, c, cell).map(|_| ()),
            }
            .expect("cell");
        }
    }
    book.save(path).expect("workbook");
}

/// The French originals in `in/2026-T3`; their translations in `in/2026-K3` (a Dutch
/// quarter), the seniors' file as a workbook.
fn both() -> Env {
    let env = Env::new();
    let (fr, nl) = (env.path("in/2026-T3"), env.path("in/2026-K3"));
    std::fs::create_dir_all(&fr).expect("folder");
    std::fs::create_dir_all(&nl).expect("folder");
    for name in ORIGINALS {
        std::fs::copy(root().join("datasets/waremme/2026-T3").join(name), fr.join(name)).expect("copy");
    }
    std::fs::write(nl.join("ligue-familles.csv"), dutch("ligue-familles.csv")).expect("write");
    std::fs::write(nl.join("epicerie-sociale.csv"), dutch("epicerie-sociale.csv")).expect("write");
    as_workbook(
        &dutch("espace-seniors.csv"),
        "Behoeften",
        &nl.join("espace-seniors.xlsx"),
    );
    env
}

fn read(env: &Env, rel: &str) -> String {
    let p = env.path(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn dutch_files_give_the_cadastre_of_their_french_originals() {
    let env = both();
    env.run(&["analyse", "in/2026-T3", "--sortie", "fr"]).expect(0);
    env.run(&["analyse", "in/2026-K3", "--sortie", "nl"]).expect(0);
    let french = read(&env, "fr/2026-T3/cadastre.csv");
    assert!(french.lines().count() > 20, "{french}");
    assert_lines(&french, &read(&env, "nl/2026-T3/cadastre.csv"));
    // The same rows rejected, for the same columns, on the same lines.
    let rejected = |rel: &str| -> Vec<String> {
        read(&env, rel)
            .lines()
            .skip(1)
            .map(|l| l.split(',').skip(2).take(2).collect::<Vec<_>>().join(","))
            .collect()
    };
    assert_eq!(
        rejected("fr/2026-T3/rejets.csv"),
        rejected("nl/2026-T3/rejets.csv")
    );
}

#[test]
fn dutch_reasons_with_langue_nl() {
    let env = both();
    env.run(&["analyse", "in/2026-K3", "--sortie", "nl", "--langue", "nl"])
        .expect(0);
    let rejets = read(&env, "nl/2026-T3/rejets.csv");
    assert!(
        rejets.contains("verplichte waarde ontbreekt in de kolom prioriteit"),
        "{rejets}"
    );
    assert!(
        rejets.contains("behoefte 'voedselhul' is onbekend; bedoelt u aide-alimentaire?"),
        "{rejets}"
    );
    // The columns of rejets.csv keep SPEC's codes.
    assert!(rejets.contains(",priorite,"), "{rejets}");
    // A French file read in Dutch: its columns are named in Dutch in the reasons.
    env.file(
        "sans-priorite.csv",
        "partenaire;besoin;public\nP;isolement;aines\n",
    );
    env.run(&["analyse", "in/2026-T3", "--sortie", "fr", "--langue", "nl"])
        .expect(0);
    let rejets = read(&env, "fr/2026-T3/rejets.csv");
    assert!(
        rejets.contains("verplichte kolom prioriteit ontbreekt in de kopregel: voeg ze toe"),
        "{rejets}"
    );
}
