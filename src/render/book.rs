//! The workbooks as people read them (`cadastre.xlsx`, `guide.xlsx`): each table becomes a
//! sheet with readable headers, taxonomy labels in the run's language where the table holds
//! codes, statuses in words, and a title for the printed page.
//!
//! Codes stay where machines read them. The CSV and Parquet files keep SPEC's codes; in the
//! workbook, the sheets with one row per record (the cadastre, the guide) repeat their code
//! columns at the right, under their CSV names, visible but out of the print area, so that
//! a filter or a lookup on codes still works. The matrices show labels only: their codes
//! are in the CSV and Parquet of the same name. The tables of files, rejections and
//! warnings keep their values as read (what the partner typed), with readable headers.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::analyse::Status;
use crate::i18n::{s as text, t, t_args};
use crate::model::Lang;
use crate::pipeline::Analysis;
use crate::render::charts::status_label;
use crate::render::{Table, Value};
use crate::sanitize::spreadsheet_safe;
use crate::taxonomy::{Kind, Taxonomy};

/// How a column shows the table's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// As the table has it (numbers, partner text, codes for machines).
    AsIs,
    /// A taxonomy code, shown as its label.
    Label(Kind),
    /// Codes separated by ` | ` (a service's needs), shown as labels separated by `, `.
    Labels(Kind),
    /// A status code, shown as a word on its colour.
    Status,
}

/// One column of a sheet: a column of the table, its header, and how it shows.
#[derive(Debug, Clone)]
pub struct Column {
    pub source: usize,
    pub header: String,
    pub show: Show,
}

/// A table as a sheet.
#[derive(Debug)]
pub struct Sheet<'t, 'a> {
    pub table: &'t Table<'a>,
    /// What the sheet holds, for the printed page's header (the book's title comes first).
    pub title: Option<String>,
    /// What people read, left to right; the printed columns.
    pub columns: Vec<Column>,
    /// The codes kept for machines, at the right of the people's columns, not printed.
    pub codes: Vec<Column>,
}

/// A value as the workbook writes it.
#[derive(Debug, PartialEq, Eq)]
pub enum Shown<'s> {
    Number(u64),
    Text(Cow<'s, str>),
    /// A status: its word, and the status that picks its colour.
    Status(&'static str, Status),
    Empty,
}

/// The labels of the taxonomy's codes in the run's language.
#[derive(Debug)]
struct Labels<'a> {
    lang: Lang,
    by_kind: HashMap<Kind, HashMap<&'a str, &'a str>>,
}

impl<'a> Labels<'a> {
    fn new(t: &'a Taxonomy, lang: Lang) -> Labels<'a> {
        let mut by_kind: HashMap<Kind, HashMap<&'a str, &'a str>> = Kind::ALL
            .into_iter()
            .map(|k| {
                (
                    k,
                    t.list(k)
                        .iter()
                        .map(|e| (e.code.as_str(), e.label(lang)))
                        .collect(),
                )
            })
            .collect();
        // The row of `gap_groupe_domaine` for the needs given without a group.
        if let Some(groups) = by_kind.get_mut(&Kind::Groupe) {
            let word = crate::i18n::word(lang, "classeur-sans-groupe").unwrap_or("sans-groupe");
            groups.insert("sans-groupe", word);
        }
        Labels { lang, by_kind }
    }

    /// The label of a code; the code itself when the taxonomy does not know it.
    fn label<'c>(&self, kind: Kind, code: &'c str) -> &'c str
    where
        'a: 'c,
    {
        self.by_kind
            .get(&kind)
            .and_then(|m| m.get(code))
            .copied()
            .unwrap_or(code)
    }
}

/// A workbook: its title (document properties and page headers), and its sheets.
#[derive(Debug)]
pub struct Book<'t, 'a> {
    pub title: String,
    labels: Labels<'a>,
    pub sheets: Vec<Sheet<'t, 'a>>,
}

