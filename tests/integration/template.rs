//! `cadastre modele`: the blank files partners fill read back with no rejection.

use calamine::Reader;

use crate::testenv::{tally, zip_text, Env};

#[test]
fn a_filled_template_reads_back_with_no_rejection() {
    let env = Env::new();
    let run = env.run(&["modele", "--sortie", "modeles"]).expect(0);
    assert!(run.stdout().contains("cadastre-modele.xlsx"));
    let path = env.path("modeles/cadastre-modele.xlsx");
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        ["Besoins", "Services", "Instructions", "Listes"]
    );
    // The drop-downs point at the hidden lists.
    let xml = zip_text(&path, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<dataValidation type=\"list\""), "{xml}");
    assert!(xml.contains("Listes!$B$2:$B$26"), "{xml}");

    // Fill the workbook with every value of every list, as a partner picking from them.
    let lists = wb.worksheet_range("Listes").unwrap();
    let column = |c: usize| -> Vec<String> {
        lists
            .rows()
            .skip(1)
            .filter_map(|r| r.get(c).map(|d| d.to_string()))
            .filter(|s| !s.is_empty())
            .collect()
    };
    let (needs, publics, territories, priorities, groups) =
        (column(1), column(2), column(3), column(4), column(5));
    let header = |sheet: &str| -> Vec<String> {
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
        wb.worksheet_range(sheet)
            .unwrap()
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|d| d.to_string())
            .collect()
    };
    let mut filled = rust_xlsxwriter::Workbook::new();
    let ws = filled.add_worksheet();
    ws.set_name("Besoins").unwrap();
    for (c, h) in header("Besoins").iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    for (i, need) in needs.iter().enumerate() {
        let r = i as u32 + 1;
        let row = [
            "Maison de jeunes",
            need.as_str(),
            publics[i % publics.len()].as_str(),
            territories[i % territories.len()].as_str(),
            priorities[i % priorities.len()].as_str(),
            "12",
            groups[i % groups.len()].as_str(),
            "2026-T3",
            "",
        ];
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r, c as u16, *v).unwrap();
        }
    }
    let ws = filled.add_worksheet();
    ws.set_name("Services").unwrap();
    for (c, h) in header("Services").iter().enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
    }
    let row = [
        "Maison de jeunes",
        "Accueil",
        &format!("{} | {}", needs[0], needs[1]),
        "Tous publics",
        "",
        "20",
        "",
        "",
        "",
    ];
    for (c, v) in row.iter().enumerate() {
        ws.write_string(1, c as u16, *v).unwrap();
    }
    env.file("rempli.xlsx", filled.save_to_buffer().unwrap());
    // And the CSV templates, filled by hand.
    let besoins = std::fs::read_to_string(env.path("modeles/besoins.csv")).unwrap();
    env.file(
        "besoins.csv",
        format!("{besoins}CPAS;Aide alimentaire;Familles;Oleye;urgente;4;;;\r\n"),
    );
    let services = std::fs::read_to_string(env.path("modeles/services.csv")).unwrap();
    env.file(
        "services.csv",
        format!("{services}CPAS;Colis;Aide alimentaire;Tous publics;Toute la commune;;019;lun;rue\r\n"),
    );
    // The returned template itself, unfilled, is no mistake either.
    env.file("vierge.xlsx", std::fs::read(&path).unwrap());

    env.analyse(&["--strict"]).expect(0);
    let t = tally(&env);
    let rempli = t
        .iter()
        .find(|r| r.0 == "rempli.xlsx" && r.1 == "Besoins")
        .unwrap();
    assert_eq!((rempli.3, rempli.4, rempli.5), (25, 25, 0));
    assert_eq!(t.iter().map(|r| r.5).sum::<u64>(), 0);
    assert_eq!(
        env.out("rejets.csv"),
        "fichier,feuille,ligne,colonne,valeur,raison\n"
    );
}

#[test]
fn the_taxonomy_command_lists_codes_and_labels() {
    let env = Env::new();
    let run = env.run(&["taxonomie"]).expect(0);
    let out = run.stdout();
    for line in [
        "    decrochage-scolaire              Décrochage scolaire",
        "  aines                            Aînés",
        "  [Enseignement et formation]",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }
    let en = env.run(&["taxonomy", "--lang", "en"]).expect(0).stdout();
    assert!(
        en.contains("  aines                            Older people"),
        "{en}"
    );
}

/// The Dutch template, for a Flemish partner to fill in Dutch: Dutch sheets, headers (those
/// the reading of files accepts), lists and instructions; the files keep their names.
#[test]
fn the_dutch_template_is_in_dutch() {
    let env = Env::new();
    let run = env
        .run(&["modele", "--sortie", "modeles", "--langue", "nl"])
        .expect(0);
    assert!(
        run.stdout().contains("cadastre-template.xlsx"),
        "{}",
        run.stdout()
    );
    let needs_header =
        "Partner;Behoefte;Doelgroep;Gebied;Prioriteit;Aantal personen;Werkgroep;Periode;Opmerking";
    let services_header = "Partner;Dienst;Behoefte;Doelgroep;Gebied;Capaciteit;Contact;Openingsuren;Adres";
    assert_eq!(
        std::fs::read_to_string(env.path("modeles/needs.csv")).unwrap(),
        format!("\u{FEFF}{needs_header}\r\n")
    );
    assert_eq!(
        std::fs::read_to_string(env.path("modeles/services.csv")).unwrap(),
        format!("\u{FEFF}{services_header}\r\n")
    );
    let path = env.path("modeles/cadastre-template.xlsx");
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        ["Behoeften", "Diensten", "Instructies", "Lijsten"]
    );
    let rows = |wb: &mut calamine::Xlsx<_>, sheet: &str| -> Vec<Vec<String>> {
        wb.worksheet_range(sheet)
            .unwrap()
            .rows()
            .map(|r| r.iter().map(|d| d.to_string()).collect())
            .collect()
    };
    assert_eq!(rows(&mut wb, "Behoeften")[0].join(";"), needs_header);
    assert_eq!(rows(&mut wb, "Diensten")[0].join(";"), services_header);
    let xml = zip_text(&path, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("Lijsten!$B$2:$B$26"), "{xml}");
    let lists = rows(&mut wb, "Lijsten");
    assert_eq!(
        lists[0][1..],
        ["Behoefte", "Doelgroep", "Gebied", "Prioriteit", "Werkgroep"]
    );
    let priorities: Vec<&str> = lists[1..5].iter().map(|r| r[4].as_str()).collect();
    assert_eq!(priorities, ["laag", "gemiddeld", "hoog", "dringend"]);
    let help: Vec<String> = rows(&mut wb, "Instructies")
        .into_iter()
        .map(|r| r.first().cloned().unwrap_or_default())
        .collect();
    assert_eq!(help[1], "Behoeftekadaster: sjabloon om elk kwartaal in te vullen");
    assert!(
        help.contains(&"  Verplicht: Partner (uw organisatie), Behoefte, Doelgroep, Prioriteit.".to_string()),
        "{help:#?}"
    );
    assert!(
        help.iter().any(|l| l.starts_with("Blad ‘Diensten’: ")),
        "{help:#?}"
    );
}
