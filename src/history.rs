//! Quarter after quarter: each `analyse` run records its period's cell table in a history
//! store (`OUT/historique/PERIOD.parquet`, one file per period, replaced when the period is
//! run again), from which `compare` and the trend charts read.
//!
//! The store keeps codes, not taxonomy indices, so that it survives an edited taxonomy;
//! rows are put back in taxonomy order when read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use polars::prelude::*;

use crate::analyse::Status;
use crate::model::Lang;
use crate::period::Period;
use crate::table::{Table, Value};
use crate::taxonomy::{Kind, Taxonomy};

/// The folder of the history store under an output folder.
pub fn dir(out: &Path) -> PathBuf {
    out.join("historique")
}

fn file(out: &Path, p: Period) -> PathBuf {
    dir(out).join(format!("{p}.parquet"))
}

/// A cell by its codes: (domaine, besoin, public, territoire).
type CellCodes = (String, String, String, String);

/// One cell of a past period, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastCell {
    pub domaine: String,
    pub besoin: String,
    pub public: String,
    pub territoire: String,
    pub statut: Status,
    pub personnes_non_couvertes: Option<u64>,
}

impl PastCell {
    fn key(&self) -> CellCodes {
        (
            self.domaine.clone(),
            self.besoin.clone(),
            self.public.clone(),
            self.territoire.clone(),
        )
    }
}

/// Records a period's cell table (the `cadastre` table, numbers never masked).
pub fn record(out: &Path, p: Period, cadastre: &Table) -> anyhow::Result<()> {
    let bytes = crate::table::parquet::to_bytes(cadastre, 0)?;
    crate::output::write_atomic(&file(out, p), &bytes)
}

/// The periods recorded, in time order.
pub fn periods(out: &Path) -> Vec<Period> {
    let mut v: Vec<Period> = std::fs::read_dir(dir(out))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".parquet")
                .and_then(Period::parse)
                .filter(|p| p.to_string() == name.trim_end_matches(".parquet"))
        })
        .collect();
    v.sort();
    v
}

/// Reads a recorded period, its errors in `lang`.
pub fn load(out: &Path, p: Period, lang: Lang) -> anyhow::Result<Vec<PastCell>> {
    use crate::i18n::{s as text, t_args};
    let path = file(out, p);
    let shown = || text(crate::sanitize::path(&path));
    let f = std::fs::File::open(&path).with_context(|| {
        t_args(
            lang,
            "rapport-historique-absent",
            &[("periode", text(p.to_string())), ("chemin", shown())],
        )
    })?;
    let df = ParquetReader::new(f).finish().map_err(|e| {
        anyhow::anyhow!(
            "{}",
            t_args(
                lang,
                "rapport-historique-illisible",
                &[("chemin", shown()), ("erreur", text(e.to_string()))],
            )
        )
    })?;
    let column = |name: &str| -> anyhow::Result<Vec<String>> {
        Ok(df
            .column(name)?
            .str()?
            .iter()
            .map(|v| v.unwrap_or("").to_string())
            .collect())
    };
    let (domaine, besoin, public, territoire, statut) = (
        column("domaine")?,
        column("besoin")?,
        column("public")?,
        column("territoire")?,
        column("statut")?,
    );
    let people: Vec<Option<u64>> = match df.column("personnes_non_couvertes")?.dtype() {
        DataType::String => df
            .column("personnes_non_couvertes")?
            .str()?
            .iter()
            .map(|v| v.and_then(|s| s.parse().ok()))
            .collect(),
        _ => df
            .column("personnes_non_couvertes")?
            .cast(&DataType::UInt64)?
            .u64()?
            .iter()
            .collect(),
    };
    let mut cells = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let Some(statut) = Status::ALL.into_iter().find(|s| s.code() == statut[i]) else {
            anyhow::bail!(
                "{}",
                t_args(
                    lang,
                    "rapport-historique-statut",
                    &[
                        ("chemin", shown()),
                        ("statut", text(statut[i].as_str())),
                        ("ligne", text((i + 1).to_string())),
                    ],
                )
            );
        };
        cells.push(PastCell {
            domaine: domaine[i].clone(),
            besoin: besoin[i].clone(),
            public: public[i].clone(),
            territoire: territoire[i].clone(),
            statut,
            personnes_non_couvertes: people[i],
        });
    }
    Ok(cells)
}

