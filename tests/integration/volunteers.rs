//! The Conseil du volontariat: `cadastre benevoles` on a folder written by hand, and
//! `cadastre analyse --benevoles` with its counts checked by hand and no volunteer's name or
//! contact anywhere in `OUT/PERIOD/`.

use std::io::Read as _;
use std::path::Path;

use crate::testenv::{assert_lines, csv_rows, Env};

const VOLUNTEERS: &str = "\
benevole;courriel;telephone;besoins;territoires;publics;disponibilites
Anne Lambert;anne@exemple.be;;Taxi social|isolement;Oleye;;Mardi après-midi
Bruno Petit;;0470 12 34 56;taxi-social;bleret, oleye;;
Chloé Dubois;chloe@exemple.be;;visites-domicile|isolement;commune;jeunes;
David Martin;david@exemple.be;0499 99 99 99;visites-domicile;;aines;lun-matin
Eve Sans;;;isolement;;;
anne lambert;anne@exemple.be;;visites-domicile;;;jeudi matin
";

const MISSIONS: &str = "\
partenaire;mission;besoin;public;territoire;creneaux;nombre
ESPACE SENIORS;Chauffeur pour le taxi social;taxi-social;aines;oleye;mar-apres-midi;2
CPAS de Waremme;Visites aux aînés isolés;visites-domicile;;commune;;1
CPAS de Waremme;Aide au rangement;aide-alimentaire;familles;bleret;;1
CPAS de Waremme;Cours;decrochage scolair;;;;1
";

/// The council's folder `conseil/`.
fn council(env: &Env) {
    std::fs::create_dir_all(env.path("conseil")).unwrap();
    std::fs::write(env.path("conseil/benevoles.csv"), VOLUNTEERS).unwrap();
    std::fs::write(env.path("conseil/missions.csv"), MISSIONS).unwrap();
}

#[test]
fn benevoles_writes_the_matches_the_clean_list_and_the_rejections() {
    let env = Env::new();
    council(&env);
    let run = env.run(&["benevoles", "conseil", "--sortie", "out"]).expect(0);
    let out = |name: &str| std::fs::read_to_string(env.path("out/benevoles").join(name)).unwrap();
    // Taxi in Oleye on Tuesday afternoon: Anne shares the slot; Bruno names Oleye too but
    // gave no slot. Visits for anyone on the whole commune: Anne (merged with her second
    // row), Chloé and David, by name. Bleret's tidying: nobody offers food aid.
    assert_lines(
        "\
partenaire,mission,besoin,public,territoire,nombre,rang,benevole,courriel,telephone,creneaux_communs,raison
ESPACE SENIORS,Chauffeur pour le taxi social,taxi-social,aines,oleye,2,1,Anne Lambert,anne@exemple.be,,mar-apres-midi,\"propose mardi après-midi, habite Oleye\"
ESPACE SENIORS,Chauffeur pour le taxi social,taxi-social,aines,oleye,2,2,Bruno Petit,,0470 12 34 56,,\"disponibilités non précisées, habite Oleye\"
CPAS de Waremme,Visites aux aînés isolés,visites-domicile,,commune,1,1,Anne Lambert,anne@exemple.be,,,créneaux de la mission à convenir
CPAS de Waremme,Visites aux aînés isolés,visites-domicile,,commune,1,2,Chloé Dubois,chloe@exemple.be,,,disponibilités non précisées
CPAS de Waremme,Visites aux aînés isolés,visites-domicile,,commune,1,3,David Martin,david@exemple.be,0499 99 99 99,,créneaux de la mission à convenir
CPAS de Waremme,Aide au rangement,aide-alimentaire,familles,bleret,1,,,,,,aucun bénévole ne correspond pour l'instant
",
        &out("appariements.csv"),
    );
    let list = csv_rows(&out("benevoles.csv"));
    assert_eq!(list.len(), 5, "four people, Anne's two rows merged");
    assert_eq!(
        list[1],
        [
            "Anne Lambert",
            "anne@exemple.be",
            "",
            "isolement|visites-domicile|taxi-social",
            "oleye|commune",
            "",
            "mar-apres-midi|jeu-matin",
            ""
        ]
    );
    let rejets = csv_rows(&out("rejets.csv"));
    assert_eq!(rejets[1][..5], ["benevoles.csv", "", "6", "courriel", ""]);
    assert_eq!(
        rejets[2][..5],
        ["missions.csv", "", "5", "besoin", "decrochage scolair"]
    );
    assert!(rejets[2][5].contains("decrochage-scolaire"), "{}", rejets[2][5]);
    assert_eq!(rejets.len(), 3);
    assert_lines(
        "\
fichier,feuille,table,lues,utilisees,rejetees,remarque
benevoles.csv,,benevoles,6,5,1,
missions.csv,,missions,4,3,1,
",
        &out("fichiers.csv"),
    );
    let warnings = csv_rows(&out("avertissements.csv"));
    assert_eq!(warnings[1][..4], ["benevoles.csv", "", "7", "benevole"]);
    let stdout = run.stdout();
    assert!(
        stdout.contains("Total: 10 lignes lues = 8 utilisées + 2 rejetées"),
        "{stdout}"
    );
    assert!(
        stdout.contains("4 bénévoles, 3 missions (4 bénévoles cherchés) ; 1 mission sans candidat :"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  - Aide au rangement (CPAS de Waremme)"),
        "{stdout}"
    );
    assert!(env.path("out/benevoles/appariements.xlsx").is_file());
}

/// Every text a file gives to someone who looks: its bytes, and the parts of a zip
/// (xlsx, docx) unpacked.
fn texts(path: &Path) -> Vec<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).unwrap();
    let name = path.display().to_string();
    let mut out = vec![(name.clone(), bytes.clone())];
    if bytes.starts_with(b"PK\x03\x04") {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        for i in 0..zip.len() {
            let mut part = zip.by_index(i).unwrap();
            let mut inner = Vec::new();
            part.read_to_end(&mut inner).unwrap();
            out.push((format!("{name}:{i}"), inner));
        }
    }
    out
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// The names and contacts of the council's people, as written and in lower case.
fn personal() -> Vec<String> {
    let mut out = Vec::new();
    for line in VOLUNTEERS.lines().skip(1) {
        let cells: Vec<&str> = line.split(';').collect();
        for c in &cells[..3] {
            if !c.is_empty() {
                out.push(c.to_string());
                out.push(c.to_lowercase());
            }
        }
    }
    out.push("0470123456".into());
    out
}

