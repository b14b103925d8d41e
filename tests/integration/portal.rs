//! The portal, as its clients see it: the real server started on 127.0.0.1 with a fresh
//! data folder, driven over HTTP. The partner flow, the coordinator flow, and every refusal
//! SPEC lists.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::blocking::{multipart, Client, Response};
use reqwest::header;
use reqwest::StatusCode;

use crate::testenv::{csv_rows, BIN};

pub(crate) const PASSWORD: &str = "un mot de passe solide";

/// A running portal; stopped (SIGTERM) when dropped.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) base: String,
    pub(crate) dir: tempfile::TempDir,
    pub(crate) client: Client,
}

impl Server {
    /// A data folder with the password set and 2026-T3 open, and the server on a free port.
    pub(crate) fn start(extra: &[&str]) -> Server {
        let dir = tempfile::tempdir().expect("temporary folder");
        let data = dir.path().join("portail");
        portail(&data, &["coordination"], Some(PASSWORD));
        portail(&data, &["periode", "2026-T3", "--echeance", "2026-10-15"], None);
        let mut child = Command::new(BIN)
            .args(["serve", "--donnees"])
            .arg(&data)
            .args(["--adresse", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start cadastre serve");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout).read_line(&mut line).expect("first line");
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .and_then(|u| u.strip_suffix("/coordination"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        let client = Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .expect("client");
        Server {
            child,
            base,
            dir,
            client,
        }
    }

    pub(crate) fn data(&self) -> PathBuf {
        self.dir.path().join("portail")
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub(crate) fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().expect("GET")
    }

    /// A GET within a coordinator session.
    pub(crate) fn get_as(&self, cookie: &str, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .header(header::COOKIE, cookie)
            .send()
            .expect("GET")
    }

    /// Registers a partner with the command and returns its link path.
    pub(crate) fn partner(&self, name: &str) -> String {
        let out = portail(&self.data(), &["partenaire", name], None);
        let link = out.trim().to_string();
        assert!(link.starts_with("/p/") && link.len() == 3 + 64, "{link:?}");
        link
    }

    fn upload(&self, link: &str, name: &str, bytes: &[u8], json: bool) -> Response {
        let part = multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string());
        let form = multipart::Form::new().part("fichier", part);
        let mut req = self
            .client
            .post(self.url(&format!("{link}/depot")))
            .multipart(form);
        if json {
            req = req.header(header::ACCEPT, "application/json");
        }
        req.send().expect("upload")
    }

    /// Signs in; returns the session cookie and the board's CSRF value.
    pub(crate) fn sign_in(&self) -> (String, String) {
        let r = self
            .client
            .post(self.url("/connexion"))
            .form(&[("mot_de_passe", PASSWORD)])
            .send()
            .expect("sign in");
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let set = r.headers()[header::SET_COOKIE].to_str().unwrap().to_string();
        assert!(
            set.contains("HttpOnly") && set.contains("SameSite=Strict"),
            "{set}"
        );
        let cookie = set.split(';').next().unwrap().to_string();
        let board = self
            .client
            .get(self.url("/coordination"))
            .header(header::COOKIE, &cookie)
            .send()
            .expect("board")
            .text()
            .unwrap();
        let csrf = board
            .split("<meta name=\"csrf\" content=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("csrf meta")
            .to_string();
        (cookie, csrf)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }
}

/// Runs `cadastre portail SUB --donnees DIR …`, with `stdin` if given; returns stdout.
pub(crate) fn portail(data: &Path, args: &[&str], stdin: Option<&str>) -> String {
    portail_full(data, args, stdin).0
}

/// The same; its standard output and error.
pub(crate) fn portail_full(data: &Path, args: &[&str], stdin: Option<&str>) -> (String, String) {
    let mut child = Command::new(BIN)
        .arg("portail")
        .arg(args[0])
        .arg("--donnees")
        .arg(data)
        .args(&args[1..])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cadastre portail");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{text}\n").as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), err)
}

const BAD: &str = "Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n\
CPAS de Waremme;decrochage scolair;jeunes;commune;4;45\n\
CPAS de Waremme;aide-alimentaire;familles;commune;3;20\n";
const GOOD: &str = "Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n\
CPAS de Waremme;decrochage-scolaire;jeunes;commune;4;45\n\
CPAS de Waremme;aide-alimentaire;familles;commune;3;20\n";

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn a_partner_sees_its_errors_then_a_clean_file() {
    let s = Server::start(&[]);
    let link = s.partner("CPAS de Waremme");
    let page = s.get(&link);
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().unwrap();
    assert!(page.contains("CPAS de Waremme") && page.contains("2026-T3") && page.contains("2026-10-15"));

    let r = s.upload(&link, "besoins.csv", BAD.as_bytes(), true);
    assert_eq!(r.status(), StatusCode::OK);
    let v: serde_json::Value = r.json().unwrap();
    assert_eq!(v["fichier"], "besoins.csv");
    assert_eq!(v["tables"][0]["table"], "besoins");
    assert_eq!(
        (
            &v["tables"][0]["lues"],
            &v["tables"][0]["utilisees"],
            &v["tables"][0]["rejetees"]
        ),
        (
            &serde_json::json!(2),
            &serde_json::json!(1),
            &serde_json::json!(1)
        )
    );
    let rej = &v["rejets"][0];
    assert_eq!(
        (&rej["ligne"], &rej["colonne"], &rej["valeur"]),
        (
            &serde_json::json!(2),
            &serde_json::json!("besoin"),
            &serde_json::json!("decrochage scolair")
        )
    );
    assert!(
        rej["raison"]
            .as_str()
            .unwrap()
            .contains("vouliez-vous dire decrochage-scolaire"),
        "{rej}"
    );

    // The same in a page, for a browser.
    let html = s
        .upload(&link, "besoins.csv", BAD.as_bytes(), false)
        .text()
        .unwrap();
    assert!(
        html.contains("vouliez-vous dire decrochage-scolaire") && html.contains("1 ligne à corriger"),
        "{html}"
    );

    let v: serde_json::Value = s
        .upload(&link, "besoins.csv", GOOD.as_bytes(), true)
        .json()
        .unwrap();
    assert_eq!(v["tables"][0]["rejetees"], 0);
    assert_eq!(v["rejets"].as_array().unwrap().len(), 0);

    // The current file is the last one, under its name; every version is archived.
    let stored = s.data().join("depots/2026-T3/cpas-de-waremme/besoins.csv");
    assert_eq!(std::fs::read(&stored).unwrap(), GOOD.as_bytes());
    let archived: Vec<String> = walk(&s.data().join("archives"))
        .iter()
        .map(|p| sha256_hex(&std::fs::read(p).unwrap()))
        .collect();
    assert_eq!(archived.len(), 3);
    assert_eq!(
        archived
            .iter()
            .filter(|h| **h == sha256_hex(BAD.as_bytes()))
            .count(),
        2
    );
    assert!(archived.contains(&sha256_hex(GOOD.as_bytes())));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

#[test]
fn links_are_personal_and_revocable() {
    let s = Server::start(&[]);
    let a = s.partner("CPAS de Waremme");
    let b = s.partner("AMO Le Tremplin");
    assert_eq!(
        s.upload(&b, "amo.csv", GOOD.as_bytes(), true).status(),
        StatusCode::OK
    );
    // Unknown tokens, and things that are not tokens.
    for path in [
        format!("/p/{}", "0".repeat(64)),
        "/p/..%2fcoordination".to_string(),
        "/p/abc".to_string(),
        format!("{a}x"),
    ] {
        assert_eq!(s.get(&path).status(), StatusCode::NOT_FOUND, "{path}");
    }
    // A partner neither sees nor withdraws another's file.
    assert!(!s.get(&a).text().unwrap().contains("amo.csv"));
    let r = s
        .client
        .post(s.url(&format!("{a}/retrait")))
        .form(&[("nom", "amo.csv")])
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(s.data().join("depots/2026-T3/amo-le-tremplin/amo.csv").exists());
    // A new link revokes the old one.
    let a2 = s.partner("cpas de  WAREMME");
    assert_eq!(s.get(&a).status(), StatusCode::NOT_FOUND);
    assert_eq!(s.get(&a2).status(), StatusCode::OK);
    assert_eq!(
        s.upload(&a, "x.csv", GOOD.as_bytes(), true).status(),
        StatusCode::NOT_FOUND
    );
}

#[test]
fn an_upload_over_the_limit_is_refused_and_stored_nowhere() {
    let s = Server::start(&["--max-depot", "2kB"]);
    let link = s.partner("CPAS de Waremme");
    let big = GOOD.repeat(60);
    assert!(big.len() > 2_000);
    let r = s.upload(&link, "gros.csv", big.as_bytes(), true);
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // The limit as the partner reads it (it said "0 Mo" for any limit under 1 MB).
    let page = r.text().expect("page");
    assert!(page.contains("la taille permise (0,002 Mo)"), "{page}");
    assert!(walk(&s.data().join("depots")).is_empty());
    assert!(walk(&s.data().join("archives")).is_empty());
    assert!(walk(&s.data().join("tmp")).is_empty());
    assert_eq!(
        s.upload(&link, "petit.csv", GOOD.as_bytes(), true).status(),
        StatusCode::OK
    );
}

#[test]
fn the_coordinator_signs_in_analyses_and_reads_the_outputs() {
    let s = Server::start(&[]);
    // Without a session: to the sign-in page, never the data.
    for path in [
        "/coordination",
        "/coordination/sorties/2026-T3/cadastre.csv",
        "/coordination/analyse",
    ] {
        let r = s.get(path);
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(r.headers()[header::LOCATION], "/connexion");
    }
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/waremme/2026-T3");
    let files = [
        "cpas-waremme.xlsx",
        "amo-besoins.ods",
        "athenee-royal.csv",
        "croix-rouge-waremme.csv",
    ];
    for (i, f) in files.iter().enumerate() {
        let link = s.partner(&format!("Partenaire {i}"));
        let bytes = std::fs::read(sample.join(f)).unwrap();
        assert_eq!(s.upload(&link, f, &bytes, true).status(), StatusCode::OK);
    }
    let (cookie, csrf) = s.sign_in();
    let board = s.get_as(&cookie, "/coordination").text().unwrap();
    assert!(
        board.contains("Partenaire 3") && board.contains("4</strong> partenaires sur 4 ont déposé"),
        "{board}"
    );

    // A state-changing request without the CSRF value: 403.
    let r = s
        .client
        .post(s.url("/coordination/analyse"))
        .header(header::COOKIE, &cookie)
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = s
        .client
        .post(s.url("/coordination/analyse"))
        .header(header::COOKIE, &cookie)
        .form(&[("csrf", "0".repeat(64))])
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let r = s
        .client
        .post(s.url("/coordination/analyse"))
        .header(header::COOKIE, &cookie)
        .header("X-CSRF-Token", &csrf)
        .header(header::ACCEPT, "application/json")
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let started = Instant::now();
    loop {
        let v: serde_json::Value = s.get_as(&cookie, "/coordination/analyse").json().unwrap();
        if v["en_cours"] == false && v["etat"] != "en-cours" {
            assert_eq!(v["etat"], "terminee", "{v}");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "analysis still running"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    // The outputs are those of `cadastre analyse` on the portal's own files.
    let served = s.get_as(&cookie, "/coordination/sorties/2026-T3/cadastre.csv");
    assert_eq!(served.status(), StatusCode::OK);
    let served = served.text().unwrap();
    let out = s.dir.path().join("direct");
    let status = Command::new(BIN)
        .arg("analyse")
        .arg(s.data().join("depots/2026-T3"))
        .arg("--sortie")
        .arg(&out)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    assert!(status.status.success());
    let direct = std::fs::read_to_string(out.join("2026-T3/cadastre.csv")).unwrap();
    crate::testenv::assert_lines(&direct, &served);
    assert!(csv_rows(&served).len() > 10);
    // Files are named SLUG/NAME in the portal's tally.
    let fichiers = std::fs::read_to_string(s.data().join("sorties/2026-T3/fichiers.csv")).unwrap();
    assert!(fichiers.contains("partenaire-0/cpas-waremme.xlsx"), "{fichiers}");
    // The evaluation is offered on the board and served as a Word document.
    let board = s.get_as(&cookie, "/coordination").text().unwrap();
    assert!(board.contains(r#"href="/coordination/sorties/2026-T3/evaluation.docx""#));
    let docx = s.get_as(&cookie, "/coordination/sorties/2026-T3/evaluation.docx");
    assert_eq!(
        docx.headers()[header::CONTENT_TYPE],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(&docx.bytes().unwrap()[..2], b"PK");

    // Pages of the analysis are served with their own policy; no way out of the folder.
    let report = s.get_as(&cookie, "/coordination/sorties/2026-T3/rapport.html");
    assert_eq!(report.status(), StatusCode::OK);
    assert!(report
        .text()
        .unwrap()
        .contains("<h1>Cadastre des besoins, 2026-T3</h1>"));
    for path in [
        "/coordination/sorties/2026-T3/../../portail.db",
        "/coordination/sorties/2026-T3/%2e%2e/%2e%2e/portail.db",
        "/coordination/sorties/..%2f/portail.db",
    ] {
        let r = s.get_as(&cookie, path);
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let zip = s.get_as(&cookie, "/coordination/archive/2026-T3");
    assert_eq!(zip.status(), StatusCode::OK);
    assert!(zip.bytes().unwrap().starts_with(b"PK\x03\x04"));
}

#[test]
fn five_wrong_passwords_close_the_door_for_a_minute() {
    let s = Server::start(&[]);
    for _ in 0..5 {
        let r = s
            .client
            .post(s.url("/connexion"))
            .form(&[("mot_de_passe", "pas le bon")])
            .send()
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    // Now even the right one waits.
    let r = s
        .client
        .post(s.url("/connexion"))
        .form(&[("mot_de_passe", PASSWORD)])
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key(header::RETRY_AFTER));
}

#[test]
fn every_response_carries_the_security_headers() {
    let s = Server::start(&["--guide-public"]);
    let link = s.partner("CPAS de Waremme");
    let responses = [
        s.get("/"),
        s.get(&link),
        s.get("/p/nope"),
        s.get("/connexion"),
        s.get("/coordination"),
        s.get("/guide"),
        s.get("/static/portail.js"),
        s.upload(&link, "b.csv", GOOD.as_bytes(), true),
    ];
    for r in responses {
        let h = r.headers();
        let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            !csp.contains("script-src 'unsafe-inline'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(h[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(h[header::X_FRAME_OPTIONS], "DENY");
    }
}

#[test]
fn behind_a_tls_proxy_the_session_cookie_is_secure() {
    let s = Server::start(&[]);
    let cookie_of = |proto: Option<&str>| {
        let mut req = s
            .client
            .post(s.url("/connexion"))
            .form(&[("mot_de_passe", PASSWORD)]);
        if let Some(p) = proto {
            req = req.header("X-Forwarded-Proto", p);
        }
        let r = req.send().expect("sign in");
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        r.headers()[header::SET_COOKIE].to_str().unwrap().to_string()
    };
    assert!(cookie_of(Some("https")).ends_with("; Secure"));
    assert!(!cookie_of(None).contains("Secure"));
}

#[test]
fn in_dutch_the_portal_speaks_dutch() {
    let s = Server::start(&["--langue", "nl"]);

    let sign_in = s.get("/connexion").text().unwrap();
    assert!(sign_in.contains("<html lang=\"nl\">"), "{sign_in}");
    assert!(
        sign_in.contains("<title>Aanmelden · portaal van het preventieplan</title>")
            && sign_in.contains("Wachtwoord van de coördinatie"),
        "{sign_in}"
    );

    let link = s.partner("CPAS de Waremme");
    let page = s.get(&link).text().unwrap();
    for words in [
        "Open periode: <strong>2026-T3</strong>, op te laden vóór <strong>2026-10-15</strong>.",
        "Sleep uw bestand hierheen",
        "hoogstens 20 MB",
        "Geen bestand opgeladen voor deze periode.",
        "Deze link is persoonlijk",
    ] {
        assert!(page.contains(words), "{words:?} not in {page}");
    }
    assert!(!page.contains("Période") && !page.contains("Déposer"), "{page}");

    // The upload's answer: the same JSON fields, the page around it in Dutch.
    let v: serde_json::Value = s
        .upload(&link, "besoins.csv", BAD.as_bytes(), true)
        .json()
        .unwrap();
    assert_eq!(v["tables"][0]["table"], "besoins");
    let reason = v["rejets"][0]["raison"].as_str().unwrap();
    assert!(!reason.is_empty() && !reason.contains("vouliez-vous"), "{reason}");
    let html = s
        .upload(&link, "besoins.csv", BAD.as_bytes(), false)
        .text()
        .unwrap();
    for words in [
        "besoins.csv: ontvangen, 1 te verbeteren rij",
        "2 rijen gelezen: 1 gebruikt, 1 geweigerd.",
        "<h3>Te verbeteren rijen</h3>",
        "<th>Probleem en verbetering</th>",
        "data-label=\"Tabel\">behoeften</td>",
    ] {
        assert!(html.contains(words), "{words:?} not in {html}");
    }

    // Errors too, with their status.
    let r = s.get("/p/onbekend");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.text().unwrap().contains("<h1>Pagina niet gevonden</h1>"));

    let (cookie, _) = s.sign_in();
    let board = s.get_as(&cookie, "/coordination").text().unwrap();
    assert!(
        board.contains("<h1>Dashboard</h1>")
            && board.contains("<strong>1</strong> partner van de 1 heeft opgeladen;")
            && board.contains("De open periode analyseren"),
        "{board}"
    );
}

#[test]
fn a_five_megabyte_name_in_one_upload_stops_no_one_elses_analysis() {
    let s = Server::start(&[]);
    let cpas = s.partner("CPAS de Waremme");
    assert_eq!(
        s.upload(&cpas, "besoins.csv", GOOD.as_bytes(), true).status(),
        StatusCode::OK
    );
    // A partner's file whose partner cell holds 5 MB ("Ž" is two bytes), and a row whose
    // besoin does.
    let huge = "Ž".repeat(2_500_000);
    let hostile = format!(
        "Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n\
         {huge};isolement;aines;commune;3;7\n\
         Asbl Soleil;{huge};aines;commune;3;7\n"
    );
    let soleil = s.partner("Asbl Soleil");
    let r = s.upload(&soleil, "besoins.csv", hostile.as_bytes(), true);
    assert_eq!(r.status(), StatusCode::OK);
    let v: serde_json::Value = r.json().unwrap();
    assert_eq!(v["tables"][0]["rejetees"], 1, "{}", &v.to_string()[..500]);
    assert_eq!(v["rejets"][0]["valeur"], format!("{}…", "Ž".repeat(200)));

    let (cookie, csrf) = s.sign_in();
    let r = s
        .client
        .post(s.url("/coordination/analyse"))
        .header(header::COOKIE, &cookie)
        .header("X-CSRF-Token", &csrf)
        .header(header::ACCEPT, "application/json")
        .send()
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let started = Instant::now();
    loop {
        let v: serde_json::Value = s.get_as(&cookie, "/coordination/analyse").json().unwrap();
        if v["en_cours"] == false && v["etat"] != "en-cours" {
            let shown: String = v.to_string().chars().take(2000).collect();
            assert_eq!(v["etat"], "terminee", "{shown}");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "analysis still running"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let served = s.get_as(&cookie, "/coordination/sorties/2026-T3/cadastre.csv");
    assert_eq!(served.status(), StatusCode::OK);
    let rows = csv_rows(&served.text().unwrap());
    // The CPAS's two cells and the hostile name's own.
    let cells: std::collections::BTreeSet<(&str, &str, &str)> = rows
        .iter()
        .skip(1)
        .map(|r| (r[2].as_str(), r[3].as_str(), r[4].as_str()))
        .collect();
    let expected = [
        ("aide-alimentaire", "familles", "commune"),
        ("decrochage-scolaire", "jeunes", "commune"),
        ("isolement", "aines", "commune"),
    ];
    assert_eq!(cells, expected.into_iter().collect(), "{cells:?}");
    let sheets = s.data().join("sorties/2026-T3/partenaires");
    let names: Vec<String> = std::fs::read_dir(&sheets)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| n.len() <= 60 + ".html".len()), "{names:?}");
    assert!(names.contains(&"cpas-de-waremme.html".to_string()), "{names:?}");
}
