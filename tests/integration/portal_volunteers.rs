//! The Conseil du volontariat in the portal, as its clients see it: the real server on
//! 127.0.0.1 with a fresh data folder, driven over HTTP. The routes SPEC fixes for the
//! volunteers, the whole round (register, mission, candidates, proposal, acceptance,
//! contact), each refusal, and the erasure checked on the bytes of the data folder.

use std::path::{Path, PathBuf};

use reqwest::blocking::Response;
use reqwest::header;
use reqwest::StatusCode;
use serde_json::Value;

use crate::portal::{portail_full, Server};

impl Server {
    fn get_json(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .header(header::ACCEPT, "application/json")
            .send()
            .expect("GET")
    }

    /// A form POST; `json` asks for the JSON answer.
    fn post(&self, path: &str, fields: &[(&str, &str)], json: bool) -> Response {
        let mut req = self.client.post(self.url(path)).form(fields);
        if json {
            req = req.header(header::ACCEPT, "application/json");
        }
        req.send().expect("POST")
    }

    /// Registers a volunteer (consent given) and returns their link path.
    fn volunteer(&self, fields: &[(&str, &str)]) -> String {
        let mut all = fields.to_vec();
        all.push(("consentement", "oui"));
        let r = self.post("/benevoles", &all, true);
        assert_eq!(r.status(), StatusCode::CREATED);
        let v: Value = r.json().unwrap();
        let link = v["lien"].as_str().unwrap().to_string();
        assert!(link.starts_with("/b/") && link.len() == 3 + 64, "{link}");
        link
    }

    /// Posts a mission on a partner's page; its id.
    fn mission(&self, link: &str, fields: &[(&str, &str)]) -> i64 {
        let r = self.post(&format!("{link}/missions"), fields, true);
        assert_eq!(r.status(), StatusCode::OK);
        let v: Value = r.json().unwrap();
        v["mission"].as_i64().unwrap_or_else(|| panic!("{v}"))
    }

    fn candidates(&self, cookie: &str, mission: i64) -> Vec<Value> {
        let r = self.get_as(cookie, &format!("/coordination/missions/{mission}/candidats"));
        assert_eq!(r.status(), StatusCode::OK);
        r.json::<Vec<Value>>().unwrap()
    }