/// How a cell changed between two periods. A gap is `non-couvert` or `partiel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evolution {
    Apparu,
    Resolu,
    Aggrave,
    Ameliore,
    Stable,
}

impl Evolution {
    pub const ALL: [Evolution; 5] = [
        Evolution::Apparu,
        Evolution::Aggrave,
        Evolution::Stable,
        Evolution::Ameliore,
        Evolution::Resolu,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Evolution::Apparu => "apparu",
            Evolution::Resolu => "resolu",
            Evolution::Aggrave => "aggrave",
            Evolution::Ameliore => "ameliore",
            Evolution::Stable => "stable",
        }
    }

    /// The label of a column or a heading: "manques résolus".
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::t(lang, &format!("rapport-evolution-{}", self.code()))
    }

    /// The label after a count in a sentence, singular or plural by the catalog's rules
    /// (French: singular for zero and one), "1 manque résolu", "2 manques résolus".
    pub fn counted(self, lang: Lang, n: usize) -> String {
        crate::i18n::t_args(
            lang,
            &format!("rapport-evolution-compte-{}", self.code()),
            &[("n", crate::i18n::n(n as u64))],
        )
    }

    /// The rule: `s1`/`s2` are the statuses (None: absent), `p1`/`p2` the people not covered.
    pub fn of(s1: Option<Status>, s2: Option<Status>, p1: Option<u64>, p2: Option<u64>) -> Evolution {
        let gap = |s: Option<Status>| s.is_some_and(Status::is_gap);
        match (gap(s1), gap(s2)) {
            (false, true) => Evolution::Apparu,
            (true, false) => Evolution::Resolu,
            (true, true) => match (s1, s2, p1, p2) {
                (Some(Status::Partiel), Some(Status::NonCouvert), _, _) => Evolution::Aggrave,
                (Some(Status::NonCouvert), Some(Status::Partiel), _, _) => Evolution::Ameliore,
                (_, _, Some(a), Some(b)) if b > a => Evolution::Aggrave,
                (_, _, Some(a), Some(b)) if b < a => Evolution::Ameliore,
                _ => Evolution::Stable,
            },
            (false, false) => Evolution::Stable,
        }
    }
}

/// One row of `evolution_P1_P2.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub domaine: String,
    pub besoin: String,
    pub public: String,
    pub territoire: String,
    pub statut1: Option<Status>,
    pub statut2: Option<Status>,
    pub pnc1: Option<u64>,
    pub pnc2: Option<u64>,
    pub evolution: Evolution,
}

/// Sort key in taxonomy order; codes the taxonomy no longer knows go last, by code.
fn order_key(t: &Taxonomy, c: &(String, String, String, String)) -> (usize, usize, usize, usize, CellCodes) {
    let pos = |k: Kind, code: &str| {
        t.list(k)
            .iter()
            .position(|e| e.code == code)
            .unwrap_or(usize::MAX)
    };
    (
        pos(Kind::Domaine, &c.0),
        pos(Kind::Besoin, &c.1),
        pos(Kind::Public, &c.2),
        pos(Kind::Territoire, &c.3),
        c.clone(),
    )
}

/// Every cell present in either period, with its evolution, sorted as `cadastre.csv`.
pub fn compare(t: &Taxonomy, before: &[PastCell], after: &[PastCell]) -> Vec<Change> {
    let mut cells: BTreeMap<CellCodes, (Option<&PastCell>, Option<&PastCell>)> = BTreeMap::new();
    for c in before {
        cells.entry(c.key()).or_default().0 = Some(c);
    }
    for c in after {
        cells.entry(c.key()).or_default().1 = Some(c);
    }
    let mut out: Vec<Change> = cells
        .into_iter()
        .map(|(k, (a, b))| {
            let (s1, s2) = (a.map(|c| c.statut), b.map(|c| c.statut));
            let (p1, p2) = (
                a.and_then(|c| c.personnes_non_couvertes),
                b.and_then(|c| c.personnes_non_couvertes),
            );
            Change {
                domaine: k.0,
                besoin: k.1,
                public: k.2,
                territoire: k.3,
                statut1: s1,
                statut2: s2,
                pnc1: p1,
                pnc2: p2,
                evolution: Evolution::of(s1, s2, p1, p2),
            }
        })
        .collect();
    out.sort_by_cached_key(|c| {
        order_key(
            t,
            &(
                c.domaine.clone(),
                c.besoin.clone(),
                c.public.clone(),
                c.territoire.clone(),
            ),
        )
    });
    out
}

