//! The languages of the outputs. Words moved from the code into catalogs and templates
//! must leave every French and English output as it was: the data files byte for byte,
//! the pages word for word (the text a reader sees, not the markup). The snapshots below
//! were taken before the move; any changed word or byte shows as a snapshot diff.

use std::collections::BTreeMap;
use std::path::Path;

use crate::testenv::Env;

/// The sample quarter analysed in a language, on a fixed date; also the guide, the
/// templates and one partner's sheet in the terminal. Returns the output folder and the
/// terminal texts.
fn sample_in(lang: &str) -> (Env, String) {
    let env = Env::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/waremme/2026-T3");
    let dir = dir.display().to_string();
    write_each_mistake(&env);
    let mut terminal = String::new();
    for args in [
        vec!["analyse", &dir, "--sortie", "out"],
        vec!["analyse", "mauvais", "--sortie", "out/mauvais", "--min-cell", "5"],
        vec!["analyse", "introuvable", "--sortie", "out/rien"],
        vec!["modele", "--sortie", "out/modeles"],
        vec!["partenaire", "AMO Le Tremplin", &dir],
        vec!["partenaire", "AMO Trempli", &dir],
        vec!["taxonomie"],
    ] {
        let out = env
            .cmd()
            .env("SOURCE_DATE_EPOCH", "1764000000")
            .args(&args)
            .args(["--langue", lang])
            .output()
            .expect("run cadastre");
        terminal.push_str(&format!(
            "$ {}\n{}{}[{}]\n",
            args[0],
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            out.status.code().unwrap_or(-1)
        ));
    }
    (env, without_timings(&terminal))
}

/// A quarter with every mistake a partner can make, one per row or file.
fn write_each_mistake(env: &Env) {
    let files = [
        (
            "besoins.csv",
            "partenaire;besoin;public;territoire;priorite;personnes;groupe;domaine;periode\n\
             A;isolement;aines;oleye;3;12;;;\n;isolement;aines;;3;;;;\n\
             B;decrochage scolair;jeunes;;2;;;;\nB;isolement;bébés;;2;;;;\n\
             B;isolement;aines;Olei;2;;;;\nB;isolement;aines;;très urgent;;;;\n\
             B;isolement;aines;;;;;;\nB;isolement;aines;;2;une dizaine;;;\n\
             B;isolement;aines;;2;-3;;;\nB;isolement;aines;;2;12,5;;;\n\
             B;isolement;aines;;2;;groupe inconnu;;\nB;isolement;aines;;2;;;sante;\n\
             B;isolement;aines;;2;;;santé publique;\nB;isolement;aines;;2;;;;2026-T2\n\
             B;isolement;aines;;2;;;;trimestre 3\nB;isolement;aines;;2;;;;2026-Q3\n\
             B;isolement;aines;;2;;;;;en trop\nC;;;;;;;;\n",
        ),
        (
            "services.csv",
            "partenaire;service;besoin;public;territoire;capacite\n\
             S;;isolement;tous;;\nS;Visites;isolement | visites domicil;tous;;\n\
             S;Visites;isolement;tous;;beaucoup\nS;Visites;;tous;;\n",
        ),
        (
            "sans-priorite.csv",
            "partenaire;besoin;public\nP;isolement;aines\n",
        ),
        (
            "doublon.csv",
            "partenaire;besoin;besoin;zzz\nP;isolement;aines;x\n",
        ),
        ("vide.csv", "rien du tout\n"),
    ];
    for (name, text) in files {
        let p = env.path("mauvais/2026-T3").join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("folder");
        std::fs::write(p, text).expect("write");
    }
}

