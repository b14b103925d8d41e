//! The sheets and their index as HTML, from the template files under
//! `templates/partenaires/` (askama: compiled with the program, every value escaped unless
//! the code made it HTML, such as the contact links of [`crate::render::guide::linkify`]).

use askama::Template;

use crate::model::Lang;

use super::view::{Index, Sheet};

/// The catalog's words, for the templates: `{{ w.t("col-besoin") }}`.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub Lang);

impl Words {
    /// A word of the catalog, borrowed (the templates ask for each column name on every
    /// row); a missing one goes through [`crate::i18n::t`], which records it.
    pub fn t(&self, id: &str) -> std::borrow::Cow<'static, str> {
        match crate::i18n::word(self.0, id) {
            Some(w) => w.into(),
            None => crate::i18n::t(self.0, id).into(),
        }
    }

    /// The language's code, for `<html lang="…">`.
    pub fn code(&self) -> &'static str {
        lang_code(self.0)
    }
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
        Lang::Nl => "nl",
    }
}

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
