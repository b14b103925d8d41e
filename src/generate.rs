//! A synthetic corpus for benchmarks and demos, deterministic for a seed: N need rows and
//! N/10 service rows over P partners, in `;`-separated UTF-8 files of 100,000 rows, with the
//! skew and the mistakes of real partner files (see [`Spec`]).
//!
//! It is not sample data: the names are invented and numbered, and it says so in its
//! file names (`synthetique-…`).

use std::fmt::Write as _;

use crate::taxonomy::{Kind, Taxonomy};

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    pub need_rows: u64,
    pub partners: u32,
    pub seed: u64,
    pub rows_per_file: u64,
}

/// A small, fast, seedable generator (SplitMix64): the corpus must not depend on a crate's
/// version.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n.max(1))) >> 64) as u64
    }
    /// True with probability `per_mille` / 1000.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }
}

/// Zipf-like weights 1/k^s as a cumulative table, for skewed draws.
struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, s: f64) -> Zipf {
        let mut acc = 0.0;
        let cdf = (1..=n.max(1))
            .map(|k| {
                acc += 1.0 / (k as f64).powf(s);
                acc
            })
            .collect();
        Zipf { cdf }
    }
    fn draw(&self, rng: &mut Rng) -> usize {
        let total = self.cdf[self.cdf.len() - 1];
        let x = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
        self.cdf.partition_point(|c| *c < x).min(self.cdf.len() - 1)
    }
}

// The synthetic corpus's partner names and values: data written into the benchmark's
// files as partners would write them, not words shown to a user (the scan of words wants
// the mark on each literal's line).
const KINDS: [&str; 12] = [
    "CPAS",
    "AMO",
    "Maison de jeunes",         // not words: synthetic corpus data
    "École communale",          // not words: synthetic corpus data
    "Athénée",                  // not words: synthetic corpus data
    "Service de santé mentale", // not words: synthetic corpus data
    "Plan de cohésion sociale", // not words: synthetic corpus data
    "Zone de police",           // not words: synthetic corpus data
    "Maison de l'emploi",       // not words: synthetic corpus data
    "Asbl Lien social",         // not words: synthetic corpus data
    "Centre culturel",          // not words: synthetic corpus data
    "Épicerie sociale",         // not words: synthetic corpus data
];
const PLACES: [&str; 16] = [
    "Waremme",
    "Hannut",
    "Oreye",
    "Berloz",
    "Faimes",
    "Geer",
    "Remicourt",
    "Crisnée", // not words: synthetic corpus data
    "Donceel",
    "Lincent",
    "Braives",
    "Wanze",
    "Héron", // not words: synthetic corpus data
    "Villers-le-Bouillet",
    "Fexhe-le-Haut-Clocher",
    "Saint-Georges",
];

/// Partner names: unique, realistic, numbered when the combinations run out.
pub fn partner_names(n: u32) -> Vec<String> {
    (0..n as usize)
        .map(|i| {
            let kind = KINDS[i % KINDS.len()];
            let place = PLACES[(i / KINDS.len()) % PLACES.len()];
            let round = i / (KINDS.len() * PLACES.len());
            if round == 0 {
                format!("{kind} de {place}")
            } else {
                format!("{kind} de {place} {}", round + 1)
            }
        })
        .collect()
}

/// A spelling variant SPEC folds back to the same partner: case, spaces, accents.
fn variant(name: &str, rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => name.to_uppercase(),
        1 => format!(" {}  ", name.replace(' ', "  ")),
        _ => name
            .chars()
            .map(|c| match c {
                'é' | 'è' => 'e',
                'É' => 'E',
                c => c,
            })
            .collect::<String>()
            .to_lowercase(),
    }
}

/// A coded value as partners also write it: the label, or the code in capitals with spaces.
fn written(entry: &crate::taxonomy::Entry, rng: &mut Rng, per_mille: u64) -> String {
    if !rng.chance(per_mille) {
        return entry.code.clone();
    }
    match rng.below(2) {
        0 => entry.label_fr.clone(),
        _ => format!(" {} ", entry.code.replace('-', " ").to_uppercase()),
    }
}

const PRIORITY_WORDS: [&str; 4] = ["faible", "moyenne", "haute", "urgente"];

/// The generated files, as (file name, bytes), in order.
pub fn corpus(t: &Taxonomy, spec: &Spec) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    corpus_each(t, spec, &mut |name, bytes| {
        files.push((name, bytes));
        Ok(())
    })
    .map(|()| files)
    .unwrap_or_default()
}