impl<'t, 'a> Book<'t, 'a> {
    /// `cadastre.xlsx`: every table of the run, a sheet each, in the tables' order.
    pub fn cadastre(a: &'a Analysis, tables: &'t [Table<'a>]) -> Book<'t, 'a> {
        let labels = Labels::new(&a.taxonomy, a.lang);
        let sheets = tables.iter().map(|t| sheet(&labels, t)).collect();
        let title = t_args(
            a.lang,
            "classeur-titre-cadastre",
            &[("periode", text(a.period.to_string()))],
        );
        Book {
            title,
            labels,
            sheets,
        }
    }

    /// `guide.xlsx`: the services guide's table, one sheet.
    pub fn guide(a: &'a Analysis, table: &'t Table<'a>) -> Book<'t, 'a> {
        let labels = Labels::new(&a.taxonomy, a.lang);
        let sheets = vec![sheet(&labels, table)];
        let title = t_args(
            a.lang,
            "classeur-titre-guide",
            &[("periode", text(a.period.to_string()))],
        );
        Book {
            title,
            labels,
            sheets,
        }
    }

    /// The language of the book's words.
    pub fn lang(&self) -> Lang {
        self.labels.lang
    }

    /// The printed page's header of a sheet: the book's title, then what the sheet holds.
    pub fn page_title(&self, sheet: &Sheet) -> String {
        match &sheet.title {
            Some(t) => format!("{} — {t}", self.title),
            None => self.title.clone(),
        }
    }

    /// A value of the table as the column shows it; partner text and labels made safe for
    /// spreadsheets, counts of people under `min_cell` as `<N`.
    pub fn shown<'s>(&'s self, value: &'s Value<'_>, show: Show, min_cell: u64) -> Shown<'s> {
        match (value, show) {
            (Value::Empty, _) => Shown::Empty,
            (Value::Int(n), _) => Shown::Number(*n),
            (Value::People(n), _) if *n == 0 || *n >= min_cell => Shown::Number(*n),
            (Value::Text(code), Show::Label(kind)) => {
                Shown::Text(spreadsheet_safe(self.labels.label(kind, code)))
            }
            (Value::Text(codes), Show::Labels(kind)) => {
                let labels: Vec<&str> = codes.split(" | ").map(|c| self.labels.label(kind, c)).collect();
                Shown::Text(spreadsheet_safe(&labels.join(", ")).into_owned().into())
            }
            (Value::Text(code), Show::Status) => match Status::from_code(code) {
                Some(s) => Shown::Status(status_label(s, self.labels.lang), s),
                None => Shown::Text(value.text(min_cell)),
            },
            _ => Shown::Text(value.text(min_cell)),
        }
    }
}

/// The sheet of a table, by the table's name; a table this module does not know shows as it
/// is, under its CSV headers.
fn sheet<'t, 'a>(labels: &Labels<'a>, table: &'t Table<'a>) -> Sheet<'t, 'a> {
    let lang = labels.lang;
    match table.name {
        "cadastre" => cadastre(lang, table),
        "gap_domaine_public"
        | "gap_domaine_public_personnes"
        | "gap_domaine_territoire"
        | "gap_groupe_domaine" => matrix(labels, table),
        "guide" => guide(lang, table),
        _ => plain(lang, table),
    }
}

/// A column of the table by its CSV header, with the header people read.
fn column(table: &Table, name: &str, show: Show, header: &str) -> Option<Column> {
    let source = table.headers.iter().position(|h| h == name)?;
    Some(Column {
        source,
        header: header.to_string(),
        show,
    })
}

/// The columns of the table kept as codes, under their CSV names.
fn codes(table: &Table, names: &[&str]) -> Vec<Column> {
    names
        .iter()
        .filter_map(|n| column(table, n, Show::AsIs, n))
        .collect()
}

/// The people's columns of a sheet: (CSV header, how it shows, the catalog's id of the
/// header people read).
fn columns(table: &Table, lang: Lang, spec: &[(&str, Show, &str)]) -> Vec<Column> {
    spec.iter()
        .filter_map(|(name, show, id)| column(table, name, *show, &t(lang, id)))
        .collect()
}

fn cadastre<'t, 'a>(lang: Lang, table: &'t Table<'a>) -> Sheet<'t, 'a> {
    use Show::*;
    let spec = [
        ("domaine", Label(Kind::Domaine), "classeur-col-domaine"),
        ("besoin", Label(Kind::Besoin), "classeur-col-besoin"),
        ("public", Label(Kind::Public), "classeur-col-public"),
        ("territoire", Label(Kind::Territoire), "classeur-col-territoire"),
        ("demande_mentions", AsIs, "classeur-col-demande-mentions"),
        ("demande_personnes", AsIs, "classeur-col-demande-personnes"),
        ("priorite_max", AsIs, "classeur-col-priorite-max"),
        ("offre_services", AsIs, "classeur-col-offre-services"),
        ("offre_capacite", AsIs, "classeur-col-offre-capacite"),
        ("statut", Status, "classeur-col-statut"),
        (
            "personnes_non_couvertes",
            AsIs,
            "classeur-col-personnes-non-couvertes",
        ),
        ("candidats", AsIs, "classeur-col-candidats"),
    ];
    Sheet {
        table,
        title: Some(t(lang, "classeur-feuille-cadastre")),
        columns: columns(table, lang, &spec),
        codes: codes(
            table,
            &["periode", "domaine", "besoin", "public", "territoire", "statut"],
        ),
    }
}

fn guide<'t, 'a>(lang: Lang, table: &'t Table<'a>) -> Sheet<'t, 'a> {
    use Show::*;
    let spec = [
        ("domaine", Label(Kind::Domaine), "classeur-col-domaine"),
        ("partenaire", AsIs, "classeur-col-partenaire"),
        ("service", AsIs, "classeur-col-service"),
        ("besoins", Labels(Kind::Besoin), "classeur-col-besoins"),
        ("public", Label(Kind::Public), "classeur-col-public"),
        ("territoire", Label(Kind::Territoire), "classeur-col-territoire"),
        ("capacite", AsIs, "classeur-col-capacite"),
        ("contact", AsIs, "classeur-col-contact"),
        ("horaires", AsIs, "classeur-col-horaires"),
        ("adresse", AsIs, "classeur-col-adresse"),
    ];
    Sheet {
        table,
        title: None,
        columns: columns(table, lang, &spec),
        codes: codes(table, &["domaine", "besoins", "public", "territoire"]),
    }
}

