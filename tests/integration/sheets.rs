//! Partner sheets: the markup SPEC fixes ("Partner sheets") checked against the other
//! outputs on the sample, and on crafted cases (rejected rows with and without a partner,
//! partners with only needs or only services, two spellings, hostile text, colliding
//! slugs, `--min-cell`, English), and `cadastre partenaire` in the terminal.
//!
//! The pages are parsed with `scraper` (html5ever, as a browser parses them), so the tests
//! read attributes and text as a reader would, whatever the escaping style.

use std::collections::BTreeSet;
use std::path::Path;

use scraper::{Html, Selector};

use crate::testenv::{csv_rows, Env};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn page(env: &Env, file: &str) -> Html {
    Html::parse_document(&env.out(&format!("partenaires/{file}")))
}

/// The given attributes of every element matching `selector`.
fn attrs(doc: &Html, selector: &str, names: &[&str]) -> Vec<Vec<String>> {
    doc.select(&sel(selector))
        .map(|e| {
            names
                .iter()
                .map(|n| {
                    e.value()
                        .attr(n)
                        .unwrap_or_else(|| panic!("{selector} without {n}"))
                        .to_string()
                })
                .collect()
        })
        .collect()
}

fn text_of(doc: &Html, selector: &str) -> String {
    doc.select(&sel(selector))
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn body_partner(doc: &Html) -> String {
    doc.select(&sel("body"))
        .next()
        .unwrap()
        .value()
        .attr("data-partenaire")
        .unwrap()
        .to_string()
}

fn rejet_rows(doc: &Html) -> Vec<Vec<String>> {
    attrs(
        doc,
        "section#rejets tr[data-fichier]",
        &["data-fichier", "data-feuille", "data-ligne", "data-colonne"],
    )
}

fn sample_env() -> Env {
    let env = Env::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/waremme/2026-T3");
    env.run(&["analyse", &sample.display().to_string(), "--sortie", "out"])
        .expect(0);
    env
}

#[test]
fn the_cpas_sheet_agrees_with_the_cadastre_the_partner_table_and_the_guide() {
    let env = sample_env();
    let doc = page(&env, "cpas-de-waremme.html");
    assert_eq!(body_partner(&doc), "CPAS de Waremme");
    let cadastre = csv_rows(&env.out("cadastre.csv"));
    let status_of = |b: &str, p: &str, t: &str| {
        cadastre
            .iter()
            .find(|r| r[2] == b && r[3] == p && r[4] == t)
            .map(|r| r[10].clone())
            .unwrap_or_else(|| panic!("{b}/{p}/{t} not in cadastre.csv"))
    };
    // Each need cell once, with the status cadastre.csv gives it.
    let needs = attrs(
        &doc,
        "section#besoins tr[data-besoin]",
        &["data-besoin", "data-public", "data-territoire", "data-statut"],
    );
    for n in &needs {
        assert_eq!(n[3], status_of(&n[0], &n[1], &n[2]), "{n:?}");
    }
    let distinct: BTreeSet<_> = needs.iter().map(|n| n[..3].to_vec()).collect();
    assert_eq!(distinct.len(), needs.len());
    // As many as partenaires.csv counts, and the candidacies and services too.
    let partners = csv_rows(&env.out("partenaires.csv"));
    let cpas = partners.iter().find(|r| r[0] == "CPAS de Waremme").unwrap();
    assert_eq!(needs.len().to_string(), cpas[1]);
    assert!(needs.len() >= 3, "the CPAS reports several needs");
    // Candidate ranks: the CPAS's place in the candidats column.
    let mut expected: Vec<Vec<String>> = cadastre
        .iter()
        .skip(1)
        .filter_map(|r| {
            let place = r[12].split(" | ").position(|c| c == "CPAS de Waremme")?;
            Some(vec![
                r[2].clone(),
                r[3].clone(),
                r[4].clone(),
                (place + 1).to_string(),
            ])
        })
        .collect();
    let mut got = attrs(
        &doc,
        "section#candidat tr[data-besoin]",
        &["data-besoin", "data-public", "data-territoire", "data-rang"],
    );
    assert_eq!(got.len().to_string(), cpas[4]);
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    assert!(!got.is_empty(), "the CPAS is a candidate somewhere");
    // Its services: the guide's cards of the CPAS, same attributes, same text.
    let guide = Html::parse_document(&env.out("guide/index.html"));
    let card_names = ["data-besoins", "data-domaines", "data-public", "data-territoire"];
    let cards = |doc: &Html, scope: &str| -> Vec<(Vec<String>, String)> {
        doc.select(&sel(&format!("{scope} article.service")))
            .filter(|a| {
                a.select(&sel("p.who"))
                    .any(|p| p.text().collect::<String>() == "CPAS de Waremme")
            })
            .map(|a| {
                let attrs = card_names
                    .iter()
                    .map(|n| a.value().attr(n).unwrap().to_string())
                    .collect();
                (attrs, a.text().collect::<String>())
            })
            .collect()
    };
    let mine = cards(&doc, "section#services");
    assert_eq!(mine.len().to_string(), cpas[2]);
    assert!(!mine.is_empty());
    let mut in_guide = cards(&guide, "");
    let mut mine_sorted = mine.clone();
    in_guide.sort();
    mine_sorted.sort();
    assert_eq!(mine_sorted, in_guide);
    // Its rows to correct: every line of rejets.csv from its workbook, the row that names no
    // partner (line 19) and the skipped notes sheet included.
    let rejets = csv_rows(&env.out("rejets.csv"));
    let of_file: Vec<Vec<String>> = rejets
        .iter()
        .filter(|r| r[0] == "cpas-waremme.xlsx")
        .map(|r| r[..4].to_vec())
        .collect();
    assert_eq!(rejet_rows(&doc), of_file);
    assert_eq!(of_file.len(), 4);
    assert!(text_of(&doc, "section#rejets").contains("personnes '-3' invalide"));
    // The sections come in the order.
    let html = env.out("partenaires/cpas-de-waremme.html");
    let at = |id: &str| html.find(&format!("<section id=\"{id}\"")).unwrap();
    assert!(at("envoi") < at("rejets") && at("rejets") < at("besoins"));
    assert!(at("besoins") < at("candidat") && at("candidat") < at("services"));
}

#[test]
fn the_index_links_one_sheet_per_partner() {
    let env = sample_env();
    let index = page(&env, "index.html");
    let links: Vec<(String, String)> = index
        .select(&sel("a[href]"))
        .map(|a| (a.text().collect(), a.value().attr("href").unwrap().to_string()))
        .collect();
    let partners = csv_rows(&env.out("partenaires.csv"));
    for p in partners.iter().skip(1) {
        let (_, href) = links
            .iter()
            .find(|(name, _)| *name == p[0])
            .unwrap_or_else(|| panic!("{} not in the index", p[0]));
        let doc = page(&env, href);
        assert_eq!(body_partner(&doc), p[0]);
    }
    let files = std::fs::read_dir(env.path("out/2026-T3/partenaires"))
        .unwrap()
        .count();
    assert_eq!(files, links.len() + 1, "one file per link, and the index");
}

const NEEDS_A: &str = "partenaire;besoin;public;territoire;priorite;personnes
Maison Croix;isolement;aines;commune;3;12
Maison Croix;taxi-social;aines;oleye;2;3
;isolement;jeunes;commune;2;5
Voisins;isolement;aines;commune;4;8
Voisins;isolement;aines;commune;x;8
";

const SERVICES: &str = "partenaire;service;besoin;public;territoire;capacite;contact
Accueil Plus;Visites à domicile;isolement;aines;commune;30;019 32 00 90
";

#[test]
fn rejected_rows_go_to_their_partner_or_to_the_partners_of_their_table_or_to_the_index() {
    let env = Env::new();
    env.file("besoins.csv", NEEDS_A)
        .file("services.csv", SERVICES)
        .file(
            "orphelin.csv",
            "partenaire;besoin;public;priorite\n;isolement;aines;2\n;logement-urgence;;3\n",
        );
    env.analyse(&[]).expect(0);
    // Line 4 names no partner: Maison Croix and Voisins each get it; line 6 is Voisins's own.
    let maison = page(&env, "maison-croix.html");
    let voisins = page(&env, "voisins.html");
    let row = |l: &str, c: &str| {
        vec![
            "besoins.csv".to_string(),
            String::new(),
            l.to_string(),
            c.to_string(),
        ]
    };
    assert_eq!(rejet_rows(&maison), [row("4", "partenaire")]);
    assert_eq!(
        rejet_rows(&voisins),
        [row("4", "partenaire"), row("6", "priorite")]
    );
    // The reasons are those of rejets.csv, with how to fix them.
    let rejets = csv_rows(&env.out("rejets.csv"));
    let reason = rejets
        .iter()
        .find(|r| r[0] == "besoins.csv" && r[2] == "6")
        .unwrap()[5]
        .clone();
    assert!(text_of(&voisins, "section#rejets").contains(&reason));
    // A services partner named in no table with rejections has nothing to correct.
    assert!(rejet_rows(&page(&env, "accueil-plus.html")).is_empty());
    // orphelin.csv names no partner at all: its three lines are on the index only.
    let index = page(&env, "index.html");
    let orphans = rejet_rows(&index);
    let expected: Vec<_> = rejets
        .iter()
        .filter(|r| r[0] == "orphelin.csv")
        .map(|r| r[..4].to_vec())
        .collect();
    assert_eq!(orphans, expected);
    assert_eq!(orphans.len(), 3);
    for file in ["maison-croix.html", "voisins.html", "accueil-plus.html"] {
        assert!(!rejet_rows(&page(&env, file))
            .iter()
            .any(|r| r[0] == "orphelin.csv"));
    }
    // Every line of rejets.csv is on a sheet or on the index.
    let mut seen: BTreeSet<Vec<String>> = orphans.into_iter().collect();
    for doc in [&maison, &voisins] {
        seen.extend(rejet_rows(doc));
    }
    let all: BTreeSet<Vec<String>> = rejets.iter().skip(1).map(|r| r[..4].to_vec()).collect();
    assert_eq!(seen, all);
}

#[test]
fn a_row_with_the_wrong_period_goes_to_its_partner() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite;periode\nLa Ruche;isolement;aines;2;2026-T3\nLa Ruche;isolement;jeunes;2;2025-T1\n",
    );
    env.analyse(&[]).expect(0);
    let doc = page(&env, "la-ruche.html");
    let rows = rejet_rows(&doc);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0][..3],
        ["a.csv".to_string(), String::new(), "3".to_string()]
    );
}

