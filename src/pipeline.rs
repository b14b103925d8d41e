//! One analysis run, from a folder of partner files to the computed cadastre: ingest,
//! validate, identify partners, fold duplicates, analyse. No file is written here.

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use crate::analyse::{Cell, NeedFact, ServiceFact};
use crate::error::UsageError;
use crate::ingest::{Input, RawSheet};
use crate::model::{Lang, NeedRow, Place, Rejection, ServiceRow, TableKind, Tally};
use crate::partners::Partners;
use crate::period::Period;
use crate::taxonomy::Taxonomy;
use crate::validate::{self, Context};

/// Where the run's period came from, for the terminal summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodSource {
    Flag,
    FolderName,
    Files,
}

/// A validated need row with where it comes from and who said it.
#[derive(Debug, Clone)]
pub struct Need {
    pub place: Place,
    pub row: NeedRow,
    pub partner: u32,
}

/// A validated service row with where it comes from and who runs it.
#[derive(Debug, Clone)]
pub struct Service {
    pub place: Place,
    pub row: ServiceRow,
    pub partner: u32,
}

/// Everything a run computed; the renderers read it.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub period: Period,
    pub period_source: PeriodSource,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
    pub tallies: Vec<Tally>,
    pub rejections: Vec<Rejection>,
    /// Folded duplicates: reported, not rejected.
    pub warnings: Vec<Rejection>,
    pub partners: Partners,
    pub needs: Vec<Need>,
    pub services: Vec<Service>,
    pub cells: Vec<Cell>,
}

impl Analysis {
    pub fn rows_read(&self) -> u64 {
        self.tallies.iter().map(|t| t.read).sum()
    }
    pub fn rows_used(&self) -> u64 {
        self.tallies.iter().map(|t| t.used).sum()
    }
    pub fn rows_rejected(&self) -> u64 {
        self.tallies.iter().map(|t| t.rejected).sum()
    }
}

/// Decides the period: the flag, else a period in the folder's name, else the one period
/// written in the files' `periode` columns.
fn decide_period(
    dir: &Path,
    flag: Option<Period>,
    inputs: &[Input],
) -> Result<(Period, PeriodSource), UsageError> {
    if let Some(p) = flag {
        return Ok((p, PeriodSource::Flag));
    }
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()));
    if let Some(p) = name.as_deref().and_then(Period::find_in) {
        return Ok((p, PeriodSource::FolderName));
    }
    let mut counts: HashMap<Period, usize> = HashMap::new();
    for input in inputs {
        if let Input::Tables { sheets, .. } = input {
            for s in sheets {
                for p in validate::periods_in(s) {
                    *counts.entry(p).or_default() += 1;
                }
            }
        }
    }
    let mut found: Vec<Period> = counts.into_keys().collect();
    found.sort();
    match found.as_slice() {
        [] => Err(UsageError::NoPeriod),
        [one] => Ok((*one, PeriodSource::Files)),
        many => Err(UsageError::SeveralPeriods(
            many.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", "),
        )),
    }
}

