//! The gap engine: need cells against the services that cover them, with SPEC's rules
//! ("The gap rules"), computed with polars' lazy API.
//!
//! Inputs are the validated rows with taxonomy indices and partner ids; partner ids are
//! given in the order of the partners' folded names, so sorting by id is SPEC's tie rule
//! for candidates. Outputs are plain rows, sorted in taxonomy order.

use polars::prelude::*;

use crate::taxonomy::{Kind, Taxonomy};

/// The status of a need cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    NonCouvert,
    Partiel,
    Couvert,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::NonCouvert, Status::Partiel, Status::Couvert];

    pub fn code(self) -> &'static str {
        match self {
            Status::NonCouvert => "non-couvert",
            Status::Partiel => "partiel",
            Status::Couvert => "couvert",
        }
    }

    pub fn from_code(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.code() == s)
    }

    /// Not couvert: a gap.
    pub fn is_gap(self) -> bool {
        self != Status::Couvert
    }
}

/// One row of `cadastre.csv`, with taxonomy indices and partner ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub domaine: usize,
    pub besoin: usize,
    pub public: usize,
    pub territoire: usize,
    pub demande_mentions: u64,
    pub demande_personnes: Option<u64>,
    pub priorite_max: u8,
    pub offre_services: u64,
    pub offre_capacite: Option<u64>,
    pub statut: Status,
    pub personnes_non_couvertes: Option<u64>,
    /// Partner ids, best first, at most 3.
    pub candidats: Vec<u32>,
    /// Partner ids whose services cover the cell, ascending.
    pub covered_by: Vec<u32>,
}

/// A need cell as one partner expressed it (duplicates folded), reduced to what the engine
/// needs.
#[derive(Debug, Clone, Copy)]
pub struct NeedFact {
    pub partner: u32,
    pub besoin: usize,
    pub public: usize,
    pub territoire: usize,
    pub priorite: u8,
    pub personnes: Option<u64>,
}

/// A service reduced to what the engine needs.
#[derive(Debug, Clone)]
pub struct ServiceFact {
    pub partner: u32,
    pub besoins: Vec<usize>,
    pub public: usize,
    pub territoire: usize,
    pub capacite: Option<u64>,
}

/// The services as the engine's columns: one row per (service, need it lists), the shape
/// every join below wants. Filled service by service, so no copy of the services is made.
#[derive(Default)]
pub struct Offer {
    partner: Vec<u32>,
    besoin: Vec<u32>,
    domaine: Vec<u32>,
    public: Vec<u32>,
    territoire: Vec<u32>,
    capacite: Vec<Option<u64>>,
}

impl Offer {
    pub fn push(
        &mut self,
        tax: &Taxonomy,
        partner: u32,
        besoins: impl Iterator<Item = usize>,
        public: usize,
        territoire: usize,
        capacite: Option<u64>,
    ) {
        for b in besoins {
            self.partner.push(partner);
            self.besoin.push(b as u32);
            self.domaine.push(tax.domain_of(b) as u32);
            self.public.push(public as u32);
            self.territoire.push(territoire as u32);
            self.capacite.push(capacite);
        }
    }
}

fn u32s(v: impl Iterator<Item = usize>) -> Vec<u32> {
    v.map(|x| x as u32).collect()
}

/// How the engine packs several small numbers into one `u64`. Grouping, deduplicating and
/// joining on one integer column is far quicker than on several: polars encodes a
/// multi-column key row by row into bytes and hashes those, which was most of the engine's
/// time on a region's run.
///
/// A need cell is `besoin`, `public` and `territoire` side by side, each in as many bits as
/// its taxonomy list needs, so the numbers sort as the cells do in taxonomy order and fit
/// in 32 bits; a pair (cell, partner) is then `cell × 2³² + partner`.
#[derive(Debug, Clone, Copy)]
struct Packing {
    /// Bits of `public` and of `territoire`.
    public_bits: u32,
    territoire_bits: u32,
}

/// 2³²: the place of the higher half of a pair.
const HIGH: u64 = 1 << 32;