#[test]
fn a_partner_with_only_services_and_one_with_only_needs() {
    let env = Env::new();
    env.file("besoins.csv", NEEDS_A).file("services.csv", SERVICES);
    env.analyse(&[]).expect(0);
    let offer = page(&env, "accueil-plus.html");
    assert!(attrs(&offer, "section#besoins tr[data-besoin]", &["data-besoin"]).is_empty());
    let cards = attrs(
        &offer,
        "section#services article.service",
        &["data-besoins", "data-domaines", "data-public", "data-territoire"],
    );
    assert_eq!(cards, [["isolement", "social", "aines", "commune"]]);
    // Taxi social for Oleye's elderly: nobody covers it; Accueil Plus runs a social service
    // for the elderly, so it is the first candidate, for that reason.
    let cand = attrs(
        &offer,
        "section#candidat tr[data-besoin]",
        &["data-besoin", "data-public", "data-territoire", "data-rang"],
    );
    assert_eq!(cand, [["taxi-social", "aines", "oleye", "1"]]);
    assert!(
        text_of(&offer, "section#candidat").contains("il offre un service du même domaine pour ce public")
    );
    let need = page(&env, "maison-croix.html");
    let rows = attrs(
        &need,
        "section#besoins tr[data-besoin]",
        &["data-besoin", "data-public", "data-territoire", "data-statut"],
    );
    assert_eq!(
        rows,
        [
            ["isolement", "aines", "commune", "couvert"],
            ["taxi-social", "aines", "oleye", "non-couvert"]
        ]
    );
    assert!(need
        .select(&sel("section#services article.service"))
        .next()
        .is_none());
    assert!(need
        .select(&sel("section#candidat tr[data-rang]"))
        .next()
        .is_none());
    // Covered: where to refer people, with the contact; not covered: who else reports it.
    let text = text_of(&need, "section#besoins");
    assert!(
        text.contains("Visites à domicile (Accueil Plus) · 019 32 00 90"),
        "{text}"
    );
    assert!(text.contains("Aucun autre partenaire ne le signale."), "{text}");
    let html = env.out("partenaires/maison-croix.html");
    assert!(html.contains("<a href=\"tel:019320090\">019 32 00 90</a>"));
    // The numbers a reader checks: 20 people for isolement (12 + 8), 30 places: covered.
    assert!(text_of(&need, "section#envoi").contains("5 lignes lues, 3 utilisées, 2 rejetées"));
}

