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

/// First cell of the template's helper sheets: such a sheet is not partner data.
pub const MARKER: &str = "[cadastre:modele]";

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

/// The header partners see: the SPEC name with its accents, which the reader recognises.
pub fn header(f: Field, lang: Lang) -> &'static str {
    match (f, lang) {
        (Field::Partenaire, Lang::Fr) => "Partenaire",
        (Field::Besoin, Lang::Fr) => "Besoin",
        (Field::Public, Lang::Fr) => "Public",
        (Field::Territoire, Lang::Fr) => "Territoire",
        (Field::Priorite, Lang::Fr) => "Priorité",
        (Field::Personnes, Lang::Fr) => "Personnes",
        (Field::Groupe, Lang::Fr) => "Groupe",
        (Field::Domaine, Lang::Fr) => "Domaine",
        (Field::Periode, Lang::Fr) => "Période",
        (Field::Commentaire, Lang::Fr) => "Commentaire",
        (Field::Service, Lang::Fr) => "Service",
        (Field::Capacite, Lang::Fr) => "Capacité",
        (Field::Contact, Lang::Fr) => "Contact",
        (Field::Horaires, Lang::Fr) => "Horaires",
        (Field::Adresse, Lang::Fr) => "Adresse",
        (f, Lang::En | Lang::Nl) => match f {
            Field::Partenaire => "Partner",
            Field::Besoin => "Need",
            Field::Public => "Audience",
            Field::Territoire => "Territory",
            Field::Priorite => "Priority",
            Field::Personnes => "People",
            Field::Groupe => "Group",
            Field::Domaine => "Domain",
            Field::Periode => "Period",
            Field::Commentaire => "Comment",
            Field::Service => "Service",
            Field::Capacite => "Capacity",
            Field::Contact => "Contact",
            Field::Horaires => "Hours",
            Field::Adresse => "Address",
        },
    }
}

/// The priority words of the drop-down.
pub fn priority_words(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Fr => ["faible", "moyenne", "haute", "urgente"],
        Lang::En | Lang::Nl => ["low", "medium", "high", "urgent"],
    }
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
        (Field::Priorite, priority_words(lang).map(String::from).to_vec()),
        (Field::Groupe, labels(Kind::Groupe)),
    ]
}

fn instructions(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::Fr => vec![
            "Cadastre des besoins : modèle à remplir chaque trimestre",
            "",
            "Feuille « Besoins » : une ligne par besoin que vous constatez chez votre public.",
            "  Obligatoire : Partenaire (votre organisation), Besoin, Public, Priorité.",
            "  Territoire : une section de Waremme, ou « Toute la commune » (valeur par défaut si vide).",
            "  Priorité : faible, moyenne, haute ou urgente (ou 1 à 4, 4 = le plus urgent).",
            "  Personnes : nombre estimé de personnes concernées ce trimestre (nombre entier), si vous le savez.",
            "  Période : facultative, par exemple 2026-T3.",
            "",
            "Feuille « Services » : une ligne par service que vous proposez.",
            "  Obligatoire : Partenaire, Service (son nom), Besoin, Public.",
            "  Besoin : un ou plusieurs besoins couverts, séparés par « | » (ex. Aide alimentaire | Accès aux droits).",
            "  Public : « Tous publics » si le service est ouvert à tous.",
            "  Capacité : nombre de personnes que le service peut accueillir ce trimestre, si vous le savez.",
            "  Contact, Horaires, Adresse : repris dans le guide des services pour les intervenants.",
            "",
            "Choisissez les valeurs dans les listes déroulantes : elles sont reconnues telles quelles.",
            "Ne renommez pas les colonnes ; vous pouvez ajouter des lignes, pas de lignes de titre au-dessus des en-têtes.",
            "La liste complète des codes : commande « cadastre taxonomie ».",
        ],
        Lang::En | Lang::Nl => vec![
            "Needs map: the survey to fill in each quarter",
            "",
            "Sheet 'Needs': one row per need you see in your public.",
            "  Required: Partner (your organisation), Need, Audience, Priority.",
            "  Territory: a section of Waremme, or 'Whole municipality' (the default when empty).",
            "  Priority: low, medium, high or urgent (or 1 to 4, 4 = most urgent).",
            "  People: estimated number of people concerned this quarter (whole number), if known.",
            "  Period: optional, e.g. 2026-T3.",
            "",
            "Sheet 'Services': one row per service you run.",
            "  Required: Partner, Service (its name), Need, Audience.",
            "  Need: one or more needs covered, separated by '|' (e.g. Food aid | Access to rights).",
            "  Audience: 'All publics' if the service is open to everyone.",
            "  Capacity: people the service can take this quarter, if known.",
            "  Contact, Hours, Address: shown in the services guide for field workers.",
            "",
            "Pick values from the drop-down lists: they are recognised as they are.",
            "Do not rename the columns; add rows, but no title rows above the headers.",
            "The full list of codes: command 'cadastre taxonomy'.",
        ],
    }
}

fn table_sheet(
    ws: &mut Worksheet,
    name: &str,
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
        let formula = Formula::new(format!("=Listes!${col_letter}$2:${col_letter}${}", len + 1));
        let mut dv = DataValidation::new()
            .allow_list_formula(formula)
            .ignore_blank(true);
        if name == lang.pick("Services", "Services") && *f == Field::Besoin {
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
    let title = lang.pick("Cadastre des besoins : modèle", "Needs map: template");
    wb.set_properties(&crate::render::xlsx::properties(title, date)?);
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
        lang.pick("Besoins", "Needs"),
        &NEED_FIELDS,
        &list_cols,
        lang,
        partner,
    )?;
    let services = wb.add_worksheet();
    table_sheet(services, "Services", &SERVICE_FIELDS, &list_cols, lang, partner)?;

    let help = wb.add_worksheet();
    help.set_name("Instructions")?;
    help.write_string(0, 0, MARKER)?;
    let big = Format::new().set_bold().set_font_size(14);
    for (i, line) in instructions(lang).iter().enumerate() {
        if i == 0 {
            help.write_string_with_format(1, 0, *line, &big)?;
        } else {
            help.write_string(i as u32 + 1, 0, *line)?;
        }
    }
    help.set_column_width(0, 110)?;

    let codes = wb.add_worksheet();
    codes.set_name("Listes")?;
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
    fn headers_are_recognised() {
        for lang in [Lang::Fr, Lang::En] {
            for f in NEED_FIELDS.iter().chain(SERVICE_FIELDS.iter()) {
                assert_eq!(Field::from_header(header(*f, lang)), Some(*f));
            }
        }
    }
}