/// The run's duration is the one thing of the terminal that changes from run to run.
fn without_timings(text: &str) -> String {
    text.lines()
        .map(|l| match l.find(" s (") {
            Some(_) if ["Durée", "Time", "Duur"].iter().any(|w| l.starts_with(w)) => "[durée]",
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text a reader sees in an HTML or SVG page: the text nodes outside `<style>` and
/// `<script>`, entities decoded, runs of white space made one space.
pub fn visible_text(page: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        out.push(' ');
        rest = &rest[start..];
        let lower = rest.get(..7).unwrap_or("").to_ascii_lowercase();
        let skip_to = if lower.starts_with("<style") {
            "</style>"
        } else if lower.starts_with("<script") {
            "</script>"
        } else if rest.starts_with("<!--") {
            "-->"
        } else {
            rest = after_tag(rest);
            continue;
        };
        rest = match rest.find(skip_to) {
            Some(end) => &rest[end + skip_to.len()..],
            None => "",
        };
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with its character references decoded, named (`&lt;`) or numeric (`&#60;`,
/// `&#x3C;`), as a browser reads them.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let name = end.map(|e| &rest[1..e]);
        let ch = match name {
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("amp") => Some('&'),
            Some("quot") => Some('"'),
            Some("apos") => Some('\''),
            Some("nbsp") => Some('\u{a0}'),
            Some(n) if n.starts_with("#x") || n.starts_with("#X") => {
                u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32)
            }
            Some(n) if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (ch, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What follows the tag `rest` starts with, a `>` inside a quoted attribute not ending it.
fn after_tag(rest: &str) -> &str {
    let mut quote = None;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return &rest[i + 1..],
            _ => {}
        }
    }
    ""
}

/// FNV-1a, 64 bits: a fingerprint that shows whether a file changed.
fn fingerprint(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Every file under `root`, by relative path: the fingerprint of its visible text for a
/// page, of its bytes otherwise.
fn fingerprints(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read output folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(root).expect("under root");
            let bytes = std::fs::read(&path).expect("read output");
            let page = matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "svg"));
            let print = if page {
                let text = visible_text(&String::from_utf8_lossy(&bytes));
                format!("text {}", fingerprint(text.as_bytes()))
            } else {
                format!("bytes {}", fingerprint(&bytes))
            };
            out.insert(rel.display().to_string(), print);
        }
    }
    out
}

fn read(env: &Env, rel: &str) -> String {
    std::fs::read_to_string(env.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn listing(root: &Path) -> String {
    fingerprints(root)
        .into_iter()
        .map(|(k, v)| format!("{k}  {v}\n"))
        .collect()
}

/// Fluent writes a placeholder the code did not give as `{$name}`: no page, file or
/// terminal line of the run may hold one.
fn assert_every_placeholder_given(root: &Path, terminal: &str) {
    assert!(!terminal.contains("{$"), "placeholder not given:\n{terminal}");
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read output folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                assert!(
                    !text.contains("{$"),
                    "placeholder not given in {}",
                    path.display()
                );
            }
        }
    }
}

/// A language's terminal, report text and files, against its snapshots.
fn assert_outputs_of(lang: &str) {
    let (env, terminal) = sample_in(lang);
    assert_every_placeholder_given(&env.path("out"), &terminal);
    insta::assert_snapshot!(format!("{lang}_terminal"), terminal);
    insta::assert_snapshot!(
        format!("{lang}_report_text"),
        visible_text(&read(&env, "out/2026-T3/rapport.html"))
    );
    insta::assert_snapshot!(format!("{lang}_files"), listing(&env.path("out")));
}

#[test]
fn french_outputs_keep_their_words_and_bytes() {
    assert_outputs_of("fr");
}

#[test]
fn english_outputs_keep_their_words_and_bytes() {
    assert_outputs_of("en");
}

/// Dutch came with the catalogs: its snapshots hold what it says now, so that a change
/// of a Dutch word is seen and reviewed.
#[test]
fn dutch_outputs_are_held_by_their_snapshots() {
    assert_outputs_of("nl");
}

#[test]
fn visible_text_reads_as_a_browser_shows_it() {
    let page = "<html><head><style>p{color:red}</style></head><body><!-- note -->\
                <p>Santé &amp; <b>logement</b></p><script>var x=1;</script>\
                <p title=\"x>y\">l&#39;aide &#60;5 &#x3C;5 &amp;lt; & co</p></body></html>";
    assert_eq!(visible_text(page), "Santé & logement l'aide <5 <5 &lt; & co");
}
