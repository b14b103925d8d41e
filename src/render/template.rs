//! Blank survey files for partners. A workbook with a needs sheet and a
//! services sheet whose coded columns offer drop-down lists of the taxonomy (so partners
//! cannot mistype), an instructions sheet, and the same two tables as CSV.
//!
//! The instructions sheet and the hidden list sheet start with [`MARKER`], so that a
//! returned template reads back with no rejection for them.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, Worksheet, XlsxError,
};

use crate::model::{Field, Lang};
use crate::taxonomy::{Kind, Taxonomy};

/// First cell of the template's helper sheets (in `model`, below both the writer here and
/// the validation that skips them).
pub use crate::model::TEMPLATE_MARKER as MARKER;

/// Rows offered with drop-downs in each table.
const ROWS: u32 = 2000;

pub const NEED_FIELDS: [Field; 9] = [
    Field::Partenaire,
    Field::Besoin,
    Field::Public,
    Field::Territoire,
    Field::Priorite,
    Field::Personnes,
    Field::Groupe,
    Field::Periode,
    Field::Commentaire,
];

pub const SERVICE_FIELDS: [Field; 9] = [
    Field::Partenaire,
    Field::Service,
    Field::Besoin,
    Field::Public,
    Field::Territoire,
    Field::Capacite,
    Field::Contact,
    Field::Horaires,
    Field::Adresse,
];

/// The header partners see: the SPEC name with its accents in French, the words the
/// reader recognises in English and Dutch.
pub fn header(f: Field, lang: Lang) -> String {
    crate::i18n::t(lang, &format!("classeur-entete-{}", f.code()))
}

/// The priority words of the drop-down, from 1 to 4.
pub fn priority_words(lang: Lang) -> [String; 4] {
    [
        "classeur-priorite-1",
        "classeur-priorite-2",
        "classeur-priorite-3",
        "classeur-priorite-4",
    ]
    .map(|id| crate::i18n::t(lang, id))
}

/// The drop-down lists, as (column title, values): labels in the chosen language.
pub fn lists(t: &Taxonomy, lang: Lang) -> Vec<(Field, Vec<String>)> {
    let labels = |k: Kind| {
        t.list(k)
            .iter()
            .map(|e| e.label(lang).to_string())
            .collect::<Vec<_>>()
    };
    vec![
        (Field::Besoin, labels(Kind::Besoin)),
        (Field::Public, labels(Kind::Public)),
        (Field::Territoire, labels(Kind::Territoire)),
        (Field::Priorite, priority_words(lang).to_vec()),
        (Field::Groupe, labels(Kind::Groupe)),
    ]
}

/// The label of a code of the taxonomy, for the instructions; the code when the
/// taxonomy in use does not have it.
fn label_of<'t>(t: &'t Taxonomy, kind: Kind, code: &'t str, lang: Lang) -> &'t str {
    t.list(kind)
        .iter()
        .find(|e| e.code == code)
        .map_or(code, |e| e.label(lang))
}

/// The lines of the instructions sheet: the title, then each part of the text, a blank
/// line between them. The taxonomy's labels it quotes are those of the drop-down lists.
fn instructions(t: &Taxonomy, lang: Lang) -> Vec<String> {
    use crate::i18n::s;
    let example = format!(
        "{} | {}",
        label_of(t, Kind::Besoin, "aide-alimentaire", lang),
        label_of(t, Kind::Besoin, "acces-droits", lang)
    );
    let parts = [
        crate::i18n::t(lang, "classeur-aide-titre"),
        crate::i18n::t_args(
            lang,
            "classeur-aide-besoins",
            &[("commune", s(label_of(t, Kind::Territoire, "commune", lang)))],
        ),
        crate::i18n::t_args(
            lang,
            "classeur-aide-services",
            &[
                ("exemple", s(example)),
                ("tous", s(label_of(t, Kind::Public, "tous", lang))),
            ],
        ),
        crate::i18n::t(lang, "classeur-aide-fin"),
    ];
    let mut lines = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        lines.extend(part.lines().map(str::to_string));
    }
    lines
}