    fn propose(&self, cookie: &str, csrf: &str, mission: i64, volunteer: i64) -> i64 {
        let r = self
            .client
            .post(self.url(&format!("/coordination/missions/{mission}/proposer")))
            .header(header::COOKIE, cookie)
            .header(header::ACCEPT, "application/json")
            .form(&[("csrf", csrf), ("benevole", &volunteer.to_string())])
            .send()
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        r.json::<Value>().unwrap()["proposition"].as_i64().unwrap()
    }
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.path().is_dir() {
            out.extend(files(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

/// The files under `dir` whose bytes hold `needle`.
fn holding(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let needle = needle.as_bytes();
    files(dir)
        .into_iter()
        .filter(|p| {
            std::fs::read(p)
                .unwrap_or_default()
                .windows(needle.len())
                .any(|w| w == needle)
        })
        .collect()
}

/// The id of a volunteer in the candidates of a mission, by name.
fn id_of(candidates: &[Value], name: &str) -> i64 {
    candidates
        .iter()
        .find(|c| c["nom"] == name)
        .and_then(|c| c["benevole"].as_i64())
        .unwrap_or_else(|| panic!("{name} not in {candidates:?}"))
}

const MARIE: [(&str, &str); 7] = [
    ("benevole", "Marie Dubois"),
    ("courriel", "marie.dubois@exemple.be"),
    ("besoins", "taxi-social"),
    ("besoins", "isolement"),
    ("territoires", "oleye"),
    ("disponibilites", "mar-apres-midi"),
    ("disponibilites", "jeu-matin"),
];

#[test]
fn the_public_page_has_the_form_the_consent_and_no_script_from_elsewhere() {
    let s = Server::start(&[]);
    let r = s.get("/benevoles");
    assert_eq!(r.status(), StatusCode::OK);
    let csp = r.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    let scripts = csp
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .unwrap_or("");
    assert_eq!(scripts.trim(), "script-src 'self'", "{csp}");
    let page = r.text().unwrap();
    for part in [
        "name=\"benevole\"",
        "name=\"courriel\"",
        "name=\"telephone\"",
        "name=\"besoins\" value=\"taxi-social\"",
        "Conduire quelqu&#39;un à ses rendez-vous",
        "<legend>Santé</legend>",
        "name=\"territoires\" value=\"oleye\"",
        "name=\"publics\" value=\"aines\"",
        "name=\"disponibilites\" value=\"mar-apres-midi\"",
        "<th scope=\"row\">Mardi</th>",
        "name=\"commentaire\"",
        "name=\"consentement\" value=\"oui\"",
        "24 mois",
        "Effacer mes données",
        "l&#39;association de cette mission reçoit votre nom et votre contact, et elle seule",
    ] {
        assert!(page.contains(part), "{part:?} not in the page");
    }
    // Every box has its label; the page's only script is the portal's own.
    let boxes = page.matches("type=\"checkbox\" id=\"").count();
    assert_eq!(boxes, 25 + 8 + 7 + 21 + 1);
    for id in page.split("type=\"checkbox\" id=\"").skip(1) {
        let id = id.split('"').next().unwrap();
        assert!(
            page.contains(&format!("<label for=\"{id}\">")),
            "no label for {id}"
        );
    }
    let scripts: Vec<&str> = page.split("<script").skip(1).collect();
    assert_eq!(scripts.len(), 1);
    assert!(scripts[0].starts_with(" src=\"/static/portail.js\""));
}

#[test]
fn a_volunteer_registers_sees_changes_and_confirms_their_data() {
    let s = Server::start(&[]);
    // The form's answer: 303 to their page.
    let mut fields = MARIE.to_vec();
    fields.push(("consentement", "oui"));
    let r = s.post("/benevoles", &fields, false);
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let link = r.headers()[header::LOCATION].to_str().unwrap().to_string();
    assert!(link.starts_with("/b/") && link.len() == 67, "{link}");
    let page = s.get(&link).text().unwrap();
    assert!(page.contains("value=\"Marie Dubois\""), "{page}");
    assert!(page.contains(
        "id=\"disponibilites-mar-apres-midi\" name=\"disponibilites\" value=\"mar-apres-midi\" checked"
    ));
    assert!(!page.contains("value=\"jeu-apres-midi\" checked"));
    assert!(page.contains("Pas encore de proposition"));

    // A change goes through the same checks; then the page shows it.
    let changed = [
        ("benevole", "Marie Dubois"),
        ("telephone", "0470 12 34 56"),
        ("besoins", "aide-alimentaire"),
    ];
    let r = s.post(&link, &changed, false);
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = s
        .get(r.headers()[header::LOCATION].to_str().unwrap())
        .text()
        .unwrap();
    assert!(page.contains("Vos changements sont enregistrés."));
    assert!(page.contains("value=\"0470 12 34 56\""));
    assert!(page.contains("value=\"aide-alimentaire\" checked"));
    assert!(!page.contains("value=\"taxi-social\" checked"));
    let r = s.post(
        &link,
        &[("benevole", "Marie Dubois"), ("besoins", "aide-alimentaire")],
        true,
    );
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let r = s.post(&format!("{link}/confirmer"), &[], false);
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = s
        .get(r.headers()[header::LOCATION].to_str().unwrap())
        .text()
        .unwrap();
    assert!(
        page.contains("vos données sont confirmées pour 24 mois"),
        "{page}"
    );
}

#[test]
fn a_registration_without_consent_or_with_a_bad_value_is_refused_and_nothing_is_stored() {
    let s = Server::start(&[]);
    // No consent: 422, the consent named, nothing stored.
    let r = s.post("/benevoles", &MARIE, true);
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v: Value = r.json().unwrap();
    let rejets = v["rejets"].as_array().unwrap();
    assert_eq!(rejets.len(), 1, "{v}");
    assert_eq!(rejets[0]["colonne"], "consentement");
    assert_eq!(rejets[0]["valeur"], "");
    assert!(rejets[0]["raison"].as_str().unwrap().contains("consentement"));

    // A need that does not exist, a slot that does not exist: one line each.
    let bad = [
        ("benevole", "Marie Dubois"),
        ("courriel", "marie.dubois@exemple.be"),
        ("besoins", "taxi-socail"),
        ("disponibilites", "mardi soir tard"),
        ("consentement", "oui"),
    ];
    let r = s.post("/benevoles", &bad, true);
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v: Value = r.json().unwrap();
    let rejets = v["rejets"].as_array().unwrap();
    let besoins = rejets
        .iter()
        .find(|r| r["colonne"] == "besoins")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(besoins["valeur"], "taxi-socail");
    assert!(
        besoins["raison"].as_str().unwrap().contains("taxi-social"),
        "{besoins}"
    );
    assert!(
        rejets
            .iter()
            .any(|r| r["colonne"] == "disponibilites" && r["valeur"] == "mardi soir tard"),
        "{v}"
    );

    // No way to reach them: refused too.
    let r = s.post(
        "/benevoles",
        &[
            ("benevole", "Marie Dubois"),
            ("besoins", "isolement"),
            ("consentement", "oui"),
        ],
        true,
    );
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The page for a browser: 422, the problems listed, what was typed kept.
    let r = s.post("/benevoles", &MARIE, false);
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().unwrap();
    assert!(page.contains("Cochez la case du consentement"), "{page}");
    assert!(page.contains("value=\"marie.dubois@exemple.be\""));
    assert!(page.contains("value=\"isolement\" checked"));

    // Nothing of Marie anywhere in the data folder, and the council's board is empty.
    assert_eq!(
        holding(&s.data(), "marie.dubois@exemple.be"),
        Vec::<PathBuf>::new()
    );
    let (cookie, _) = s.sign_in();
    let board = s.get_as(&cookie, "/coordination/benevoles").text().unwrap();
    assert!(board.contains("0 bénévole ·"), "{board}");
}

#[test]
fn the_round_trip_a_mission_its_candidates_a_proposal_an_acceptance_the_contact() {
    let s = Server::start(&[]);
    let cpas = s.partner("CPAS de Waremme");
    let amo = s.partner("AMO Le Tremplin");
    let marie = s.volunteer(&MARIE);
    let paul = s.volunteer(&[
        ("benevole", "Paul Lambert"),
        ("telephone", "019 32 11 22"),
        ("besoins", "taxi-social"),
    ]);
    // Offers something else: never a candidate.
    s.volunteer(&[
        ("benevole", "Anne Servais"),
        ("courriel", "anne@exemple.be"),
        ("besoins", "decrochage-scolaire"),
    ]);
    let taxi = s.mission(
        &cpas,
        &[
            ("mission", "Chauffeur pour le taxi social"),
            ("besoin", "taxi-social"),
            ("territoire", "oleye"),
            ("creneaux", "mar-apres-midi"),
            ("creneaux", "ven-matin"),
            ("nombre", "2"),
        ],
    );
    let other = s.mission(
        &amo,
        &[
            ("mission", "Devoirs du mercredi"),
            ("besoin", "decrochage-scolaire"),
        ],
    );

    let (cookie, csrf) = s.sign_in();
    // Marie shares Tuesday afternoon and names Oleye: first; Paul, anywhere and any time: second.
    let cands = s.candidates(&cookie, taxi);
    assert_eq!(cands.len(), 2, "{cands:?}");
    assert_eq!(
        (&cands[0]["nom"], &cands[0]["rang"]),
        (&Value::from("Marie Dubois"), &Value::from(1))
    );
    assert_eq!(cands[0]["creneaux_communs"], "mar-apres-midi");
    assert!(
        cands[0]["raison"].as_str().unwrap().contains("Oleye"),
        "{}",
        cands[0]
    );
    assert_eq!(
        (&cands[1]["nom"], &cands[1]["rang"]),
        (&Value::from("Paul Lambert"), &Value::from(2))
    );
    assert_eq!(cands[1]["creneaux_communs"], "");
    let marie_id = id_of(&cands, "Marie Dubois");
    let paul_id = id_of(&cands, "Paul Lambert");
    assert_eq!(s.candidates(&cookie, other).len(), 1);

    // The board ranks them too, with "Proposer".
    let board = s.get_as(&cookie, "/coordination/benevoles").text().unwrap();
    assert!(
        board.contains("Chauffeur pour le taxi social")
            && board.contains("3 bénévoles · 2 missions ouvertes"),
        "{board}"
    );
    assert_eq!(
        board
            .matches(&format!("action=\"/coordination/missions/{taxi}/proposer\""))
            .count(),
        2
    );

    let proposal = s.propose(&cookie, &csrf, taxi, marie_id);
    let paul_proposal = s.propose(&cookie, &csrf, taxi, paul_id);
    // Proposing twice is the same proposal.
    assert_eq!(s.propose(&cookie, &csrf, taxi, marie_id), proposal);

    // Before any answer, the association sees no name and no contact.
    let page = s.get(&cpas).text().unwrap();
    assert!(page.contains("Nous cherchons des bénévoles") && page.contains("Chauffeur pour le taxi social"));
    assert!(
        page.contains("0 sur 2 a accepté · 2 propositions en attente"),
        "{page}"
    );
    assert!(!page.contains("Marie") && !page.contains("Paul"));
    let r = s.get_json(&format!("{cpas}/missions/{taxi}/benevoles"));
    assert_eq!(r.json::<Vec<Value>>().unwrap().len(), 0);

    // Marie sees the proposal on her page and accepts; Paul declines.
    let page = s.get(&marie).text().unwrap();
    assert!(page.contains("Chauffeur pour le taxi social") && page.contains("pour CPAS de Waremme"));
    let r = s.post(
        &format!("{marie}/propositions/{proposal}"),
        &[("reponse", "accepte")],
        false,
    );
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = s.post(
        &format!("{paul}/propositions/{paul_proposal}"),
        &[("reponse", "refuse")],
        true,
    );
    assert_eq!(r.status(), StatusCode::OK);
    let page = s.get(&marie).text().unwrap();
    assert!(page.contains("Vous avez accepté"), "{page}");

    // Now the association sees Marie's name and contact, and Paul's still not.
    let page = s.get(&cpas).text().unwrap();
    assert!(
        page.contains("Marie Dubois") && page.contains("marie.dubois@exemple.be"),
        "{page}"
    );
    assert!(!page.contains("Paul") && !page.contains("019 32 11 22"));
    assert!(
        page.contains("1 sur 2 a accepté · 0 proposition en attente"),
        "{page}"
    );
    let r = s.get_json(&format!("{cpas}/missions/{taxi}/benevoles"));
    let list: Vec<Value> = r.json().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (&list[0]["nom"], &list[0]["courriel"]),
        (
            &Value::from("Marie Dubois"),
            &Value::from("marie.dubois@exemple.be")
        )
    );
    // The other association sees nobody.
    let page = s.get(&amo).text().unwrap();
    assert!(!page.contains("Marie") && !page.contains("marie.dubois"));

    // The coordinator sees the answers, and the meeting's workbook holds the three tables.
    let board = s.get_as(&cookie, "/coordination/benevoles").text().unwrap();
    assert!(
        board.contains(">accepté<") && board.contains(">refusé<"),
        "{board}"
    );
    let r = s.get_as(&cookie, "/coordination/benevoles/conseil.xlsx");
    assert_eq!(r.status(), StatusCode::OK);
    let bytes = r.bytes().unwrap();
    let path = s.dir.path().join("conseil.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let volunteers = crate::testenv::sheet_rows(&path, "Bénévoles");
    assert_eq!(volunteers.len(), 4);
    assert_eq!(volunteers[1][0], "Marie Dubois");
    assert_eq!(volunteers[1][3], "Isolement, Taxi social");
    let proposals = crate::testenv::sheet_rows(&path, "Propositions");
    assert_eq!(proposals.len(), 3);
    assert_eq!(proposals[1][6], "accepté");
    assert_eq!(proposals[2][6], "refusé");
    let missions = crate::testenv::sheet_rows(&path, "Missions");
    assert_eq!(missions[1][1], "Chauffeur pour le taxi social");
    // Nothing of the export is kept in the data folder.
    assert!(holding(&s.data(), "Isolement, Taxi social").is_empty());
    // Only the coordinator gets it.
    assert_eq!(
        s.get("/coordination/benevoles/conseil.xlsx").status(),
        StatusCode::SEE_OTHER
    );
}

#[test]
fn links_and_missions_are_personal() {
    let s = Server::start(&[]);
    let cpas = s.partner("CPAS de Waremme");
    let amo = s.partner("AMO Le Tremplin");
    let marie = s.volunteer(&MARIE);
    let paul = s.volunteer(&[
        ("benevole", "Paul Lambert"),
        ("telephone", "019 32 11 22"),
        ("besoins", "taxi-social"),
    ]);
    let taxi = s.mission(&cpas, &[("mission", "Chauffeur"), ("besoin", "taxi-social")]);
    let (cookie, csrf) = s.sign_in();
    let cands = s.candidates(&cookie, taxi);
    let proposal = s.propose(&cookie, &csrf, taxi, id_of(&cands, "Marie Dubois"));

    // An unknown link, or something that is not a link: 404, never a page.
    for path in [
        format!("/b/{}", "0".repeat(64)),
        "/b/abc".into(),
        format!("{marie}x"),
    ] {
        assert_eq!(s.get(&path).status(), StatusCode::NOT_FOUND, "{path}");
    }
    // Paul's link shows Paul only.
    let page = s.get(&paul).text().unwrap();
    assert!(page.contains("Paul Lambert") && !page.contains("Marie"));
    // Marie's proposal answered through Paul's link: 404, and it still waits.
    let r = s.post(
        &format!("{paul}/propositions/{proposal}"),
        &[("reponse", "accepte")],
        true,
    );
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(s
        .get(&marie)
        .text()
        .unwrap()
        .contains("Elle attend votre réponse."));
    // An answer that is neither: refused.
    let r = s.post(
        &format!("{marie}/propositions/{proposal}"),
        &[("reponse", "peut-etre")],
        true,
    );
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    s.post(
        &format!("{marie}/propositions/{proposal}"),
        &[("reponse", "accepte")],
        true,
    );

    // Another association asking for this mission's volunteers: 404, and no contact.
    let r = s.get_json(&format!("{amo}/missions/{taxi}/benevoles"));
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(!r.text().unwrap().contains("marie"));
    let r = s.post(&format!("{amo}/missions/{taxi}/fermer"), &[], false);
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        s.get_json(&format!("{cpas}/missions/{taxi}/benevoles"))
            .json::<Vec<Value>>()
            .unwrap()
            .len(),
        1
    );

    // A mission with a bad value: 422, the column, the value, the reason; nothing stored.
    let r = s.post(
        &format!("{cpas}/missions"),
        &[
            ("mission", "Promenades du jeudi"),
            ("besoin", "visite a domicle"),
            ("nombre", "zéro"),
        ],
        true,
    );
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v: Value = r.json().unwrap();
    let rejets = v["rejets"].as_array().unwrap();
    assert!(
        rejets
            .iter()
            .any(|r| r["colonne"] == "besoin" && r["valeur"] == "visite a domicle"),
        "{v}"
    );
    assert!(
        rejets
            .iter()
            .any(|r| r["colonne"] == "nombre" && r["valeur"] == "zéro"),
        "{v}"
    );
    assert!(!s.get(&cpas).text().unwrap().contains("Promenades du jeudi"));

    // The coordinator's actions without the CSRF value: 403; without a session: sign in.
    let r = s
        .client
        .post(s.url(&format!("/coordination/missions/{taxi}/proposer")))
        .header(header::COOKIE, &cookie)
        .form(&[("benevole", id_of(&cands, "Paul Lambert").to_string())])
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = s
        .client
        .post(s.url(&format!("/coordination/missions/{taxi}/proposer")))
        .header(header::COOKIE, &cookie)
        .form(&[("csrf", "0".repeat(64)), ("benevole", "1".into())])
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(!s.get(&paul).text().unwrap().contains("Chauffeur"));
    for path in [
        format!("/coordination/missions/{taxi}/candidats"),
        "/coordination/benevoles".into(),
    ] {
        let r = s.get(&path);
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(r.headers()[header::LOCATION], "/connexion");
    }
    assert_eq!(
        s.get_as(&cookie, "/coordination/missions/999/candidats").status(),
        StatusCode::NOT_FOUND
    );
}

#[test]
fn the_21st_registration_from_one_address_within_an_hour_gets_429() {
    let s = Server::start(&[]);
    for i in 0..20 {
        let name = format!("Bénévole {i}");
        s.volunteer(&[
            ("benevole", &name),
            ("courriel", "x@exemple.be"),
            ("besoins", "isolement"),
        ]);
    }
    let mut fields = MARIE.to_vec();
    fields.push(("consentement", "oui"));
    let r = s.post("/benevoles", &fields, true);
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key(header::RETRY_AFTER));
    assert!(holding(&s.data(), "marie.dubois@exemple.be").is_empty());
    let r = s.post("/benevoles", &fields, false);
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r
        .text()
        .unwrap()
        .contains("Trop d&#39;inscriptions depuis cette adresse"));
}

#[test]
fn an_erased_volunteer_leaves_no_byte_in_the_data_folder() {
    let s = Server::start(&[]);
    let name = "Zéphyrine Quenouillard-Brabançon";
    let email = "zephyrine.quenouillard@exemple.be";
    let phone = "0499 87 65 43";
    let link = s.volunteer(&[
        ("benevole", name),
        ("courriel", email),
        ("telephone", phone),
        ("besoins", "taxi-social"),
        ("commentaire", "Je conduis une camionnette Quenouillard"),
    ]);
    // Someone else stays.
    let marie = s.volunteer(&MARIE);
    let cpas = s.partner("CPAS de Waremme");
    let taxi = s.mission(&cpas, &[("mission", "Chauffeur"), ("besoin", "taxi-social")]);
    let (cookie, csrf) = s.sign_in();
    let cands = s.candidates(&cookie, taxi);
    let proposal = s.propose(&cookie, &csrf, taxi, id_of(&cands, name));
    s.post(
        &format!("{link}/propositions/{proposal}"),
        &[("reponse", "accepte")],
        true,
    );
    assert!(s.get(&cpas).text().unwrap().contains(email));
    // Changed once: an older version of the row is in the database's history too.
    let r = s.post(
        &link,
        &[
            ("benevole", name),
            ("courriel", email),
            ("telephone", phone),
            ("besoins", "taxi-social|isolement"),
        ],
        true,
    );
    assert_eq!(r.status(), StatusCode::OK);
    // Before: the folder holds them (the test can fail).
    for needle in [name, email, phone, "Quenouillard"] {
        assert!(
            !holding(&s.data(), needle).is_empty(),
            "{needle} nowhere before the erasure"
        );
    }

    let r = s.post(&format!("{link}/supprimer"), &[], false);
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().unwrap().contains("Vos données sont effacées"));

