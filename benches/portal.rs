//! The portal under load, on 127.0.0.1 only: `cargo bench --bench portal`.
//!
//! 1. Upload latency: 16 clients upload a 300-row partner file at once, again and again;
//!    the time from the request to the validated answer (p50, p95, max).
//! 2. Nothing lost: 50 partners upload 4 versions each from 16 clients, with an analysis
//!    started halfway; every acknowledged version must be in `archives/` (by hash) and the
//!    last one of each partner in `depots/`.
//! 3. A hostile workbook (a few MB inflating to millions of rows) uploaded while a partner
//!    uploads a normal file: the time of both, and the server's memory.
//!
//! The server's peak memory (VmHWM) is read from /proc after each part. Bounded in count
//! and time; it stops by itself.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::blocking::{multipart, Client};
use sha2::Digest;

const BIN: &str = env!("CARGO_BIN_EXE_cadastre");
const CLIENTS: usize = 16;

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let data = dir.path().join("portail");
    portail(&data, &["coordination"], Some("mot de passe du banc d'essai"));
    portail(&data, &["periode", "2026-T3"], None);
    let links: Vec<String> = (0..50)
        .map(|i| {
            portail(&data, &["partenaire", &format!("Partenaire {i:02}")], None)
                .trim()
                .to_string()
        })
        .collect();
    let (mut server, base) = start(&data);
    let client = Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .expect("client");
    let file = partner_file(300);
    println!("partner file: 300 rows, {} bytes", file.len());

    latency(&client, &base, &links, &file);
    println!("server peak memory after part 1: {} MB", peak_mb(server.id()));
    nothing_lost(&client, &base, &links, &data);
    println!("server peak memory after part 2: {} MB", peak_mb(server.id()));
    hostile(&client, &base, &links);
    println!("server peak memory after part 3: {} MB", peak_mb(server.id()));

    let _ = Command::new("kill").arg(server.id().to_string()).status();
    let _ = server.wait();
}

