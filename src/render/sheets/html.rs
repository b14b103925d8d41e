//! The sheets and their index as HTML, from the template files under
//! `templates/partenaires/` (askama: compiled with the program, every value escaped unless
//! the code made it HTML, such as the contact links of [`crate::render::guide::linkify`]).

use askama::Template;

use crate::render::words::{lang_code, Words};

use super::view::{Index, Rejects, Sheet};

#[derive(Template)]
#[template(path = "partenaires/fiche.html")]
struct SheetPage<'a> {
    s: &'a Sheet,
    w: Words,
    lang_code: &'static str,
    title: String,
    subtitle: String,
    /// The column names of its tables of class `colonnes`, for a phone's layout, as CSS
    /// (see [`column_labels`]).
    labels: String,
}

#[derive(Template)]
#[template(path = "partenaires/index.html")]
struct IndexPage<'a> {
    ix: &'a Index,
    w: Words,
    lang_code: &'static str,
    title: String,
    labels: String,
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
        labels: sheet_labels(s),
    }
    .render()
}

/// The column names of the sheet's tables that have many rows at a region's scale: the
/// tables it sent (one per file), the files past the rejected rows' bound, and its need
/// cells (up to the taxonomy's 1,536), named once here instead of in every cell.
fn sheet_labels(s: &Sheet) -> String {
    let mut css = labels(s.lang, "envoi", &SENT_COLUMNS);
    css.push_str(&reject_labels(s.lang, &s.rejets));
    if s.besoins_counted.is_some() {
        // Grouped by need and public, its rows start at the territory.
        css.push_str(&labels(s.lang, "groupes", &NEEDS_COLUMNS[2..]));
    } else {
        css.push_str(&labels(s.lang, "besoins", &NEEDS_COLUMNS));
    }
    css
}

/// The column names of a page's tables of rejected rows, when it has them.
fn reject_labels(lang: crate::model::Lang, rejets: &Rejects) -> String {
    let mut css = String::new();
    if !rejets.groups.is_empty() {
        css.push_str(&labels(lang, "rejets", &REJECT_COLUMNS));
    }
    if !rejets.rest.is_empty() {
        css.push_str(&labels(lang, "reste", &REST_COLUMNS));
    }
    css
}

fn labels(lang: crate::model::Lang, class: &str, ids: &[&str]) -> String {
    let words: Vec<String> = ids.iter().map(|id| crate::i18n::t(lang, id)).collect();
    column_labels(class, &words)
}

/// The columns of each table of class `colonnes`, in order.
const SENT_COLUMNS: [&str; 7] = [
    "col-fichier",
    "col-feuille",
    "col-tableau",
    "col-lues",
    "col-utilisees",
    "col-rejetees",
    "col-remarque",
];
const REJECT_COLUMNS: [&str; 5] = [
    "col-feuille",
    "col-ligne",
    "col-colonne",
    "col-valeur",
    "col-probleme",
];
const REST_COLUMNS: [&str; 3] = ["col-fichier", "col-problemes", "col-par-colonne"];
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
        labels: reject_labels(ix.lang, &ix.rejets),
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
