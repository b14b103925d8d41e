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

/// Reads a generated corpus the plain way (every cell through the taxonomy, any bad value
/// drops the row) into facts for [`naive`], with partners numbered by folded name.
fn facts_of_corpus(
    t: &Taxonomy,
    files: &[(String, Vec<u8>)],
) -> (Vec<NeedFact>, Vec<ServiceFact>, Vec<String>) {
    use cadastre::fold::partner_key;
    use cadastre::validate::{parse_count, parse_priority};
    let mut rows: Vec<(bool, Vec<String>)> = Vec::new();
    for (name, bytes) in files {
        let text = String::from_utf8(bytes.clone()).unwrap();
        for line in text.lines().skip(1) {
            rows.push((
                name.contains("besoins"),
                line.trim_end_matches('\r').split(';').map(String::from).collect(),
            ));
        }
    }
    let mut keys: Vec<String> = rows
        .iter()
        .map(|(_, r)| partner_key(&r[0]))
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    let id = |name: &str| keys.binary_search(&partner_key(name)).ok().map(|i| i as u32);
    let territory = |s: &str| {
        if s.trim().is_empty() {
            Some(t.commune)
        } else {
            t.resolve(Kind::Territoire, s)
        }
    };
    let (mut needs, mut services) = (Vec::new(), Vec::new());
    for (is_need, r) in &rows {
        if *is_need {
            let fact = (|| {
                Some(NeedFact {
                    partner: id(&r[0])?,
                    besoin: t.resolve(Kind::Besoin, &r[1])?,
                    public: t.resolve(Kind::Public, &r[2])?,
                    territoire: territory(&r[3])?,
                    priorite: parse_priority(&r[4])?,
                    personnes: parse_count(&r[5]).ok()?,
                })
            })();
            needs.extend(fact);
        } else {
            let fact = (|| {
                let mut besoins = Vec::new();
                for part in r[2].split(['|', ',']).map(str::trim).filter(|p| !p.is_empty()) {
                    let b = t.resolve(Kind::Besoin, part)?;
                    if !besoins.contains(&b) {
                        besoins.push(b);
                    }
                }
                (!besoins.is_empty()).then_some(())?;
                Some(ServiceFact {
                    partner: id(&r[0])?,
                    besoins,
                    public: t.resolve(Kind::Public, &r[3])?,
                    territoire: territory(&r[4])?,
                    capacite: parse_count(&r[5]).ok()?,
                })
            })();
            services.extend(fact);
        }
    }
    (needs, services, keys)
}

#[test]
fn generated_corpora_agree_with_the_naive_rules_whatever_the_threads() {
    use crate::testenv::{csv_rows, Env};
    let t = Taxonomy::default_embedded();
    for seed in 1..=3u64 {
        let spec = cadastre::generate::Spec {
            need_rows: 3_000,
            partners: 30,
            seed,
            rows_per_file: 1_000,
        };
        let files = cadastre::generate::corpus(&t, &spec);
        let env = Env::new();
        for (name, bytes) in &files {
            env.file(name, bytes);
        }
        env.cmd()
            .args(["analyse", "in/2026-T3", "--sortie", "un"])
            .env("POLARS_MAX_THREADS", "1")
            .env("RAYON_NUM_THREADS", "1")
            .status()
            .unwrap();
        env.cmd()
            .args(["analyse", "in/2026-T3", "--sortie", "tous"])
            .status()
            .unwrap();
        let one = std::fs::read(env.path("un/2026-T3/cadastre.csv")).unwrap();
        let all = std::fs::read(env.path("tous/2026-T3/cadastre.csv")).unwrap();
        assert!(one == all, "seed {seed}: thread count changed cadastre.csv");
        for name in [
            "rejets.csv",
            "fichiers.csv",
            "avertissements.csv",
            "partenaires.csv",
            "guide.csv",
        ] {
            assert!(
                std::fs::read(env.path(&format!("un/2026-T3/{name}"))).unwrap()
                    == std::fs::read(env.path(&format!("tous/2026-T3/{name}"))).unwrap(),
                "seed {seed}: {name}"
            );
        }
        let (needs, services, keys) = facts_of_corpus(&t, &files);
        let expected = naive(&t, &needs, &services);
        let got = csv_rows(&String::from_utf8(all).unwrap());
        assert_eq!(got.len() - 1, expected.len(), "seed {seed}: cells");
        for (row, c) in got[1..].iter().zip(&expected) {
            let opt = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
            let want = [
                t.code(Kind::Besoin, c.besoin).to_string(),
                t.code(Kind::Public, c.public).to_string(),
                t.code(Kind::Territoire, c.territoire).to_string(),
                c.demande_mentions.to_string(),
                opt(c.demande_personnes),
                c.priorite_max.to_string(),
                c.offre_services.to_string(),
                opt(c.offre_capacite),
                c.statut.code().to_string(),
                opt(c.personnes_non_couvertes),
            ];
            assert_eq!(row[2..12], want, "seed {seed}");
            let candidates: Vec<String> = row[12]
                .split(" | ")
                .filter(|s| !s.is_empty())
                .map(cadastre::fold::partner_key)
                .collect();
            let want: Vec<String> = c.candidats.iter().map(|p| keys[*p as usize].clone()).collect();
            assert_eq!(candidates, want, "seed {seed}: candidates of {:?}", &row[2..5]);
        }
    }
}
