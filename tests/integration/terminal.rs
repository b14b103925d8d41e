//! What the commands print, in Dutch (`--langue nl`): the words come from the catalogs
//! (`locales/nl/terminal.ftl`, `aide.ftl`); French and English are held word for word by
//! the snapshots of `languages.rs`.

use crate::testenv::Env;

/// A small quarter: two needs, one of them met, and a rejected row. (A file name shorter
/// than the head "bestand [blad]" would push the head out of line, in every language.)
fn small_quarter() -> Env {
    let env = Env::new();
    env.file(
        "besoins-partenaires.csv",
        "partenaire;besoin;public;territoire;priorite;personnes\n\
         CPAS;isolement;aines;oleye;4;12\n\
         AMO;decrochage-scolaire;jeunes;;3;8\n\
         AMO;isolement;aines;;hoog en droog;3\n",
    );
    env.file(
        "services-partenaires.csv",
        "partenaire;service;besoin;public;territoire;capacite\n\
         CPAS;Visites;decrochage-scolaire;jeunes;;10\n",
    );
    env
}

#[test]
fn analyse_speaks_dutch_in_the_terminal() {
    let env = small_quarter();
    let run = env.analyse(&["--langue", "nl"]);
    let out = run.stdout();
    assert_eq!(run.code(), 0, "{out}{}", run.stderr());
    for line in [
        "Periode 2026-T3 (gelezen uit de naam van de map)",
        "Gelezen bestanden:",
        "  Totaal: 4 rijen gelezen = 3 gebruikt + 1 geweigerd",
        "Geweigerde rijen (1):",
        "De tien dringendste tekorten:",
    ] {
        assert!(out.lines().any(|l| l == line), "no line {line:?} in:\n{out}");
    }
    assert!(out.contains("Behoeftecellen: "), "{out}");
    assert!(out.contains(" niet gedekt, "), "{out}");
    assert!(out.contains("wie zou het kunnen opnemen:"), "{out}");
    let duration = out.lines().find(|l| l.starts_with("Duur: ")).unwrap_or_default();
    assert!(duration.ends_with(" rijen/s)"), "{out}");
    assert!(out.contains("Resultaten geschreven naar out"), "{out}");
    for french in ["lignes lues", "Fichiers lus", "Durée", "Résultats", "manques"] {
        assert!(!out.contains(french), "{french:?} in:\n{out}");
    }
}

/// The table of files keeps its columns in Dutch: the heads over the numbers.
#[test]
fn the_table_of_files_keeps_its_columns_in_dutch() {
    let env = small_quarter();
    let out = env.analyse(&["--langue", "nl"]).stdout();
    let lines: Vec<&str> = out.lines().collect();
    let head = lines
        .iter()
        .position(|l| l.trim_start().starts_with("bestand [blad]"))
        .unwrap_or_else(|| panic!("no head in:\n{out}"));
    let head_line = lines[head];
    let row = lines[head + 1];
    assert!(row.starts_with("  besoins-partenaires.csv "), "{out}");
    // The table column starts at the same place in the head and in the rows.
    assert_eq!(head_line.find("tabel"), row.find("besoins "), "{out}");
    // The last column's values end under its head ("geweig." overhangs by one, like the
    // French "utilis.").
    assert_eq!(head_line.len(), row.len() + 1, "{out}");
}

#[test]
fn strict_says_why_it_fails_in_dutch() {
    let env = small_quarter();
    let run = env.analyse(&["--langue", "nl", "--strict"]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stderr()
            .contains("--strict: er werden rijen geweigerd (afsluitcode 1)"),
        "{}",
        run.stderr()
    );
}

#[test]
fn an_error_is_announced_in_dutch() {
    let env = Env::new();
    let run = env.run(&["analyse", "nergens", "--sortie", "out", "--langue", "nl"]);
    assert_eq!(run.code(), 2);
    assert!(run.stderr().starts_with("cadastre: fout: "), "{}", run.stderr());
}

