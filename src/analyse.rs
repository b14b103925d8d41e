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

    fn from_code(s: &str) -> Option<Status> {
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
    id: Vec<u32>,
    partner: Vec<u32>,
    besoin: Vec<u32>,
    domaine: Vec<u32>,
    public: Vec<u32>,
    territoire: Vec<u32>,
    capacite: Vec<Option<u64>>,
    services: u32,
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
            self.id.push(self.services);
            self.partner.push(partner);
            self.besoin.push(b as u32);
            self.domaine.push(tax.domain_of(b) as u32);
            self.public.push(public as u32);
            self.territoire.push(territoire as u32);
            self.capacite.push(capacite);
        }
        self.services += 1;
    }
}

fn u32s(v: impl Iterator<Item = usize>) -> Vec<u32> {
    v.map(|x| x as u32).collect()
}

/// A need cell as one number, `besoin`, `public` and `territoire` in 21 bits each: grouping
/// and joining on one integer column is far quicker than on three, and the numbers sort as
/// the cells do in taxonomy order.
fn cell_key(besoin: usize, public: usize, territoire: usize) -> u64 {
    ((besoin as u64) << 42) | ((public as u64) << 21) | territoire as u64
}

/// The largest taxonomy list [`cell_key`] can pack.
const CELL_BITS: u32 = 21;

