//! Reading partner files: every format, encoding, separator and header variant SPEC
//! accepts, every rejection reason, and files that cannot be read at all.

use crate::testenv::{assert_lines, csv_rows, tally, Env};

const NEEDS: &str = "Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n\
Athénée royal;Décrochage scolaire;Jeunes;commune;urgente;45\n\
Athénée royal;isolement;Aînés;Oleye;2;\n";

/// Windows-1252 bytes of a text holding only Latin-1 letters.
fn cp1252(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("latin-1 text"))
        .collect()
}

fn utf16le_bom(s: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for u in s.encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

#[test]
fn every_encoding_and_separator_reads_the_same_rows() {
    let env = Env::new();
    let variant = |name: &str| NEEDS.replace("Athénée royal", &format!("Athénée {name}"));
    env.file("a-utf8.csv", variant("utf8"))
        .file(
            "b-utf8-bom.csv",
            [b"\xEF\xBB\xBF".as_slice(), variant("bom").as_bytes()].concat(),
        )
        .file("c-cp1252.csv", cp1252(&variant("cp1252")))
        .file("d-utf16.txt", utf16le_bom(&variant("utf16").replace(';', "\t")))
        .file(
            "e-comma.csv",
            variant("virgule")
                .replace(';', ",")
                .replace("Athénée virgule", "\"Athénée virgule, école\""),
        )
        .file("f-tab.tsv", variant("tab").replace(';', "\t"))
        .file("g-crlf.csv", variant("crlf").replace('\n', "\r\n"))
        .file("h-cr-only.csv", variant("cr").replace('\n', "\r"));
    env.analyse(&[]).expect(0);
    let t = tally(&env);
    let files: Vec<&str> = t.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        files,
        [
            "a-utf8.csv",
            "b-utf8-bom.csv",
            "c-cp1252.csv",
            "d-utf16.txt",
            "e-comma.csv",
            "f-tab.tsv",
            "g-crlf.csv",
            "h-cr-only.csv"
        ]
    );
    for row in &t {
        assert_eq!(
            (row.2.as_str(), row.3, row.4, row.5),
            ("besoins", 2, 2, 0),
            "{row:?}"
        );
    }
    assert_lines(
        "fichier,feuille,ligne,colonne,valeur,raison\n",
        &env.out("rejets.csv"),
    );
    let partners: Vec<String> = csv_rows(&env.out("partenaires.csv"))
        .into_iter()
        .skip(1)
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(
        partners,
        [
            "Athénée bom",
            "Athénée cp1252",
            "Athénée cr",
            "Athénée crlf",
            "Athénée tab",
            "Athénée utf16",
            "Athénée utf8",
            "Athénée virgule, école"
        ]
    );
    // Two cells, each expressed by the eight partners.
    let cadastre = env.out("cadastre.csv");
    assert!(
        cadastre.contains("2026-T3,social,isolement,aines,oleye,8,,2,0,,non-couvert,,"),
        "{cadastre}"
    );
    assert!(
        cadastre.contains(
            "2026-T3,enseignement-formation,decrochage-scolaire,jeunes,commune,8,360,4,0,,non-couvert,360,"
        ),
        "{cadastre}"
    );
}

#[test]
fn header_variants_of_spec_are_recognised() {
    let env = Env::new();
    env.file("maj.csv", "PARTENAIRE;BESOIN(S);PUBLICS;TERRI_TOIRE;PRIORITE;PERSONNE(S)\nA;isolement;aines;oleye;1;3\n")
        .file("en.csv", "Partner;Need;Audience;Territory;Priority;People;Group;Domain;Period;Comment\nB;isolement;aines;oleye;1;4;vivre-ensemble;social;2026-T3;ok\n")
        .file("espaces.csv", " Partenaire ; Besoin ;Public; Territoire ;Priorité ;Personne\nC;isolement;aines;oleye;1;5\n")
        .file("tirets.csv", "parte-naire;besoin_s;public;territoire;priori-té;personnes\nD;isolement;aines;oleye;1;6\n")
        .file(
            "services-en.csv",
            "Partner;Service;Need;Audience;Territory;Capacity;Contact;Hours;Address\nE;Visites;isolement;all;whole municipality;20;;;\n",
        );
    env.analyse(&[]).expect(0);
    for row in tally(&env) {
        assert_eq!((row.3, row.5), (1, 0), "{row:?}");
    }
    let rows = csv_rows(&env.out("cadastre.csv"));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][5..11], ["4", "18", "1", "1", "20", "couvert"]);
}

