//! Who gets a sheet, under which file name, and which rejected rows go on it.
//!
//! A sheet goes to every partner of the analysis and to every partner named only on
//! rejected rows (a partner none of whose rows could be used is the one with most to
//! correct). Rejected rows follow SPEC ("Partner sheets"): a row belongs to the partner
//! named on it; a row naming none, and a file-level rejection, belong to every partner
//! named in the other rows of the same table. A table that names no partner at all (a
//! workbook's notes sheet, skipped) belongs to the partners named in the rest of its file,
//! who sent it; a file that names none belongs to no one, and goes to the index.

use std::collections::{BTreeSet, HashMap};

use crate::fold::partner_key;
use crate::model::Place;
use crate::pipeline::Analysis;
use crate::sanitize::cut;

/// A partner with a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetPartner {
    /// Folded name (SPEC's partner identity).
    pub key: String,
    /// Display name: the analysis's, or the most frequent spelling on its rejected rows,
    /// as pages quote it (cut to 200 characters, SPEC "Bad input").
    pub name: String,
    /// Its id in the analysis; `None` when it is named only on rejected rows.
    pub id: Option<u32>,
    /// Its sheet's file name inside `partenaires/`, e.g. `cpas-de-waremme.html`.
    pub file: String,
}

/// The partners with a sheet, in folded-name order, and their rejected rows.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    pub partners: Vec<SheetPartner>,
    /// Analysis id -> index in `partners`.
    of_id: Vec<usize>,
    /// Per partner (index in `partners`), its rejected rows: indices into
    /// [`Analysis::rejections`], in `rejets.csv` order.
    pub rejections: Vec<Vec<usize>>,
    /// Rejected rows that belong to no partner, for `index.html`.
    pub unowned: Vec<usize>,
    /// Per partner, the tables that name it: indices into [`Analysis::tallies`].
    pub tables: Vec<Vec<usize>>,
}

/// How many characters a slug keeps (SPEC, "Partner sheets"): a file name stays a file
/// name whatever the length of the partner's name.
pub const SLUG_CHARS: usize = 60;

/// The slug SPEC defines: the folded name with every run of characters other than `a-z0-9`
/// replaced by one `-`, trimmed of `-`, cut to its first [`SLUG_CHARS`] characters and
/// trimmed of `-` again ("CPAS de Waremme" → `cpas-de-waremme`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in partner_key(name).chars() {
        if out.len() > SLUG_CHARS {
            break;
        }
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    cut_slug(&out, SLUG_CHARS).to_string()
}

/// A slug (ASCII) cut to `max` characters and trimmed of `-`.
fn cut_slug(s: &str, max: usize) -> &str {
    crate::sanitize::prefix(s, max).trim_matches('-')
}

/// The `n`th file name of a slug (`n` ≥ 2) when others took the first ones: `base-n`, the
/// base cut so that the whole still holds in [`SLUG_CHARS`] characters.
pub fn numbered(base: &str, n: usize) -> String {
    let tail = format!("-{n}");
    let kept = cut_slug(base, SLUG_CHARS.saturating_sub(tail.len()));
    format!("{kept}{tail}")
}

/// File names for slugs given in folded-name order: the first of a slug keeps it, the next
/// ones get `-2`, `-3`… (the first free one: "A", "A." and "A 2" give `a`, `a-3`, `a-2`).
/// `index` is never a partner's (it is the list of sheets), nor an empty slug (`partenaire`).
// Two partners whose folded names differ only by punctuation ("A.S.B.L. Soleil" and
// "ASBL Soleil") share a slug; the order of folded names decides who keeps it, so the same
// inputs always give the same files.
fn file_names(slugs: &[String]) -> Vec<String> {
    let mut taken: BTreeSet<String> = slugs.iter().cloned().collect();
    taken.insert("index".into());
    let mut given: BTreeSet<String> = BTreeSet::new();
    // Per base, the next number to try: thousands of names sharing their first 60
    // characters are numbered in one pass, not each from 2 again.
    let mut next: HashMap<&str, usize> = HashMap::new();
    slugs
        .iter()
        .map(|s| {
            let base = if s.is_empty() { "partenaire" } else { s.as_str() };
            let name = if base != "index" && given.insert(base.to_string()) {
                base.to_string()
            } else {
                let n = next.entry(base).or_insert(2);
                let free = (*n..)
                    .map(|k| (k, numbered(base, k)))
                    .find(|(_, c)| !taken.contains(c) && !given.contains(c))
                    .map_or_else(String::new, |(k, c)| {
                        *n = k + 1;
                        c
                    });
                given.insert(free.clone());
                taken.insert(free.clone());
                free
            };
            format!("{name}.html")
        })
        .collect()
}

