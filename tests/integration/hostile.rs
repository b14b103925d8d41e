//! Hostile values (SPEC, "Bad input" and "Partner sheets"): a 5 MB partner name, ten
//! thousand long names whose slugs collide, a name made only of punctuation. The analysis
//! goes on with the other files; whatever quotes a value back to a person (pages,
//! `rejets.csv`, the terminal) holds its first 200 characters and `…`; a sheet's file name
//! holds in 60 characters.

use std::collections::BTreeSet;

use crate::testenv::{csv_rows, Env};

const NEEDS: &str = "Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n";
const SERVICES: &str = "Partenaire;Service;Besoin;Public;Territoire;Capacité;Contact;Horaires;Adresse\n";

/// The longest run of `c` in `text`, in characters.
fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for x in text.chars() {
        run = if x == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// Every file under `dir` whose name ends with `ext`, as (path relative to `dir`, text).
fn texts(dir: &std::path::Path, ext: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(ext) {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The sheets' file names in `partenaires/`.
fn sheet_files(env: &Env) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(env.path("out/2026-T3/partenaires"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_five_megabyte_partner_name_is_quoted_in_200_characters_and_stops_nothing() {
    // "Ž" is two bytes: 2.5 million of them make 5 MB, and the cut counts characters.
    let huge = "Ž".repeat(2_500_000);
    let env = Env::new();
    env.file(
        "hostile.csv",
        format!("{NEEDS}{huge};isolement;aines;commune;3;7\nCPAS de Waremme;{huge};aines;commune;3;7\n"),
    )
    .file(
        "hostile-services.csv",
        format!("{SERVICES}{huge};Visites;isolement;tous;commune;;;;\n"),
    )
    .file(
        "cpas.csv",
        format!("{NEEDS}CPAS de Waremme;aide-alimentaire;familles;commune;4;20\nCPAS de Waremme;isolement;aines;oleye;2;5\n"),
    );
    let run = env.analyse(&[]).expect(0);

    // The other partners' cells are there, and the hostile partner's own.
    let cadastre = csv_rows(&env.out("cadastre.csv"));
    let cells: BTreeSet<(&str, &str, &str)> = cadastre
        .iter()
        .skip(1)
        .map(|r| (r[2].as_str(), r[3].as_str(), r[4].as_str()))
        .collect();
    for cell in [
        ("aide-alimentaire", "familles", "commune"),
        ("isolement", "aines", "oleye"),
        ("isolement", "aines", "commune"),
    ] {
        assert!(cells.contains(&cell), "{cell:?} in {cells:?}");
    }

    // rejets.csv: the 5 MB besoin is quoted in its first 200 characters and `…`.
    let rejets = csv_rows(&env.out("rejets.csv"));
    let bad = rejets
        .iter()
        .find(|r| r[3] == "besoin")
        .expect("the rejected besoin");
    assert_eq!(bad[4], format!("{}…", "Ž".repeat(200)));
    assert!(
        bad[5].chars().count() < 600,
        "{} characters",
        bad[5].chars().count()
    );

    // Pages, rejets.csv and the terminal: never more than 200 characters of it.
    let out = env.path("out/2026-T3");
    let mut quoted = texts(&out, ".html");
    quoted.push(("rejets.csv".into(), env.out("rejets.csv")));
    quoted.push(("stdout".into(), run.stdout()));
    quoted.push(("stderr".into(), run.stderr()));
    for (name, text) in &quoted {
        let longest = longest_run(text, 'Ž');
        assert!(longest <= 200, "{name}: {longest} characters of the name");
    }
    let sheet = env.out("partenaires/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.html");
    assert!(sheet.contains(&format!("data-partenaire=\"{}…\"", "Ž".repeat(200))));
    let report = env.out("rapport.html");
    assert!(report.contains(&format!("{}…", "Ž".repeat(200))));

    // The sheet's file name: the slug cut to 60 characters.
    let files = sheet_files(&env);
    assert!(files.iter().all(|f| f.len() <= 60 + ".html".len()), "{files:?}");
    assert!(files.contains(&"cpas-de-waremme.html".to_string()), "{files:?}");
    assert_eq!(files.len(), 3, "{files:?}");
}

#[test]
fn ten_thousand_long_names_sharing_their_first_60_characters_get_distinct_sheets() {
    let env = Env::new();
    let mut csv = String::from(NEEDS);
    let stem = format!("Association {}", "a".repeat(233));
    for i in 0..10_000 {
        let name = format!("{stem}{i:05}");
        assert_eq!(name.chars().count(), 250);
        csv.push_str(&format!("{name};isolement;aines;commune;3;1\n"));
    }
    env.file("longs.csv", csv);
    env.analyse(&[]).expect(0);

    let files = sheet_files(&env);
    assert_eq!(files.len(), 10_000 + 1, "10,000 sheets and index.html");
    assert!(files.iter().all(|f| f.len() <= 60 + ".html".len()));
    let base = "association-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    assert_eq!(base.len(), 60);
    // The first in folded-name order keeps the slug; the others are numbered, the base cut
    // so that the number fits.
    assert!(files.contains(&format!("{base}.html")));
    assert!(files.contains(&format!("{}-2.html", &base[..58])));
    assert!(files.contains(&format!("{}-10000.html", &base[..54])));
    // The sheet of the last name is numbered 10000 and says whose it is, cut to 200.
    let last = env.out(&format!("partenaires/{}-10000.html", &base[..54]));
    let shown: String = format!("{stem}09999").chars().take(200).collect();
    assert!(last.contains(&format!("data-partenaire=\"{shown}…\"")));
    // The cadastre counts them all.
    let cadastre = csv_rows(&env.out("cadastre.csv"));
    assert_eq!(cadastre[1][5], "10000", "{:?}", cadastre[1]);
}

#[test]
fn a_name_made_only_of_punctuation_gets_a_steady_sheet() {
    let make = || {
        let env = Env::new();
        env.file(
            "ponctuation.csv",
            format!("{NEEDS}«!!!»;isolement;aines;commune;3;4\n…;isolement;aines;oleye;2;3\nCPAS;isolement;aines;commune;1;2\n"),
        );
        env.analyse(&[]).expect(0);
        env
    };
    let env = make();
    let files = sheet_files(&env);
    assert_eq!(
        files,
        ["cpas.html", "index.html", "partenaire-2.html", "partenaire.html"]
    );
    let first = env.out("partenaires/partenaire.html");
    let second = env.out("partenaires/partenaire-2.html");
    let names: BTreeSet<bool> = [
        first.contains("data-partenaire=\"«!!!»\""),
        second.contains("data-partenaire=\"«!!!»\""),
    ]
    .into_iter()
    .collect();
    assert_eq!(names.len(), 2, "one of the two sheets is «!!!»'s");
    // The same inputs give the same files, whoever runs them.
    let again = make();
    assert_eq!(again.out("partenaires/partenaire.html"), first);
    assert_eq!(again.out("partenaires/partenaire-2.html"), second);
}