/// `evolution_P1_P2`: the comparison as a table.
pub fn table(p1: Period, p2: Period, changes: &[Change]) -> Table<'_> {
    let status = |s: Option<Status>| Value::Text(s.map_or("absent", Status::code).into());
    let people = |n: Option<u64>| n.map_or(Value::Empty, Value::People);
    let rows = changes
        .iter()
        .map(|c| {
            vec![
                Value::Text(c.domaine.as_str().into()),
                Value::Text(c.besoin.as_str().into()),
                Value::Text(c.public.as_str().into()),
                Value::Text(c.territoire.as_str().into()),
                status(c.statut1),
                status(c.statut2),
                people(c.pnc1),
                people(c.pnc2),
                Value::Text(c.evolution.code().into()),
            ]
        })
        .collect();
    let headers = vec![
        "domaine".to_string(),
        "besoin".into(),
        "public".into(),
        "territoire".into(),
        format!("statut_{p1}"),
        format!("statut_{p2}"),
        format!("personnes_non_couvertes_{p1}"),
        format!("personnes_non_couvertes_{p2}"),
        "evolution".into(),
    ];
    Table {
        name: "evolution",
        headers,
        rows,
    }
}

/// Counts per evolution, in [`Evolution::ALL`] order.
pub fn counts(changes: &[Change]) -> Vec<(Evolution, usize)> {
    Evolution::ALL
        .iter()
        .map(|e| (*e, changes.iter().filter(|c| c.evolution == *e).count()))
        .collect()
}