/// The bits an index below `n` takes (at least one).
fn bits(n: usize) -> u32 {
    (usize::BITS - n.saturating_sub(1).leading_zeros()).max(1)
}

impl Packing {
    /// The packing for a taxonomy, or an error naming the lists that are too long to pack
    /// (their cells must number under 2³²; SPEC's taxonomy has a few thousand).
    fn of(tax: &Taxonomy) -> PolarsResult<Packing> {
        let width = |k: Kind| bits(tax.list(k).len());
        let (b, p, t, d) = (
            width(Kind::Besoin),
            width(Kind::Public),
            width(Kind::Territoire),
            width(Kind::Domaine),
        );
        if b + p + t > 32 || d + p > 32 {
            // Out of reach while the taxonomy caps its lists (16 + 8 + 8 bits); worded in
            // French, the run's language not being at hand here.
            let why = crate::error::Said::new("lecture-taxo-trop-grande", &[])
                .text("besoins", tax.list(Kind::Besoin).len().to_string())
                .text("publics", tax.list(Kind::Public).len().to_string())
                .text("territoires", tax.list(Kind::Territoire).len().to_string());
            polars_bail!(ComputeError: "{}", why);
        }
        Ok(Packing {
            public_bits: p,
            territoire_bits: t,
        })
    }

    /// The cell's number, in Rust.
    fn cell(self, besoin: usize, public: usize, territoire: usize) -> u64 {
        ((besoin as u64) << (self.public_bits + self.territoire_bits))
            | ((public as u64) << self.territoire_bits)
            | territoire as u64
    }

    /// The cell's number, as a polars expression.
    fn cell_expr(self, besoin: Expr, public: Expr, territoire: Expr) -> Expr {
        u64e(besoin) * lit(1u64 << (self.public_bits + self.territoire_bits))
            + u64e(public) * lit(1u64 << self.territoire_bits)
            + u64e(territoire)
    }

    /// A domain and a public as one number.
    fn domain_public(self, domaine: Expr, public: Expr) -> Expr {
        u64e(domaine) * lit(1u64 << self.public_bits) + u64e(public)
    }
}

fn u64e(e: Expr) -> Expr {
    e.cast(DataType::UInt64)
}

/// A pair as one number: `high` (below 2³²) × 2³² + `partner`.
fn pair(high: Expr, partner: Expr) -> Expr {
    u64e(high) * lit(HIGH) + u64e(partner)
}

fn cell_cols() -> [Expr; 1] {
    [col("cell")]
}

/// What a need cell is made of, kept through a group-by on its number (the same in every
/// row of a group).
fn cell_parts() -> [Expr; 4] {
    ["besoin", "public", "territoire", "domaine"].map(|c| col(c).first())
}

/// Computes the cadastre: one [`Cell`] per need cell, sorted by domain, need, public and
/// territory in taxonomy order.
pub fn cadastre(tax: &Taxonomy, needs: &[NeedFact], services: &[ServiceFact]) -> PolarsResult<Vec<Cell>> {
    let mut offer = Offer::default();
    for s in services {
        offer.push(
            tax,
            s.partner,
            s.besoins.iter().copied(),
            s.public,
            s.territoire,
            s.capacite,
        );
    }
    cadastre_of(tax, needs, offer, Folded::No)
}

/// Whether the need facts given to [`cadastre_of`] are already one per partner and cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folded {
    /// A partner may repeat a cell: the engine folds the repeats first.
    No,
    /// One fact per partner and cell (the pipeline folds them as it reads).
    Yes,
}

/// [`cadastre`], with the services already as columns. The rules in SPEC's order: the
/// demand of each cell, the services that cover it, its status, then its candidates.
pub fn cadastre_of(
    tax: &Taxonomy,
    needs: &[NeedFact],
    offer: Offer,
    folded: Folded,
) -> PolarsResult<Vec<Cell>> {
    if needs.is_empty() {
        return Ok(Vec::new());
    }
    let pack = Packing::of(tax)?;
    let cells = demand(need_frame(tax, pack, needs)?.lazy(), folded).cache();
    let cover = Coverage::of(tax, pack, &cells, service_frame(pack, offer)?.lazy())?;
    let table = statuses(cells, &cover).cache();
    let candidates = candidates(tax, pack, &table, &cover)?;
    let out = table
        .join(
            candidates,
            cell_cols(),
            cell_cols(),
            JoinArgs::new(JoinType::Left),
        )
        .sort(["domaine", "cell"], SortMultipleOptions::default())
        .collect()?;
    extract(&out)
}

