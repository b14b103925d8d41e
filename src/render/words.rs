//! The catalog's words as the page templates ask for them (`{{ w.t("col-besoin") }}`) and
//! the page's `lang` attribute. Every page module uses it (report, guide, partner sheets,
//! portal): it lies below them all, so none of them imports another for it.

use crate::model::Lang;

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

/// The language's code, for `<html lang="…">`.
pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
        Lang::Nl => "nl",
    }
}