/// One file per rejection reason of SPEC, and the exact lines of `rejets.csv`.
#[test]
fn each_rejection_reason_gives_its_exact_line() {
    let env = Env::new();
    env.file(
        "besoins.csv",
        "partenaire;besoin;public;territoire;priorite;personnes;groupe;domaine;periode\n\
         A;isolement;aines;oleye;3;12;;;\n\
         ;isolement;aines;;3;;;;\n\
         B;decrochage scolair;jeunes;;2;;;;\n\
         B;isolement;bébés;;2;;;;\n\
         B;isolement;aines;Olei;2;;;;\n\
         B;isolement;aines;;très urgent;;;;\n\
         B;isolement;aines;;;;;;\n\
         B;isolement;aines;;2;une dizaine;;;\n\
         B;isolement;aines;;2;-3;;;\n\
         B;isolement;aines;;2;12,5;;;\n\
         B;isolement;aines;;2;;groupe inconnu;;\n\
         B;isolement;aines;;2;;;sante;\n\
         B;isolement;aines;;2;;;santé publique;\n\
         B;isolement;aines;;2;;;;2026-T2\n\
         B;isolement;aines;;2;;;;trimestre 3\n\
         B;isolement;aines;;2;;;;2026-Q3\n\
         B;isolement;aines;;2;;;;;en trop\n\
         C;;;;;;;;\n",
    )
    .file(
        "services.csv",
        "partenaire;service;besoin;public;territoire;capacite\n\
         S;;isolement;tous;;\n\
         S;Visites;isolement | visites domicil;tous;;\n\
         S;Visites;isolement;tous;;beaucoup\n\
         S;Visites;;tous;;\n",
    )
    .file(
        "sans-priorite.csv",
        "partenaire;besoin;public\nP;isolement;aines\n",
    );
    env.analyse(&[]).expect(0);
    let t = tally(&env);
    assert_eq!(
        t.iter()
            .map(|r| (r.0.as_str(), r.3, r.4, r.5))
            .collect::<Vec<_>>(),
        [
            ("besoins.csv", 18, 2, 16),
            ("sans-priorite.csv", 1, 0, 1),
            ("services.csv", 4, 0, 4)
        ]
    );
    insta::assert_snapshot!("rejets_each_reason", env.out("rejets.csv"));
}

#[test]
fn english_messages_with_lang_en() {
    let env = Env::new();
    env.file(
        "b.csv",
        "partner;need;audience;priority\nA;decrochage scolair;youth;5\n",
    );
    env.analyse(&["--lang", "en"]).expect(0);
    assert_lines(
        "fichier,feuille,ligne,colonne,valeur,raison\n\
         b.csv,,2,besoin,decrochage scolair,unknown need 'decrochage scolair'; did you mean decrochage-scolaire?\n\
         b.csv,,2,priorite,5,\"invalid priority '5': write 1 to 4, or low, medium, high, urgent\"\n",
        &env.out("rejets.csv"),
    );
}

#[test]
fn duplicates_of_one_partner_count_once_with_a_warning() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;territoire;priorite;personnes\n\
         CPAS de Waremme;isolement;aines;oleye;2;30\n\
         cpas de  waremme ;Isolement;Aînés;Oleye;4;\n\
         CPAS DE WAREMME;isolement;aines;oleye;1;25\n",
    );
    env.analyse(&[]).expect(0);
    // One mention, the largest estimate (30), the highest priority (4).
    let rows = csv_rows(&env.out("cadastre.csv"));
    assert_eq!(rows[1][5..8], ["1", "30", "4"]);
    let t = tally(&env);
    assert_eq!((t[0].3, t[0].4, t[0].5), (3, 3, 0));
    // One warning per repeated partner cell, at its first repeat, counting the repeats: a
    // region-scale run repeats cells millions of times.
    let warnings = csv_rows(&env.out("avertissements.csv"));
    assert_eq!(warnings.len(), 2);
    assert_eq!(warnings[1][2], "3");
    assert_eq!(
        warnings[1][5],
        "doublon : CPAS de Waremme a déjà exprimé le besoin isolement / aines / oleye (ligne 2) ; compté une fois, avec la plus grande estimation et la plus haute priorité ; 2 répétitions en tout"
    );
}