/// One row per need fact, keyed by its packed cell.
fn need_frame(tax: &Taxonomy, pack: Packing, needs: &[NeedFact]) -> PolarsResult<DataFrame> {
    df!(
        "cell" => needs.iter().map(|n| pack.cell(n.besoin, n.public, n.territoire)).collect::<Vec<_>>(),
        "partner" => needs.iter().map(|n| n.partner).collect::<Vec<_>>(),
        "besoin" => u32s(needs.iter().map(|n| n.besoin)),
        "public" => u32s(needs.iter().map(|n| n.public)),
        "territoire" => u32s(needs.iter().map(|n| n.territoire)),
        "domaine" => u32s(needs.iter().map(|n| tax.domain_of(n.besoin))),
        "priorite" => needs.iter().map(|n| u32::from(n.priorite)).collect::<Vec<_>>(),
        "personnes" => needs.iter().map(|n| n.personnes).collect::<Vec<_>>(),
    )
}

/// One row per (service, need), keyed by its packed service cell.
fn service_frame(pack: Packing, offer: Offer) -> PolarsResult<DataFrame> {
    let s_cell: Vec<u64> = (0..offer.besoin.len())
        .map(|i| {
            pack.cell(
                offer.besoin[i] as usize,
                offer.public[i] as usize,
                offer.territoire[i] as usize,
            )
        })
        .collect();
    df!(
        "s_cell" => s_cell,
        "s_partner" => offer.partner,
        "besoin" => offer.besoin,
        "s_domaine" => offer.domaine,
        "s_public" => offer.public,
        "capacite" => offer.capacite,
    )
}

/// The demand side of each cell: `demande_mentions` (distinct partners),
/// `demande_personnes` (sum of the known estimates, empty if none), `priorite_max`.
fn demand(needs: LazyFrame, folded: Folded) -> LazyFrame {
    // A partner repeating a cell counts once, with its largest estimate and highest priority.
    // Folding again what the pipeline folded is a group-by over every partner cell for
    // nothing (a tenth of the engine's time on a region's run).
    let folded = match folded {
        Folded::Yes => needs,
        Folded::No => needs
            .with_column(pair(col("cell"), col("partner")).alias("k"))
            .group_by([col("k")])
            .agg(
                [col("cell").first()]
                    .into_iter()
                    .chain(cell_parts())
                    .chain([col("priorite").max(), col("personnes").max()])
                    .collect::<Vec<_>>(),
            ),
    };
    folded
        .group_by([col("cell")])
        .agg(
            cell_parts()
                .into_iter()
                .chain([
                    len().cast(DataType::UInt64).alias("demande_mentions"),
                    col("personnes").sum().alias("p_sum"),
                    col("personnes").count().alias("p_known"),
                    col("priorite").max().alias("priorite_max"),
                ])
                .collect::<Vec<_>>(),
        )
        .with_column(
            when(col("p_known").gt(lit(0)))
                .then(col("p_sum"))
                .otherwise(lit(NULL).cast(DataType::UInt64))
                .alias("demande_personnes"),
        )
        .select([
            col("cell"),
            col("besoin"),
            col("public"),
            col("territoire"),
            col("domaine"),
            col("demande_mentions"),
            col("demande_personnes"),
            col("priorite_max"),
        ])
}

/// Each (key, partner) once: a partner may cover a cell through several service cells.
fn distinct(lf: LazyFrame, key: Expr) -> LazyFrame {
    lf.with_column(key.alias("k"))
        .unique(Some(cols(["k"])), UniqueKeepStrategy::Any)
}

