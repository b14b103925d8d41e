//! Rendering: the run's tables, built once from the [`Analysis`], then serialised to bytes
//! by one module per format. Writing the bytes to disk is [`crate::output`]'s job.

pub mod book;
pub mod charts;
pub mod csv;
pub mod datapackage;
pub mod evaluation;
pub mod guide;
pub mod hsds;
pub mod hxl;
pub mod outputs;
pub mod report;
pub mod rows;
pub mod sheets;
pub mod template;
pub mod volunteers;
pub mod words;
pub mod xlsx;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

// The tables and their parquet copies sit below the stages: `history` reads and writes
// them too.
use crate::analyse::{Cell, Status};
use crate::pipeline::Analysis;
pub use crate::table::{parquet, Table, Value};
use crate::taxonomy::Kind;

/// An output file: its path inside the period folder, and its bytes.
pub type OutputFile = (String, Vec<u8>);

/// The sentence that says `--min-cell` is in force, for every output that shows people.
pub fn min_cell_note(lang: crate::model::Lang, min_cell: u64) -> String {
    crate::i18n::t_args(
        lang,
        "rapport-min-cell",
        &[
            ("max", crate::i18n::s(min_cell.saturating_sub(1).to_string())),
            ("n", crate::i18n::s(min_cell.to_string())),
        ],
    )
}

fn text<'a>(s: impl Into<Cow<'a, str>>) -> Value<'a> {
    Value::Text(s.into())
}

/// `cadastre.csv`: one row per need cell, SPEC's columns and order.
pub fn cadastre_table(a: &Analysis) -> Table<'_> {
    let t = &a.taxonomy;
    let headers = [
        "periode",
        "domaine",
        "besoin",
        "public",
        "territoire",
        "demande_mentions",
        "demande_personnes",
        "priorite_max",
        "offre_services",
        "offre_capacite",
        "statut",
        "personnes_non_couvertes",
        "candidats",
    ];
    let rows = a
        .cells
        .iter()
        .map(|c| {
            vec![
                text(a.period.to_string()),
                text(t.code(Kind::Domaine, c.domaine)),
                text(t.code(Kind::Besoin, c.besoin)),
                text(t.code(Kind::Public, c.public)),
                text(t.code(Kind::Territoire, c.territoire)),
                Value::Int(c.demande_mentions),
                Value::people(c.demande_personnes),
                Value::Int(u64::from(c.priorite_max)),
                Value::Int(c.offre_services),
                Value::people(c.offre_capacite),
                text(c.statut.code()),
                Value::people(c.personnes_non_couvertes),
                text(candidates(a, c)),
            ]
        })
        .collect();
    Table {
        name: "cadastre",
        headers: headers.map(String::from).to_vec(),
        rows,
    }
}

/// The candidates of a cell as SPEC writes them: names separated by ` | `.
pub fn candidates(a: &Analysis, c: &Cell) -> String {
    c.candidats
        .iter()
        .map(|p| a.partners.name(*p))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A matrix of domains (rows) by another list (columns), from a per-cell value.
fn matrix<'a>(
    a: &'a Analysis,
    name: &'static str,
    cols: Kind,
    col_of: impl Fn(&Cell) -> usize,
    value: impl Fn(&Cell) -> u64,
    people: bool,
) -> Table<'a> {
    let t = &a.taxonomy;
    let ncols = t.list(cols).len();
    let mut sums = vec![vec![0u64; ncols]; t.list(Kind::Domaine).len()];
    for c in &a.cells {
        sums[c.domaine][col_of(c)] += value(c);
    }
    let mut headers = vec!["domaine".to_string()];
    headers.extend(t.list(cols).iter().map(|e| e.code.clone()));
    let rows = t
        .list(Kind::Domaine)
        .iter()
        .zip(sums)
        .map(|(d, row)| {
            let mut r = vec![text(d.code.clone())];
            r.extend(
                row.into_iter()
                    .map(|n| if people { Value::People(n) } else { Value::Int(n) }),
            );
            r
        })
        .collect();
    Table { name, headers, rows }
}

