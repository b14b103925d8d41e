//! The sheets and their index as HTML, from the template files under
//! `templates/partenaires/` (askama: compiled with the program, every value escaped unless
//! the code made it HTML, such as the contact links of [`crate::render::guide::linkify`]).

use askama::Template;

use crate::render::words::{lang_code, Words};

use super::view::{Index, Sheet};

#[derive(Template)]
#[template(path = "partenaires/fiche.html")]
struct SheetPage<'a> {
    s: &'a Sheet,
    w: Words,
    lang_code: &'static str,
    title: String,
    subtitle: String,
    /// The needs table's column names for a phone's layout, as CSS (see [`column_labels`]).
    needs_labels: String,
}

#[derive(Template)]
#[template(path = "partenaires/index.html")]
struct IndexPage<'a> {
    ix: &'a Index,
    w: Words,
    lang_code: &'static str,
    title: String,
}

/// A partner's sheet.
pub fn sheet(s: &Sheet) -> askama::Result<String> {
    use crate::i18n::{s as text, t_args};
    let period = || text(s.period.as_str());
    SheetPage {
        s,
        w: Words(s.lang),
        lang_code: lang_code(s.lang),
        title: t_args(
            s.lang,
            "fiche-titre",
            &[("partenaire", text(s.name.as_str())), ("periode", period())],
        ),
        subtitle: t_args(s.lang, "fiche-sous-titre", &[("periode", period())]),
        needs_labels: column_labels("besoins", &NEEDS_COLUMNS.map(|id| crate::i18n::t(s.lang, id))),
    }
    .render()
}

/// The needs table's columns, in order: a region's partner has a row for each of the
/// taxonomy's 1,536 cells, and its page names them once here instead of in every cell.
const NEEDS_COLUMNS: [&str; 8] = [
    "col-besoin",
    "col-public",
    "col-territoire",
    "col-priorite",
    "col-ses-personnes",
    "col-statut",
    "col-sans-reponse",
    "col-suite",
];

/// The CSS that shows each cell's column name before it on a phone, for the table of class
/// `class` (`table.stack.colonnes`): the rule `data-label` gives other tables, written once
/// per column. Each name is a CSS string escaped to its characters (no quote, backslash,
/// `<` or control character survives), so a catalog's words cannot end the string or the
/// style element.
fn column_labels(class: &str, labels: &[String]) -> String {
    let mut css = String::from("@media (max-width: 640px) {\n");
    for (i, label) in labels.iter().enumerate() {
        css.push_str(&format!(
            "  table.{class} td:nth-child({}):not(:empty)::before {{ content: \"{}\"; }}\n",
            i + 1,
            css_string(label)
        ));
    }
    css.push_str("}\n");
    css
}

/// The inside of a double-quoted CSS string: letters, digits, spaces and punctuation other
/// than `"`, `\\`, `<`, `>` and `&` as they are, anything else as a CSS escape.
fn css_string(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() || (c.is_ascii_punctuation() && !"\"\\<>&".contains(c)) || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", c as u32);
        }
    }
    out
}

/// The list of sheets.
pub fn index(ix: &Index) -> askama::Result<String> {
    IndexPage {
        ix,
        w: Words(ix.lang),
        lang_code: lang_code(ix.lang),
        title: crate::i18n::t_args(
            ix.lang,
            "index-titre",
            &[("periode", crate::i18n::s(ix.period.as_str()))],
        ),
    }
    .render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_cannot_leave_their_css_string() {
        let css = column_labels(
            "besoins",
            &[
                "Orienter vers, ou qui d'autre".into(),
                "a\"b\\c</style><script>\n".into(),
            ],
        );
        assert!(css.contains(
            r#"td:nth-child(1):not(:empty)::before { content: "Orienter vers, ou qui d'autre"; }"#
        ));
        assert!(
            css.contains(r#"content: "a\22 b\5c c\3c /style\3e \3c script\3e \a "; }"#),
            "{css}"
        );
        assert!(!css.contains("</"));
        assert_eq!(
            css_string("Priorité · Sans réponse"),
            "Priorité \\b7  Sans réponse"
        );
    }
}
