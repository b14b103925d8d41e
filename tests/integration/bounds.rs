//! Outputs a person can open at any scale (issue 27, point 1): a partner's sheet stays
//! under 1 MB (the issue asked for 2; the bench's 10M-row corpus gives 0.57 MB at most) and
//! the report under 3 MB, however many rows, services and rejections the
//! partners send, and each says in words how many it did not list and where they are.
//!
//! The bounds are checked on a crafted partner with thousands of services and rejected
//! rows and a need in every cell of the taxonomy, and on a generated region-like corpus
//! small enough for CI.

use std::collections::BTreeSet;
use std::path::Path;

use scraper::{Html, Selector};

use crate::testenv::{csv_rows, Env};

const SHEET_MAX: usize = 1_000_000;
const REPORT_MAX: usize = 3_000_000;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn count(doc: &Html, selector: &str) -> usize {
    doc.select(&sel(selector)).count()
}

fn text_of(doc: &Html, selector: &str) -> String {
    doc.select(&sel(selector))
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The codes of a kind in the default taxonomy.
fn codes(kind: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("taxonomie/taxonomie.csv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{kind};")))
        .filter_map(|l| l.split(';').next().map(String::from))
        .collect()
}

/// "Grand CPAS": a need in every cell of the taxonomy, 3,000 rows with an unreadable count
/// of people then 600 with an unreadable priority (besoins.csv), 5,000 services for the elderly of
/// Oleye (so it is the candidate of every other gap), and 1,000 services with an
/// unreadable capacity (services.csv).
fn big_partner(env: &Env) {
    let mut needs = String::from("partenaire;besoin;public;territoire;priorite;personnes\n");
    for i in 0..3000 {
        needs.push_str(&format!("Grand CPAS;isolement;aines;oleye;2;{i} environ\n"));
    }
    for _ in 0..600 {
        needs.push_str("Grand CPAS;isolement;aines;oleye;urgentissime;\n");
    }
    let besoins = codes("besoin");
    let mut i = 0;
    for b in &besoins {
        for p in codes("public") {
            for t in codes("territoire") {
                i += 1;
                needs.push_str(&format!("Grand CPAS;{b};{p};{t};{};{}\n", 1 + i % 4, i % 50));
            }
        }
    }
    let mut services =
        String::from("partenaire;service;besoin;public;territoire;capacite;contact;horaires;adresse\n");
    for i in 0..5000 {
        let b = &besoins[i % besoins.len()];
        services.push_str(&format!(
            "Grand CPAS;Permanence {i};{b};aines;oleye;10;019 32 {:02} {:02};lun-ven 9h-17h;Rue de la Gare {i}, 4300 Waremme\n",
            i % 100,
            i / 100 % 100
        ));
    }
    for i in 0..1000 {
        services.push_str(&format!(
            "Grand CPAS;Atelier {i};isolement;aines;oleye;beaucoup;;;\n"
        ));
    }
    env.file("besoins.csv", needs).file("services.csv", services);
}