/// The counts of a comparison on one line.
pub fn evolution_line(lang: Lang, p1: Period, p2: Period, changes: &[Change]) -> String {
    let parts: Vec<String> = counts(changes)
        .into_iter()
        .map(|(e, n)| format!("{n} {}", e.counted(lang, n)))
        .collect();
    crate::i18n::t_args(
        lang,
        "rapport-evolution-ligne",
        &[
            ("avant", crate::i18n::s(p1.to_string())),
            ("apres", crate::i18n::s(p2.to_string())),
            ("comptes", crate::i18n::s(parts.join(", "))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    #[test]
    fn one_gap_is_written_in_the_singular() {
        assert_eq!(Evolution::Resolu.counted(Lang::Fr, 1), "manque résolu");
        assert_eq!(Evolution::Apparu.counted(Lang::Fr, 0), "nouveau manque");
        assert_eq!(Evolution::Aggrave.counted(Lang::Fr, 2), "manques aggravés");
        assert_eq!(Evolution::Stable.counted(Lang::Fr, 1), "sans changement");
        assert_eq!(Evolution::Ameliore.counted(Lang::En, 1), "gap reduced");
        assert_eq!(Evolution::Apparu.counted(Lang::En, 0), "new gaps");
        assert_eq!(Evolution::Resolu.counted(Lang::Nl, 1), "opgelost tekort");
        assert_eq!(Evolution::Aggrave.counted(Lang::Nl, 0), "verergerde tekorten");
        assert_eq!(Evolution::Apparu.label(Lang::Nl), "nieuwe tekorten");
    }

    #[test]
    fn the_line_of_change_in_each_language() {
        let (p1, p2) = (
            Period::parse("2026-T2").expect("period"),
            Period::parse("2026-T3").expect("period"),
        );
        let cell = |evolution| Change {
            domaine: "sante".into(),
            besoin: "isolement".into(),
            public: "aines".into(),
            territoire: "".into(),
            statut1: None,
            statut2: None,
            pnc1: None,
            pnc2: None,
            evolution,
        };
        let changes = [
            cell(Evolution::Apparu),
            cell(Evolution::Apparu),
            cell(Evolution::Resolu),
        ];
        assert_eq!(
            evolution_line(Lang::Fr, p1, p2, &changes),
            "Évolution 2026-T2 → 2026-T3 : 2 nouveaux manques, 0 manque aggravé, 0 sans changement, 0 manque réduit, 1 manque résolu"
        );
        assert_eq!(
            evolution_line(Lang::Nl, p1, p2, &changes),
            "Evolutie 2026-T2 → 2026-T3: 2 nieuwe tekorten, 0 verergerde tekorten, 0 ongewijzigd, 0 verminderde tekorten, 1 opgelost tekort"
        );
    }

    #[test]
    fn each_evolution_as_the_issue_defines_it() {
        let of = Evolution::of;
        assert_eq!(of(None, Some(NonCouvert), None, Some(5)), Evolution::Apparu);
        assert_eq!(
            of(Some(Couvert), Some(Partiel), Some(0), Some(5)),
            Evolution::Apparu
        );
        assert_eq!(of(Some(Partiel), None, Some(5), None), Evolution::Resolu);
        assert_eq!(
            of(Some(NonCouvert), Some(Couvert), Some(5), Some(0)),
            Evolution::Resolu
        );
        assert_eq!(
            of(Some(Partiel), Some(NonCouvert), Some(50), Some(10)),
            Evolution::Aggrave
        );
        assert_eq!(
            of(Some(NonCouvert), Some(NonCouvert), Some(10), Some(12)),
            Evolution::Aggrave
        );
        assert_eq!(
            of(Some(NonCouvert), Some(Partiel), Some(10), Some(30)),
            Evolution::Ameliore
        );
        assert_eq!(
            of(Some(Partiel), Some(Partiel), Some(10), Some(3)),
            Evolution::Ameliore
        );
        assert_eq!(
            of(Some(Partiel), Some(Partiel), Some(10), Some(10)),
            Evolution::Stable
        );
        assert_eq!(
            of(Some(NonCouvert), Some(NonCouvert), None, Some(10)),
            Evolution::Stable
        );
        assert_eq!(
            of(Some(Couvert), Some(Couvert), Some(0), Some(0)),
            Evolution::Stable
        );
        assert_eq!(of(Some(Couvert), None, Some(0), None), Evolution::Stable);
        assert_eq!(of(None, Some(Couvert), None, Some(0)), Evolution::Stable);
    }
}

/// The current cells in the history's shape.
pub fn from_cells(t: &Taxonomy, cells: &[crate::analyse::Cell]) -> Vec<PastCell> {
    cells
        .iter()
        .map(|c| PastCell {
            domaine: t.code(Kind::Domaine, c.domaine).to_string(),
            besoin: t.code(Kind::Besoin, c.besoin).to_string(),
            public: t.code(Kind::Public, c.public).to_string(),
            territoire: t.code(Kind::Territoire, c.territoire).to_string(),
            statut: c.statut,
            personnes_non_couvertes: c.personnes_non_couvertes,
        })
        .collect()
}

/// What a period's outputs show of the past: the recorded periods up to it (for the trend
/// charts) and the comparison with the one just before (for the report).
#[derive(Debug, Clone, Default)]
pub struct Past {
    pub series: Vec<(Period, Vec<PastCell>)>,
    pub previous: Option<(Period, Vec<Change>)>,
}

/// Reads the history before `current` and adds the current cells; errors in `lang`.
pub fn past(
    out: &Path,
    t: &Taxonomy,
    current: Period,
    cells: &[crate::analyse::Cell],
    lang: Lang,
) -> anyhow::Result<Past> {
    let mut series = Vec::new();
    for p in periods(out).into_iter().filter(|p| *p < current) {
        series.push((p, load(out, p, lang)?));
    }
    let now = from_cells(t, cells);
    let previous = series.last().map(|(p, before)| (*p, compare(t, before, &now)));
    series.push((current, now));
    Ok(Past { series, previous })
}
