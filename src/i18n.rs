//! The words of the pages and messages, from Project Fluent catalogs: one folder per
//! language (`locales/fr`, `locales/en`, `locales/nl`), one file per family of words
//! (`partenaires.ftl`, `rapport.ftl`…), embedded in the program at build time. Plurals
//! and grammar live in the catalogs (`{ $n -> [one] … *[other] … }`), never in the code.
//! A message id is unique across the families of a language.
//!
//! One bundle per language, built once and shared by every thread (the concurrent flavour
//! of fluent's memoizer). Unicode isolation marks are off: the words go into HTML and the
//! terminal, where they would only be stray invisible characters.
//!
//! A message the catalog lacks, or a placeholder the code does not give, never panics: the
//! message's id (or the text with the placeholder's name) is returned and the miss is
//! recorded, so that tests fail on it ([`misses`]).

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;

use crate::model::Lang;

/// The families of words, one catalog file each per language.
pub const FAMILIES: [&str; 12] = [
    "partenaires",
    "rapport",
    "graphiques",
    "guide",
    "classeur",
    "lecture",
    "terminal",
    "aide",
    "portail",
    "benevoles",
    "portail-benevoles",
    "courriel",
];

/// The catalog files of one language, in the order of [`FAMILIES`].
macro_rules! families {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/partenaires.ftl")),
            include_str!(concat!("../locales/", $lang, "/rapport.ftl")),
            include_str!(concat!("../locales/", $lang, "/graphiques.ftl")),
            include_str!(concat!("../locales/", $lang, "/guide.ftl")),
            include_str!(concat!("../locales/", $lang, "/classeur.ftl")),
            include_str!(concat!("../locales/", $lang, "/lecture.ftl")),
            include_str!(concat!("../locales/", $lang, "/terminal.ftl")),
            include_str!(concat!("../locales/", $lang, "/aide.ftl")),
            include_str!(concat!("../locales/", $lang, "/portail.ftl")),
            include_str!(concat!("../locales/", $lang, "/benevoles.ftl")),
            include_str!(concat!("../locales/", $lang, "/portail-benevoles.ftl")),
            include_str!(concat!("../locales/", $lang, "/courriel.ftl")),
        ]
    };
}

/// The catalogs, by language: (language, language tag, the text of each family's file).
pub const CATALOGS: [(Lang, &str, [&str; FAMILIES.len()]); 3] = [
    (Lang::Fr, "fr-BE", families!("fr")),
    (Lang::En, "en-GB", families!("en")),
    (Lang::Nl, "nl-BE", families!("nl")),
];

type Bundle = FluentBundle<FluentResource>;

/// A language's bundle, and its messages without placeholders already formatted: a page
/// asks for its column names on every row, and a region's run has hundreds of thousands.
struct Catalog {
    bundle: Bundle,
    plain: rustc_hash::FxHashMap<String, String>,
}

/// The catalog of a language, built on first use.
fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS_BUILT: OnceLock<Vec<Catalog>> = OnceLock::new();
    let all = CATALOGS_BUILT.get_or_init(|| {
        CATALOGS
            .iter()
            .map(|(_, tag, texts)| {
                let bundle = build(tag, texts);
                let plain = plain_messages(&bundle, texts);
                Catalog { bundle, plain }
            })
            .collect()
    });
    let i = CATALOGS.iter().position(|(l, _, _)| *l == lang).unwrap_or(0);
    &all[i]
}

/// The messages that format without any placeholder, formatted.
fn plain_messages(bundle: &Bundle, texts: &[&str]) -> rustc_hash::FxHashMap<String, String> {
    let mut out = rustc_hash::FxHashMap::default();
    for text in texts {
        let Ok(resource) = FluentResource::try_new(text.to_string()) else {
            continue;
        };
        plain_of(bundle, &resource, &mut out);
    }
    out
}

fn plain_of(bundle: &Bundle, resource: &FluentResource, out: &mut rustc_hash::FxHashMap<String, String>) {
    for entry in resource.entries() {
        let fluent_syntax::ast::Entry::Message(m) = entry else {
            continue;
        };
        let Some(pattern) = bundle.get_message(m.id.name).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            out.insert(m.id.name.to_string(), value.into_owned());
        }
    }
}

/// A bundle from a language's catalog files. A catalog with syntax errors still gives the
/// messages it could read; the test of the catalogs fails on the errors.
fn build(tag: &str, texts: &[&str]) -> Bundle {
    let langid = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for text in texts {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        // Two messages with one id is an error of the catalogs, caught by their test.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Ids asked for and not found, or placeholders not given: "lang:id" or "lang:id:error".
fn missed() -> &'static Mutex<BTreeSet<String>> {
    static MISSED: OnceLock<Mutex<BTreeSet<String>>> = OnceLock::new();
    MISSED.get_or_init(Default::default)
}

/// Every id asked for, for the test that each message of the catalogs is used (test
/// builds only: a run asks hundreds of thousands of times).
/// Whole-number digits with a separator every three from the right: `1048576` with `' '`
/// is `1 048 576` (French), with `','` `1,048,576` (English).
pub fn group_thousands(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() * 4 / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// How a language writes numbers: (thousands separator, decimal point). French
/// `1 048 576,5`, English `1,048,576.5`, Dutch `1.048.576,5`.
pub fn number_marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::Fr => (' ', ','),
        Lang::En => (',', '.'),
        Lang::Nl => ('.', ','),
    }
}

