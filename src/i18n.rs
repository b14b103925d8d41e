//! The words of the pages, from Project Fluent catalogs: one file per language and page
//! family (`locales/fr/partenaires.ftl`, `locales/en/partenaires.ftl`), embedded in the
//! program at build time. Plurals and grammar live in the catalogs (`{ $n -> [one] …
//! *[other] … }`), never in the code.
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

/// The catalogs, by language: (language tag, catalog text).
pub const CATALOGS: [(Lang, &str, &str); 2] = [
    (Lang::Fr, "fr-BE", include_str!("../locales/fr/partenaires.ftl")),
    (Lang::En, "en-GB", include_str!("../locales/en/partenaires.ftl")),
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
            .map(|(_, tag, text)| {
                let bundle = build(tag, text);
                let plain = plain_messages(&bundle, text);
                Catalog { bundle, plain }
            })
            .collect()
    });
    let i = CATALOGS.iter().position(|(l, _, _)| *l == lang).unwrap_or(0);
    &all[i]
}

/// The messages that format without any placeholder, formatted.
fn plain_messages(bundle: &Bundle, text: &str) -> rustc_hash::FxHashMap<String, String> {
    let mut out = rustc_hash::FxHashMap::default();
    let Ok(resource) = FluentResource::try_new(text.to_string()) else {
        return out;
    };
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
    out
}

/// A bundle from a catalog's text. A catalog with syntax errors still gives the messages
/// it could read; the test of the catalogs fails on the errors.
fn build(tag: &str, text: &str) -> Bundle {
    let langid = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    // Two messages with one id is an error of the catalog, caught by its test.
    let _ = bundle.add_resource(resource);
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

    #[test]
    fn every_catalog_has_the_same_messages_with_the_same_placeholders() {
        let fr = messages(CATALOGS[0].2);
        let en = messages(CATALOGS[1].2);
        assert!(!fr.is_empty());
        let only_fr: Vec<_> = fr.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<_> = en.keys().filter(|k| !fr.contains_key(*k)).collect();
        assert!(
            only_fr.is_empty() && only_en.is_empty(),
            "fr only {only_fr:?}, en only {only_en:?}"
        );
        for (id, vars) in &fr {
            assert_eq!(vars, &en[id], "placeholders of {id}");
        }
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

    /// Every message of the catalogs, and only those, is what the sheets and the terminal
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
        let unused: Vec<String> = messages(CATALOGS[0].2)
            .into_keys()
            .filter(|id| !asked.contains(id))
            .collect();
        assert!(unused.is_empty(), "messages never asked for: {unused:?}");
    }
}
