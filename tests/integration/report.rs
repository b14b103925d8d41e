//! Charts and the HTML report: files, sizes, labels, escaping, and a real browser.

use std::path::Path;
use std::process::Command;

use crate::testenv::Env;

const CHARTS: [&str; 5] = [
    "besoins-par-domaine",
    "personnes-non-couvertes",
    "carte-domaine-public",
    "couverture-par-groupe",
    "manques-urgents",
];

fn sample_env(extra: &[&str]) -> Env {
    let env = Env::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/waremme/2026-T3");
    let mut args = vec![
        "analyse".to_string(),
        dir.display().to_string(),
        "--sortie".into(),
        "out".into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.run(&args).expect(0);
    env
}

/// Width and height from a PNG header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}

#[test]
fn every_chart_is_a_print_sized_png_and_an_svg_with_its_labels() {
    let env = sample_env(&[]);
    for name in CHARTS {
        let png = std::fs::read(env.path(&format!("out/2026-T3/graphiques/{name}.png"))).unwrap();
        assert!(png_size(&png).0 >= 2400, "{name}: {:?}", png_size(&png));
        let svg = env.out(&format!("graphiques/{name}.svg"));
        assert!(svg.starts_with("<svg") && svg.contains("<text"), "{name}");
        assert!(svg.contains("2026-T3"), "{name}: the title carries the period");
        assert!(
            svg.contains(
                "Source : cadastre des besoins, 25 partenaires, 224 besoins exprimés, période 2026-T3"
            ),
            "{name}"
        );
    }
    let by_domain = env.out("graphiques/besoins-par-domaine.svg");
    for label in [
        "Santé",
        "Sécurité",
        "Enseignement et",
        "non couvert",
        "partiellement couvert",
        "40 sur 61",
    ] {
        assert!(by_domain.contains(label), "{label}");
    }
    assert!(
        !by_domain.contains("enseignement-formation"),
        "labels, never raw codes"
    );
    let heat = env.out("graphiques/carte-domaine-public.svg");
    for label in ["Aînés", "Tous publics", "Familles"] {
        assert!(heat.contains(label), "{label}");
    }
    let urgent = env.out("graphiques/manques-urgents.svg");
    assert!(urgent.contains("Santé mentale · Jeunes · Toute la commune"));
    assert!(urgent.contains("130 pers., priorité 4"));
}

#[test]
fn charts_and_report_in_english() {
    let env = sample_env(&["--lang", "en"]);
    let svg = env.out("graphiques/besoins-par-domaine.svg");
    assert!(
        svg.contains("Unmet needs per domain, 2026-T3") && svg.contains("Health"),
        "{svg}"
    );
    let report = env.out("rapport.html");
    assert!(report.contains("<html lang=\"en\">") && report.contains("Gaps to fill"));
}

#[test]
fn charts_and_report_in_dutch() {
    let env = sample_env(&["--langue", "nl"]);
    let report = env.out("rapport.html");
    assert!(report.contains("<html lang=\"nl\">"), "the page says it is Dutch");
    assert!(report.contains("<title>Behoeftekadaster, 2026-T3</title>"));
    assert!(report.contains("<h1>Behoeftekadaster, 2026-T3</h1>"));
    for heading in [
        "<h2 id=\"chiffres\" class=\"first\">Kerncijfers</h2>",
        "<h2 id=\"manques\">De tekorten die open liggen</h2>",
        "<h2 id=\"domaines\">Per domein</h2>",
        "<h2 id=\"corrections\">Verbeteringen te vragen aan de partners</h2>",
        "<h2 id=\"methode\">Hoe de cijfers berekend worden</h2>",
    ] {
        assert!(report.contains(heading), "{heading}");
    }
    for words in [
        "gemelde behoeften",
        "<th>Wie zou het kunnen opnemen?</th>",
        "<span class=\"st st-non-couvert\">niet gedekt</span>",
        "Eerste geregistreerde kwartaal",
        "rapport opgemaakt op",
    ] {
        assert!(report.contains(words), "{words}");
    }
    // No French or English left in the report's own words.
    for other in [
        "Chiffres clés",
        "Key figures",
        "Gaps to fill",
        "report dated",
        "not covered",
    ] {
        assert!(!report.contains(other), "{other}");
    }
    let svg = env.out("graphiques/besoins-par-domaine.svg");
    for words in [
        "Niet-gedekte behoeften per domein, 2026-T3",
        "niet gedekt",
        "gedeeltelijk gedekt",
        "40 op 61",
        "Bron: behoeftekadaster, 25 partners, 224 gemelde behoeften, periode 2026-T3",
    ] {
        assert!(svg.contains(words), "{words}");
    }
    let urgent = env.out("graphiques/manques-urgents.svg");
    assert!(urgent.contains("De tien dringendste tekorten, 2026-T3"));
    assert!(urgent.contains("130 pers., prioriteit 4"));
}

#[test]
fn the_report_holds_every_chart_and_every_section() {
    let env = sample_env(&[]);
    let report = env.out("rapport.html");
    for name in CHARTS {
        assert!(
            report.contains(&format!("<figure id=\"fig-{name}\"><svg")),
            "{name}"
        );
    }
    assert_eq!(report.matches("<svg").count(), 5);
    for section in [
        "Chiffres clés",
        "Les manques à combler",
        "Par domaine",
        "Corrections à demander aux partenaires",
        "Fichiers reçus",
        "Comment les chiffres sont calculés",
    ] {
        assert!(report.contains(section), "{section}");
    }
    // Self-contained: nothing is fetched.
    assert!(!report.contains("src=\"http") && !report.contains("href=\"http") && !report.contains("<link"));
    // The rejected rows, grouped by partner, each group linking the partner's sheet.
    assert!(
        report.contains(
            "<h3><a href=\"partenaires/athenee-royal-de-waremme.html\">Athénée royal de Waremme</a> (2)</h3>"
        ),
        "corrections by partner"
    );
    // Every sheet the corrections link exists.
    for href in report.split("<h3><a href=\"").skip(1) {
        let file = href.split('"').next().unwrap_or_default();
        assert!(env.path("out/2026-T3").join(file).is_file(), "{file}");
    }
    assert!(report.contains("très urgent"));
}

#[test]
fn hostile_partner_text_is_escaped_in_the_report() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite;personnes\n\
         <script>alert(1)</script>;isolement;aines;4;12\n\
         <script>alert(1)</script>;isolement;jeunes;9;12\n\
         \"\"\"><img src=x onerror=alert(2)>\";isolement;aines;2;oops\n",
    )
    .file(
        "s.csv",
        "partenaire;service;besoin;public\n<b onmouseover=alert(3)>Asso</b>;Repas;visites-domicile;jeunes\n",
    );
    env.analyse(&[]).expect(0);
    let report = env.out("rapport.html");
    assert!(!report.contains("<script>alert"), "script injected");
    assert!(!report.contains("<img src=x"), "img injected");
    assert!(!report.contains("<b onmouseover"), "tag injected");
    // Escaped, so that a browser shows each text as the partner wrote it.
    let doc = scraper::Html::parse_document(&report);
    let cells: Vec<String> = doc
        .select(&scraper::Selector::parse("td, th, h3").unwrap())
        .map(|e| e.text().collect())
        .collect();
    for text in [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "<b onmouseover=alert(3)>Asso</b>",
    ] {
        assert!(cells.iter().any(|c| c.contains(text)), "{text} not shown as text");
    }
    let injected = scraper::Selector::parse("body script, body img, td b, h3 b").unwrap();
    assert_eq!(doc.select(&injected).count(), 0, "markup injected");
}

pub fn chromium() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(String::from)
}

#[test]
fn the_report_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        // CI installs Chromium (.ci/run); a developer machine may not have it.
        assert!(std::env::var_os("CI").is_none(), "Chromium is required in CI");
        eprintln!("skipped: no Chromium on this machine");
        return;
    };
    let env = sample_env(&[]);
    let shot = env.path("rapport.png");
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1280,2000",
        ])
        .arg(format!("--user-data-dir={}", env.path("chrome").display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!(
            "file://{}",
            env.path("out/2026-T3/rapport.html").display()
        ))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let file = std::fs::File::open(&shot).unwrap();
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let total = pixels.len() / channels;
    let inked = pixels
        .chunks(channels)
        .filter(|p| p[..3].iter().any(|v| *v < 200))
        .count();
    let coloured = pixels
        .chunks(channels)
        .filter(|p| p[0] > 180 && p[1] < 130 && p[2] < 60)
        .count();
    assert!(
        inked * 100 > total,
        "the page is blank: {inked} dark pixels of {total}"
    );
    assert!(coloured > 1000, "the charts' colours are missing: {coloured}");
}
