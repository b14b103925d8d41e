//! What every sheet looks up, computed once per run: where each cell is, which services
//! cover it, who reports it, each partner's services in guide order, its candidacies, and
//! the previous quarter's changes by cell. A region's run has hundreds of sheets: each
//! sheet then costs lookups, not scans of every service.

use rustc_hash::FxHashMap;

use crate::history::{Change, Past};
use crate::pipeline::Analysis;
use crate::taxonomy::Kind;

use super::roster::Roster;

/// A need cell: (besoin, public, territoire) indices.
pub type CellKey = (usize, usize, usize);

/// Why a partner is among a cell's candidates: SPEC's three ranks of reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// It runs a service listing the same need.
    Besoin,
    /// It runs a service in the same domain for the cell's public or `tous`.
    DomainePublic,
    /// It runs a service in the same domain.
    Domaine,
}

impl Reason {
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::Besoin => "raison-besoin",
            Reason::DomainePublic => "raison-domaine-public",
            Reason::Domaine => "raison-domaine",
        }
    }
}

/// The run's lookups, and what the sheets are rendered with.
pub struct Facts<'a> {
    pub a: &'a Analysis,
    pub min_cell: u64,
    pub date: (u16, u8, u8),
    pub roster: Roster,
    /// How much of each long list a page shows.
    pub bounds: super::view::Bounds,
    /// The previous period recorded, and the changes since, by cell codes.
    pub previous: Option<Previous<'a>>,
    /// Cell -> its index in [`Analysis::cells`].
    pub cell_at: FxHashMap<CellKey, usize>,
    /// (need, public, territory) a service declares -> its services, in guide order.
    services_at: FxHashMap<CellKey, Vec<u32>>,
    /// Cell -> the partners who report it, ascending.
    pub reporters: FxHashMap<CellKey, Vec<u32>>,
    /// Per partner id: its services in guide order, as indices into [`Analysis::services`].
    pub services_of: Vec<Vec<u32>>,
    /// Per partner id: (cell index, rank from 1) of the cells naming it as a candidate.
    pub candidacies: Vec<Vec<(usize, usize)>>,
    /// Per partner id: its range in [`Analysis::need_cells`] (sorted by partner).
    pub needs_of: Vec<std::ops::Range<usize>>,
    /// Each service's place in guide order.
    guide_rank: Vec<u32>,
    /// Per cell index: "N services to refer people to", formatted once for every page
    /// that counts them (a region's 500 pages share the taxonomy's cells).
    services_counted: Vec<std::sync::OnceLock<String>>,
}

