//! A period analysed and published: the pipeline run on its folder, every output rendered
//! into a staging folder and swapped in whole, then the cadastre recorded in the history.
//! `cadastre analyse` and the portal's analyses both go through here.

use std::path::{Path, PathBuf};

use crate::analyse::Status;
use crate::history::Past;
use crate::model::Lang;
use crate::period::Period;
use crate::pipeline::{Analysis, Progress};
use crate::taxonomy::Taxonomy;

/// What to analyse and where the outputs go (`out/PERIOD/`).
pub struct Job<'a> {
    pub dir: &'a Path,
    pub period: Option<Period>,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
    pub out: &'a Path,
    pub min_cell: u64,
    /// The optional outputs (HXL row, validated rows as Parquet).
    pub formats: crate::config::Formats,
    /// The council's volunteers and missions (`--benevoles`): counts of who could help.
    pub volunteers: Option<&'a crate::volunteers::read::Roster>,
}

/// A published analysis: what was computed, the past it was compared with, and the
/// period's folder.
pub struct Published {
    pub analysis: Analysis,
    pub past: Past,
    pub target: PathBuf,
}

/// Runs the job; on failure the previous outputs stay as they were and nothing is recorded.
pub fn analyse_and_publish(
    job: Job<'_>,
    progress: &Progress,
    on_start: &mut dyn FnMut(u64),
) -> anyhow::Result<Published> {
    let started = std::time::Instant::now();
    let mut a =
        crate::pipeline::run_with_progress(job.dir, job.period, job.taxonomy, job.lang, progress, on_start)?;
    if let Some(r) = job.volunteers {
        let cells: Vec<_> = a
            .cells
            .iter()
            .map(|c| (c.besoin, c.public, c.territoire))
            .collect();
        a.volunteers = Some(crate::matching::gap_help(
            &r.volunteers,
            &r.missions,
            &cells,
            &a.taxonomy,
        ));
    }
    let date = crate::config::output_date(Some(a.period));
    let t_analysed = started.elapsed();
    let cpu_analysed = crate::timing::cpu_seconds();
    let mem_analysed = crate::timing::peak_memory_mb();
    let past = {
        let _t = crate::timing::stage("historique");
        crate::history::past(job.out, &a.taxonomy, a.period, &a.cells, job.lang)?
    };
    let staging = crate::output::Staging::new(job.out, &a.period.to_string())?;
    crate::render::outputs::render_all(&a, &past, job.min_cell, date, job.formats, &staging)?;
    let t_rendered = started.elapsed();
    let cpu_rendered = crate::timing::cpu_seconds();
    let target = staging.publish()?;
    if crate::timing::enabled() {
        eprintln!(
            "analyse {t_analysed:.2?} (processeur {cpu_analysed:.2} s, mémoire max {mem_analysed} Mo), rendu et écriture {:.2?} (processeur {:.2} s), mise en place {:.2?} (mémoire max {} Mo)", // not words: the developer's timings
            t_rendered - t_analysed,
            cpu_rendered - cpu_analysed,
            started.elapsed() - t_rendered,
            crate::timing::peak_memory_mb()
        );
    }
    // Recorded once the period's outputs are in place: a failed run records nothing.
    {
        let _t = crate::timing::stage("historique (écriture)"); // not words: a stage of the developer's timings
        crate::history::record(job.out, a.period, &crate::render::cadastre_table(&a))?;
    }
    Ok(Published {
        analysis: a,
        past,
        target,
    })
}

/// A period's result in one line (the portal's analyses, and the periods `cadastre
/// analyse` runs on the way to the last one).
pub fn summary_line(a: &Analysis) -> String {
    use crate::i18n::s;
    let c = crate::render::status_counts(&a.cells);
    crate::i18n::t_args(
        a.lang,
        "lecture-resume-periode",
        &[
            ("periode", s(a.period.to_string())),
            ("lues", s(a.rows_read().to_string())),
            ("utilisees", s(a.rows_used().to_string())),
            ("rejetees", s(a.rows_rejected().to_string())),
            ("cellules", s(a.cells.len().to_string())),
            ("non_couvertes", s(c[&Status::NonCouvert].to_string())),
            ("partielles", s(c[&Status::Partiel].to_string())),
            ("couvertes", s(c[&Status::Couvert].to_string())),
        ],
    )
}