/// One of the template's sheets of data; `several_needs` when a row may list several
/// needs in one cell (the services), so that the drop-down helps without forbidding.
fn table_sheet(
    ws: &mut Worksheet,
    name: &str,
    several_needs: bool,
    fields: &[Field],
    list_cols: &[(Field, String, usize)],
    lang: Lang,
    partner: Option<&str>,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let bold = Format::new().set_bold();
    for (c, f) in fields.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, header(*f, lang), &bold)?;
        ws.set_column_width(c as u16, 24)?;
        let Some((_, col_letter, len)) = list_cols.iter().find(|(g, _, _)| g == f) else {
            continue;
        };
        let formula = Formula::new(format!(
            "={}!${col_letter}$2:${col_letter}${}",
            list_sheet(lang),
            len + 1
        ));
        let mut dv = DataValidation::new()
            .allow_list_formula(formula)
            .ignore_blank(true);
        if several_needs && *f == Field::Besoin {
            // Several needs may be listed in one cell: the list helps, it does not forbid.
            dv = dv.set_error_style(DataValidationErrorStyle::Information);
        }
        ws.add_data_validation(1, c as u16, ROWS, c as u16, &dv)?;
    }
    if let Some(partner) = partner {
        fill_partner(ws, fields, partner)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The partner's name in the `partenaire` column of every row, shown as soon as the row's
/// `besoin` is filled: a formula whose saved result is empty, so that the rows a partner
/// leaves blank stay blank (not rows with a name and nothing else).
fn fill_partner(ws: &mut Worksheet, fields: &[Field], partner: &str) -> Result<(), XlsxError> {
    let (Some(name_col), Some(need_col)) = (
        fields.iter().position(|f| *f == Field::Partenaire),
        fields.iter().position(|f| *f == Field::Besoin),
    ) else {
        return Ok(());
    };
    let letter = char::from(b'A' + need_col as u8);
    let quoted = partner.replace('"', "\"\"");
    for row in 1..=ROWS {
        let formula = Formula::new(format!("=IF({letter}{}=\"\",\"\",\"{quoted}\")", row + 1)).set_result("");
        ws.write_formula(row, name_col as u16, formula)?;
    }
    Ok(())
}

/// The name of the hidden sheet of the drop-down lists.
fn list_sheet(lang: Lang) -> String {
    crate::i18n::t(lang, "classeur-modele-feuille-listes")
}

/// The template workbook, as bytes.
pub fn workbook(t: &Taxonomy, lang: Lang, date: (u16, u8, u8)) -> Result<Vec<u8>, XlsxError> {
    workbook_for(t, lang, date, None)
}

/// The template workbook, with `partner`'s name filled in each row that gets a need (the
/// portal hands each partner its own).
pub fn workbook_for(
    t: &Taxonomy,
    lang: Lang,
    date: (u16, u8, u8),
    partner: Option<&str>,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let title = crate::i18n::t(lang, "classeur-modele-titre");
    wb.set_properties(&crate::render::xlsx::properties(&title, date)?);
    let lists = lists(t, lang);
    let letters = ["A", "B", "C", "D", "E", "F"];
    let list_cols: Vec<(Field, String, usize)> = lists
        .iter()
        .enumerate()
        .map(|(i, (f, v))| (*f, letters[i + 1].to_string(), v.len()))
        .collect();

    let needs = wb.add_worksheet();
    table_sheet(
        needs,
        &crate::i18n::t(lang, "classeur-modele-feuille-besoins"),
        false,
        &NEED_FIELDS,
        &list_cols,
        lang,
        partner,
    )?;
    let services = wb.add_worksheet();
    table_sheet(
        services,
        &crate::i18n::t(lang, "classeur-modele-feuille-services"),
        true,
        &SERVICE_FIELDS,
        &list_cols,
        lang,
        partner,
    )?;

    let help = wb.add_worksheet();
    help.set_name(crate::i18n::t(lang, "classeur-modele-feuille-aide"))?;
    help.write_string(0, 0, MARKER)?;
    let big = Format::new().set_bold().set_font_size(14);
    for (i, line) in instructions(t, lang).iter().enumerate() {
        if i == 0 {
            help.write_string_with_format(1, 0, line, &big)?;
        } else {
            help.write_string(i as u32 + 1, 0, line)?;
        }
    }
    help.set_column_width(0, 110)?;

    let codes = wb.add_worksheet();
    codes.set_name(list_sheet(lang))?;
    codes.write_string(0, 0, MARKER)?;
    for (i, (f, values)) in lists.iter().enumerate() {
        let c = i as u16 + 1;
        codes.write_string(0, c, header(*f, lang))?;
        for (r, v) in values.iter().enumerate() {
            codes.write_string(r as u32 + 1, c, v)?;
        }
    }
    codes.set_hidden(true);
    wb.save_to_buffer()
}

/// A CSV template: the header only, `;`-separated, UTF-8 with BOM so that Excel shows the
/// accents right.
pub fn csv_template(fields: &[Field], lang: Lang) -> Vec<u8> {
    let mut s = String::from("\u{FEFF}");
    s.push_str(
        &fields
            .iter()
            .map(|f| header(*f, lang))
            .collect::<Vec<_>>()
            .join(";"),
    );
    s.push_str("\r\n");
    s.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_drop_down_value_is_recognised() {
        let t = Taxonomy::default_embedded();
        for lang in [Lang::Fr, Lang::En] {
            for (field, values) in lists(&t, lang) {
                for v in values {
                    let ok = match field {
                        Field::Besoin => t.resolve(Kind::Besoin, &v).is_some(),
                        Field::Public => t.resolve(Kind::Public, &v).is_some(),
                        Field::Territoire => t.resolve(Kind::Territoire, &v).is_some(),
                        Field::Groupe => t.resolve(Kind::Groupe, &v).is_some(),
                        Field::Priorite => crate::validate::parse_priority(&v).is_some(),
                        _ => false,
                    };
                    assert!(ok, "{field} {v:?} ({lang:?})");
                }
            }
        }
    }

    #[test]
    fn the_instructions_keep_their_lines_and_quote_the_lists_labels() {
        let t = Taxonomy::default_embedded();
        let fr = instructions(&t, Lang::Fr);
        assert_eq!(fr[0], "Cadastre des besoins : modèle à remplir chaque trimestre");
        assert_eq!(fr[1], "");
        assert_eq!(
            fr[4],
            "  Territoire : une section de Waremme, ou « Toute la commune » (valeur par défaut si vide)."
        );
        assert_eq!(fr.len(), 19);
        let nl = instructions(&t, Lang::Nl);
        assert_eq!(nl.len(), 19);
        assert_eq!(
            nl[2],
            "Blad ‘Behoeften’: één rij per behoefte die u bij uw doelgroep vaststelt."
        );
        let all = t.list(Kind::Public).iter().find(|e| e.code == "tous").unwrap();
        assert!(nl.contains(&format!(
            "  Doelgroep: ‘{}’ als de dienst voor iedereen openstaat.",
            all.label(Lang::Nl)
        )));
        assert_eq!(
            priority_words(Lang::Nl),
            ["laag", "gemiddeld", "hoog", "dringend"]
        );
        assert_eq!(header(Field::Personnes, Lang::Nl), "Aantal personen");
        assert_eq!(header(Field::Horaires, Lang::Nl), "Openingsuren");
    }

    #[test]
    fn headers_are_recognised() {
        for lang in [Lang::Fr, Lang::En] {
            for f in NEED_FIELDS.iter().chain(SERVICE_FIELDS.iter()) {
                assert_eq!(Field::from_header(&header(*f, lang)), Some(*f));
            }
        }
    }
}
