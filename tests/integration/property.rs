//! The gap engine against a naive, obviously correct reading of SPEC's gap rules, on random
//! quarters (property test).

use std::collections::{BTreeMap, BTreeSet};

use cadastre::analyse::{cadastre, Cell, NeedFact, ServiceFact, Status};
use cadastre::taxonomy::{Kind, Taxonomy};
use proptest::prelude::*;

/// A need cell: (besoin, public, territoire).
type CellKey = (usize, usize, usize);
/// Per partner of a cell: highest priority, largest estimate.
type Folded = BTreeMap<u32, (u8, Option<u64>)>;

/// SPEC's rules, written the slow and plain way.
fn naive(t: &Taxonomy, needs: &[NeedFact], services: &[ServiceFact]) -> Vec<Cell> {
    // Fold per partner and cell: largest estimate, highest priority.
    let mut folded: BTreeMap<CellKey, Folded> = BTreeMap::new();
    for n in needs {
        let e = folded
            .entry((n.besoin, n.public, n.territoire))
            .or_default()
            .entry(n.partner)
            .or_insert((0, None));
        e.0 = e.0.max(n.priorite);
        e.1 = match (e.1, n.personnes) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
    let mut out = Vec::new();
    for (&(b, p, te), partners) in &folded {
        let covers = |s: &ServiceFact| {
            s.besoins.contains(&b)
                && (s.public == p || s.public == t.tous)
                && (s.territoire == te || s.territoire == t.commune)
        };
        let covering: Vec<&ServiceFact> = services.iter().filter(|s| covers(s)).collect();
        let people: Vec<u64> = partners.values().filter_map(|v| v.1).collect();
        let demande = (!people.is_empty()).then(|| people.iter().sum::<u64>());
        let caps: Vec<u64> = covering.iter().filter_map(|s| s.capacite).collect();
        let capacite = (!caps.is_empty()).then(|| caps.iter().sum::<u64>());
        let statut = if covering.is_empty() {
            Status::NonCouvert
        } else if matches!((demande, capacite), (Some(d), Some(c)) if c < d) {
            Status::Partiel
        } else {
            Status::Couvert
        };
        let non_couvertes = demande.map(|d| match statut {
            Status::NonCouvert => d,
            Status::Partiel => d - capacite.unwrap_or(0),
            Status::Couvert => 0,
        });
        let covered_by: BTreeSet<u32> = covering.iter().map(|s| s.partner).collect();
        let mut candidats = Vec::new();
        if statut != Status::Couvert {
            let domain = t.domain_of(b);
            let mut best: BTreeMap<u32, u8> = BTreeMap::new();
            for s in services {
                for &sb in &s.besoins {
                    if t.domain_of(sb) != domain {
                        continue;
                    }
                    let rank = if sb == b {
                        1
                    } else if s.public == p || s.public == t.tous {
                        2
                    } else {
                        3
                    };
                    let e = best.entry(s.partner).or_insert(rank);
                    *e = (*e).min(rank);
                }
            }
            let mut ranked: Vec<(u8, u32)> = best
                .into_iter()
                .filter(|(partner, _)| !covered_by.contains(partner))
                .map(|(pa, r)| (r, pa))
                .collect();
            ranked.sort();
            candidats = ranked.into_iter().take(3).map(|(_, pa)| pa).collect();
        }
        out.push(Cell {
            domaine: t.domain_of(b),
            besoin: b,
            public: p,
            territoire: te,
            demande_mentions: partners.len() as u64,
            demande_personnes: demande,
            priorite_max: partners.values().map(|v| v.0).max().unwrap_or(0),
            offre_services: covering.len() as u64,
            offre_capacite: capacite,
            statut,
            personnes_non_couvertes: non_couvertes,
            candidats,
            covered_by: covered_by.into_iter().collect(),
        });
    }
    out.sort_by_key(|c| (c.domaine, c.besoin, c.public, c.territoire));
    out
}

fn facts(t: &Taxonomy) -> impl Strategy<Value = (Vec<NeedFact>, Vec<ServiceFact>)> {
    let nb = t.list(Kind::Besoin).len();
    // Few publics and territories, so that cells repeat and wildcards matter.
    let public = prop_oneof![Just(1usize), Just(2), Just(t.tous)];
    let territoire = prop_oneof![Just(0usize), Just(6), Just(t.commune)];
    let need = (
        0u32..6,
        0..nb,
        public.clone(),
        territoire.clone(),
        1u8..=4,
        proptest::option::of(0u64..50),
    )
        .prop_map(
            |(partner, besoin, public, territoire, priorite, personnes)| NeedFact {
                partner,
                besoin,
                public,
                territoire,
                priorite,
                personnes,
            },
        );
    let service = (
        0u32..8,
        proptest::collection::vec(0..nb, 1..3),
        public,
        territoire,
        proptest::option::of(0u64..40),
    )
        .prop_map(|(partner, mut besoins, public, territoire, capacite)| {
            besoins.sort_unstable();
            besoins.dedup();
            ServiceFact {
                partner,
                besoins,
                public,
                territoire,
                capacite,
            }
        });
    (
        proptest::collection::vec(need, 1..60),
        proptest::collection::vec(service, 0..25),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_engine_agrees_with_the_naive_rules((needs, services) in facts(&Taxonomy::default_embedded())) {
        let t = Taxonomy::default_embedded();
        let fast = cadastre(&t, &needs, &services).unwrap();
        let slow = naive(&t, &needs, &services);
        prop_assert_eq!(fast, slow);
    }
}