/// Generates the corpus file by file, handing each to `emit` (so that a 1 GB corpus is
/// never held in memory). Needs come in files of `rows_per_file` rows, services in files
/// of the same size.
pub fn corpus_each(
    t: &Taxonomy,
    spec: &Spec,
    emit: &mut dyn FnMut(String, Vec<u8>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut rng = Rng::new(spec.seed);
    let w = World::new(t, spec, &mut rng);
    let mut files = Files {
        per_file: spec.rows_per_file.max(1),
        emit,
    };
    let need_header = "partenaire;besoin;public;territoire;priorite;personnes;groupe;commentaire";
    files.write(
        &mut rng,
        "besoins",
        need_header,
        spec.need_rows,
        &mut |rng, out| w.need_row(rng, out),
    )?;
    let service_header = "partenaire;service;besoin;public;territoire;capacite;contact;horaires;adresse";
    let mut serial = 0u64;
    files.write(
        &mut rng,
        "services",
        service_header,
        spec.need_rows / 10,
        &mut |rng, out| {
            serial += 1;
            w.service_row(rng, serial, out)
        },
    )
}

/// What the corpus draws from: the partners and the taxonomy's lists, how often each is
/// drawn, what each partner works on, and the needs never offered.
struct World<'t> {
    names: Vec<String>,
    needs: &'t [crate::taxonomy::Entry],
    publics: &'t [crate::taxonomy::Entry],
    territories: &'t [crate::taxonomy::Entry],
    groups: &'t [crate::taxonomy::Entry],
    partner_zipf: Zipf,
    need_zipf: Zipf,
    /// Per partner, the few needs and publics it works on mostly.
    focus: Vec<(Vec<usize>, Vec<usize>)>,
    never_offered: Vec<usize>,
}

impl<'t> World<'t> {
    fn new(t: &'t Taxonomy, spec: &Spec, rng: &mut Rng) -> World<'t> {
        let names = partner_names(spec.partners);
        let needs = t.list(Kind::Besoin);
        let publics = t.list(Kind::Public);
        let partner_zipf = Zipf::new(names.len(), 1.05);
        let need_zipf = Zipf::new(needs.len(), 0.9);
        // Each partner works mostly on a few needs, for a few publics.
        let focus: Vec<(Vec<usize>, Vec<usize>)> = (0..names.len())
            .map(|_| {
                let k = 2 + rng.below(4) as usize;
                let ns = (0..k).map(|_| need_zipf.draw(rng)).collect();
                let ps = (0..2)
                    .map(|_| rng.below(publics.len() as u64 - 1) as usize)
                    .collect();
                (ns, ps)
            })
            .collect();
        // Some needs are never offered.
        let never_offered: Vec<usize> = (0..needs.len()).filter(|i| i % 9 == 4).collect();
        World {
            names,
            needs,
            publics,
            territories: t.list(Kind::Territoire),
            groups: t.list(Kind::Groupe),
            partner_zipf,
            need_zipf,
            focus,
            never_offered,
        }
    }

    /// One need row (without its line end).
    fn need_row(&self, rng: &mut Rng, out: &mut String) {
        let (needs, publics, territories) = (self.needs, self.publics, self.territories);
        let p = self.partner_zipf.draw(rng);
        let (ns, ps) = &self.focus[p];
        let b = if rng.chance(800) {
            ns[rng.below(ns.len() as u64) as usize]
        } else {
            self.need_zipf.draw(rng)
        };
        let pu = if rng.chance(700) {
            ps[rng.below(ps.len() as u64) as usize]
        } else {
            rng.below(publics.len() as u64) as usize
        };
        let te = if rng.chance(400) {
            territories.len() - 1
        } else {
            rng.below(territories.len() as u64) as usize
        };
        let name = if rng.chance(50) {
            variant(&self.names[p], rng)
        } else {
            self.names[p].clone()
        };
        let prio = 1 + rng.below(4);
        let prio = if rng.chance(100) {
            PRIORITY_WORDS[prio as usize - 1].to_string()
        } else {
            prio.to_string()
        };
        let people = if rng.chance(300) {
            String::new()
        } else {
            (1 + rng.below(40)).to_string()
        };
        let group = if rng.chance(500) {
            String::new()
        } else {
            self.groups[rng.below(self.groups.len() as u64) as usize]
                .code
                .clone()
        };
        let mut need = written(&needs[b], rng, 100);
        let (mut prio, mut people, mut name) = (prio, people, name);
        // About 0.05% of rows break the contract, in the ways partners do.
        if rng.below(2000) == 0 {
            match rng.below(4) {
                0 => need = format!("{}x", needs[b].code),
                1 => prio = "très urgent".into(), // not words: synthetic corpus data
                2 => people = "-3".into(),
                _ => name = String::new(),
            }
        }
        let _ = write!(
            out,
            "{name};{need};{};{};{prio};{people};{group};",
            written(&publics[pu], rng, 100),
            written(&territories[te], rng, 100)
        );
    }

    /// The needs a service of partner `p` lists: one to three of its own, never one that is
    /// never offered (each once, in the order drawn), written as partners write them.
    fn service_needs(&self, rng: &mut Rng, p: usize) -> Vec<usize> {
        let mut list: Vec<usize> = self.focus[p]
            .0
            .iter()
            .copied()
            .filter(|b| !self.never_offered.contains(b))
            .collect();
        if list.is_empty() {
            list.push((self.never_offered[0] + 1) % self.needs.len());
        }
        let k = 1 + rng.below(list.len().min(3) as u64) as usize;
        (0..k)
            .map(|_| list[rng.below(list.len() as u64) as usize])
            .collect()
    }

    /// One service row (without its line end).
    fn service_row(&self, rng: &mut Rng, serial: u64, out: &mut String) {
        let (publics, territories) = (self.publics, self.territories);
        // Some (need, public) pairs have no service.
        let unserved_pair = |b: usize, p: usize| (b * 7 + p * 3).is_multiple_of(11);
        let p = self.partner_zipf.draw(rng);
        let chosen = self.service_needs(rng, p);
        let ps = &self.focus[p].1;
        let mut pu = if rng.chance(300) {
            publics.len() - 1
        } else {
            ps[rng.below(ps.len() as u64) as usize]
        };
        if chosen.iter().any(|b| unserved_pair(*b, pu)) {
            pu = (pu + 1) % (publics.len() - 1);
        }
        let te = if rng.chance(500) {
            territories.len() - 1
        } else {
            rng.below(territories.len() as u64) as usize
        };
        let mut seen = Vec::new();
        let besoins: Vec<String> = chosen
            .into_iter()
            .filter(|b| {
                if seen.contains(b) {
                    false
                } else {
                    seen.push(*b);
                    true
                }
            })
            .map(|b| written(&self.needs[b], rng, 100))
            .collect();
        let cap = if rng.chance(200) {
            String::new()
        } else {
            (5 + rng.below(60)).to_string()
        };
        let _ = write!(
            out,
            "{};Service {serial};{};{};{};{cap};019 32 {:02} {:02};lun-ven 9h-12h;rue de la Station {}, 4300 Waremme", // not words: synthetic corpus data
            self.names[p],
            besoins.join(" | "),
            written(&publics[pu], rng, 100),
            written(&territories[te], rng, 100),
            rng.below(100),
            rng.below(100),
            1 + rng.below(200)
        );
    }
}

/// Where the corpus goes: files of `per_file` rows, each handed to `emit`.
struct Files<'e> {
    per_file: u64,
    emit: &'e mut dyn FnMut(String, Vec<u8>) -> std::io::Result<()>,
}