/// Where each personal string appears among `files`.
fn leaks(files: &[std::path::PathBuf]) -> Vec<String> {
    let mut found = Vec::new();
    for f in files {
        for (name, bytes) in texts(f) {
            for p in personal() {
                if bytes.windows(p.len()).any(|w| w == p.as_bytes()) {
                    found.push(format!("{p} in {name}"));
                }
            }
        }
    }
    found
}

#[test]
fn analyse_with_benevoles_adds_counts_and_never_a_name() {
    let env = Env::new();
    council(&env);
    env.file(
        "besoins.csv",
        "Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n\
         Espace Seniors;taxi-social;aines;oleye;4;12\n\
         Espace Seniors;isolement;aines;oleye;3;20\n\
         CPAS de Waremme;visites-domicile;aines;commune;2;5\n\
         CPAS de Waremme;aide-alimentaire;familles;bleret;3;30\n",
    )
    .file(
        "services.csv",
        "Partenaire;Service;Besoin;Public;Territoire;Capacité\n\
         CPAS de Waremme;Épicerie sociale;aide-alimentaire;tous;commune;50\n",
    );
    let run = env.analyse(&["--benevoles", "conseil"]).expect(0);
    assert!(
        run.stdout().contains("Conseil du volontariat : 4 bénévoles et 3 missions lus (2 lignes rejetées : « cadastre benevoles » les détaille)"),
        "{}",
        run.stdout()
    );
    // Isolation in Oleye: Anne (Chloé helps young people only). Visits on the whole
    // commune for older people: David (Anne's visits row merged: she too), and the CPAS's
    // open mission. The taxi in Oleye: Anne and Bruno, and Espace Seniors' mission. Food
    // aid in Bleret is covered: not listed.
    assert_lines(
        "\
besoin,public,territoire,statut,personnes_non_couvertes,benevoles_candidats,missions_ouvertes
isolement,aines,oleye,non-couvert,20,1,0
visites-domicile,aines,commune,non-couvert,5,2,1
taxi-social,aines,oleye,non-couvert,12,2,1
",
        &env.out("benevoles_manques.csv"),
    );
    let report = env.out("rapport.html");
    assert!(report.contains(r#"<h2 id="benevoles">Ce que les bénévoles peuvent apporter</h2>"#));
    assert!(report.contains("Le Conseil du volontariat compte 4 bénévoles. Pour 3 des 3 manques"));
    // Most urgent first: the taxi (priority 4), then isolation (3), then visits (2).
    let at = |s: &str| report.find(s).unwrap_or_else(|| panic!("{s}"));
    let section = at(r#"id="benevoles""#);
    let taxi = section + report[section..].find("Taxi social").unwrap();
    let isolation = section + report[section..].find("Isolement").unwrap();
    assert!(taxi < isolation);
    let seniors = env.out("partenaires/espace-seniors.html");
    assert!(
        seniors.contains(r#"<section id="missions">"#) && seniors.contains("Chauffeur pour le taxi social")
    );
    let cpas = env.out("partenaires/cpas-de-waremme.html");
    assert_eq!(
        cpas.matches("<tr data-besoin=\"visites-domicile\"><td data-label=\"Mission\">")
            .count(),
        1
    );
    // No volunteer's name, e-mail or phone in any byte of OUT/PERIOD/.
    let period = files_under(&env.path("out/2026-T3"));
    assert!(period.len() > 20, "{period:?}");
    assert_eq!(leaks(&period), Vec::<String>::new());
    // The same search finds them where they belong: the council's own files.
    env.run(&["benevoles", "conseil", "--sortie", "out"]).expect(0);
    let council = leaks(&[env.path("out/benevoles/appariements.xlsx")]);
    assert!(
        council.iter().any(|l| l.starts_with("Bruno Petit in ")),
        "{council:?}"
    );
}

#[test]
fn without_benevoles_nothing_changes_and_the_council_tables_are_listed_as_ignored() {
    let env = Env::new();
    env.file(
        "besoins.csv",
        "Partenaire;Besoin;Public;Priorité\nCPAS;isolement;aines;3\n",
    )
    .file("conseil.csv", VOLUNTEERS)
    .file("missions.csv", MISSIONS);
    env.analyse(&[]).expect(0);
    assert!(!env.path("out/2026-T3/benevoles_manques.csv").exists());
    assert!(!env.out("rapport.html").contains(r#"id="benevoles""#));
    let fichiers = csv_rows(&env.out("fichiers.csv"));
    let row = |f: &str| fichiers.iter().find(|r| r[0] == f).unwrap().clone();
    assert_eq!(row("conseil.csv")[2..6], ["ignoree", "0", "0", "0"]);
    assert!(row("conseil.csv")[6].starts_with("tableau de bénévoles"));
    assert!(row("missions.csv")[6].starts_with("tableau de missions"));
    // Not a partner's mistake: nothing in rejets.csv.
    assert_eq!(csv_rows(&env.out("rejets.csv")).len(), 1);
    assert_eq!(
        leaks(&files_under(&env.path("out/2026-T3"))),
        Vec::<String>::new()
    );
}

#[test]
fn the_bundled_sample_reads_as_the_readme_says() {
    let env = Env::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/volontariat");
    let sample = sample.to_string_lossy().into_owned();
    let run = env.run(&["benevoles", &sample, "--sortie", "out"]).expect(0);
    assert!(
        run.stdout()
            .contains("9 bénévoles, 7 missions (12 bénévoles cherchés) ; 1 mission sans candidat :"),
        "{}",
        run.stdout()
    );
    let out = |name: &str| std::fs::read_to_string(env.path("out/benevoles").join(name)).unwrap();
    let fichiers = csv_rows(&out("fichiers.csv"));
    assert_eq!(
        fichiers[1][..6],
        [
            "conseil-volontariat.xlsx",
            "Bénévoles",
            "benevoles",
            "12",
            "10",
            "2"
        ]
    );
    assert_eq!(
        fichiers[3][..6],
        ["missions-associations.csv", "", "missions", "8", "7", "1"]
    );
    let matches = csv_rows(&out("appariements.csv"));
    let taxi: Vec<&str> = matches
        .iter()
        .filter(|r| r[1] == "Chauffeur pour le taxi social")
        .map(|r| r[7].as_str())
        .collect();
    assert_eq!(taxi, ["Sophie Marchal", "Marc Dethier"]);
    let homework = matches.iter().find(|r| r[1] == "Aide aux devoirs").unwrap();
    assert_eq!((homework[6].as_str(), homework[7].as_str()), ("", ""));
    assert_eq!(
        crate::testenv::sheet_rows(&env.path("out/benevoles/appariements.xlsx"), "Appariements")[0][0],
        "Conseil du volontariat : bénévoles proposés aux associations"
    );
}

#[test]
fn the_reasons_and_the_summary_are_in_the_language_asked() {
    let env = Env::new();
    council(&env);
    let cases = [
        (
            "en",
            "offers Tuesday afternoon, lives in Oleye",
            "4 volunteers, 3 missions (4 volunteers sought); 1 mission without a candidate:",
        ),
        (
            "nl",
            "biedt dinsdagnamiddag aan, woont in Oleye",
            "4 vrijwilligers, 3 opdrachten (4 vrijwilligers gezocht); 1 opdracht zonder kandidaat:",
        ),
    ];
    for (lang, reason, summary) in cases {
        let out = format!("out-{lang}");
        let run = env
            .run(&["benevoles", "conseil", "--sortie", &out, "--langue", lang])
            .expect(0);
        assert!(run.stdout().contains(summary), "{}", run.stdout());
        let csv = std::fs::read_to_string(env.path(&out).join("benevoles/appariements.csv")).unwrap();
        let rows = csv_rows(&csv);
        assert_eq!(rows[1][11], reason);
        // The columns and codes stay SPEC's whatever the language.
        assert_eq!(rows[0][0], "partenaire");
        assert_eq!(rows[1][10], "mar-apres-midi");
    }
}
