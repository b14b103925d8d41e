//! No user-facing sentence in the code: every word a user reads comes from the catalogs
//! (`locales/`) or the templates (`templates/`). This scans every `.rs` file under `src/`
//! for string literals that read as words (two words in a row, or a letter with an
//! accent), outside tests and comments. Code that is not words (SQL, HTTP headers, file
//! names, format strings) does not match; a literal that reads as words and is not for a
//! user (a library's error chain, a protocol value) is marked on its line with the
//! comment `// not words: …` saying why.

use std::path::{Path, PathBuf};

/// A string literal of the code: file, line, text.
#[derive(Debug)]
pub struct Literal {
    pub line: usize,
    pub text: String,
    pub marked: bool,
}

/// The string literals of a Rust file, outside comments and outside the items marked
/// `#[cfg(test)]` (a tests module, a test-only function).
pub fn literals(code: &str) -> Vec<Literal> {
    let lines: Vec<&str> = code.lines().collect();
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut depth = 0usize;
    // The depth at which a `#[cfg(test)]` item starts, and whether its body is open.
    let mut test_item: Option<(usize, bool)> = None;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if c == '#' && chars[i..].starts_with(&['#', '[', 'c', 'f', 'g', '(', 't', 'e', 's', 't', ')', ']']) {
            test_item = Some((depth, false));
            i += 12;
        } else if c == '{' {
            if let Some((d, open)) = test_item.as_mut() {
                *open |= depth == *d;
            }
            depth += 1;
            i += 1;
        } else if c == '}' {
            depth = depth.saturating_sub(1);
            if test_item.is_some_and(|(d, open)| open && depth == d) {
                test_item = None;
            }
            i += 1;
        } else if c == ';' && test_item.is_some_and(|(d, open)| !open && depth == d) {
            test_item = None;
            i += 1;
        } else if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == '*' {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A char literal ('x', '\n', '"'); a lifetime ('a) has no closing quote.
            if next == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"' || (c == 'r' && (next == '"' || next == '#') && !ident(&chars, i)) {
            let start_line = line;
            let (text, end) = string_at(&chars, i);
            line += text.matches('\n').count();
            let marked = lines
                .get(start_line - 1)
                .is_some_and(|l| l.contains("// not words"));
            if test_item.is_none() {
                out.push(Literal {
                    line: start_line,
                    text,
                    marked,
                });
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether the character before `i` continues an identifier (`for` is not a raw string).
fn ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The text of the string literal at `i` ("…" or r#"…"#), and the index after it.
fn string_at(chars: &[char], mut i: usize) -> (String, usize) {
    let mut hashes = 0;
    let raw = chars[i] == 'r';
    if raw {
        i += 1;
        while chars.get(i) == Some(&'#') {
            hashes += 1;
            i += 1;
        }
    }
    i += 1;
    let mut text = String::new();
    while i < chars.len() {
        let c = chars[i];
        if !raw && c == '\\' {
            text.push(c);
            text.push(chars.get(i + 1).copied().unwrap_or(' '));
            i += 2;
            continue;
        }
        if c == '"' && (0..hashes).all(|h| chars.get(i + 1 + h) == Some(&'#')) {
            return (text, i + 1 + hashes);
        }
        text.push(c);
        i += 1;
    }
    (text, i)
}

/// Whether a literal reads as words: a letter with an accent, or two words of two
/// letters or more in a row, one of them in lower case. Format placeholders (`{name}`)
/// and escapes are not words.
pub fn reads_as_words(text: &str) -> bool {
    let plain = strip_placeholders(text);
    if plain
        .chars()
        .any(|c| c.is_alphabetic() && !c.is_ascii() && c != 'µ')
    {
        return true;
    }
    let words: Vec<&str> = plain.split(' ').collect();
    words.windows(2).any(|w| {
        let word = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_ascii_alphabetic() || c == '\'');
        word(w[0])
            && word(w[1])
            && (w[0].chars().any(|c| c.is_ascii_lowercase()) || w[1].chars().any(|c| c.is_ascii_lowercase()))
    })
}

fn strip_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth as i32 - 1).max(0) as usize,
            '\\' => {
                chars.next();
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// SQL statements are code, not words.
fn is_sql(text: &str) -> bool {
    let t = text.trim_start();
    [
        "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "PRAGMA ", "WITH ", "BEGIN", "COMMIT",
    ]
    .iter()
    .any(|k| t.starts_with(k))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every literal of `src/` that reads as words and is not marked.
pub fn sentences_left() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let code = std::fs::read_to_string(&path).expect("read source");
        for lit in literals(&code) {
            if !lit.marked && !is_sql(&lit.text) && reads_as_words(&lit.text) {
                let rel = path.strip_prefix(root).unwrap_or(&path).display().to_string();
                out.push(format!("{rel}:{}: {:?}", lit.line, lit.text));
            }
        }
    }
    out
}

#[test]
fn no_sentence_is_left_in_the_code() {
    let left = sentences_left();
    assert!(
        left.is_empty(),
        "{} sentences in the code:\n{}",
        left.len(),
        left.join("\n")
    );
}

#[test]
fn the_scan_finds_words_and_only_words() {
    let code = r####"
/// "Une phrase" in a doc comment is not a literal.
fn f() {
    let a = "valeur obligatoire manquante";
    let b = format!("{n} {m}");
    let c = 'x'; let d = '"'; let e: &'static str = "Durée";
    let sql = "SELECT id FROM partners WHERE token = ?";
    let g = r#"raw "quoted" words here"#;
    let h = "le mot de passe"; // not words: a test value
    let i = "content-type";
}
#[cfg(test)]
pub(crate) mod tests {
    const T: &str = "a test sentence { with a brace";
    fn f() { let s = "nested } words"; }
}
#[cfg(test)]
use crate::x;
fn after() { let z = "after the tests"; }
"####;
    let found: Vec<(usize, String)> = literals(code)
        .into_iter()
        .filter(|l| !l.marked && !is_sql(&l.text) && reads_as_words(&l.text))
        .map(|l| (l.line, l.text))
        .collect();
    assert_eq!(
        found,
        [
            (4, "valeur obligatoire manquante".to_string()),
            (6, "Durée".to_string()),
            (8, "raw \"quoted\" words here".to_string()),
            (19, "after the tests".to_string())
        ]
    );
}