/// Which services cover which cells. A service covers a cell when it lists the need,
/// serves its public or `tous`, in its territory or the whole `commune`.
struct Coverage {
    /// Per need cell, the service cells that cover it (`cell`, `l_cell`).
    lookups: LazyFrame,
    /// One row per (service, need).
    services: LazyFrame,
    /// Which partners offer each service cell, with its need, domain and public.
    svc_partners: LazyFrame,
    /// Each (cell, covering partner) once, keyed `k`.
    covering_partners: LazyFrame,
}

impl Coverage {
    fn of(tax: &Taxonomy, pack: Packing, cells: &LazyFrame, services: LazyFrame) -> PolarsResult<Coverage> {
        let lookups = Self::lookups(tax, pack, cells)?;
        // Which partners offer each service cell: a few partners a cell, where a region has
        // millions of (service, need) rows. The candidates are read from it too.
        let svc_partners = distinct(
            services.clone().select([
                col("s_cell"),
                col("s_partner"),
                col("besoin"),
                col("s_domaine"),
                col("s_public"),
            ]),
            pair(col("s_cell"), col("s_partner")),
        )
        .cache();
        let covering_partners = distinct(
            join_covering(
                &lookups,
                svc_partners.clone().select([col("s_cell"), col("s_partner")]),
            )
            .select([col("cell"), col("s_partner")]),
            pair(col("cell"), col("s_partner")),
        )
        .cache();
        Ok(Coverage {
            lookups,
            services,
            svc_partners,
            covering_partners,
        })
    }

    /// Per need cell, the service cells that cover it: its own public or `tous`, its own
    /// territory or `commune`; each once, even when the cell's public is `tous` itself.
    /// Joining on them finds exactly the covering services, where joining on the need
    /// alone and filtering made 1.2 million rows on a 1M-row run to keep 80,000.
    fn lookups(tax: &Taxonomy, pack: Packing, cells: &LazyFrame) -> PolarsResult<LazyFrame> {
        let (tous, commune) = (tax.tous as u32, tax.commune as u32);
        let (any_public, any_place) = (
            lit(tous).cast(DataType::UInt32),
            lit(commune).cast(DataType::UInt32),
        );
        let own_public = || col("public").neq(lit(tous));
        let own_place = || col("territoire").neq(lit(commune));
        let lookup = |public: Expr, territoire: Expr, keep: Expr| {
            cells.clone().filter(keep).select([
                col("cell"),
                pack.cell_expr(col("besoin"), public, territoire).alias("l_cell"),
            ])
        };
        Ok(concat(
            [
                lookup(col("public"), col("territoire"), lit(true)),
                lookup(any_public.clone(), col("territoire"), own_public()),
                lookup(col("public"), any_place.clone(), own_place()),
                lookup(any_public, any_place, own_public().and(own_place())),
            ],
            UnionArgs::default(),
        )?
        .cache())
    }

    /// The rows of `services` (keyed `s_cell`) that cover each cell.
    fn covering(&self, services: LazyFrame) -> LazyFrame {
        join_covering(&self.lookups, services)
    }

    /// Per cell: `offre_services`, and the capacities' sum and count. Services are first
    /// reduced per service cell, so that a million services make a few thousand rows.
    fn offer(&self) -> LazyFrame {
        let svc_groups = self.services.clone().group_by([col("s_cell")]).agg([
            len().cast(DataType::UInt64).alias("n"),
            col("capacite").sum().alias("g_sum"),
            col("capacite").count().cast(DataType::UInt64).alias("g_known"),
        ]);
        self.covering(svc_groups).group_by(cell_cols()).agg([
            col("n").sum().alias("offre_services"),
            col("g_sum").sum().alias("c_sum"),
            col("g_known").sum().alias("c_known"),
        ])
    }

    /// Per cell, its covering partners in id order.
    fn covered_by(&self) -> LazyFrame {
        self.covering_partners
            .clone()
            .group_by(cell_cols())
            .agg([col("s_partner").sort(SortOptions::default()).alias("covered_by")])
    }
}