fn portail(data: &Path, args: &[&str], stdin: Option<&str>) -> String {
    let mut child = Command::new(BIN)
        .arg("portail")
        .arg(args[0])
        .arg("--donnees")
        .arg(data)
        .args(&args[1..])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("cadastre portail");
    if let (Some(text), Some(mut input)) = (stdin, child.stdin.take()) {
        let _ = writeln!(input, "{text}");
    }
    let out = child.wait_with_output().expect("cadastre portail");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn start(data: &Path) -> (Child, String) {
    let mut child = Command::new(BIN)
        .args(["serve", "--adresse", "127.0.0.1:0", "--donnees"])
        .arg(data)
        .stdout(Stdio::piped())
        .spawn()
        .expect("cadastre serve");
    let mut line = String::new();
    let out = child.stdout.take().expect("stdout");
    BufReader::new(out).read_line(&mut line).expect("address");
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .and_then(|u| u.strip_suffix("/coordination"))
        .expect("address line")
        .to_string();
    (child, base)
}

/// A partner's needs table of `rows` rows, one in fifty with a mistake.
fn partner_file(rows: usize) -> Vec<u8> {
    let needs = [
        "decrochage-scolaire",
        "aide-alimentaire",
        "sante-mentale",
        "isolement",
        "logement-urgence",
    ];
    let publics = ["jeunes", "familles", "aines", "tous"];
    let places = ["commune", "oleye", "bleret", "waremme-centre"];
    let mut s = String::from("Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n");
    for i in 0..rows {
        let need = if i % 50 == 7 {
            "decrochage scolair"
        } else {
            needs[i % needs.len()]
        };
        s.push_str(&format!(
            "Partenaire du banc;{need};{};{};{};{}\n",
            publics[i / 5 % publics.len()],
            places[i / 20 % places.len()],
            1 + i % 4,
            i % 90
        ));
    }
    s.into_bytes()
}

fn upload(client: &Client, base: &str, link: &str, name: &str, bytes: Vec<u8>) -> (u16, Duration) {
    let started = Instant::now();
    let form = multipart::Form::new().part(
        "fichier",
        multipart::Part::bytes(bytes).file_name(name.to_string()),
    );
    let status = client
        .post(format!("{base}{link}/depot"))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .map(|r| {
            let status = r.status().as_u16();
            let _ = r.bytes();
            status
        })
        .unwrap_or(0);
    (status, started.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Part 1: 16 clients, 20 uploads each, at once.
fn latency(client: &Client, base: &str, links: &[String], file: &[u8]) {
    let times = Arc::new(Mutex::new(Vec::new()));
    std::thread::scope(|scope| {
        for link in links.iter().take(CLIENTS) {
            let times = times.clone();
            scope.spawn(move || {
                for i in 0..20 {
                    let (status, t) = upload(client, base, link, &format!("besoins-{i}.csv"), file.to_vec());
                    assert_eq!(status, 200, "upload failed");
                    times.lock().map(|mut v| v.push(t)).ok();
                }
            });
        }
    });
    let mut times = times.lock().map(|v| v.clone()).unwrap_or_default();
    times.sort();
    println!(
        "part 1: {} uploads of a 300-row file from {CLIENTS} clients at once: p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms (target p95 < 300 ms)",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.95).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
}

/// Part 2: 50 partners x 4 versions, an analysis started halfway; every version checked.
fn nothing_lost(client: &Client, base: &str, links: &[String], data: &Path) {
    let sent: Arc<Mutex<BTreeMap<(usize, usize), String>>> = Arc::default();
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    std::thread::scope(|scope| {
        for c in 0..CLIENTS {
            let (sent, done) = (sent.clone(), done.clone());
            scope.spawn(move || {
                for p in (c..links.len()).step_by(CLIENTS) {
                    for v in 0..4 {
                        let mut bytes = partner_file(300);
                        bytes.extend_from_slice(
                            format!("Partenaire du banc;isolement;aines;oleye;2;{v}{p}\n").as_bytes(),
                        );
                        let hash = hex(&sha2::Sha256::digest(&bytes));
                        let (status, _) = upload(client, base, &links[p], "cadastre.csv", bytes);
                        assert_eq!(status, 200, "upload failed");
                        sent.lock().map(|mut m| m.insert((p, v), hash)).ok();
                        done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
            });
        }
        scope.spawn(|| {
            while done.load(std::sync::atomic::Ordering::SeqCst) < 100 {
                std::thread::sleep(Duration::from_millis(20));
            }
            analyse(client, base);
        });
    });
    let sent = sent.lock().map(|m| m.clone()).unwrap_or_default();
    let archived: std::collections::BTreeSet<String> = files(&data.join("archives"))
        .iter()
        .map(|p| hex(&sha2::Sha256::digest(std::fs::read(p).unwrap_or_default())))
        .collect();
    let lost = sent.values().filter(|h| !archived.contains(*h)).count();
    let mut wrong_current = 0;
    for p in 0..links.len() {
        let current = data.join(format!("depots/2026-T3/partenaire-{p:02}/cadastre.csv"));
        let hash = hex(&sha2::Sha256::digest(std::fs::read(current).unwrap_or_default()));
        if Some(&hash) != sent.get(&(p, 3)) {
            wrong_current += 1;
        }
    }
    println!(
        "part 2: {} uploads (50 partners x 4) in {:.1} s with an analysis in the middle: {} lost, {} partners whose current file is not their last (target 0 and 0)",
        sent.len(),
        started.elapsed().as_secs_f64(),
        lost,
        wrong_current
    );
}

/// Signs in and starts the analysis (the board's CSRF value from its page).
fn analyse(client: &Client, base: &str) {
    let jar = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|_| client.clone());
    let Ok(r) = jar
        .post(format!("{base}/connexion"))
        .form(&[("mot_de_passe", "mot de passe du banc d'essai")])
        .send()
    else {
        return;
    };
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .to_string();
    let board = jar
        .get(format!("{base}/coordination"))
        .header("Cookie", &cookie)
        .send()
        .and_then(|r| r.text())
        .unwrap_or_default();
    let csrf = board
        .split("<meta name=\"csrf\" content=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or("");
    let started = Instant::now();
    let status = jar
        .post(format!("{base}/coordination/analyse"))
        .header("Cookie", &cookie)
        .header("X-CSRF-Token", csrf)
        .header("Accept", "application/json")
        .send()
        .map(|r| r.status().as_u16())
        .unwrap_or(0);
    println!(
        "part 2: analysis started after 100 uploads (status {status}), in {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
}

/// Part 3: a workbook bomb and, at the same time, a partner's normal upload.
fn hostile(client: &Client, base: &str, links: &[String]) {
    let bomb = bomb(2_000_000);
    println!(
        "part 3: a workbook of {:.1} MB holding 2,000,000 rows (past a spreadsheet's last row)",
        bomb.len() as f64 / 1e6
    );
    std::thread::scope(|scope| {
        let b = scope.spawn(|| upload(client, base, &links[40], "bombe.xlsx", bomb));
        std::thread::sleep(Duration::from_millis(200));
        let (status, t) = upload(client, base, &links[41], "normal.csv", partner_file(300));
        println!(
            "part 3: a normal upload during it: status {status}, {:.0} ms",
            t.as_secs_f64() * 1e3
        );
        if let Ok((status, t)) = b.join() {
            println!(
                "part 3: the bomb's answer: status {status}, {:.1} s",
                t.as_secs_f64()
            );
        }
    });
}

/// An xlsx whose one sheet holds `rows` rows of one inline string, deflated: under the
/// upload limit, so that it is stored and validated.
fn bomb(rows: usize) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Besoins" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, text) in parts {
        let _ = zip.start_file(name, opts);
        let _ = zip.write_all(text.as_bytes());
    }
    let _ = zip.start_file("xl/worksheets/sheet1.xml", opts);
    let _ = zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#);
    for r in 1..=rows {
        let _ = write!(
            zip,
            r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>x</t></is></c></row>"#
        );
    }
    let _ = zip.write_all(b"</sheetData></worksheet>");
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
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
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn peak_mb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