#[test]
fn the_taxonomy_listing_is_in_dutch() {
    let out = Env::new().run(&["taxonomie", "--langue", "nl"]).stdout();
    for line in [
        "Domeinen",
        "Werkgroepen (kolom werkgroep)",
        "Doelgroepen (kolom doelgroep)",
        "Behoeften (kolom behoefte), per domein",
        "Prioriteit: 1 (laag), 2 (gemiddeld), 3 (hoog), 4 (dringend).",
    ] {
        assert!(out.lines().any(|l| l == line), "no line {line:?} in:\n{out}");
    }
}

#[test]
fn guide_and_generer_report_in_dutch() {
    let env = small_quarter();
    let run = env.run(&["guide", "in/2026-T3", "--sortie", "out", "--langue", "nl"]);
    assert!(
        run.stdout()
            .starts_with("Dienstengids: 1 dienst, geschreven naar out"),
        "{}{}",
        run.stdout(),
        run.stderr()
    );
    let run = env.run(&[
        "generer",
        "--lignes",
        "200",
        "--partenaires",
        "5",
        "--sortie",
        "corpus",
        "--langue",
        "nl",
    ]);
    assert!(
        run.stdout()
            .contains(" bestanden, 200 behoefterijen, 20 dienstrijen, 5 partners, "),
        "{}{}",
        run.stdout(),
        run.stderr()
    );
    // The folder is not empty any more: the refusal is in Dutch too.
    let run = env.run(&["generer", "--sortie", "corpus", "--langue", "nl"]);
    assert_eq!(run.code(), 2);
    assert!(run.stderr().contains("de map is niet leeg"), "{}", run.stderr());
}

#[test]
fn the_help_is_in_the_language_asked_on_the_command_line() {
    let env = Env::new();
    let dutch = env.run(&["analyse", "--help", "--langue", "nl"]).stdout();
    assert!(dutch.starts_with("Analyseert een kwartaal"), "{dutch}");
    assert!(
        dutch.contains("Geanalyseerde periode, bv. 2026-T3 [standaard: gelezen uit de naam van de map of uit de bestanden]"),
        "{dutch}"
    );
    assert!(!dutch.contains("Période analysée"), "{dutch}");
    // clap's own words stay clap's.
    assert!(dutch.contains("Usage: cadastre analyse"), "{dutch}");
    assert_eq!(env.run(&["analyse", "--langue=nl", "--help"]).stdout(), dutch);

    let french = env.run(&["analyse", "--help"]).stdout();
    assert!(
        french
            .contains("Période analysée, ex. 2026-T3 [défaut : lue dans le nom du dossier ou les fichiers]"),
        "{french}"
    );
    assert!(french.starts_with("Analyse un trimestre : cadastre"), "{french}");

    let english = env.run(&["analyse", "-h", "--lang", "en"]).stdout();
    assert!(english.contains("Period analysed, e.g. 2026-T3"), "{english}");

    let portal = env
        .run(&["portail", "periode", "--help", "--langue", "nl"])
        .stdout();
    assert!(portal.contains("Opent een periode voor uploads"), "{portal}");
    let top = env.run(&["--help", "--langue", "nl"]).stdout();
    assert!(top.starts_with("Behoeftekadaster: "), "{top}");
    assert!(
        top.contains("Toont de partnerfiche voor het bilaterale overleg"),
        "{top}"
    );
}

#[test]
fn comparer_reports_in_dutch() {
    let env = small_quarter();
    let earlier = env.path("in/2026-T2");
    std::fs::create_dir_all(&earlier).unwrap();
    std::fs::write(
        earlier.join("besoins-partenaires.csv"),
        "partenaire;besoin;public;territoire;priorite;personnes\nCPAS;isolement;aines;oleye;2;5\n",
    )
    .unwrap();
    let run = env.run(&["analyse", "in", "--sortie", "out", "--langue", "nl"]);
    assert_eq!(run.code(), 0, "{}{}", run.stdout(), run.stderr());
    let run = env.run(&[
        "comparer", "2026-T2", "2026-T3", "--sortie", "out", "--langue", "nl",
    ]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let out = run.stdout();
    assert!(
        out.lines().any(|l| l.starts_with("Vergelijking geschreven naar ")
            && l.ends_with("evolution_2026-T2_2026-T3.csv")),
        "{out}"
    );
}