/// The rows of `services` (keyed `s_cell`) that cover each cell of `lookups`.
fn join_covering(lookups: &LazyFrame, services: LazyFrame) -> LazyFrame {
    lookups.clone().join(
        services,
        [col("l_cell")],
        [col("s_cell")],
        JoinArgs::new(JoinType::Inner),
    )
}

/// The supply side and the verdict: `offre_services`, `offre_capacite` (empty if no
/// covering service declares one), `statut`, `personnes_non_couvertes`.
fn statuses(cells: LazyFrame, cover: &Coverage) -> LazyFrame {
    let dp = || col("demande_personnes");
    let cap = || col("offre_capacite");
    cells
        .join(
            cover.offer(),
            cell_cols(),
            cell_cols(),
            JoinArgs::new(JoinType::Left),
        )
        .join(
            cover.covered_by(),
            cell_cols(),
            cell_cols(),
            JoinArgs::new(JoinType::Left),
        )
        .with_columns([
            col("offre_services").fill_null(lit(0u64)),
            when(col("c_known").gt(lit(0)))
                .then(col("c_sum"))
                .otherwise(lit(NULL).cast(DataType::UInt64))
                .alias("offre_capacite"),
        ])
        .with_column(
            when(col("offre_services").eq(lit(0u64)))
                .then(lit(Status::NonCouvert.code()))
                .when(dp().is_not_null().and(cap().is_not_null()).and(cap().lt(dp())))
                .then(lit(Status::Partiel.code()))
                .otherwise(lit(Status::Couvert.code()))
                .alias("statut"),
        )
        .with_column(
            when(dp().is_null())
                .then(lit(NULL).cast(DataType::UInt64))
                .when(col("statut").eq(lit(Status::NonCouvert.code())))
                .then(dp())
                .when(col("statut").eq(lit(Status::Partiel.code())))
                .then(dp() - cap())
                .otherwise(lit(0u64))
                .alias("personnes_non_couvertes"),
        )
}

/// Who could take charge of a gap: partners with a service in the cell's domain, ranked
/// 1 (same need), 2 (same domain, the cell's public or `tous`), 3 (same domain); each at
/// its best rank; the cell's covering partners left out; ties by partner id, which is the
/// order of folded names; three at most.
/// Each rank is its own small join (the partners of a need, of a domain and public, of a
/// domain), rather than every gap against every service of its domain, which made a
/// quarter of a million rows on a 1M-row run.
fn candidates(tax: &Taxonomy, pack: Packing, table: &LazyFrame, cover: &Coverage) -> PolarsResult<LazyFrame> {
    let tous = tax.tous as u32;
    let gaps = table
        .clone()
        .filter(col("statut").neq(lit(Status::Couvert.code())))
        .select([
            col("cell"),
            col("besoin"),
            pack.domain_public(col("domaine"), col("public")).alias("g_own"),
            pack.domain_public(col("domaine"), lit(tous).cast(DataType::UInt32))
                .alias("g_any"),
            col("domaine"),
        ])
        .cache();
    let offered = |key: Expr| {
        distinct(
            cover
                .svc_partners
                .clone()
                .select([key.alias("o_key"), col("s_partner")]),
            pair(col("o_key"), col("s_partner")),
        )
        .select([col("o_key"), col("s_partner")])
    };
    let by_need = offered(col("besoin"));
    let by_domain_public = offered(pack.domain_public(col("s_domaine"), col("s_public"))).cache();
    let by_domain = offered(col("s_domaine"));
    let ranked = |on: &str, partners: LazyFrame, rank: u32| {
        gaps.clone()
            .join(
                partners,
                [col(on)],
                [col("o_key")],
                JoinArgs::new(JoinType::Inner),
            )
            .select([col("cell"), col("s_partner"), lit(rank).alias("rank")])
    };
    Ok(concat(
        [
            ranked("besoin", by_need, 1),
            ranked("g_own", by_domain_public.clone(), 2),
            ranked("g_any", by_domain_public, 2),
            ranked("domaine", by_domain, 3),
        ],
        UnionArgs::default(),
    )?
    .with_column(pair(col("cell"), col("s_partner")).alias("k"))
    .group_by([col("k")])
    .agg([col("cell").first(), col("s_partner").first(), col("rank").min()])
    .join(
        cover.covering_partners.clone(),
        [col("k")],
        [col("k")],
        JoinArgs::new(JoinType::Anti),
    )
    .group_by(cell_cols())
    .agg([col("s_partner")
        .sort_by([col("rank"), col("s_partner")], SortMultipleOptions::default())
        .head(Some(3))
        .alias("candidats")]))
}