#[test]
fn a_partner_under_two_spellings_in_two_files_has_one_sheet_with_its_most_frequent_name() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite\nÉcole Saint-Joseph;isolement;jeunes;2\necole saint-joseph;decrochage-scolaire;jeunes;3\n",
    )
    .file(
        "b.csv",
        "partenaire;besoin;public;priorite\nECOLE SAINT-JOSEPH ;isolement;enfants;2\nÉcole  Saint-Joseph;sante-mentale;jeunes;4\n",
    );
    env.analyse(&[]).expect(0);
    let files: Vec<String> = std::fs::read_dir(env.path("out/2026-T3/partenaires"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(files, ["ecole-saint-joseph.html", "index.html"]);
    let doc = page(&env, "ecole-saint-joseph.html");
    assert_eq!(body_partner(&doc), "École Saint-Joseph");
    assert_eq!(doc.select(&sel("section#besoins tr[data-besoin]")).count(), 4);
    let sent = text_of(&doc, "section#envoi");
    assert!(sent.contains("a.csv") && sent.contains("b.csv"), "{sent}");
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let env = Env::new();
    let evil = "<script>alert(1)</script>";
    env.file(
        "s.csv",
        format!(
            "partenaire;service;besoin;public;contact\n{evil};\"<img src=x onerror=alert(2)>\";isolement;aines;\"\"\"><script>alert(3)</script>\"\n"
        ),
    )
    .file(
        "b.csv",
        format!("partenaire;besoin;public;priorite\n{evil};isolement;aines;2\n{evil};isolement;jeunes;urgent!<u>\n"),
    );
    env.analyse(&[]).expect(0);
    let name = "script-alert-1-script.html";
    let html = env.out(&format!("partenaires/{name}"));
    for bad in ["<script>", "<img", "<u>"] {
        assert!(!html.contains(bad), "{bad} in the sheet");
        assert!(
            !env.out("partenaires/index.html").contains(bad),
            "{bad} in the index"
        );
    }
    let doc = page(&env, name);
    assert_eq!(body_partner(&doc), evil);
    assert_eq!(doc.select(&sel("script")).count(), 0);
    assert!(text_of(&doc, "section#services").contains("<img src=x onerror=alert(2)>"));
    assert!(text_of(&doc, "section#rejets").contains("urgent!<u>"));
    let index = page(&env, "index.html");
    assert_eq!(text_of(&index, "a[href]"), evil);
}

#[test]
fn colliding_slugs_give_distinct_files_linked_from_the_index() {
    let env = Env::new();
    env.file(
        "b.csv",
        "partenaire;besoin;public;priorite\nA.S.B.L. Soleil;isolement;aines;2\nA S B L Soleil;isolement;jeunes;3\n",
    );
    env.analyse(&[]).expect(0);
    let index = page(&env, "index.html");
    let links: Vec<(String, String)> = index
        .select(&sel("a[href]"))
        .map(|a| (a.text().collect(), a.value().attr("href").unwrap().to_string()))
        .collect();
    // Folded names "a s b l soleil" < "a.s.b.l. soleil": the first keeps the slug.
    assert_eq!(
        links,
        [
            ("A S B L Soleil".to_string(), "a-s-b-l-soleil.html".to_string()),
            ("A.S.B.L. Soleil".to_string(), "a-s-b-l-soleil-2.html".to_string())
        ]
    );
    for (name, file) in &links {
        assert_eq!(&body_partner(&page(&env, file)), name);
    }
}

#[test]
fn min_cell_hides_small_counts_of_people() {
    let env = Env::new();
    env.file("besoins.csv", NEEDS_A).file("services.csv", SERVICES);
    env.analyse(&["--min-cell", "5"]).expect(0);
    let doc = page(&env, "maison-croix.html");
    let taxi = doc
        .select(&sel("section#besoins tr[data-besoin=\"taxi-social\"]"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(taxi.contains("<5") && !taxi.contains('3'), "{taxi}");
    let isolement = doc
        .select(&sel("section#besoins tr[data-besoin=\"isolement\"]"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(isolement.contains("12"), "{isolement}");
    assert!(text_of(&doc, "p.note").contains("--min-cell 5"));
    let candidate = page(&env, "accueil-plus.html");
    let row = text_of(&candidate, "section#candidat tr[data-rang]");
    assert!(row.contains("<5") && !row.contains('3'), "{row}");
}

#[test]
fn english_sheets_speak_english() {
    let env = Env::new();
    env.file("besoins.csv", NEEDS_A).file("services.csv", SERVICES);
    env.analyse(&["--langue", "en"]).expect(0);
    let html = env.out("partenaires/maison-croix.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let doc = Html::parse_document(&html);
    for words in [
        "What the partner sent",
        "Rows to correct",
        "Refer to:",
        "No other partner reports it.",
        "not covered",
    ] {
        assert!(
            doc.root_element().text().collect::<String>().contains(words),
            "{words}"
        );
    }
    for french in ["Besoin", "Ce que", "non couvert", "signalé"] {
        assert!(
            !doc.root_element().text().collect::<String>().contains(french),
            "{french}"
        );
    }
    // Taxonomy labels from the taxonomy's English column.
    assert!(text_of(&doc, "section#besoins").contains("Social taxi"));
}

#[test]
fn the_partner_command_prints_the_sheet_and_suggests_close_names() {
    let env = Env::new();
    env.file("besoins.csv", NEEDS_A).file("services.csv", SERVICES);
    let run = env
        .run(&["partenaire", "MAISON  croix", "in/2026-T3", "--sortie", "out"])
        .expect(0);
    let out = run.stdout();
    for line in [
        "Fiche partenaire : Maison Croix, 2026-T3",
        "1. Ce que le partenaire a envoyé",
        "2. Les lignes à corriger",
        "besoins.csv (un problème)",
        "Isolement / Aînés / Toute la commune  [couvert]",
        "Visites à domicile (Accueil Plus) · 019 32 00 90",
        "Aucun autre partenaire ne le signale.",
        "Aucun service déclaré ce trimestre.",
        "partenaires/maison-croix.html",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    assert!(!env.path("out").exists(), "the command writes nothing");
    let run = env.run(&["partner", "Maison Croxi", "in/2026-T3"]).expect(2);
    let err = run.stderr();
    assert!(
        err.contains("Aucun partenaire « Maison Croxi »") && err.contains("« Maison Croix »"),
        "{err}"
    );
    let run = env
        .run(&["partner", "Nobody at all", "in/2026-T3", "--langue", "en"])
        .expect(2);
    assert!(run.stderr().contains("No close name"), "{}", run.stderr());
    assert!(run.stdout().is_empty());
}
