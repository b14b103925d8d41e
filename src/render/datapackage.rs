//! `datapackage.json`: a Frictionless tabular data package that describes every CSV of the
//! period folder (fields, types, codes allowed, keys, dialect), so that
//! `frictionless validate OUT/PERIOD/datapackage.json` checks the whole folder, and other
//! tools load the tables with their types.
//!
//! Types follow what each column holds: counts are integers, except the counts of people
//! under `--min-cell N`, which are then text (`<N` or a number, said by a pattern). Codes of
//! the taxonomy and statuses are listed as `enum` constraints. The tables that may carry an
//! HXL hashtag row (`--hxl`) declare `#` as their comment character (no data row of theirs
//! starts with it): the same description holds with or without the row, even when
//! `cadastre guide --hxl` rewrites `guide.csv` alone.

use serde_json::{json, Map, Value as Json};

use crate::analyse::Status;
use crate::model::TableKind;
use crate::pipeline::Analysis;
use crate::render::Table;
use crate::taxonomy::Kind;

/// Columns that count people: `<N` under `--min-cell`.
const PEOPLE: [&str; 3] = ["demande_personnes", "offre_capacite", "personnes_non_couvertes"];

/// Other whole-number columns.
const COUNTS: [&str; 11] = [
    "demande_mentions",
    "offre_services",
    "besoins_exprimes",
    "services_offerts",
    "cellules_couvertes",
    "cellules_candidat",
    "ligne",
    "lues",
    "utilisees",
    "rejetees",
    "capacite",
];

/// Columns always filled, per table.
fn required(table: &str, column: &str) -> bool {
    match table {
        "cadastre" => !matches!(
            column,
            "demande_personnes" | "offre_capacite" | "personnes_non_couvertes" | "candidats"
        ),
        "partenaires" => true,
        "rejets" | "avertissements" => matches!(column, "fichier" | "raison"),
        "fichiers" => matches!(column, "fichier" | "table" | "lues" | "utilisees" | "rejetees"),
        "guide" => !matches!(column, "capacite" | "contact" | "horaires" | "adresse"),
        _ => table.starts_with("gap_"),
    }
}

/// Primary keys, where the table has one (files and rejections may repeat).
fn primary_key(table: &str) -> Option<Vec<&'static str>> {
    match table {
        "cadastre" => Some(vec!["besoin", "public", "territoire"]),
        "gap_groupe_domaine" => Some(vec!["groupe"]),
        "partenaires" => Some(vec!["partenaire"]),
        t if t.starts_with("gap_") => Some(vec!["domaine"]),
        _ => None,
    }
}

fn codes(a: &Analysis, kind: Kind) -> Vec<String> {
    a.taxonomy.list(kind).iter().map(|e| e.code.clone()).collect()
}

/// The codes a column may hold, if it is a coded column.
fn allowed(a: &Analysis, table: &str, column: &str) -> Option<Vec<String>> {
    Some(match (table, column) {
        (_, "domaine") => codes(a, Kind::Domaine),
        (_, "besoin") => codes(a, Kind::Besoin),
        (_, "public") => codes(a, Kind::Public),
        (_, "territoire") => codes(a, Kind::Territoire),
        (_, "statut") => Status::ALL.iter().map(|s| s.code().to_string()).collect(),
        ("gap_groupe_domaine", "groupe") => {
            let mut g = codes(a, Kind::Groupe);
            g.push("sans-groupe".into());
            g
        }
        ("fichiers", "table") => [
            TableKind::Besoins,
            TableKind::Services,
            TableKind::Ignoree,
            TableKind::Illisible,
        ]
        .iter()
        .map(|k| k.code().to_string())
        .collect(),
        _ => return None,
    })
}

/// One field of a table's schema.
fn field(a: &Analysis, table: &str, column: &str, first: bool, min_cell: u64) -> Json {
    let matrix = table.starts_with("gap_") && !first;
    let people = PEOPLE.contains(&column) || (table == "gap_domaine_public_personnes" && matrix);
    let mut constraints = Map::new();
    if required(table, column) {
        constraints.insert("required".into(), json!(true));
    }
    let kind = if people && min_cell > 0 {
        constraints.insert("pattern".into(), json!(format!("[0-9]+|<{min_cell}")));
        "string"
    } else if people || matrix || COUNTS.contains(&column) || column == "priorite_max" {
        let (min, max) = if column == "priorite_max" {
            (1, Some(4))
        } else {
            (0, None)
        };
        constraints.insert("minimum".into(), json!(min));
        if let Some(max) = max {
            constraints.insert("maximum".into(), json!(max));
        }
        "integer"
    } else {
        if let Some(list) = allowed(a, table, column) {
            constraints.insert("enum".into(), json!(list));
        } else if column == "periode" {
            constraints.insert("pattern".into(), json!("[0-9]{4}-T[1-4]"));
        }
        "string"
    };
    let mut f = Map::new();
    f.insert("name".into(), json!(column));
    f.insert("type".into(), json!(kind));
    if !constraints.is_empty() {
        f.insert("constraints".into(), Json::Object(constraints));
    }
    Json::Object(f)
}

/// The description of one CSV.
fn resource(a: &Analysis, name: &str, headers: &[String], min_cell: u64) -> Json {
    let fields: Vec<Json> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| field(a, name, h, i == 0, min_cell))
        .collect();
    let mut schema = Map::new();
    schema.insert("fields".into(), Json::Array(fields));
    schema.insert("missingValues".into(), json!([""]));
    if let Some(key) = primary_key(name) {
        schema.insert("primaryKey".into(), json!(key));
    }
    let mut dialect = Map::new();
    dialect.insert("delimiter".into(), json!(","));
    dialect.insert("quoteChar".into(), json!("\""));
    dialect.insert("doubleQuote".into(), json!(true));
    dialect.insert("lineTerminator".into(), json!("\n"));
    dialect.insert("header".into(), json!(true));
    if super::hxl::tags(name).is_some() {
        dialect.insert("commentChar".into(), json!("#"));
    }
    json!({
        "name": name.replace('_', "-"),
        "path": format!("{name}.csv"),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": Json::Object(dialect),
        "schema": Json::Object(schema),
    })
}

/// `datapackage.json` for the CSVs of a period folder: the tables and `guide.csv`.
pub fn to_bytes(a: &Analysis, tables: &[Table], min_cell: u64) -> serde_json::Result<Vec<u8>> {
    let mut resources: Vec<Json> = tables
        .iter()
        .map(|t| resource(a, t.name, &t.headers, min_cell))
        .collect();
    let guide: Vec<String> = super::guide::HEADERS.iter().map(|h| h.to_string()).collect();
    resources.push(resource(a, "guide", &guide, min_cell));
    let package = json!({
        "profile": "tabular-data-package",
        "name": format!("cadastre-{}", a.period.to_string().to_lowercase()),
        "title": crate::i18n::t_args(
            a.lang,
            "classeur-datapackage-titre",
            &[("periode", crate::i18n::s(a.period.to_string()))],
        ),
        "description": crate::i18n::t(a.lang, "classeur-datapackage-description"),
        "resources": resources,
    });
    let mut out = serde_json::to_vec_pretty(&package)?;
    out.push(b'\n');
    Ok(out)
}