/// A size in bytes as a number of megabytes, written as `lang` writes numbers, to the
/// kilobyte: `20` for 20 000 000, `0,1` (French) or `0.1` (English) for 100 000.
pub fn megabytes(lang: Lang, bytes: u64) -> String {
    let (sep, point) = number_marks(lang);
    let kilobytes = (bytes + 500) / 1_000;
    let whole = group_thousands(&(kilobytes / 1_000).to_string(), sep);
    let fraction = format!("{:03}", kilobytes % 1_000);
    match fraction.trim_end_matches('0') {
        "" => whole,
        digits => format!("{whole}{point}{digits}"),
    }
}

#[cfg(test)]
fn asked() -> &'static Mutex<BTreeSet<String>> {
    static ASKED: OnceLock<Mutex<BTreeSet<String>>> = OnceLock::new();
    ASKED.get_or_init(Default::default)
}

fn note(set: &Mutex<BTreeSet<String>>, what: String) {
    set.lock().unwrap_or_else(|e| e.into_inner()).insert(what);
}

/// The misses so far (message ids not found, placeholders not given).
pub fn misses() -> Vec<String> {
    missed()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .cloned()
        .collect()
}

/// Every message id asked for so far.
#[cfg(test)]
pub fn asked_ids() -> Vec<String> {
    asked()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .cloned()
        .collect()
}

/// A message without placeholders.
pub fn t(lang: Lang, id: &str) -> String {
    word(lang, id).map_or_else(|| t_args(lang, id, &[]), str::to_string)
}

/// A message without placeholders, borrowed from the catalog; `None` when the catalog has
/// no such message (or it needs placeholders).
pub fn word(lang: Lang, id: &str) -> Option<&'static str> {
    #[cfg(test)]
    note(asked(), id.to_string());
    catalog(lang).plain.get(id).map(String::as_str)
}

/// A message with its placeholders: `t_args(lang, "chiffre-rejets", &[("n", n(3))])`.
pub fn t_args(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    #[cfg(test)]
    note(asked(), id.to_string());
    let bundle = &catalog(lang).bundle;
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        note(missed(), format!("{lang:?}:{id}"));
        return id.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        fargs.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    for e in errors {
        note(missed(), format!("{lang:?}:{id}:{e}"));
    }
    text.into_owned()
}

/// A count as a placeholder value.
pub fn n(v: u64) -> FluentValue<'static> {
    FluentValue::from(v)
}

