//! The services guide: every valid service once with its fields, escaping, safe links, and
//! the filter from the address applied by a real browser.

use std::process::Command;

use crate::report::chromium;
use crate::testenv::{csv_rows, Env};

const SERVICES: &str = "partenaire;service;besoin;public;territoire;capacite;contact;horaires;adresse
Épicerie sociale Le Panier;Épicerie sociale;aide-alimentaire;personnes-precarisees;waremme-centre;45;019 32 00 90;mar 9h-12h;rue des Tilleuls 8
CPAS de Waremme;Colis aux aînés;aide-alimentaire;aines;commune;10;cpas@waremme.be;ven 9h-12h;rue des Prébendiers 12
Croix-Rouge;Distribution de colis;aide-alimentaire | acces-droits;tous;commune;;https://croix-rouge.example/waremme;lun 13h-16h;rue de Huy 18
Croix-Rouge;Vestiboutique;accueil-communautaire;tous;waremme-centre;;;;
PCS;Visites aux isolés;isolement;aines;oleye;20;javascript:alert(1);;
<img src=x onerror=alert(1)>;\"\"\"><script>alert(2)</script>\";taxi-social;aines;oleye;;;;
Mauvais;Sans besoin;;aines;;;;;
";

fn guide_env() -> Env {
    let env = Env::new();
    env.file("services.csv", SERVICES).file(
        "besoins.csv",
        "partenaire;besoin;public;territoire;priorite\nA;taxi-social;aines;bleret;4\n",
    );
    env.analyse(&[]).expect(0);
    env
}

#[test]
fn every_valid_service_appears_once_with_its_fields() {
    let env = guide_env();
    let html = env.out("guide/index.html");
    assert_eq!(html.matches("<article class=\"service\"").count(), 6);
    for name in [
        "Épicerie sociale</h3>",
        "Colis aux aînés</h3>",
        "Distribution de colis</h3>",
        "Vestiboutique</h3>",
        "Visites aux isolés</h3>",
    ] {
        assert_eq!(html.matches(name).count(), 1, "{name}");
    }
    assert!(html.contains(
        "<article class=\"service\" data-besoins=\"aide-alimentaire acces-droits\" data-domaines=\"social\" data-public=\"tous\" data-territoire=\"commune\">"
    ));
    assert!(html.contains("<dt>Places</dt><dd>45 par trimestre</dd>"));
    assert!(html.contains("<a href=\"tel:019320090\">019 32 00 90</a>"));
    assert!(html.contains("<a href=\"mailto:cpas@waremme.be\">cpas@waremme.be</a>"));
    assert!(html.contains("<a href=\"https://croix-rouge.example/waremme\">"));
    assert!(html.contains("<dt>Horaires</dt><dd>lun 13h-16h</dd>") && html.contains("rue de Huy 18"));
    assert!(html.contains("<dt>Besoins</dt><dd>Aide alimentaire, Accès aux droits</dd>"));
    // The gap the guide shows: nobody helps with taxi social in Bleret.
    assert!(html.contains("<b>Taxi social</b> · Aînés · Bleret"));
    let rows = csv_rows(&env.out("guide.csv"));
    assert_eq!(
        rows[0],
        [
            "domaine",
            "partenaire",
            "service",
            "besoins",
            "public",
            "territoire",
            "capacite",
            "contact",
            "horaires",
            "adresse"
        ]
    );
    let names: Vec<(&str, &str)> = rows[1..].iter().map(|r| (r[1].as_str(), r[2].as_str())).collect();
    assert_eq!(
        names,
        [
            ("<img src=x onerror=alert(1)>", "\"><script>alert(2)</script>"),
            ("CPAS de Waremme", "Colis aux aînés"),
            ("Croix-Rouge", "Distribution de colis"),
            ("Croix-Rouge", "Vestiboutique"),
            ("Épicerie sociale Le Panier", "Épicerie sociale"),
            ("PCS", "Visites aux isolés")
        ]
    );
    assert!(env.path("out/2026-T3/guide.xlsx").exists());
}

#[test]
fn hostile_text_is_escaped_and_never_a_script_link() {
    let env = guide_env();
    let html = env.out("guide/index.html");
    assert!(!html.contains("<img src=x") && !html.contains("<script>alert(2)"));
    // Escaped (by the template, in its way), so that a browser shows the text as written.
    let doc = scraper::Html::parse_document(&html);
    let texts = |selector: &str| -> Vec<String> {
        let sel = scraper::Selector::parse(selector).unwrap();
        doc.select(&sel).map(|e| e.text().collect()).collect()
    };
    assert!(texts("article p.who").contains(&"<img src=x onerror=alert(1)>".to_string()));
    assert!(texts("article h3").contains(&"\"><script>alert(2)</script>".to_string()));
    assert_eq!(
        doc.select(&scraper::Selector::parse("article script, article img").unwrap())
            .count(),
        0
    );
    assert!(
        !html.contains("href=\"javascript"),
        "javascript: never becomes a link"
    );
    assert!(html.contains("<dd>javascript:alert(1)</dd>"));
}