pub fn gap_domaine_public(a: &Analysis) -> Table<'_> {
    matrix(
        a,
        "gap_domaine_public",
        Kind::Public,
        |c| c.public,
        |c| u64::from(c.statut.is_gap()),
        false,
    )
}

pub fn gap_domaine_public_personnes(a: &Analysis) -> Table<'_> {
    matrix(
        a,
        "gap_domaine_public_personnes",
        Kind::Public,
        |c| c.public,
        |c| c.personnes_non_couvertes.unwrap_or(0),
        true,
    )
}

pub fn gap_domaine_territoire(a: &Analysis) -> Table<'_> {
    matrix(
        a,
        "gap_domaine_territoire",
        Kind::Territoire,
        |c| c.territoire,
        |c| u64::from(c.statut.is_gap()),
        false,
    )
}

/// Per working group, in taxonomy order, then one last slot for the needs given without a
/// group (`sans-groupe`): the need cells not `couvert` that its need rows name, each once,
/// in `cadastre.csv` order. What `gap_groupe_domaine` counts and the evaluation lists.
pub fn group_gaps(a: &Analysis) -> Vec<Vec<&Cell>> {
    let ngroups = a.taxonomy.list(Kind::Groupe).len();
    let gap: BTreeMap<(usize, usize, usize), &Cell> = a
        .cells
        .iter()
        .filter(|c| c.statut.is_gap())
        .map(|c| ((c.besoin, c.public, c.territoire), c))
        .collect();
    // (group slot, cell): a group slot past the last group is `sans-groupe`.
    let pairs: BTreeSet<(usize, (usize, usize, usize))> = a
        .group_cells
        .iter()
        .map(|(g, b, p, t)| (g.unwrap_or(ngroups), (*b, *p, *t)))
        .collect();
    let mut out: Vec<Vec<&Cell>> = vec![Vec::new(); ngroups + 1];
    for (g, cell) in pairs {
        if let Some(c) = gap.get(&cell) {
            out[g].push(*c);
        }
    }
    for cells in &mut out {
        cells.sort_by_key(|c| (c.domaine, c.besoin, c.public, c.territoire));
    }
    out
}

/// Working groups (rows, `sans-groupe` last) by domains: distinct need cells mentioned at
/// least once with that group that are not couvert.
pub fn gap_groupe_domaine(a: &Analysis) -> Table<'_> {
    let t = &a.taxonomy;
    let counts: Vec<Vec<u64>> = group_gaps(a)
        .into_iter()
        .map(|cells| {
            let mut row = vec![0u64; t.list(Kind::Domaine).len()];
            for c in cells {
                row[c.domaine] += 1;
            }
            row
        })
        .collect();
    let mut headers = vec!["groupe".to_string()];
    headers.extend(t.list(Kind::Domaine).iter().map(|e| e.code.clone()));
    let names = t
        .list(Kind::Groupe)
        .iter()
        .map(|e| e.code.clone())
        .chain(["sans-groupe".to_string()]);
    let rows = names
        .zip(counts)
        .map(|(g, row)| {
            let mut r = vec![text(g)];
            r.extend(row.into_iter().map(Value::Int));
            r
        })
        .collect();
    Table {
        name: "gap_groupe_domaine",
        headers,
        rows,
    }
}