impl Files<'_> {
    /// `total` rows made by `row`, in files `synthetique-PREFIX-0001.csv`… under `header`.
    fn write(
        &mut self,
        rng: &mut Rng,
        prefix: &str,
        header: &str,
        total: u64,
        row: &mut dyn FnMut(&mut Rng, &mut String),
    ) -> std::io::Result<()> {
        let per_file = self.per_file;
        let nfiles = total.div_ceil(per_file);
        for f in 0..nfiles {
            let rows = per_file.min(total - f * per_file);
            // Some partners' Excel writes CRLF.
            let eol = if f % 3 == 1 { "\r\n" } else { "\n" };
            let mut text = String::with_capacity(rows as usize * 96);
            text.push_str(header);
            text.push_str(eol);
            for _ in 0..rows {
                row(rng, &mut text);
                text.push_str(eol);
            }
            (self.emit)(
                format!("synthetique-{prefix}-{:04}.csv", f + 1),
                text.into_bytes(),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let t = Taxonomy::default_embedded();
        let spec = Spec {
            need_rows: 2_000,
            partners: 40,
            seed: 7,
            rows_per_file: 800,
        };
        let a = corpus(&t, &spec);
        assert_eq!(a, corpus(&t, &spec));
        assert_ne!(
            a,
            corpus(
                &t,
                &Spec {
                    seed: 8,
                    ..spec.clone()
                }
            )
        );
        let names: Vec<&str> = a.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "synthetique-besoins-0001.csv",
                "synthetique-besoins-0002.csv",
                "synthetique-besoins-0003.csv",
                "synthetique-services-0001.csv"
            ]
        );
        let lines = |i: usize| String::from_utf8_lossy(&a[i].1).lines().count() - 1;
        assert_eq!((lines(0), lines(1), lines(2), lines(3)), (800, 800, 400, 200));
        assert!(String::from_utf8_lossy(&a[1].1).contains("\r\n"));
    }

    #[test]
    fn zipf_draws_favour_the_first_ranks() {
        let z = Zipf::new(100, 1.05);
        let mut rng = Rng::new(1);
        let draws: Vec<usize> = (0..10_000).map(|_| z.draw(&mut rng)).collect();
        let first = draws.iter().filter(|d| **d == 0).count();
        let last = draws.iter().filter(|d| **d == 99).count();
        assert!(first > 10 * last.max(1), "{first} vs {last}");
    }
}