#[test]
fn the_guide_command_writes_the_guide_alone() {
    let env = Env::new();
    env.file("services.csv", SERVICES);
    let run = env.run(&["guide", "in/2026-T3", "--sortie", "out"]).expect(0);
    assert!(run.stdout().contains("6 services"), "{}", run.stdout());
    assert!(env.path("out/2026-T3/guide/index.html").exists());
    assert!(!env.path("out/2026-T3/cadastre.csv").exists());
    // Both commands write guide.csv piece by piece, each its own way (an atomic file, a
    // staged folder): the same bytes, one line per valid service.
    let alone = std::fs::read(env.path("out/2026-T3/guide.csv")).unwrap();
    env.run(&["analyse", "in/2026-T3", "--sortie", "complet"])
        .expect(0);
    let with_all = std::fs::read(env.path("complet/2026-T3/guide.csv")).unwrap();
    assert_eq!(alone, with_all);
    let rows = csv_rows(&String::from_utf8(alone).unwrap());
    assert_eq!(rows.len(), 1 + 6);
    assert_eq!(rows.iter().filter(|r| r[2] == "Vestiboutique").count(), 1);
}

/// The cards a browser leaves visible for an address, by service name.
fn visible(env: &Env, browser: &str, fragment: &str) -> Vec<String> {
    let url = format!(
        "file://{}#{fragment}",
        env.path("out/2026-T3/guide/index.html").display()
    );
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", env.path("chrome").display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        dom.contains("article"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dom.split("<article ")
        .skip(1)
        .filter(|a| !a[..a.find('>').unwrap()].contains("hidden"))
        .map(|a| {
            let h3 = &a[a.find("<h3>").unwrap() + 4..];
            h3[..h3.find("</h3>").unwrap()].to_string()
        })
        .collect()
}

#[test]
fn the_address_filters_the_cards_in_a_browser() {
    let Some(browser) = chromium() else {
        assert!(std::env::var_os("CI").is_none(), "Chromium is required in CI");
        eprintln!("skipped: no Chromium on this machine");
        return;
    };
    let env = guide_env();
    // `tous` matches every public, `commune` every territory.
    assert_eq!(
        visible(&env, &browser, "besoin=aide-alimentaire&public=aines"),
        ["Colis aux aînés", "Distribution de colis"]
    );
    assert_eq!(
        visible(
            &env,
            &browser,
            "besoin=aide-alimentaire&public=aines&territoire=oleye"
        ),
        ["Colis aux aînés", "Distribution de colis"]
    );
    assert_eq!(
        visible(&env, &browser, "public=aines&territoire=oleye&besoin=isolement"),
        ["Visites aux isolés"]
    );
    // Free text ignores case and accents.
    assert_eq!(visible(&env, &browser, "q=epicerie"), ["Épicerie sociale"]);
    assert_eq!(visible(&env, &browser, "q=VESTIBOUTIQUE"), ["Vestiboutique"]);
    assert_eq!(visible(&env, &browser, "").len(), 6);
}

#[test]
fn in_dutch_the_guide_speaks_dutch() {
    let env = guide_env();
    env.analyse(&["--langue", "nl"]).expect(0);
    let html = env.out("guide/index.html");
    let doc = scraper::Html::parse_document(&html);
    let text = |selector: &str| -> String {
        let sel = scraper::Selector::parse(selector).unwrap();
        doc.select(&sel)
            .next()
            .map(|e| e.text().collect())
            .unwrap_or_default()
    };
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert_eq!(text("title"), "Dienstengids, 2026-T3");
    assert_eq!(text("h1"), "Dienstengids, 2026-T3");
    // The filter's lists and the cards' fields.
    assert_eq!(text("select[name=public] option[value='']"), "alle doelgroepen");
    assert_eq!(text("select[name=territoire] option[value='']"), "hele gemeente");
    assert!(
        html.contains("<dt>Plaatsen</dt><dd>45 per kwartaal</dd>"),
        "{html}"
    );
    assert!(html.contains("<dt>Openingsuren</dt><dd>lun 13h-16h</dd>"));
    assert!(html.contains("<dt>Doelgroep</dt>") && html.contains("<dt>Adres</dt>"));
    assert_eq!(text("#count"), "6 van 6 diensten");
    assert!(html.contains("data-template=\"{n} van {total} diensten\""));
    assert_eq!(text("#sans-service h2"), "Behoeften zonder dienst");
    assert!(
        text("footer").starts_with("Bron: diensten opgegeven door "),
        "{}",
        text("footer")
    );
    // The same directory as a workbook, under Dutch column headers.
    let rows = crate::testenv::sheet_rows(&env.path("out/2026-T3/guide.xlsx"), "guide");
    assert_eq!(
        rows[0][..10],
        [
            "Domein",
            "Partner",
            "Dienst",
            "Behoeften",
            "Doelgroep",
            "Gebied",
            "Plaatsen",
            "Contact",
            "Openingsuren",
            "Adres"
        ]
    );
    // HSDS: the descriptions in Dutch, the terms said to be Dutch; the CSV keeps its codes.
    let services = env.out("hsds/services.json");
    assert!(services.contains(" — doelgroep: "), "{services}");
    assert!(services.contains("\"language\": \"nl\""));
    assert!(services.contains("partner van het preventieplan, 2 diensten in de gids."));
    assert_eq!(csv_rows(&env.out("guide.csv"))[0][0], "domaine");
}