/// Runs ingest, validation and analysis on a period folder.
pub fn run(dir: &Path, period: Option<Period>, taxonomy: Taxonomy, lang: Lang) -> anyhow::Result<Analysis> {
    if !dir.exists() {
        return Err(UsageError::NoInputDir(dir.to_path_buf()).into());
    }
    if !dir.is_dir() {
        return Err(UsageError::NotADir(dir.to_path_buf()).into());
    }
    let files = crate::ingest::discover(dir)
        .map_err(|e| anyhow::anyhow!("lecture du dossier {} impossible : {e}", dir.display()))?;
    let inputs = crate::ingest::read_all(&files);
    let (period, period_source) = decide_period(dir, period, &inputs)?;

    // Flatten to tables, keeping file then sheet order, and validate them in parallel.
    enum Job<'a> {
        Sheet {
            place: Place,
            sheet: &'a RawSheet,
            text: bool,
            note: &'a str,
        },
        Skip {
            place: Place,
            kind: TableKind,
            reason: String,
        },
    }
    let mut jobs = Vec::new();
    for input in &inputs {
        match input {
            Input::Tables { file, sheets, note } => {
                let text = sheets.len() == 1 && sheets[0].sheet.is_empty();
                for sheet in sheets {
                    let place = Place {
                        file: file.clone(),
                        sheet: sheet.sheet.clone(),
                    };
                    jobs.push(Job::Sheet {
                        place,
                        sheet,
                        text,
                        note,
                    });
                }
            }
            Input::Unreadable {
                place,
                reason,
                ignored,
            } => {
                let kind = if *ignored {
                    TableKind::Ignoree
                } else {
                    TableKind::Illisible
                };
                jobs.push(Job::Skip {
                    place: place.clone(),
                    kind,
                    reason: reason.clone(),
                });
            }
        }
    }
    let ctx = Context {
        taxonomy: &taxonomy,
        period,
        lang,
    };
    let outcomes: Vec<_> = jobs
        .into_par_iter()
        .map(|job| match job {
            Job::Sheet {
                place,
                sheet,
                text,
                note,
            } => {
                let mut out = validate::validate_sheet(place, sheet, text, &ctx);
                if !note.is_empty() {
                    out.tally.remark = [note, out.tally.remark.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" ; ");
                }
                out
            }
            Job::Skip { place, kind, reason } => validate::skipped(place, kind, reason),
        })
        .collect();
    drop(inputs);

    let usable = outcomes
        .iter()
        .any(|o| matches!(o.tally.kind, TableKind::Besoins | TableKind::Services));
    if !usable {
        for o in &outcomes {
            eprintln!(
                "  {} {}: {}",
                o.tally.place.file,
                o.tally.place.sheet,
                crate::sanitize::one_line(&o.tally.remark)
            );
        }
        return Err(UsageError::NothingReadable(dir.to_path_buf()).into());
    }

    let partners = Partners::from_spellings(outcomes.iter().flat_map(|o| {
        o.needs
            .iter()
            .map(|n| n.partner.as_str())
            .chain(o.services.iter().map(|s| s.partner.as_str()))
    }));
    let mut tallies = Vec::new();
    let mut rejections = Vec::new();
    let mut needs = Vec::new();
    let mut services = Vec::new();
    for o in outcomes {
        let place = o.tally.place.clone();
        tallies.push(o.tally);
        rejections.extend(o.rejections);
        for row in o.needs {
            let partner = partner_id(&partners, &row.partner);
            needs.push(Need {
                place: place.clone(),
                row,
                partner,
            });
        }
        for row in o.services {
            let partner = partner_id(&partners, &row.partner);
            services.push(Service {
                place: place.clone(),
                row,
                partner,
            });
        }
    }
    let warnings = duplicate_warnings(&needs, &partners, &taxonomy, lang);
    let need_facts: Vec<NeedFact> = needs.iter().map(|n| NeedFact::new(n.partner, &n.row)).collect();
    let service_facts: Vec<ServiceFact> = services
        .iter()
        .map(|s| ServiceFact::new(s.partner, &s.row))
        .collect();
    let cells = crate::analyse::cadastre(&taxonomy, &need_facts, &service_facts)?;
    Ok(Analysis {
        period,
        period_source,
        taxonomy,
        lang,
        tallies,
        rejections,
        warnings,
        partners,
        needs,
        services,
        cells,
    })
}

fn partner_id(partners: &Partners, name: &str) -> u32 {
    // Every validated row's partner was registered above.
    partners.id(name).unwrap_or(0)
}

/// A warning for each need row that repeats a cell its partner already gave.
fn duplicate_warnings(needs: &[Need], partners: &Partners, tax: &Taxonomy, lang: Lang) -> Vec<Rejection> {
    use crate::taxonomy::Kind;
    let mut first: HashMap<(u32, usize, usize, usize), &Need> = HashMap::new();
    let mut out = Vec::new();
    for n in needs {
        let key = (n.partner, n.row.besoin, n.row.public, n.row.territoire);
        match first.get(&key) {
            None => {
                first.insert(key, n);
            }
            Some(f) => {
                let cell = format!(
                    "{} / {} / {}",
                    tax.code(Kind::Besoin, n.row.besoin),
                    tax.code(Kind::Public, n.row.public),
                    tax.code(Kind::Territoire, n.row.territoire)
                );
                let at = if f.place == n.place {
                    format!("{} {}", lang.pick("ligne", "line"), f.row.line)
                } else {
                    let sheet = if f.place.sheet.is_empty() {
                        String::new()
                    } else {
                        format!(" [{}]", f.place.sheet)
                    };
                    format!(
                        "{}{}, {} {}",
                        f.place.file,
                        sheet,
                        lang.pick("ligne", "line"),
                        f.row.line
                    )
                };
                let reason = match lang {
                    Lang::Fr => format!(
                        "doublon : {} a déjà exprimé le besoin {cell} ({at}) ; compté une fois, avec la plus grande estimation et la plus haute priorité",
                        partners.name(n.partner)
                    ),
                    Lang::En => format!(
                        "duplicate: {} already expressed the need {cell} ({at}); counted once, with the largest estimate and the highest priority",
                        partners.name(n.partner)
                    ),
                };
                out.push(Rejection {
                    place: n.place.clone(),
                    line: Some(n.row.line),
                    column: "besoin".into(),
                    value: tax.code(Kind::Besoin, n.row.besoin).to_string(),
                    reason,
                    partner: partners.name(n.partner).to_string(),
                });
            }
        }
    }
    out
}