fn cell_cols() -> [Expr; 1] {
    [col("cell")]
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

/// [`cadastre`], with the services already as columns.
pub fn cadastre_of(
    tax: &Taxonomy,
    needs: &[NeedFact],
    offer: Offer,
    folded: Folded,
) -> PolarsResult<Vec<Cell>> {
    if needs.is_empty() {
        return Ok(Vec::new());
    }
    let tous = tax.tous as u32;
    let commune = tax.commune as u32;
    let too_long = [Kind::Besoin, Kind::Public, Kind::Territoire]
        .into_iter()
        .find(|k| tax.list(*k).len() >= 1 << CELL_BITS);
    if let Some(k) = too_long {
        polars_bail!(ComputeError: "la taxonomie a trop d'entrées « {} » (au plus {})", k.code(), (1u32 << CELL_BITS) - 1);
    }
    let need_df = df!(
        "cell" => needs.iter().map(|n| cell_key(n.besoin, n.public, n.territoire)).collect::<Vec<_>>(),
        "partner" => needs.iter().map(|n| n.partner).collect::<Vec<_>>(),
        "besoin" => u32s(needs.iter().map(|n| n.besoin)),
        "public" => u32s(needs.iter().map(|n| n.public)),
        "territoire" => u32s(needs.iter().map(|n| n.territoire)),
        "domaine" => u32s(needs.iter().map(|n| tax.domain_of(n.besoin))),
        "priorite" => needs.iter().map(|n| u32::from(n.priorite)).collect::<Vec<_>>(),
        "personnes" => needs.iter().map(|n| n.personnes).collect::<Vec<_>>(),
    )?;
    let svc_df = df!(
        "service" => offer.id,
        "s_partner" => offer.partner,
        "besoin" => offer.besoin,
        "s_domaine" => offer.domaine,
        "s_public" => offer.public,
        "s_territoire" => offer.territoire,
        "capacite" => offer.capacite,
    )?;
    let svc = svc_df.lazy();

    // A partner repeating a cell counts once, with its largest estimate and highest priority.
    // Folding again what the pipeline folded is a group-by over every partner cell for
    // nothing (a tenth of the engine's time on a region's run).
    let folded = match folded {
        Folded::Yes => need_df.lazy(),
        Folded::No => need_df.lazy().group_by([col("partner"), col("cell")]).agg([
            col("besoin").first(),
            col("public").first(),
            col("territoire").first(),
            col("domaine").first(),
            col("priorite").max(),
            col("personnes").max(),
        ]),
    };
    let cells = folded
        .group_by([col("cell")])
        .agg([
            col("besoin").first(),
            col("public").first(),
            col("territoire").first(),
            col("domaine").first(),
            len().cast(DataType::UInt64).alias("demande_mentions"),
            col("personnes").sum().alias("p_sum"),
            col("personnes").count().alias("p_known"),
            col("priorite").max().alias("priorite_max"),
        ])
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
        .cache();

    // A service covers a cell when it lists the need, serves its public or `tous`, in its
    // territory or the whole `commune`.
    // Services are first reduced to what the joins need, so that a million services make a
    // few thousand rows: per (need, public, territory), how many services and places; and
    // which partners offer each (need, public, territory).
    // Per cell, the (public, territory) pairs a covering service may declare: the cell's own
    // or `tous`, and its own or `commune`; each pair once, even when the cell's public is
    // `tous` itself. Joining on them finds exactly the covering services, where joining on
    // the need alone and filtering made 1.2 million rows on a 1M-row run to keep 80,000.
    let pairs = |public: Expr, territoire: Expr| {
        cells.clone().select([
            col("cell"),
            col("besoin"),
            public.alias("l_public"),
            territoire.alias("l_territoire"),
        ])
    };
    let lookups = concat(
        [
            pairs(col("public"), col("territoire")),
            pairs(lit(tous).cast(DataType::UInt32), col("territoire")),
            pairs(col("public"), lit(commune).cast(DataType::UInt32)),
            pairs(
                lit(tous).cast(DataType::UInt32),
                lit(commune).cast(DataType::UInt32),
            ),
        ],
        UnionArgs::default(),
    )?
    .unique(None, UniqueKeepStrategy::First)
    .cache();
    let covering = |services: LazyFrame| {
        lookups.clone().join(
            services,
            [col("besoin"), col("l_public"), col("l_territoire")],
            [col("besoin"), col("s_public"), col("s_territoire")],
            JoinArgs::new(JoinType::Inner),
        )
    };
    let svc_groups = svc
        .clone()
        .group_by([col("besoin"), col("s_public"), col("s_territoire")])
        .agg([
            len().cast(DataType::UInt64).alias("n"),
            col("capacite").sum().alias("g_sum"),
            col("capacite").count().cast(DataType::UInt64).alias("g_known"),
        ]);
    let svc_partners = svc
        .clone()
        .select([
            col("besoin"),
            col("s_public"),
            col("s_territoire"),
            col("s_partner"),
        ])
        .unique(None, UniqueKeepStrategy::First);
    let offer = covering(svc_groups).group_by(cell_cols()).agg([
        col("n").sum().alias("offre_services"),
        col("g_sum").sum().alias("c_sum"),
        col("g_known").sum().alias("c_known"),
    ]);
    let covering_partners = covering(svc_partners)
        .select([col("cell"), col("s_partner")])
        .unique(None, UniqueKeepStrategy::First)
        .cache();
    let covered_by = covering_partners
        .clone()
        .group_by(cell_cols())
        .agg([col("s_partner").sort(SortOptions::default()).alias("covered_by")]);

    let dp = || col("demande_personnes");
    let cap = || col("offre_capacite");
    let table = cells
        .clone()
        .join(offer, cell_cols(), cell_cols(), JoinArgs::new(JoinType::Left))
        .join(
            covered_by,
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
        .cache();

    // Who could take charge of a gap: partners with a service in the cell's domain, ranked
    // 1 (same need), 2 (same domain, the cell's public or `tous`), 3 (same domain); each at
    // its best rank; the cell's covering partners left out; ties by partner id, which is
    // the order of folded names.
    let gaps = table
        .clone()
        .filter(col("statut").neq(lit(Status::Couvert.code())))
        .select([col("cell"), col("besoin"), col("public"), col("domaine")]);
    let by_domain = svc
        .select([
            col("s_partner"),
            col("besoin").alias("s_besoin"),
            col("s_domaine"),
            col("s_public"),
        ])
        .unique(None, UniqueKeepStrategy::First);
    let candidates = gaps
        .join(
            by_domain,
            [col("domaine")],
            [col("s_domaine")],
            JoinArgs::new(JoinType::Inner),
        )
        .with_column(
            when(col("s_besoin").eq(col("besoin")))
                .then(lit(1u32))
                .when(
                    col("s_public")
                        .eq(col("public"))
                        .or(col("s_public").eq(lit(tous))),
                )
                .then(lit(2u32))
                .otherwise(lit(3u32))
                .alias("rank"),
        )
        .group_by([col("cell"), col("s_partner")])
        .agg([col("rank").min()])
        .join(
            covering_partners,
            [col("cell"), col("s_partner")],
            [col("cell"), col("s_partner")],
            JoinArgs::new(JoinType::Anti),
        )
        .group_by(cell_cols())
        .agg([col("s_partner")
            .sort_by([col("rank"), col("s_partner")], SortMultipleOptions::default())
            .head(Some(3))
            .alias("candidats")]);

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
    fn cell_keys_are_distinct_and_sort_as_the_cells() {
        let max = (1usize << CELL_BITS) - 1;
        let mut cells = vec![
            (0, 0, 0),
            (0, 0, max),
            (0, 1, 0),
            (0, max, max),
            (1, 0, 0),
            (2, 3, 4),
            (max, 0, 1),
            (max, max, max),
        ];
        cells.reverse();
        let mut by_key = cells.clone();
        by_key.sort_by_key(|&(b, p, t)| cell_key(b, p, t));
        cells.sort();
        assert_eq!(by_key, cells);
        let keys: std::collections::BTreeSet<u64> =
            cells.iter().map(|&(b, p, t)| cell_key(b, p, t)).collect();
        assert_eq!(keys.len(), cells.len());
    }
}
