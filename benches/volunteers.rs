//! The matching stage at the council's largest expected size: 2,000 volunteers and 300
//! missions, every mission's candidates ranked (SPEC "Volunteers", rules 1–5) and the first
//! five kept, as `cadastre benevoles` does. `cargo bench --bench volunteers`; the target is
//! under 100 ms in release. The data is generated from a fixed seed (same data every run):
//! each volunteer offers 1–3 needs among the taxonomy's, 1–2 sections or the whole commune,
//! no public or one, 0–5 slots; each mission one need, a section or the commune, a public
//! or none, 0–2 slots.

use std::time::{Duration, Instant};

use cadastre::matching::rank;
use cadastre::taxonomy::{Kind, Taxonomy};
use cadastre::volunteers::{Mission, Slot, Volunteer};

const VOLUNTEERS: usize = 2_000;
const MISSIONS: usize = 300;
const RUNS: usize = 15;

/// A small linear congruential generator: the same numbers on every machine.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }

    /// `k` distinct values below `n`, sorted.
    fn some(&mut self, k: usize, n: usize) -> Vec<usize> {
        let mut out: Vec<usize> = (0..k).map(|_| self.below(n)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn slots(rng: &mut Lcg, k: usize) -> Vec<Slot> {
    rng.some(k, Slot::ALL.len())
        .into_iter()
        .map(|i| Slot::ALL[i])
        .collect()
}

fn data(tax: &Taxonomy) -> (Vec<Volunteer>, Vec<Mission>) {
    let mut rng = Lcg(25);
    let (needs, publics, places) = (
        tax.list(Kind::Besoin).len(),
        tax.list(Kind::Public).len(),
        tax.list(Kind::Territoire).len(),
    );
    let volunteers = (0..VOLUNTEERS)
        .map(|i| {
            let name = format!("benevole {i:04}");
            let (k, t, p, s) = (1 + rng.below(3), 1 + rng.below(2), rng.below(2), rng.below(6));
            Volunteer {
                key: name.clone(),
                name,
                email: format!("b{i}@exemple.be"),
                phone: String::new(),
                needs: rng.some(k, needs),
                territories: rng.some(t, places),
                publics: rng.some(p, publics),
                slots: slots(&mut rng, s),
                comment: String::new(),
            }
        })
        .collect();
    let missions = (0..MISSIONS)
        .map(|i| {
            let public = (rng.below(2) == 1).then(|| rng.below(publics));
            let s = rng.below(3);
            Mission {
                partner: format!("association {}", i % 40),
                title: format!("mission {i}"),
                need: rng.below(needs),
                public,
                territory: rng.below(places),
                slots: slots(&mut rng, s),
                count: 1,
            }
        })
        .collect();
    (volunteers, missions)
}

fn main() {
    let tax = Taxonomy::default_embedded();
    let (volunteers, missions) = data(&tax);
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut kept = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let ranked: Vec<_> = missions
            .iter()
            .map(|m| {
                let mut c = rank(&volunteers, m, &tax);
                c.truncate(5);
                c
            })
            .collect();
        times.push(start.elapsed());
        kept = ranked.iter().map(Vec::len).sum::<usize>();
    }
    times.sort();
    println!(
        "{VOLUNTEERS} volunteers x {MISSIONS} missions: {kept} candidates kept; median {:.1} ms, min {:.1} ms, max {:.1} ms ({RUNS} runs; target < 100 ms in release)",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
    );
}