/// A text as a placeholder value.
pub fn s<'a>(v: impl Into<std::borrow::Cow<'a, str>>) -> FluentValue<'a> {
    FluentValue::String(v.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeMap;

    /// Message id -> the variables it refers to, from a catalog's syntax tree.
    fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        let res =
            fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("catalog: {errors:?}"));
        let mut out = BTreeMap::new();
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{} twice",
                    m.id.name
                );
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    /// The messages of one language, all families together.
    fn all_messages(lang: usize) -> BTreeMap<String, BTreeSet<String>> {
        CATALOGS[lang].2.iter().flat_map(|text| messages(text)).collect()
    }

    #[test]
    fn every_catalog_has_the_same_messages_with_the_same_placeholders() {
        for (f, family) in FAMILIES.iter().enumerate() {
            let fr = messages(CATALOGS[0].2[f]);
            for (lang, _, texts) in &CATALOGS[1..] {
                let other = messages(texts[f]);
                let only_fr: Vec<_> = fr.keys().filter(|k| !other.contains_key(*k)).collect();
                let only_other: Vec<_> = other.keys().filter(|k| !fr.contains_key(*k)).collect();
                assert!(
                    only_fr.is_empty() && only_other.is_empty(),
                    "{family}: fr only {only_fr:?}, {lang:?} only {only_other:?}"
                );
                for (id, vars) in &fr {
                    assert_eq!(vars, &other[id], "{family}, {lang:?}: placeholders of {id}");
                }
            }
        }
        assert!(!all_messages(0).is_empty());
    }

    #[test]
    fn no_message_id_is_in_two_families() {
        for (lang, _, texts) in &CATALOGS {
            let mut seen = BTreeMap::new();
            for (f, text) in texts.iter().enumerate() {
                for id in messages(text).into_keys() {
                    if let Some(other) = seen.insert(id.clone(), FAMILIES[f]) {
                        panic!("{lang:?}: {id} in both {other} and {}", FAMILIES[f]);
                    }
                }
            }
        }
    }

    /// The text of every source file and template, for the scans below.
    fn sources() -> Vec<(String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        let mut stack = vec![root.join("src"), root.join("templates")];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    out.push((path.display().to_string(), text));
                }
            }
        }
        out
    }

    /// The ids the code names in a call of the catalogs: `t(lang, "id")`,
    /// `t_args(lang, "id", …)`, `word(lang, "id")`, `w.t("id")` in a template.
    fn named_ids(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for call in ["t(", "t_args(", "word("] {
            for (at, _) in text.match_indices(call) {
                let before = text[..at].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let args = &text[at + call.len()..];
                let Some(quote) = args.find(['"', ')']) else {
                    continue;
                };
                let first = args[..quote].trim();
                let plain_first = first.is_empty()
                    || (first.ends_with(',')
                        && first[..first.len() - 1]
                            .trim()
                            .chars()
                            .all(|c| c.is_alphanumeric() || "_.:()".contains(c)));
                if !args[quote..].starts_with('"') || !plain_first {
                    continue;
                }
                let id: String = args[quote + 1..].chars().take_while(|c| *c != '"').collect();
                if id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    out.push(id);
                }
            }
        }
        out
    }

    #[test]
    fn every_id_the_code_names_is_in_the_catalogs() {
        let known = all_messages(0);
        let mut missing = Vec::new();
        // This file names ids only in its documentation and tests.
        for (path, text) in sources().into_iter().filter(|(p, _)| !p.ends_with("i18n.rs")) {
            for id in named_ids(&text) {
                if !known.contains_key(&id) && id != "pas-de-tel-message" {
                    missing.push(format!("{path}: {id}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "ids named in the code, not in the catalogs: {missing:?}"
        );
    }

    /// Every message is named somewhere in the code or the templates: as `"id"`, or by a
    /// prefix the code completes (`format!("statut-{}", …)` names every `statut-…`).
    #[test]
    fn every_message_is_named_in_the_code() {
        let texts: Vec<String> = sources().into_iter().map(|(_, t)| t).collect();
        let mut prefixes = BTreeSet::new();
        for text in &texts {
            for (at, _) in text.match_indices("-{") {
                let start = text[..at]
                    .rfind(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
                    .unwrap_or(0);
                if text[start..].starts_with('"') && start + 1 < at {
                    prefixes.insert(text[start + 1..=at].to_string());
                }
            }
        }
        let unused: Vec<String> = all_messages(0)
            .into_keys()
            .filter(|id| {
                let quoted = format!("\"{id}\"");
                !texts.iter().any(|t| t.contains(&quoted))
                    && !prefixes.iter().any(|p| id.starts_with(p.as_str()))
            })
            .collect();
        assert!(unused.is_empty(), "messages never named: {unused:?}");
    }

    #[test]
    fn the_scan_finds_the_ids_of_every_call_form() {
        let code = r#"t(lang, "a-b") t_args(self.lang, "c", &[]) w.t("d") word(Lang::Fr, "e") not(lang, "x") t(format!("y"))"#;
        assert_eq!(named_ids(code), ["a-b", "d", "c", "e"]);
    }

    #[test]
    fn sizes_are_written_in_megabytes_as_each_language_writes_numbers() {
        assert_eq!(megabytes(Lang::Fr, 20_000_000), "20");
        assert_eq!(megabytes(Lang::Fr, 100_000), "0,1");
        assert_eq!(megabytes(Lang::En, 100_000), "0.1");
        assert_eq!(megabytes(Lang::Nl, 1_250_000), "1,25");
        assert_eq!(megabytes(Lang::En, 2_500_000_000), "2,500");
        assert_eq!(megabytes(Lang::Fr, 2_000), "0,002");
        assert_eq!(megabytes(Lang::Fr, 400), "0");
    }

    #[test]
    fn a_missing_message_gives_its_id_and_is_recorded() {
        assert_eq!(t(Lang::Fr, "pas-de-tel-message"), "pas-de-tel-message");
        assert!(misses().iter().any(|m| m == "Fr:pas-de-tel-message"));
    }

    #[test]
    fn plurals_come_from_the_catalog() {
        let fr = |v| t_args(Lang::Fr, "chiffre-rejets", &[("n", n(v))]);
        assert_eq!(fr(1), "ligne à corriger");
        assert_eq!(fr(3), "lignes à corriger");
        assert_eq!(fr(0), "ligne à corriger", "French counts zero in the singular");
        assert_eq!(
            t_args(Lang::En, "chiffre-rejets", &[("n", n(1))]),
            "row to correct"
        );
        assert_eq!(
            t_args(Lang::En, "chiffre-rejets", &[("n", n(0))]),
            "rows to correct"
        );
    }

    /// Every message of the partner sheets' catalog is what the sheets and their terminal
    /// text ask for, with every placeholder given: all pages and texts rendered from runs
    /// that reach every branch.
    #[test]
    fn the_code_asks_for_every_message_and_gives_every_placeholder() {
        crate::render::sheets::tests::render_every_branch();
        let mine: Vec<String> = misses()
            .into_iter()
            .filter(|m| !m.contains("pas-de-tel-message"))
            .collect();
        assert!(mine.is_empty(), "missing messages or placeholders: {mine:?}");
        let asked: BTreeSet<String> = asked_ids().into_iter().collect();
        let unused: Vec<String> = messages(CATALOGS[0].2[0])
            .into_keys()
            .filter(|id| !asked.contains(id))
            .collect();
        assert!(unused.is_empty(), "messages never asked for: {unused:?}");
    }
}