#[test]
fn a_duplicate_in_another_file_names_where_it_was_first_said_in_english_too() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;territoire;priorite;personnes\n\
         AMO Oxygène;logement-urgence;jeunes;commune;3;10\n",
    );
    env.file(
        "b.csv",
        "partenaire;besoin;public;territoire;priorite;personnes\n\
         CPAS de Waremme;isolement;aines;oleye;2;30\n\
         amo oxygene;logement-urgence;jeunes;commune;4;12\n",
    );
    env.analyse(&["--lang", "en"]).expect(0);
    let warnings = csv_rows(&env.out("avertissements.csv"));
    assert_eq!(warnings.len(), 2);
    assert_eq!(warnings[1][..3], ["b.csv", "", "3"]);
    // Said once more only: no count of repeats.
    assert_eq!(
        warnings[1][5],
        "duplicate: AMO Oxygène already expressed the need logement-urgence / jeunes / commune (a.csv, line 2); counted once, with the largest estimate and the highest priority"
    );
}

/// A deterministic byte generator (xorshift), so that failures can be replayed.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// A real workbook, to truncate.
fn real_xlsx() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["partenaire", "besoin", "public", "priorite"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..50u32 {
        for (c, v) in ["Maison de jeunes", "isolement", "jeunes", "3"]
            .iter()
            .enumerate()
        {
            ws.write_string(r, c as u16, *v).unwrap();
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn random_and_truncated_bytes_never_panic() {
    let env = Env::new();
    env.file(
        "bon.csv",
        "partenaire;besoin;public;priorite\nA;isolement;aines;2\n",
    );
    let mut expected_unreadable = 0;
    for (i, ext) in ["csv", "xlsx", "xls", "ods", "tsv", "txt"].iter().enumerate() {
        for k in 0..6u64 {
            let len = [0usize, 3, 64, 512, 4096, 30_000][k as usize];
            env.file(&format!("bruit-{ext}-{k}.{ext}"), noise(i as u64 * 100 + k, len));
            expected_unreadable += 1;
        }
    }
    let xlsx = real_xlsx();
    for cut in [10usize, 100, 1000, xlsx.len() / 2, xlsx.len() - 10] {
        env.file(&format!("tronque-{cut}.xlsx"), &xlsx[..cut]);
        env.file(&format!("tronque-{cut}.ods"), &xlsx[..cut]);
        env.file(&format!("zip-tronque-{cut}.csv"), &xlsx[..cut]);
    }
    env.file("rapport.pdf", "%PDF-1.4");
    let run = env.analyse(&[]).expect(0);
    assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
    let t = tally(&env);
    let good = t.iter().find(|r| r.0 == "bon.csv").unwrap();
    assert_eq!((good.4, good.5), (1, 0));
    // Every other file is reported as unreadable or skipped, with a reason, in both outputs.
    let rejets = csv_rows(&env.out("rejets.csv"));
    for row in t.iter().filter(|r| r.0 != "bon.csv") {
        assert!(["illisible", "ignoree"].contains(&row.2.as_str()), "{row:?}");
        let reason = rejets
            .iter()
            .find(|r| r[0] == row.0)
            .unwrap_or_else(|| panic!("no rejection for {}", row.0));
        assert!(reason[2].is_empty() && !reason[5].is_empty(), "{reason:?}");
    }
    assert!(t.len() > expected_unreadable);
    let fichiers = env.out("fichiers.csv");
    assert!(
        fichiers.contains("rapport.pdf,,ignoree,0,0,0,\"format « .pdf » non pris en charge"),
        "{fichiers}"
    );
}

#[test]
fn nothing_readable_is_exit_code_2_and_writes_nothing() {
    let env = Env::new();
    env.file("vide.csv", "").file("bruit.xlsx", noise(7, 100));
    let run = env.analyse(&[]).expect(2);
    assert!(
        run.stderr()
            .contains("aucun tableau de besoins ou de services lisible"),
        "{}",
        run.stderr()
    );
    assert!(run.stderr().contains("vide.csv"), "{}", run.stderr());
    assert!(!env.path("out/2026-T3").exists());
}

#[test]
fn bad_arguments_are_exit_code_2() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite\nA;isolement;aines;2\n",
    );
    env.run(&["analyse", "nulle-part", "--sortie", "out"]).expect(2);
    env.run(&["analyse", "in/2026-T3", "--periode", "2026-T9"])
        .expect(2);
    env.run(&["analyse", "in/2026-T3", "--langue", "de"]).expect(2);
    std::fs::write(env.path("fichier"), "").unwrap();
    let run = env
        .run(&["analyse", "in/2026-T3", "--sortie", "fichier"])
        .expect(2);
    assert!(run.stderr().contains("fichier"), "{}", run.stderr());
    std::fs::write(
        env.path("tax.csv"),
        "domaine;social;;Social;Social;\nfoo;x;;X;X;\n",
    )
    .unwrap();
    let run = env
        .run(&["analyse", "in/2026-T3", "--taxonomie", "tax.csv"])
        .expect(2);
    assert!(
        run.stderr().contains("ligne 2") && run.stderr().contains("'foo'"),
        "{}",
        run.stderr()
    );
}

#[test]
fn the_period_comes_from_the_flag_the_folder_or_the_files() {
    let env = Env::new();
    let needs = "partenaire;besoin;public;priorite;periode\nA;isolement;aines;2;T2 2026\nB;isolement;aines;2;2026-Q2\n";
    std::fs::create_dir_all(env.path("sans-nom")).unwrap();
    std::fs::write(env.path("sans-nom/a.csv"), needs).unwrap();
    let run = env.run(&["analyse", "sans-nom", "--sortie", "out"]).expect(0);
    assert!(
        run.stdout()
            .contains("Période 2026-T2 (lue dans la colonne periode des fichiers)"),
        "{}",
        run.stdout()
    );
    assert!(env.path("out/2026-T2/cadastre.csv").exists());
    // The folder's name wins over the files; their other period is then a rejection.
    env.file("a.csv", needs);
    let run = env.analyse(&[]).expect(0);
    assert!(
        run.stdout()
            .contains("Période 2026-T3 (lue dans le nom du dossier)"),
        "{}",
        run.stdout()
    );
    assert_eq!(tally(&env)[0].5, 2);
    // No period anywhere: a clear error.
    std::fs::write(
        env.path("sans-nom/a.csv"),
        "partenaire;besoin;public;priorite\nA;isolement;aines;2\n",
    )
    .unwrap();
    let run = env.run(&["analyse", "sans-nom", "--sortie", "out"]).expect(2);
    assert!(run.stderr().contains("--periode 2026-T3"), "{}", run.stderr());
}

#[test]
fn strict_fails_after_writing_everything() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite\nA;isolement;aines;2\nB;isolement;aines;9\n",
    );
    let run = env.analyse(&["--strict"]).expect(1);
    assert!(run.stderr().contains("--strict"));
    assert_eq!(csv_rows(&env.out("rejets.csv")).len(), 2);
    assert_eq!(csv_rows(&env.out("cadastre.csv")).len(), 2);
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite\nA;isolement;aines;2\n",
    );
    env.analyse(&["--strict"]).expect(0);
}

#[test]
fn partner_text_cannot_repaint_the_terminal() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite\nA;\x1b[31mrouge\x07;aines;2\n",
    );
    let run = env.analyse(&[]).expect(0);
    assert!(
        !run.stdout().contains('\x1b') && !run.stdout().contains('\x07'),
        "{:?}",
        run.stdout()
    );
    assert!(
        run.stdout().contains("besoin ' [31mrouge ' inconnu"),
        "{}",
        run.stdout()
    );
}
