//! Quarter after quarter: the history store, `comparer` and each evolution value on
//! crafted periods, the trend charts with two and four periods, and a folder of periods.

use crate::testenv::{assert_lines, Env};

const NEEDS_T2: &str = "partenaire;besoin;public;territoire;priorite;personnes
A;isolement;aines;oleye;2;10
A;isolement;aines;bleret;2;10
A;isolement;aines;bettincourt;2;10
A;isolement;jeunes;commune;2;8
A;isolement;familles;commune;2;7
A;isolement;familles;oleye;2;3
A;isolement;enfants;grand-axhe;2;5
A;isolement;aines;lantremange;2;4
A;isolement;personnes-isolees;commune;2;
";
const SERVICES_T2: &str = "partenaire;service;besoin;public;territoire;capacite
S;Visites Bettincourt;isolement;aines;bettincourt;4
S;Groupe enfants;isolement;enfants;grand-axhe;10
S;Visites Lantremange;isolement;aines;lantremange;
";
const NEEDS_T3: &str = "partenaire;besoin;public;territoire;priorite;personnes
A;isolement;aines;oleye;2;15
A;isolement;aines;bleret;2;5
A;isolement;aines;bettincourt;2;10
A;isolement;jeunes;commune;2;8
A;isolement;familles;oleye;2;3
A;isolement;enfants;commune;2;6
A;isolement;enfants;grand-axhe;2;20
A;isolement;aines;lantremange;2;4
A;isolement;personnes-isolees;commune;2;
";
const SERVICES_T3: &str = "partenaire;service;besoin;public;territoire;capacite
S;Groupe enfants;isolement;enfants;grand-axhe;10
S;Visites Lantremange;isolement;aines;lantremange;
S;Jeunes;isolement;jeunes;commune;2
S;Familles Oleye;isolement;familles;oleye;
";

