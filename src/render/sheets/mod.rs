//! Partner sheets (SPEC, "Partner sheets"): one page per partner for the bilateral
//! meeting, `partenaires/SLUG.html`, and `partenaires/index.html`, which links them all and
//! lists the rejected rows that belong to no partner. Each sheet says, in order, what the
//! partner sent, its rows to correct, the needs it reported and what became of them, where
//! it is a candidate and why, its services as the guide shows them, and what changed since
//! the previous quarter. `cadastre partenaire` prints the same content in the terminal.
//!
//! [`roster`] decides who gets a sheet and which rejected rows go on it, [`facts`] holds
//! the run's lookups, [`view`] says what a sheet says (words from the catalogs), [`html`]
//! and [`text`] show it.
//!
//! To link a partner's sheet from another page, build the [`Roster`] once and ask it:
//! `Roster::of(a).href_from_top(id)` gives `partenaires/cpas-de-waremme.html`.

pub mod facts;
pub mod html;
pub mod roster;
pub mod text;
pub mod view;

use crate::history::Past;
use crate::pipeline::Analysis;

pub use facts::Facts;
pub use roster::{numbered, slug, Roster, SheetPartner};

/// The sheets' folder inside the period folder.
pub const DIR: &str = "partenaires";

/// The file name of a partner's sheet inside `partenaires/` (`cpas-de-waremme.html`), by
/// its id in the analysis. Builds the roster: to link many partners, build it once with
/// [`Roster::of`] and ask [`Roster::file_of`].
pub fn sheet_file_name(a: &Analysis, partner: u32) -> String {
    Roster::of(a).file_of(partner).to_string()
}

/// Renders every sheet and the index, side by side on the cores, handing each file (its
/// path inside the period folder, its bytes) to `put` as soon as it is ready.
pub fn render(
    a: &Analysis,
    past: &Past,
    min_cell: u64,
    date: (u16, u8, u8),
    put: &(dyn Fn(&str, Vec<u8>) -> anyhow::Result<()> + Sync),
) -> anyhow::Result<()> {
    use rayon::prelude::*;
    let facts = Facts::new(a, past, min_cell, date);
    (0..facts.roster.partners.len())
        .into_par_iter()
        .try_for_each(|p| {
            let page = html::sheet(&view::sheet(&facts, p))?;
            put(
                &format!("{DIR}/{}", facts.roster.partners[p].file),
                page.into_bytes(),
            )
        })?;
    let page = html::index(&view::index(&facts))?;
    put(&format!("{DIR}/index.html"), page.into_bytes())
}

/// Every sheet and the index, as files.
pub fn files(
    a: &Analysis,
    past: &Past,
    min_cell: u64,
    date: (u16, u8, u8),
) -> anyhow::Result<Vec<crate::render::OutputFile>> {
    let out = std::sync::Mutex::new(Vec::new());
    render(a, past, min_cell, date, &|name, bytes| {
        out.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((name.to_string(), bytes));
        Ok(())
    })?;
    let mut files = out.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_by(|x, y| x.0.cmp(&y.0));
    Ok(files)
}

/// One partner's sheet as terminal text, found by its name (folded, as partners are
/// matched); when no partner has that name, the message that says so with the closest
/// names.
pub fn text_of(
    a: &Analysis,
    past: &Past,
    min_cell: u64,
    date: (u16, u8, u8),
    name: &str,
) -> Result<String, String> {
    let facts = Facts::new(a, past, min_cell, date);
    match facts.roster.find(name) {
        Some(p) => Ok(text::sheet(&view::sheet(&facts, p))),
        None => Err(unknown(a, &facts.roster, name)),
    }
}

