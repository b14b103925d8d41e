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
    }
    .render()
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