/// A gap matrix: its rows (domains or working groups) and its columns (publics,
/// territories or domains) under their labels.
fn matrix<'t, 'a>(labels: &Labels<'a>, table: &'t Table<'a>) -> Sheet<'t, 'a> {
    let lang = labels.lang;
    let (rows, cols, title) = match table.name {
        "gap_domaine_public" => (Kind::Domaine, Kind::Public, "classeur-feuille-gap-domaine-public"),
        "gap_domaine_public_personnes" => (
            Kind::Domaine,
            Kind::Public,
            "classeur-feuille-gap-domaine-public-personnes",
        ),
        "gap_domaine_territoire" => (
            Kind::Domaine,
            Kind::Territoire,
            "classeur-feuille-gap-domaine-territoire",
        ),
        _ => (Kind::Groupe, Kind::Domaine, "classeur-feuille-gap-groupe-domaine"),
    };
    let first = match rows {
        Kind::Groupe => t(lang, "classeur-col-groupe"),
        _ => t(lang, "classeur-col-domaine"),
    };
    let mut columns = vec![Column {
        source: 0,
        header: first,
        show: Show::Label(rows),
    }];
    columns.extend(table.headers.iter().enumerate().skip(1).map(|(i, code)| Column {
        source: i,
        header: labels.label(cols, code).to_string(),
        show: Show::AsIs,
    }));
    Sheet {
        table,
        title: Some(t(lang, title)),
        columns,
        codes: Vec::new(),
    }
}

/// The partners, files, rejections and warnings: values as they are, readable headers.
fn plain<'t, 'a>(lang: Lang, table: &'t Table<'a>) -> Sheet<'t, 'a> {
    let (title, words): (Option<&str>, &[(&str, &str)]) = match table.name {
        "partenaires" => (
            Some("classeur-feuille-partenaires"),
            &[
                ("partenaire", "classeur-col-partenaire"),
                ("besoins_exprimes", "classeur-col-besoins-exprimes"),
                ("services_offerts", "classeur-col-services-offerts"),
                ("cellules_couvertes", "classeur-col-cellules-couvertes"),
                ("cellules_candidat", "classeur-col-cellules-candidat"),
            ],
        ),
        "rejets" => (Some("classeur-feuille-rejets"), FILE_WORDS),
        "avertissements" => (Some("classeur-feuille-avertissements"), FILE_WORDS),
        "fichiers" => (Some("classeur-feuille-fichiers"), FILE_WORDS),
        _ => (None, &[]),
    };
    let columns = table
        .headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let header = words
                .iter()
                .find(|w| w.0 == h)
                .map_or_else(|| h.clone(), |w| t(lang, w.1));
            Column {
                source: i,
                header,
                show: Show::AsIs,
            }
        })
        .collect();
    Sheet {
        table,
        title: Some(title.map_or_else(|| table.name.to_string(), |id| t(lang, id))),
        columns,
        codes: Vec::new(),
    }
}

/// The headers of the tables about files (tally, rejections, warnings): (CSV header, the
/// catalog's id of the header people read).
const FILE_WORDS: &[(&str, &str)] = &[
    ("fichier", "classeur-col-fichier"),
    ("feuille", "classeur-col-feuille"),
    ("ligne", "classeur-col-ligne"),
    ("colonne", "classeur-col-colonne"),
    ("valeur", "classeur-col-valeur"),
    ("raison", "classeur-col-raison"),
    ("table", "classeur-col-table"),
    ("lues", "classeur-col-lues"),
    ("utilisees", "classeur-col-utilisees"),
    ("rejetees", "classeur-col-rejetees"),
    ("remarque", "classeur-col-remarque"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(lang: Lang) -> Labels<'static> {
        let t = Box::leak(Box::new(Taxonomy::default_embedded()));
        Labels::new(t, lang)
    }

    #[test]
    fn codes_show_as_labels_in_the_run_language() {
        let fr = labels(Lang::Fr);
        assert_eq!(fr.label(Kind::Besoin, "sante-mentale"), "Santé mentale");
        assert_eq!(fr.label(Kind::Groupe, "sans-groupe"), "Sans groupe");
        assert_eq!(labels(Lang::En).label(Kind::Public, "jeunes"), "Young people");
        assert_eq!(
            labels(Lang::Nl).label(Kind::Groupe, "sans-groupe"),
            "Zonder werkgroep"
        );
        // An unknown code stays as it is.
        assert_eq!(fr.label(Kind::Public, "martiens"), "martiens");
    }
}