/// Per partner: need cells expressed (duplicates folded), services offered, cells its
/// services cover, gaps where it is among the candidates.
pub fn partenaires(a: &Analysis) -> Table<'_> {
    let n = a.partners.len();
    let mut cells: Vec<BTreeSet<(usize, usize, usize)>> = vec![BTreeSet::new(); n];
    for c in &a.need_cells {
        cells[c.partner as usize].insert((c.besoin, c.public, c.territoire));
    }
    let mut services = vec![0u64; n];
    for s in &a.services {
        services[s.partner as usize] += 1;
    }
    let mut covers = vec![0u64; n];
    let mut candidate = vec![0u64; n];
    for c in &a.cells {
        for p in &c.covered_by {
            covers[*p as usize] += 1;
        }
        for p in &c.candidats {
            candidate[*p as usize] += 1;
        }
    }
    // Sorted by name as shown, folded, so the list reads alphabetically.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|x, y| a.partners.keys[*x].cmp(&a.partners.keys[*y]));
    let rows = order
        .into_iter()
        .map(|i| {
            vec![
                text(a.partners.names[i].as_str()),
                Value::Int(cells[i].len() as u64),
                Value::Int(services[i]),
                Value::Int(covers[i]),
                Value::Int(candidate[i]),
            ]
        })
        .collect();
    let headers = [
        "partenaire",
        "besoins_exprimes",
        "services_offerts",
        "cellules_couvertes",
        "cellules_candidat",
    ];
    Table {
        name: "partenaires",
        headers: headers.map(String::from).to_vec(),
        rows,
    }
}

pub fn rejection_table<'a>(name: &'static str, list: &'a [crate::model::Rejection]) -> Table<'a> {
    let rows = list
        .iter()
        .map(|r| {
            vec![
                text(r.place.file.as_str()),
                text(r.place.sheet.as_str()),
                r.line.map_or(Value::Empty, |l| Value::Int(u64::from(l))),
                text(r.column.as_str()),
                text(r.value.as_str()),
                text(r.reason.as_str()),
            ]
        })
        .collect();
    let headers = ["fichier", "feuille", "ligne", "colonne", "valeur", "raison"];
    Table {
        name,
        headers: headers.map(String::from).to_vec(),
        rows,
    }
}

/// `rejets.csv`, in file, sheet and line order.
pub fn rejets(a: &Analysis) -> Table<'_> {
    rejection_table("rejets", &a.rejections)
}

/// `avertissements.csv`: folded duplicates.
pub fn avertissements(a: &Analysis) -> Table<'_> {
    rejection_table("avertissements", &a.warnings)
}

/// `fichiers.csv`: the tally.
pub fn fichiers(a: &Analysis) -> Table<'_> {
    tally_table(a.tallies.iter().map(|t| {
        let counts = [t.read, t.used, t.rejected];
        (&t.place, t.kind.code(), counts, t.remark.as_str())
    }))
}

/// The table of `fichiers.csv`, one row per table read: where (file, sheet), which table
/// (its code), lues, utilisees, rejetees, and the remark. The analysis and `cadastre
/// benevoles` write it alike.
pub fn tally_table<'a>(
    tallies: impl Iterator<Item = (&'a crate::model::Place, &'static str, [u64; 3], &'a str)>,
) -> Table<'a> {
    let rows = tallies
        .map(|(place, table, [read, used, rejected], remark)| {
            vec![
                text(place.file.as_str()),
                text(place.sheet.as_str()),
                text(table),
                Value::Int(read),
                Value::Int(used),
                Value::Int(rejected),
                text(remark),
            ]
        })
        .collect();
    let headers = [
        "fichier",
        "feuille",
        "table",
        "lues",
        "utilisees",
        "rejetees",
        "remarque",
    ];
    Table {
        name: "fichiers",
        headers: headers.map(String::from).to_vec(),
        rows,
    }
}

/// Every table of a run, in the order of the workbook's sheets.
pub fn all_tables(a: &Analysis) -> Vec<Table<'_>> {
    vec![
        cadastre_table(a),
        gap_domaine_public(a),
        gap_domaine_public_personnes(a),
        gap_domaine_territoire(a),
        gap_groupe_domaine(a),
        partenaires(a),
        rejets(a),
        avertissements(a),
        fichiers(a),
    ]
}

/// Counts of cells per status, in [`Status::ALL`] order.
pub fn status_counts(cells: &[Cell]) -> BTreeMap<Status, u64> {
    let mut m: BTreeMap<Status, u64> = Status::ALL.iter().map(|s| (*s, 0)).collect();
    for c in cells {
        *m.entry(c.statut).or_default() += 1;
    }
    m
}