impl Roster {
    /// Everyone with a sheet, their file names, and their rejected rows.
    pub fn of(a: &Analysis) -> Roster {
        let mut partners = partners_of(a);
        let slugs: Vec<String> = partners.iter().map(|p| slug(&p.key)).collect();
        for (p, file) in partners.iter_mut().zip(file_names(&slugs)) {
            p.file = file;
        }
        let index: HashMap<&str, usize> = partners
            .iter()
            .enumerate()
            .map(|(i, p)| (p.key.as_str(), i))
            .collect();
        let mut of_id = vec![0; a.partners.len()];
        for (i, p) in partners.iter().enumerate() {
            if let Some(id) = p.id {
                of_id[id as usize] = i;
            }
        }
        let named = by_file_when_unnamed(a, named_in_tables(a, &index, &of_id));
        let (rejections, unowned) = owners(a, &index, &named, partners.len());
        let mut tables = vec![Vec::new(); partners.len()];
        for (t, names) in named.iter().enumerate() {
            for p in names {
                tables[*p].push(t);
            }
        }
        drop(index);
        Roster {
            partners,
            of_id,
            rejections,
            unowned,
            tables,
        }
    }

    /// The sheet of a partner of the analysis (by its id): its index in `partners`.
    pub fn index_of(&self, id: u32) -> Option<usize> {
        self.of_id.get(id as usize).copied()
    }

    /// The file name of a partner's sheet inside `partenaires/`, e.g. `cpas-de-waremme.html`
    /// (`index.html` for an id the analysis does not have).
    pub fn file_of(&self, id: u32) -> &str {
        self.index_of(id)
            .and_then(|i| self.partners.get(i))
            .map_or("index.html", |p| p.file.as_str())
    }

    /// A link to a partner's sheet from a page at the top of the period folder (such as
    /// `rapport.html`): `partenaires/cpas-de-waremme.html`.
    pub fn href_from_top(&self, id: u32) -> String {
        format!("{}/{}", super::DIR, self.file_of(id))
    }

    /// The partner whose folded name is the folded `name`.
    pub fn find(&self, name: &str) -> Option<usize> {
        let key = partner_key(name);
        self.partners.iter().position(|p| p.key == key)
    }
}

/// The analysis's partners and those named only on rejected rows, by folded name.
fn partners_of(a: &Analysis) -> Vec<SheetPartner> {
    let mut list: Vec<SheetPartner> = (0..a.partners.len())
        .map(|i| SheetPartner {
            key: a.partners.keys[i].clone(),
            name: cut(&a.partners.names[i]).into_owned(),
            id: Some(i as u32),
            file: String::new(),
        })
        .collect();
    // Spellings on rejected rows of partners the analysis does not know: each row counted
    // once (a row with two problems is two lines), the first seen wins ties.
    let mut spellings: HashMap<String, Vec<(String, u64)>> = HashMap::new();
    let mut last_row: Option<(&Place, Option<u32>)> = None;
    for r in &a.rejections {
        let row = (&r.place, r.line);
        if r.partner.is_empty() || last_row == Some(row) {
            continue;
        }
        last_row = Some(row);
        let key = partner_key(&r.partner);
        if key.is_empty() || a.partners.id(&r.partner).is_some() {
            continue;
        }
        let seen = spellings.entry(key).or_default();
        match seen.iter_mut().find(|(s, _)| *s == r.partner) {
            Some(s) => s.1 += 1,
            None => seen.push((r.partner.clone(), 1)),
        }
    }
    for (key, seen) in spellings {
        // The largest count; among equals, the first seen (max_by_key keeps the last).
        let best = seen
            .iter()
            .rev()
            .max_by_key(|(_, n)| *n)
            .map_or(String::new(), |(s, _)| cut(s).into_owned());
        list.push(SheetPartner {
            key,
            name: best,
            id: None,
            file: String::new(),
        });
    }
    list.sort_by(|x, y| x.key.cmp(&y.key));
    list
}