    // After: no byte of them in any file of the folder (database, -wal, -shm, all).
    let all = files(&s.data());
    assert!(all.iter().any(|p| p.ends_with("portail.db")), "{all:?}");
    for needle in [name, email, phone, "Quenouillard"] {
        assert_eq!(holding(&s.data(), needle), Vec::<PathBuf>::new(), "{needle}");
    }
    assert_eq!(s.get(&link).status(), StatusCode::NOT_FOUND);
    assert_eq!(
        s.post(
            &format!("{link}/propositions/{proposal}"),
            &[("reponse", "refuse")],
            true
        )
        .status(),
        StatusCode::NOT_FOUND
    );
    // Their proposal is gone; the others are as they were.
    let page = s.get(&cpas).text().unwrap();
    assert!(
        !page.contains("Quenouillard") && page.contains("0 sur 1 a accepté · 0 proposition en attente"),
        "{page}"
    );
    assert_eq!(s.get(&marie).status(), StatusCode::OK);
    assert_eq!(s.candidates(&cookie, taxi).len(), 1);
}

#[test]
fn the_councils_list_is_imported_each_volunteer_with_a_link_and_the_file_is_not_kept() {
    let s = Server::start(&[]);
    let list = s.dir.path().join("liste-du-conseil.csv");
    std::fs::write(
        &list,
        "Bénévole;Courriel;Téléphone;Besoins;Territoires;Disponibilités\n\
         Jeanne Lejeune;jeanne@exemple.be;;Taxi social;Oleye;Mardi après-midi\n\
         Luc Martin;;0475 00 11 22;visites-domicile|isolement;;\n\
         Sans Contact;;;isolement;;\n",
    )
    .unwrap();
    let (out, err) = portail_full(&s.data(), &["benevoles", list.to_str().unwrap()], None);
    let lines: Vec<(&str, &str)> = out.lines().map(|l| l.split_once('\t').unwrap()).collect();
    assert_eq!(lines.len(), 2, "{out}\n{err}");
    assert_eq!(lines[0].1, "Jeanne Lejeune");
    assert_eq!(lines[1].1, "Luc Martin");
    assert!(
        err.contains("2 bénévoles importés, 0 déjà présent, 1 ligne rejetée"),
        "{err}"
    );
    assert!(
        err.contains("liste-du-conseil.csv") && err.contains("ligne 4"),
        "{err}"
    );
    let page = s.get(lines[0].0).text().unwrap();
    assert!(page.contains("value=\"Jeanne Lejeune\"") && page.contains("value=\"mar-apres-midi\" checked"));
    // The same list again: nobody twice.
    let (out, err) = portail_full(&s.data(), &["benevoles", list.to_str().unwrap()], None);
    assert_eq!(out, "");
    assert!(err.contains("0 bénévole importé, 2 déjà présents"), "{err}");
    // Only the database holds them: no copy of the file in the data folder.
    assert!(files(&s.data())
        .iter()
        .all(|p| !p.to_string_lossy().contains("liste-du-conseil")));
    assert!(holding(&s.data(), "Sans Contact").is_empty());
}