fn write_period(env: &Env, period: &str, needs: &str, services: &str) {
    for (name, text) in [("besoins.csv", needs), ("services.csv", services)] {
        let p = env.path(&format!("in/{period}/{name}"));
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

fn analyse(env: &Env, period: &str) -> crate::testenv::Run {
    env.run(&["analyse", &format!("in/{period}"), "--sortie", "out"])
        .expect(0)
}

#[test]
fn compare_gives_each_evolution_value() {
    let env = Env::new();
    write_period(&env, "2026-T2", NEEDS_T2, SERVICES_T2);
    write_period(&env, "2026-T3", NEEDS_T3, SERVICES_T3);
    analyse(&env, "2026-T2");
    let run = analyse(&env, "2026-T3");
    // The analysis of P2 already compares with the period before it.
    assert!(
        run.stdout().contains(
            "Évolution 2026-T2 → 2026-T3 : 2 nouveaux manques, 2 manques aggravés, 2 sans changement, 2 manques réduits, 2 manques résolus"
        ),
        "{}",
        run.stdout()
    );
    let run = env
        .run(&["comparer", "2026-T2", "2026-T3", "--sortie", "out"])
        .expect(0);
    assert!(run.stdout().contains("2 nouveaux manques"), "{}", run.stdout());
    assert_lines(
        "domaine,besoin,public,territoire,statut_2026-T2,statut_2026-T3,personnes_non_couvertes_2026-T2,personnes_non_couvertes_2026-T3,evolution
social,isolement,enfants,grand-axhe,couvert,partiel,0,10,apparu
social,isolement,enfants,commune,absent,non-couvert,,6,apparu
social,isolement,jeunes,commune,non-couvert,partiel,8,6,ameliore
social,isolement,familles,oleye,non-couvert,couvert,3,0,resolu
social,isolement,familles,commune,non-couvert,absent,7,,resolu
social,isolement,aines,bettincourt,partiel,non-couvert,6,10,aggrave
social,isolement,aines,bleret,non-couvert,non-couvert,10,5,ameliore
social,isolement,aines,lantremange,couvert,couvert,0,0,stable
social,isolement,aines,oleye,non-couvert,non-couvert,10,15,aggrave
social,isolement,personnes-isolees,commune,non-couvert,non-couvert,,,stable
",
        &std::fs::read_to_string(env.path("out/evolution_2026-T2_2026-T3.csv")).unwrap(),
    );
    assert!(env.path("out/evolution_2026-T2_2026-T3.parquet").exists());
    let report = env.out("rapport.html");
    assert!(report.contains("<h2 id=\"evolution\">Évolution</h2>"));
    assert!(report.contains("<h3>manques aggravés (2)</h3>"));
    assert!(report.contains("<figure id=\"fig-evolution-manques\"><svg"));
}

#[test]
fn comparing_a_period_never_analysed_is_a_clear_error() {
    let env = Env::new();
    write_period(&env, "2026-T2", NEEDS_T2, SERVICES_T2);
    analyse(&env, "2026-T2");
    let run = env
        .run(&["comparer", "2026-T2", "2026-T4", "--sortie", "out"])
        .expect(2);
    assert!(
        run.stderr().contains("période 2026-T4 absente de l'historique"),
        "{}",
        run.stderr()
    );
}

#[test]
fn rerunning_a_period_replaces_that_period_only() {
    let env = Env::new();
    write_period(&env, "2026-T2", NEEDS_T2, SERVICES_T2);
    write_period(&env, "2026-T3", NEEDS_T3, SERVICES_T3);
    analyse(&env, "2026-T2");
    analyse(&env, "2026-T3");
    let t3 = std::fs::read(env.path("out/historique/2026-T3.parquet")).unwrap();
    let t2 = std::fs::read(env.path("out/historique/2026-T2.parquet")).unwrap();
    write_period(&env, "2026-T2", NEEDS_T3, SERVICES_T3);
    analyse(&env, "2026-T2");
    assert_eq!(
        std::fs::read(env.path("out/historique/2026-T3.parquet")).unwrap(),
        t3
    );
    assert_ne!(
        std::fs::read(env.path("out/historique/2026-T2.parquet")).unwrap(),
        t2
    );
    let names: Vec<String> = std::fs::read_dir(env.path("out/historique"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(names, ["2026-T2.parquet", "2026-T3.parquet"]);
}

#[test]
fn trend_charts_with_one_two_and_four_periods() {
    let env = Env::new();
    for (p, n, s) in [
        ("2026-T1", NEEDS_T2, SERVICES_T2),
        ("2026-T2", NEEDS_T3, SERVICES_T3),
        ("2026-T3", NEEDS_T2, SERVICES_T3),
        ("2026-T4", NEEDS_T3, SERVICES_T2),
    ] {
        write_period(&env, p, n, s);
    }
    // A folder of period folders: each analysed in time order, the history growing.
    let run = env.run(&["analyse", "in", "--sortie", "out"]).expect(0);
    assert!(
        run.stdout()
            .contains("Période 2026-T1 : 12 lignes lues = 12 utilisées + 0 rejetées"),
        "{}",
        run.stdout()
    );
    let graph = |p: &str, name: &str| env.path(&format!("out/{p}/graphiques/{name}"));
    assert!(
        !graph("2026-T1", "evolution-manques.png").exists(),
        "one period: no trend yet"
    );
    assert!(graph("2026-T2", "evolution-manques.png").exists());
    let two = std::fs::read_to_string(graph("2026-T2", "evolution-manques.svg")).unwrap();
    // SVG text sits on its own line between the tags.
    assert!(two.contains(">\n2026-T1\n<") && two.contains(">\n2026-T2\n<") && !two.contains("2026-T3"));
    let four = std::fs::read_to_string(graph("2026-T4", "evolution-personnes.svg")).unwrap();
    for p in ["2026-T1", "2026-T2", "2026-T3", "2026-T4"] {
        assert!(four.contains(&format!(">\n{p}\n<")), "{p}");
    }
    // Social, people not covered (known estimates only): 44, 52, 43, then 53 at the end.
    assert!(four.contains("Social (53)"), "{four}");
    let png = std::fs::read(graph("2026-T4", "evolution-personnes.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    // --periode picks one period of the folder.
    let run = env
        .run(&["analyse", "in", "--periode", "2026-T2", "--sortie", "out2"])
        .expect(0);
    assert!(
        run.stdout().contains("Période 2026-T2 (donnée par --periode)"),
        "{}",
        run.stdout()
    );
    assert!(!env.path("out2/2026-T1").exists());
}