impl<'a> Facts<'a> {
    pub fn new(a: &'a Analysis, past: &'a Past, min_cell: u64, date: (u16, u8, u8)) -> Facts<'a> {
        let n = a.partners.len();
        let order = crate::render::guide::ordered_indices(a);
        let mut guide_rank = vec![0u32; a.services.len()];
        let mut services_of = vec![Vec::new(); n];
        let mut services_at: FxHashMap<CellKey, Vec<u32>> = FxHashMap::default();
        for (rank, i) in order.iter().enumerate() {
            let s = &a.services[*i as usize];
            guide_rank[*i as usize] = rank as u32;
            services_of[s.partner as usize].push(*i);
            for b in s.row.besoins() {
                services_at
                    .entry((b, s.row.public(), s.row.territoire()))
                    .or_default()
                    .push(*i);
            }
        }
        let mut candidacies = vec![Vec::new(); n];
        for (ci, c) in a.cells.iter().enumerate() {
            for (rank, p) in c.candidats.iter().enumerate() {
                candidacies[*p as usize].push((ci, rank + 1));
            }
        }
        Facts {
            a,
            min_cell,
            date,
            roster: Roster::of(a),
            bounds: super::view::Bounds::PAGE,
            previous: previous(past),
            cell_at: a
                .cells
                .iter()
                .enumerate()
                .map(|(i, c)| ((c.besoin, c.public, c.territoire), i))
                .collect(),
            services_at,
            reporters: reporters(a),
            services_of,
            candidacies,
            needs_of: needs_of(a),
            guide_rank,
            services_counted: (0..a.cells.len()).map(|_| std::sync::OnceLock::new()).collect(),
        }
    }

    /// The first `max` services that cover a cell (SPEC: the need listed, the cell's public
    /// or `tous`, the cell's territory or `commune`), in guide order, and how many cover it.
    /// Each (need, public, territory) list is in guide order and a service is in one list
    /// of a cell only (it has one public and one territory): the first ones are a merge of
    /// the lists' heads, without sorting the thousands of a region's run.
    pub fn covering(&self, (b, p, t): CellKey, max: usize) -> (Vec<u32>, usize) {
        let tax = &self.a.taxonomy;
        let mut keys = vec![
            (b, p, t),
            (b, tax.tous, t),
            (b, p, tax.commune),
            (b, tax.tous, tax.commune),
        ];
        keys.sort_unstable();
        keys.dedup();
        let mut lists: Vec<&[u32]> = keys
            .iter()
            .filter_map(|k| self.services_at.get(k).map(Vec::as_slice))
            .collect();
        let total = lists.iter().map(|l| l.len()).sum();
        let mut first = Vec::with_capacity(max.min(total));
        while first.len() < max {
            let next = lists
                .iter_mut()
                .filter(|l| !l.is_empty())
                .min_by_key(|l| self.guide_rank[l[0] as usize]);
            let Some(list) = next else { break };
            first.push(list[0]);
            *list = &list[1..];
        }
        (first, total)
    }

    /// "N services to refer people to" for the cell at `ci`, covered by `n` services.
    pub fn services_counted(&self, ci: usize, n: usize) -> &str {
        self.services_counted[ci].get_or_init(|| {
            use crate::i18n::{n as number, t_args};
            t_args(self.a.lang, "besoins-services", &[("n", number(n as u64))])
        })
    }

    /// Why `partner` is a candidate for the cell: the best reason its services give.
    pub fn reason(&self, partner: u32, cell: &crate::analyse::Cell) -> Reason {
        let tax = &self.a.taxonomy;
        let mut best = Reason::Domaine;
        for i in &self.services_of[partner as usize] {
            let row = &self.a.services[*i as usize].row;
            if row.besoins().any(|b| b == cell.besoin) {
                return Reason::Besoin;
            }
            let in_domain = row.besoins().any(|b| tax.domain_of(b) == cell.domaine);
            if in_domain && (row.public() == cell.public || row.public() == tax.tous) {
                best = Reason::DomainePublic;
            }
        }
        best
    }

    /// The change of a cell since the previous period, when one is recorded.
    pub fn change(&self, (b, p, t): CellKey) -> Option<&'a Change> {
        let tax = &self.a.taxonomy;
        let key = (
            tax.code(Kind::Besoin, b),
            tax.code(Kind::Public, p),
            tax.code(Kind::Territoire, t),
        );
        self.previous.as_ref()?.1.get(&key).copied()
    }
}

/// The changes since the previous period, by cell codes.
type Previous<'a> = (
    crate::period::Period,
    FxHashMap<(&'a str, &'a str, &'a str), &'a Change>,
);

fn previous(past: &Past) -> Option<Previous<'_>> {
    let (p, changes) = past.previous.as_ref()?;
    let by_cell = changes
        .iter()
        .map(|c| ((c.besoin.as_str(), c.public.as_str(), c.territoire.as_str()), c))
        .collect();
    Some((*p, by_cell))
}

fn reporters(a: &Analysis) -> FxHashMap<CellKey, Vec<u32>> {
    let mut out: FxHashMap<CellKey, Vec<u32>> = FxHashMap::default();
    // Need cells are sorted by partner: each list comes out ascending.
    for f in &a.need_cells {
        out.entry((f.besoin, f.public, f.territoire))
            .or_default()
            .push(f.partner);
    }
    out
}

fn needs_of(a: &Analysis) -> Vec<std::ops::Range<usize>> {
    let mut out = vec![0..0; a.partners.len()];
    let mut start = 0;
    while start < a.need_cells.len() {
        let p = a.need_cells[start].partner;
        let end = start
            + a.need_cells[start..]
                .iter()
                .take_while(|f| f.partner == p)
                .count();
        out[p as usize] = start..end;
        start = end;
    }
    out
}
