//! With `--parquet-lignes`: the validated, folded rows of a run as Parquet, so that the gap
//! rules can run in an engine bigger than one machine. Each `cadastre analyse` of a
//! partition of the partner files is a map; `sql/cadastre.sql`, run by DuckDB, Spark SQL
//! or Trino over the union of the partitions' files, is the reduce that gives
//! `cadastre.csv`.
//!
//! - `besoins_partenaires.parquet`: one row per partner need cell (duplicates folded);
//! - `services_valides.parquet`: one row per (service, need it lists);
//! - `taxonomie.parquet`: every code with its list, its display order and, for a need,
//!   its domain (the SQL's sorting and domains);
//! - `partenaires_orthographes.parquet`: each spelling of each partner with its count and
//!   where it was first read (the display name is the most frequent spelling overall).
//!
//! Partners are joined across partitions by `partenaire_cle`, the folded name. Numbers are
//! signed 64-bit integers, which every engine reads.

use polars::prelude::*;

use crate::pipeline::Analysis;
use crate::render::OutputFile;
use crate::taxonomy::Kind;

fn text(name: &str, values: Vec<String>) -> Column {
    Column::new(name.into(), values)
}

fn int(name: &str, values: Vec<Option<i64>>) -> Column {
    Column::new(name.into(), values)
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn parquet(columns: Vec<Column>) -> PolarsResult<Vec<u8>> {
    let height = columns.first().map_or(0, Column::len);
    let mut df = DataFrame::new(height, columns)?;
    let mut buf = Vec::new();
    ParquetWriter::new(&mut buf)
        .with_compression(ParquetCompression::Snappy)
        .finish(&mut df)?;
    Ok(buf)
}

/// `besoins_partenaires.parquet`.
fn needs(a: &Analysis) -> PolarsResult<Vec<u8>> {
    let t = &a.taxonomy;
    let cells = &a.need_cells;
    let code = |k: Kind, f: &dyn Fn(&crate::analyse::NeedFact) -> usize| -> Vec<String> {
        cells.iter().map(|c| t.code(k, f(c)).to_string()).collect()
    };
    parquet(vec![
        text("periode", vec![a.period.to_string(); cells.len()]),
        text(
            "partenaire",
            cells
                .iter()
                .map(|c| a.partners.name(c.partner).to_string())
                .collect(),
        ),
        text(
            "partenaire_cle",
            cells
                .iter()
                .map(|c| a.partners.keys[c.partner as usize].clone())
                .collect(),
        ),
        text("besoin", code(Kind::Besoin, &|c| c.besoin)),
        text("public", code(Kind::Public, &|c| c.public)),
        text("territoire", code(Kind::Territoire, &|c| c.territoire)),
        text("domaine", code(Kind::Domaine, &|c| t.domain_of(c.besoin))),
        int(
            "priorite",
            cells.iter().map(|c| Some(i64::from(c.priorite))).collect(),
        ),
        int(
            "personnes",
            cells.iter().map(|c| c.personnes.map(count)).collect(),
        ),
    ])
}

/// `services_valides.parquet`: one row per (service, need).
fn services(a: &Analysis) -> PolarsResult<Vec<u8>> {
    let t = &a.taxonomy;
    let rows: Vec<(&crate::pipeline::Service, usize)> = a
        .services
        .iter()
        .flat_map(|s| s.row.besoins().map(move |b| (s, b)))
        .collect();
    let col = |f: &dyn Fn(&crate::pipeline::Service, usize) -> String| -> Vec<String> {
        rows.iter().map(|(s, b)| f(s, *b)).collect()
    };
    parquet(vec![
        text("periode", vec![a.period.to_string(); rows.len()]),
        text("partenaire", col(&|s, _| a.partners.name(s.partner).to_string())),
        text(
            "partenaire_cle",
            col(&|s, _| a.partners.keys[s.partner as usize].clone()),
        ),
        text("service", col(&|s, _| s.row.service().to_string())),
        text("besoin", col(&|_, b| t.code(Kind::Besoin, b).to_string())),
        text(
            "public",
            col(&|s, _| t.code(Kind::Public, s.row.public()).to_string()),
        ),
        text(
            "territoire",
            col(&|s, _| t.code(Kind::Territoire, s.row.territoire()).to_string()),
        ),
        int(
            "capacite",
            rows.iter().map(|(s, _)| s.row.capacite.map(count)).collect(),
        ),
        text(
            "domaine",
            col(&|_, b| t.code(Kind::Domaine, t.domain_of(b)).to_string()),
        ),
    ])
}

/// `taxonomie.parquet`: type, code, ordre, domaine (needs only).
fn taxonomy(a: &Analysis) -> PolarsResult<Vec<u8>> {
    let t = &a.taxonomy;
    let mut kind = Vec::new();
    let mut code = Vec::new();
    let mut order = Vec::new();
    let mut domain: Vec<Option<String>> = Vec::new();
    for k in Kind::ALL {
        for (i, e) in t.list(k).iter().enumerate() {
            kind.push(k.code().to_string());
            code.push(e.code.clone());
            order.push(Some(i as i64));
            domain.push(e.domain.map(|d| t.code(Kind::Domaine, d).to_string()));
        }
    }
    parquet(vec![
        text("type", kind),
        text("code", code),
        int("ordre", order),
        Column::new("domaine".into(), domain),
    ])
}

/// `partenaires_orthographes.parquet`: where each spelling was first read is (file, rank
/// of the table in its file, line), the order in which a whole run reads them.
fn spellings(a: &Analysis) -> PolarsResult<Vec<u8>> {
    // The rank of each table among the tables of its file.
    let mut rank = Vec::with_capacity(a.tallies.len());
    for (i, t) in a.tallies.iter().enumerate() {
        let same = a.tallies[..i]
            .iter()
            .rev()
            .take_while(|u| u.place.file == t.place.file)
            .count();
        rank.push(same as i64);
    }
    let s = &a.spellings;
    parquet(vec![
        text(
            "partenaire_cle",
            s.iter().map(|x| a.partners.keys[x.0 as usize].clone()).collect(),
        ),
        text("orthographe", s.iter().map(|x| x.1.clone()).collect()),
        int("nombre", s.iter().map(|x| Some(count(x.2))).collect()),
        text(
            "fichier",
            s.iter().map(|x| a.tallies[x.3 .0].place.file.clone()).collect(),
        ),
        int("tableau", s.iter().map(|x| Some(rank[x.3 .0])).collect()),
        int("ligne", s.iter().map(|x| Some(i64::from(x.3 .1))).collect()),
    ])
}

/// The four files.
pub fn files(a: &Analysis) -> PolarsResult<Vec<OutputFile>> {
    Ok(vec![
        ("besoins_partenaires.parquet".into(), needs(a)?),
        ("services_valides.parquet".into(), services(a)?),
        ("taxonomie.parquet".into(), taxonomy(a)?),
        ("partenaires_orthographes.parquet".into(), spellings(a)?),
    ])
}