#[test]
fn a_partner_with_thousands_of_rows_gets_a_sheet_under_1_mb_that_says_what_it_left_out() {
    let env = Env::new();
    big_partner(&env);
    env.analyse(&[]).expect(0);
    let html = env.out("partenaires/grand-cpas.html");
    assert!(html.len() < SHEET_MAX, "sheet of {} bytes", html.len());
    let doc = Html::parse_document(&html);

    // Rejected rows: 10 per file, the first ones of each column, with the counts.
    let rows = sel("section#rejets tr[data-fichier]");
    let at: BTreeSet<(String, String)> = doc
        .select(&rows)
        .map(|e| {
            let v = e.value();
            (
                v.attr("data-fichier").unwrap().to_string(),
                v.attr("data-ligne").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(at.len(), 20);
    let has = |f: &str, l: u32| at.contains(&(f.to_string(), l.to_string()));
    // besoins.csv: 3,000 unreadable counts on lines 2 to 3001, 600 priorities from 3002.
    assert!(has("besoins.csv", 2) && has("besoins.csv", 6) && !has("besoins.csv", 7));
    assert!(has("besoins.csv", 3002) && has("besoins.csv", 3006));
    assert!(!has("besoins.csv", 3007));
    let rejets = text_of(&doc, "section#rejets");
    for said in [
        "besoins.csv (3600 problèmes)",
        "colonne personnes : 3000 problèmes, les 5 premiers ci-dessous",
        "colonne priorite : 600 problèmes, les 5 premiers ci-dessous",
        "3590 autres problèmes de ce fichier ne sont pas repris ici : rejets.csv les donne tous",
        "services.csv (1000 problèmes)",
        "colonne capacite : 1000 problèmes, les 10 premiers ci-dessous",
        "990 autres problèmes de ce fichier ne sont pas repris ici",
    ] {
        assert!(rejets.contains(said), "{said:?} not in:\n{rejets:.3000}");
    }

    // Its needs, in full: every cell of cadastre.csv is one it expressed.
    let cadastre = csv_rows(&env.out("cadastre.csv"));
    assert!(cadastre.len() > 1500, "{} cells", cadastre.len() - 1);
    assert_eq!(count(&doc, "section#besoins tr[data-statut]"), cadastre.len() - 1);
    // Past 40 need cells, a covered cell counts its services instead of naming five, and
    // the section says so; who else reports an uncovered cell is still named.
    let besoins = text_of(&doc, "section#besoins");
    let said = format!(
        "Ce partenaire a signalé {} besoins : pour chacun, cette fiche donne le nombre de services vers qui orienter, sans les nommer.",
        cadastre.len() - 1
    );
    assert!(besoins.contains(&said), "{said:?} not in:\n{besoins:.2000}");
    assert_eq!(count(&doc, "section#besoins ul.ref"), 0);
    // Its rows are grouped by need and public, each group under its heading, each row
    // naming its territory: one group per need and public of the taxonomy.
    let groups = codes("besoin").len() * codes("public").len();
    assert_eq!(
        count(&doc, "section#besoins tbody tr.groupe th[scope=rowgroup]"),
        groups
    );
    assert_eq!(count(&doc, "section#besoins tbody"), groups);
    assert!(besoins.contains("Isolement · Aînés"), "{besoins:.2000}");
    let row = |column: u32| {
        let oleye = sel(&format!(
            r#"section#besoins tr[data-besoin="isolement"][data-public="aines"][data-territoire="oleye"] td:nth-child({column})"#,
        ));
        doc.select(&oleye)
            .map(|e| e.text().collect::<String>())
            .collect::<String>()
    };
    assert_eq!(row(1), "Oleye");
    assert_eq!(row(4), "couvert");
    let cell = row(6);
    // The "Permanence" services, all for the elderly of Oleye, take the needs in turn (the
    // "Atelier" ones are rejected: their capacity is unreadable).
    let needs = codes("besoin");
    let isolement = (0..5000)
        .filter(|i| needs[i % needs.len()] == "isolement")
        .count();
    assert_eq!(cell, format!("{isolement} services vers qui orienter"));

    // Candidacies: the 100 most urgent, and how many more there are.
    let col = |name: &str| cadastre[0].iter().position(|h| h == name).unwrap();
    let named = cadastre
        .iter()
        .skip(1)
        .filter(|r| r[col("candidats")].contains("Grand CPAS"))
        .count();
    assert!(named > 1000, "{named} candidacies");
    assert_eq!(count(&doc, "section#candidat tr[data-rang]"), 100);
    let priorities: Vec<u8> = doc
        .select(&sel("section#candidat tr[data-rang] td:nth-child(5)"))
        .map(|e| e.text().collect::<String>().parse().unwrap())
        .collect();
    assert!(priorities.windows(2).all(|w| w[0] >= w[1]), "most urgent first");
    assert_eq!(priorities[0], 4);
    let candidat = text_of(&doc, "section#candidat");
    let said = format!(
        "{} autres manques, moins urgents, le proposent aussi : cadastre.csv les donne tous",
        named - 100
    );
    assert!(candidat.contains(&said), "{said:?} not in the candidacies");

    // Services: the first 50 in guide order, the count, and where the others are.
    assert_eq!(count(&doc, "section#services article.service"), 50);
    let services = text_of(&doc, "section#services");
    assert!(services.contains(
        "Le partenaire déclare 5000 services : les 50 premiers ci-dessous, dans l'ordre du guide. Le guide des services (guide/index.html) et guide.csv les donnent tous."
    ));
    let figures = text_of(&doc, "ul.figures");
    assert!(figures.contains("5000"), "{figures}");
    assert!(figures.contains(&named.to_string()), "{figures}");

    // The terminal says the same.
    let run = env.run(&["partenaire", "Grand CPAS", "in/2026-T3"]);
    let out = run.stdout();
    assert!(out.contains("3590 autres problèmes de ce fichier"), "{out:.2000}");
    assert!(out.contains("Le partenaire déclare 5000 services"));
    assert!(out.contains(&said));
    assert!(out.contains(&said));

    // The report lists the partner's first corrections and says how many more.
    let report = env.out("rapport.html");
    assert!(report.len() < REPORT_MAX, "report of {} bytes", report.len());
    assert!(report.contains("… 4550 lignes de plus dans rejets.csv"));
}

/// A partner named in more files than the page has rows for: the first 50 files show one
/// row each, the others are counted in one line each, per column.
#[test]
fn files_past_the_rows_of_a_page_are_counted_one_line_each() {
    let env = Env::new();
    for f in 1..=60 {
        let mut needs = String::from("partenaire;besoin;public;territoire;priorite;personnes\n");
        needs.push_str("Maison Croix;isolement;aines;oleye;2;10\n");
        for _ in 0..f % 3 + 1 {
            needs.push_str("Maison Croix;isolement;aines;oleye;2;beaucoup\n");
        }
        needs.push_str("Maison Croix;solitude;aines;oleye;2;10\n");
        env.file(&format!("besoins-{f:02}.csv"), needs);
    }
    env.analyse(&[]).expect(0);
    let html = env.out("partenaires/maison-croix.html");
    let doc = Html::parse_document(&html);
    // One row per file for the first 50 files, in file order.
    let shown: Vec<String> = doc
        .select(&sel("section#rejets tr[data-fichier]"))
        .map(|e| e.value().attr("data-fichier").unwrap().to_string())
        .collect();
    assert_eq!(shown.len(), 50);
    assert_eq!(shown.first().map(String::as_str), Some("besoins-01.csv"));
    assert_eq!(shown.last().map(String::as_str), Some("besoins-50.csv"));
    // Files 51 to 60: one line each, with their count per column, and no table of rows.
    let rest: Vec<Vec<String>> = doc
        .select(&sel("section#rejets table.reste tbody tr"))
        .map(|tr| tr.select(&sel("td")).map(|td| td.text().collect()).collect())
        .collect();
    assert_eq!(rest.len(), 10);
    let per_file = |f: usize| f % 3 + 2;
    for (i, line) in rest.iter().enumerate() {
        let f = 51 + i;
        let n = per_file(f);
        assert_eq!(
            line,
            &vec![
                format!("besoins-{f:02}.csv"),
                n.to_string(),
                format!("personnes {} · besoin 1", n - 1)
            ]
        );
    }
    assert_eq!(count(&doc, "section#rejets h3"), 51);
    let text = text_of(&doc, "section#rejets");
    assert!(text.contains("Les autres fichiers"), "{text:.3000}");
    assert!(text.contains("rejets.csv les donne toutes, ligne par ligne"));
    // Every file's rows are in rejets.csv.
    let lines = csv_rows(&env.out("rejets.csv")).len() - 1;
    assert_eq!(lines, (1..=60).map(per_file).sum::<usize>());
    // The terminal says the same.
    let out = env.run(&["partenaire", "Maison Croix", "in/2026-T3"]).stdout();
    assert!(
        out.contains("besoins-60.csv (2) : personnes 1 · besoin 1"),
        "{out}"
    );
}

/// The rows of the index and of a sheet that names no partner are bounded the same way.
#[test]
fn rejected_rows_of_no_partner_are_bounded_on_the_index() {
    let env = Env::new();
    let mut needs = String::from("partenaire;besoin;public;priorite\n");
    for _ in 0..2000 {
        needs.push_str(";isolement;aines;x\n");
    }
    env.file("orphelins.csv", needs);
    env.analyse(&[]).expect(0);
    let doc = Html::parse_document(&env.out("partenaires/index.html"));
    assert_eq!(count(&doc, "section#rejets tr[data-fichier]"), 10);
    let text = text_of(&doc, "section#rejets");
    // Each row has two problems (partner and priority): 4,000 lines in rejets.csv.
    let lines = csv_rows(&env.out("rejets.csv")).len() - 1;
    assert_eq!(lines, 4000);
    assert!(text.contains("orphelins.csv (4000 problèmes)"), "{text:.2000}");
    assert!(text.contains("colonne partenaire : 2000 problèmes, les 5 premiers ci-dessous"));
    assert!(text.contains("colonne priorite : 2000 problèmes, les 5 premiers ci-dessous"));
    assert!(text.contains("3990 autres problèmes de ce fichier ne sont pas repris ici"));
}

/// A region-like corpus, small enough for CI: 300 partners, 60,000 need rows with the
/// mistakes of real files (thousands of lines in rejets.csv and avertissements.csv). The
/// report stays under 3 MB and shows at most 2,000 correction lines, every partner keeps
/// its heading there, and no sheet reaches 1 MB.
#[test]
fn a_generated_region_keeps_the_report_and_every_sheet_small() {
    let env = Env::new();
    env.run(&[
        "generer",
        "--lignes",
        "60000",
        "--partenaires",
        "300",
        "--sortie",
        "in/2026-T3",
    ])
    .expect(0);
    env.analyse(&[]).expect(0);
    let report = env.out("rapport.html");
    assert!(report.len() < REPORT_MAX, "report of {} bytes", report.len());
    let doc = Html::parse_document(&report);
    let lines = csv_rows(&env.out("rejets.csv")).len() + csv_rows(&env.out("avertissements.csv")).len() - 2;
    assert!(lines > 4000, "{lines} lines to correct");
    let groups = count(&doc, "section.partner h3 a");
    assert!(groups > 250, "{groups} groups");
    // A fair share of 2,000 lines each (6 for 300 groups), the rest counted in words.
    let shown = count(&doc, "section.partner tbody tr") - count(&doc, "section.partner td[colspan]");
    assert!(shown <= 2000, "{shown} correction lines shown");
    assert!(
        shown >= groups,
        "{shown} correction lines shown for {groups} groups"
    );
    assert!(report.contains(" lignes de plus dans rejets.csv et avertissements.csv"));
    let mut largest = (0, String::new());
    for entry in std::fs::read_dir(env.path("out/2026-T3/partenaires")).unwrap() {
        let path = entry.unwrap().path();
        let size = std::fs::metadata(&path).unwrap().len() as usize;
        if size > largest.0 {
            largest = (size, path.display().to_string());
        }
    }
    assert!(largest.0 < SHEET_MAX, "{} bytes: {}", largest.0, largest.1);
}