fn list_u32(series: Option<Series>) -> PolarsResult<Vec<u32>> {
    match series {
        None => Ok(Vec::new()),
        Some(s) => Ok(s.u32()?.iter().flatten().collect()),
    }
}

/// Turns the engine's frame into plain rows.
fn extract(df: &DataFrame) -> PolarsResult<Vec<Cell>> {
    let u32c = |name: &str| -> PolarsResult<Vec<u32>> {
        Ok(df
            .column(name)?
            .cast(&DataType::UInt32)?
            .u32()?
            .iter()
            .map(|v| v.unwrap_or(0))
            .collect())
    };
    let u64c = |name: &str| -> PolarsResult<Vec<Option<u64>>> {
        Ok(df.column(name)?.cast(&DataType::UInt64)?.u64()?.iter().collect())
    };
    let (domaine, besoin, public, territoire) = (
        u32c("domaine")?,
        u32c("besoin")?,
        u32c("public")?,
        u32c("territoire")?,
    );
    let mentions = u64c("demande_mentions")?;
    let personnes = u64c("demande_personnes")?;
    let prio = u32c("priorite_max")?;
    let services = u64c("offre_services")?;
    let capacite = u64c("offre_capacite")?;
    let non_couvertes = u64c("personnes_non_couvertes")?;
    let statut: Vec<Status> = df
        .column("statut")?
        .str()?
        .iter()
        .map(|s| s.and_then(Status::from_code).unwrap_or(Status::NonCouvert))
        .collect();
    let candidats = df.column("candidats")?.list()?.clone();
    let covered = df.column("covered_by")?.list()?.clone();
    let mut out = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        out.push(Cell {
            domaine: domaine[i] as usize,
            besoin: besoin[i] as usize,
            public: public[i] as usize,
            territoire: territoire[i] as usize,
            demande_mentions: mentions[i].unwrap_or(0),
            demande_personnes: personnes[i],
            priorite_max: prio[i] as u8,
            offre_services: services[i].unwrap_or(0),
            offre_capacite: capacite[i],
            statut: statut[i],
            personnes_non_couvertes: non_couvertes[i],
            candidats: list_u32(candidats.get_as_series(i))?,
            covered_by: list_u32(covered.get_as_series(i))?,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_cells_are_distinct_and_sort_as_the_cells() {
        let pack = Packing {
            public_bits: bits(13),
            territoire_bits: bits(16),
        };
        assert_eq!((pack.public_bits, pack.territoire_bits), (4, 4));
        let mut cells = vec![
            (0, 0, 0),
            (0, 0, 15),
            (0, 1, 0),
            (0, 12, 15),
            (1, 0, 0),
            (2, 3, 4),
            (200, 0, 1),
            (200, 12, 15),
        ];
        cells.reverse();
        let mut by_key = cells.clone();
        by_key.sort_by_key(|&(b, p, t)| pack.cell(b, p, t));
        cells.sort();
        assert_eq!(by_key, cells);
        let keys: std::collections::BTreeSet<u64> =
            cells.iter().map(|&(b, p, t)| pack.cell(b, p, t)).collect();
        assert_eq!(keys.len(), cells.len());
        assert!(keys.iter().all(|k| *k < HIGH));
    }

    #[test]
    fn an_index_below_n_takes_the_bits_it_needs() {
        assert_eq!(
            [0, 1, 2, 3, 4, 5, 8, 9, 256, 257].map(bits),
            [1, 1, 1, 2, 2, 3, 3, 4, 8, 9]
        );
    }
}