/// The message for a name no partner has.
fn unknown(a: &Analysis, roster: &Roster, name: &str) -> String {
    use crate::i18n::{s, t, t_args};
    let lang = a.lang;
    let mut msg = t_args(
        lang,
        "terminal-inconnu",
        &[
            ("nom", s(crate::sanitize::quote(name))),
            ("periode", s(a.period.to_string())),
        ],
    );
    let close = close_names(roster, name, 5);
    msg.push('\n');
    if close.is_empty() {
        msg.push_str(&t(lang, "terminal-aucun-proche"));
    } else {
        let names = close
            .iter()
            .map(|n| {
                t_args(
                    lang,
                    "terminal-nom-cite",
                    &[("nom", s(crate::sanitize::quote(n)))],
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        msg.push_str(&t_args(lang, "terminal-proches", &[("noms", s(names))]));
    }
    msg
}

/// Up to `max` partner names close to `name`: by edit distance between folded names (at
/// most a third of the longer name, and at least 2), or containing it; closest first.
pub fn close_names<'r>(roster: &'r Roster, name: &str, max: usize) -> Vec<&'r str> {
    let key = crate::fold::partner_key(name);
    let mut scored: Vec<(usize, &str, &str)> = roster
        .partners
        .iter()
        .filter_map(|p| {
            let (m, n) = (key.chars().count(), p.key.chars().count());
            let room = (m.max(n) / 3).max(2);
            let contains = !key.is_empty() && p.key.contains(&key);
            // Lengths further apart than `room` are further apart in edits too: a 5 MB
            // name is not compared character by character.
            if !contains && m.abs_diff(n) > room {
                return None;
            }
            let d = edit_distance(&key, &p.key);
            (d <= room || contains).then_some((d, p.key.as_str(), p.name.as_str()))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(max).map(|(_, _, n)| n).collect()
}

/// Levenshtein distance between two texts, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (up + 1).min(row[j] + 1).min(diag + usize::from(ca != *cb));
            diag = up;
        }
    }
    row[b.len()]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("cpas de waremme", "cpas de waremme"), 0);
        assert_eq!(edit_distance("cpas de waremm", "cpas de waremme"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    /// Writes partner files into a fresh period folder and analyses them.
    fn analysis(files: &[(&str, Vec<u8>)], lang: crate::model::Lang) -> (tempfile::TempDir, Analysis) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let period = dir.path().join("2026-T3");
        std::fs::create_dir_all(&period).unwrap_or_else(|e| panic!("{e}"));
        for (name, text) in files {
            std::fs::write(period.join(name), text).unwrap_or_else(|e| panic!("{e}"));
        }
        let tax = crate::taxonomy::Taxonomy::default_embedded();
        let a = crate::pipeline::run(&period, None, tax, lang).unwrap_or_else(|e| panic!("{e:#}"));
        (dir, a)
    }

    /// The previous period a test wants: each cell as now, but for the four below, which
    /// then appear, resolve, worsen and improve.
    fn crafted_previous(a: &Analysis) -> Vec<crate::history::PastCell> {
        use crate::analyse::Status::*;
        let mut cells = crate::history::from_cells(&a.taxonomy, &a.cells);
        for c in &mut cells {
            c.statut = match (c.besoin.as_str(), c.statut) {
                ("aide-alimentaire", _) => Couvert,
                ("acces-droits", _) => NonCouvert,
                ("taxi-social", _) => Partiel,
                ("isolement", _) => NonCouvert,
                (_, s) => s,
            };
        }
        cells
    }

    /// Partner files that reach every branch of the sheets: rejected rows named, shared and
    /// owned by no one, a file-level rejection, needs covered and not, more covering services
    /// and reporters than are listed, candidacies of each reason, partners with only needs,
    /// only services, only rejected rows.
    fn every_branch_files(orphans: bool) -> Vec<(&'static str, Vec<u8>)> {
        let mut needs = String::from("partenaire;besoin;public;territoire;priorite;personnes\n");
        for i in 0..7 {
            needs.push_str(&format!(
                "P{i};isolement;aines;commune;3;4\nP{i};taxi-social;aines;oleye;2;\n"
            ));
        }
        needs.push_str("A;aide-alimentaire;familles;commune;4;40\nA;acces-droits;familles;commune;1;2\n");
        needs.push_str(
            "A;visites-domicile;jeunes;commune;1;\n;isolement;aines;commune;3;\nB;inconnu;aines;commune;2;\n",
        );
        let mut services = String::from("partenaire;service;besoin;public;territoire;capacite;contact\n");
        for i in 0..7 {
            services.push_str(&format!(
                "S{i};Visites {i};isolement;aines;commune;1;019 32 00 0{i}\n"
            ));
        }
        services.push_str(
            "D;Cantine;aide-alimentaire;aines;commune;;\nF;Colis;acces-droits;familles;commune;;\n",
        );
        let mut files = vec![
            ("besoins.csv", needs.into_bytes()),
            ("services.csv", services.into_bytes()),
            ("notes.xlsx", workbook_with_notes()),
        ];
        if orphans {
            files.push((
                "vide.csv",
                b"partenaire;besoin;public;priorite\n;isolement;aines;x\n".to_vec(),
            ));
            files.push(("casse.xlsx", b"pas un classeur".to_vec()));
        }
        files
    }

    /// A workbook with a needs sheet and a notes sheet (not a table, skipped).
    fn workbook_with_notes() -> Vec<u8> {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let needs = wb.add_worksheet();
        let _ = needs.set_name("Besoins");
        for (c, v) in ["partenaire", "besoin", "public", "priorite"].iter().enumerate() {
            let _ = needs.write_string(0, c as u16, *v);
        }
        for (c, v) in ["W", "isolement", "aines", "2"].iter().enumerate() {
            let _ = needs.write_string(1, c as u16, *v);
        }
        let notes = wb.add_worksheet();
        let _ = notes.set_name("Notes");
        let _ = notes.write_string(0, 0, "À relire avant l'envoi");
        wb.save_to_buffer().unwrap_or_else(|e| panic!("{e}"))
    }

    /// Renders sheets, index and terminal text in both languages, with and without a
    /// previous period and `--min-cell`, from runs that reach every branch.
    pub fn render_every_branch() {
        for lang in crate::model::Lang::ALL {
            for orphans in [true, false] {
                let (_dir, a) = analysis(&every_branch_files(orphans), lang);
                let now = crate::history::from_cells(&a.taxonomy, &a.cells);
                let mut past = crate::history::Past::default();
                files_ok(&a, &past, 0);
                for before in [Vec::new(), crafted_previous(&a), now.clone()] {
                    let changes = crate::history::compare(&a.taxonomy, &before, &now);
                    past.previous = Some((
                        crate::period::Period {
                            year: 2026,
                            quarter: 2,
                        },
                        changes,
                    ));
                    for min_cell in [0, 5] {
                        files_ok(&a, &past, min_cell);
                    }
                }
                for name in ["a", "zzz", "P", "b"] {
                    let _ = text_of(&a, &past, 0, (2026, 7, 1), name);
                }
            }
        }
    }

    fn files_ok(a: &Analysis, past: &Past, min_cell: u64) {
        let files = files(a, past, min_cell, (2026, 7, 1)).unwrap_or_else(|e| panic!("{e:#}"));
        assert!(files.iter().any(|(n, _)| n == "partenaires/index.html"));
        let mut facts = Facts::new(a, past, min_cell, (2026, 7, 1));
        for p in 0..facts.roster.partners.len() {
            let _ = text::sheet(&view::sheet(&facts, p));
        }
        // Bounds small enough to cut every list of these runs: what a region's pages say.
        facts.bounds = view::Bounds {
            rejects_per_file: 1,
            rejects_per_page: 1,
            candidacies: 1,
            services: 0,
            named_cells: 0,
        };
        for p in 0..facts.roster.partners.len() {
            let sheet = view::sheet(&facts, p);
            assert!(html::sheet(&sheet).is_ok());
            let _ = text::sheet(&sheet);
        }
        assert!(html::index(&view::index(&facts)).is_ok());
    }

    #[test]
    fn other_pages_link_a_partner_by_its_id() {
        let needs = b"partenaire;besoin;public;priorite\nCPAS de Waremme;isolement;aines;2\nA.S.B.L. Soleil;isolement;aines;2\nASBL Soleil;isolement;jeunes;2\n";
        let (_dir, a) = analysis(&[("b.csv", needs.to_vec())], crate::model::Lang::Fr);
        let id = |n: &str| a.partners.id(n).unwrap_or(u32::MAX);
        assert_eq!(sheet_file_name(&a, id("cpas de waremme")), "cpas-de-waremme.html");
        let roster = Roster::of(&a);
        assert_eq!(
            roster.href_from_top(id("CPAS de Waremme")),
            "partenaires/cpas-de-waremme.html"
        );
        assert_eq!(roster.file_of(id("A.S.B.L. Soleil")), "a-s-b-l-soleil.html");
        assert_eq!(roster.file_of(id("ASBL Soleil")), "asbl-soleil.html");
        assert_eq!(roster.file_of(99), "index.html");
    }

    #[test]
    fn every_branch_renders() {
        render_every_branch();
    }
}