/// Per table, the partners named in it: in its used rows, and on its rejected rows.
fn named_in_tables(a: &Analysis, index: &HashMap<&str, usize>, of_id: &[usize]) -> Vec<BTreeSet<usize>> {
    let mut named: Vec<BTreeSet<usize>> = a
        .table_partners
        .iter()
        .map(|ids| ids.iter().map(|id| of_id[*id as usize]).collect())
        .collect();
    named.resize(a.tallies.len(), BTreeSet::new());
    let table_of = tables_by_place(a);
    for r in &a.rejections {
        if let (Some(t), Some(p)) = (
            table_of.get(&r.place),
            index.get(partner_key(&r.partner).as_str()),
        ) {
            named[*t].insert(*p);
        }
    }
    named
}

/// A table naming no partner takes the partners named in the rest of its file.
fn by_file_when_unnamed(a: &Analysis, mut named: Vec<BTreeSet<usize>>) -> Vec<BTreeSet<usize>> {
    let mut of_file: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for (t, names) in named.iter().enumerate() {
        of_file
            .entry(a.tallies[t].place.file.as_str())
            .or_default()
            .extend(names.iter().copied());
    }
    for (t, names) in named.iter_mut().enumerate() {
        if names.is_empty() {
            if let Some(file) = of_file.get(a.tallies[t].place.file.as_str()) {
                names.clone_from(file);
            }
        }
    }
    named
}

fn tables_by_place(a: &Analysis) -> HashMap<&Place, usize> {
    a.tallies.iter().enumerate().map(|(i, t)| (&t.place, i)).collect()
}

/// Each rejected row to its partner, or to every partner named in its table, or to no one.
fn owners(
    a: &Analysis,
    index: &HashMap<&str, usize>,
    named: &[BTreeSet<usize>],
    n: usize,
) -> (Vec<Vec<usize>>, Vec<usize>) {
    let table_of = tables_by_place(a);
    let mut per = vec![Vec::new(); n];
    let mut unowned = Vec::new();
    for (i, r) in a.rejections.iter().enumerate() {
        if let Some(p) = index.get(partner_key(&r.partner).as_str()) {
            per[*p].push(i);
            continue;
        }
        let shared = table_of.get(&r.place).map(|t| &named[*t]);
        match shared.filter(|s| !s.is_empty()) {
            Some(partners) => partners.iter().for_each(|p| per[*p].push(i)),
            None => unowned.push(i),
        }
    }
    (per, unowned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_spec() {
        assert_eq!(slug("CPAS de Waremme"), "cpas-de-waremme");
        assert_eq!(
            slug("  Croix-Rouge — section de Waremme "),
            "croix-rouge-section-de-waremme"
        );
        assert_eq!(slug("Alpha Hesbaye d'Oleye"), "alpha-hesbaye-d-oleye");
        assert_eq!(slug("<script>alert(1)</script>"), "script-alert-1-script");
        assert_eq!(slug("«»"), "");
        // Cut to 60 characters, then trimmed of `-` again.
        let long = format!("{}  b{}", "a".repeat(59), "c".repeat(5_000));
        assert_eq!(slug(&long), "a".repeat(59));
        assert_eq!(slug(&"é".repeat(100)), "e".repeat(60));
    }

    #[test]
    fn numbered_file_names_hold_in_60_characters() {
        let base = "a".repeat(60);
        assert_eq!(numbered(&base, 2), format!("{}-2", "a".repeat(58)));
        assert_eq!(numbered("ab-cd", 12), "ab-cd-12");
        let many: Vec<String> = vec![base.clone(); 10_000];
        let files = file_names(&many);
        let distinct: BTreeSet<&String> = files.iter().collect();
        assert_eq!(distinct.len(), 10_000);
        assert!(files.iter().all(|f| f.len() <= 60 + ".html".len()), "{files:?}");
        assert_eq!(files[9_999], format!("{}-10000.html", "a".repeat(54)));
    }

    #[test]
    fn colliding_slugs_get_distinct_files() {
        let s = |v: &[&str]| file_names(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(
            s(&["asbl-soleil", "asbl-soleil"]),
            ["asbl-soleil.html", "asbl-soleil-2.html"]
        );
        assert_eq!(s(&["a", "a", "a-2"]), ["a.html", "a-3.html", "a-2.html"]);
        assert_eq!(s(&["index", ""]), ["index-2.html", "partenaire.html"]);
    }
}
