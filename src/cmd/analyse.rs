//! `cadastre analyse`: reads a period folder, writes `OUT/PERIOD/` whole, and prints what
//! was read, what was rejected and why, and the most urgent gaps.

use std::fmt::Write as _;

use std::path::Path;

use crate::analyse::Status;
use crate::config::{AnalyseConfig, InputConfig};
use crate::exit_codes::ExitStatus;
use crate::model::Lang;
use crate::period::Period;
use crate::pipeline::{Analysis, PeriodSource};
use crate::render;
use crate::sanitize::one_line;
use crate::taxonomy::Kind;

/// Rejection lines printed in the terminal; the rest are in `rejets.csv`.
const SHOWN_REJECTIONS: usize = 40;

/// Analyses one period folder and publishes its outputs; returns whether rows were rejected.
fn analyse_one(
    dir: &Path,
    period: Option<Period>,
    input: &InputConfig,
    min_cell: u64,
    formats: crate::config::Formats,
    full: bool,
) -> anyhow::Result<bool> {
    let lang = input.lang;
    let started = std::time::Instant::now();
    let job = crate::publish::Job {
        dir,
        period,
        taxonomy: input.taxonomy.clone(),
        lang,
        out: &input.out,
        min_cell,
        formats,
    };
    let crate::publish::Published {
        analysis: a,
        past,
        target,
    } = with_progress(lang, |progress, on_start| {
        crate::publish::analyse_and_publish(job, progress, on_start)
    })?;
    if full {
        print!("{}", summary(&a, min_cell));
    } else {
        println!("{}", crate::publish::summary_line(&a));
    }
    if let Some((p, changes)) = &past.previous {
        println!("{}", crate::history::evolution_line(lang, *p, a.period, changes));
    }
    let secs = started.elapsed().as_secs_f64();
    let rate = a.rows_read() as f64 / secs.max(1e-9);
    println!("{}", duration_line(lang, secs, rate));
    println!(
        "{} {}",
        lang.pick("Résultats écrits dans", "Outputs written to"),
        one_line(&target.display().to_string())
    );
    if full {
        println!();
    }
    let rejected = !a.rejections.is_empty();
    if full {
        // The last period's analysis lives until the process ends: the system takes its
        // memory back at once, where freeing a region's millions of values one by one
        // takes a quarter of a second.
        std::mem::forget(a);
    }
    Ok(rejected)
}

/// The end-of-run line, written as each language writes numbers: "Durée : 5,24 s
/// (1 909 000 lignes/s)", "Time: 5.24 s (1,909,000 rows/s)".
fn duration_line(lang: Lang, secs: f64, rate: f64) -> String {
    let (sep, point) = match lang {
        Lang::Fr => (' ', ','),
        Lang::En | Lang::Nl => (',', '.'),
    };
    let grouped = crate::i18n::group_thousands(&format!("{:.0}", rate.max(0.0)), sep);
    let secs = format!("{secs:.2}").replace('.', &point.to_string());
    match lang {
        Lang::Fr => format!("Durée : {secs} s ({grouped} lignes/s)"),
        Lang::En | Lang::Nl => format!("Time: {secs} s ({grouped} rows/s)"),
    }
}

/// Runs `work` with a progress bar on stderr (files and rows done, rows/s) when stderr is a
/// terminal; without a terminal nothing is drawn.
fn with_progress<T>(
    lang: Lang,
    work: impl FnOnce(&crate::pipeline::Progress, &mut dyn FnMut(u64)) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    use std::io::IsTerminal;
    use std::sync::atomic::{AtomicBool, Ordering};
    let progress = crate::pipeline::Progress::default();
    if !std::io::stderr().is_terminal() {
        return work(&progress, &mut |_| {});
    }
    let bar = indicatif::ProgressBar::new(0);
    let template = match lang {
        Lang::Fr => "{spinner} [{bar:30}] {pos}/{len} fichiers, {msg}",
        Lang::En | Lang::Nl => "{spinner} [{bar:30}] {pos}/{len} files, {msg}",
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    let done = AtomicBool::new(false);
    let start = std::time::Instant::now();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                let rows = progress.rows_done.load(Ordering::Relaxed);
                let rate = rows as f64 / start.elapsed().as_secs_f64().max(1e-9);
                bar.set_position(progress.files_done.load(Ordering::Relaxed));
                bar.set_message(match lang {
                    Lang::Fr => format!("{rows} lignes, {rate:.0} lignes/s"),
                    Lang::En | Lang::Nl => format!("{rows} rows, {rate:.0} rows/s"),
                });
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        });
        let result = work(&progress, &mut |files| bar.set_length(files));
        done.store(true, Ordering::Relaxed);
        bar.finish_and_clear();
        result
    })
}

pub fn run(cfg: AnalyseConfig) -> anyhow::Result<ExitStatus> {
    let input = cfg.input;
    crate::output::check_target(&input.out, input.lang)?;
    let lang = input.lang;
    let dirs = crate::ingest::period_dirs(&input.dir, input.period)?;
    let mut rejected = false;
    let n = dirs.len();
    for (i, (dir, period)) in dirs.iter().enumerate() {
        rejected |= analyse_one(dir, *period, &input, cfg.min_cell, cfg.formats, i + 1 == n)?;
    }
    if cfg.strict && rejected {
        eprintln!(
            "{}",
            lang.pick(
                "--strict : des lignes ont été rejetées (code de sortie 1)",
                "--strict: rows were rejected (exit code 1)"
            )
        );
        return Ok(ExitStatus::Rejections);
    }
    Ok(ExitStatus::Success)
}

fn people(n: Option<u64>, min_cell: u64) -> String {
    match n {
        None => "?".into(),
        Some(n) if n > 0 && n < min_cell => format!("<{min_cell}"),
        Some(n) => n.to_string(),
    }
}

/// The end-of-run text: period, tally per table, rejections, statuses and urgent gaps.
pub fn summary(a: &Analysis, min_cell: u64) -> String {
    let lang = a.lang;
    let t = &a.taxonomy;
    let mut s = String::new();
    let source = match (a.period_source, lang) {
        (PeriodSource::Flag, Lang::Fr) => "donnée par --periode",
        (PeriodSource::Flag, Lang::En | Lang::Nl) => "given by --period",
        (PeriodSource::FolderName, Lang::Fr) => "lue dans le nom du dossier",
        (PeriodSource::FolderName, Lang::En | Lang::Nl) => "read from the folder name",
        (PeriodSource::Files, Lang::Fr) => "lue dans la colonne periode des fichiers",
        (PeriodSource::Files, Lang::En | Lang::Nl) => "read from the files' period column",
    };
    let _ = writeln!(s, "{} {} ({source})", lang.pick("Période", "Period"), a.period);
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", lang.pick("Fichiers lus :", "Files read:"));
    let width = a
        .tallies
        .iter()
        .map(|t| place_text(&t.place).chars().count())
        .max()
        .unwrap_or(10)
        .min(60);
    let _ = writeln!(
        s,
        "  {:<width$}  {:<9} {:>6} {:>6} {:>6}",
        lang.pick("fichier [feuille]", "file [sheet]"),
        "table",
        lang.pick("lues", "read"),
        lang.pick("utilis.", "used"),
        lang.pick("rejet.", "rej."),
    );
    for tally in &a.tallies {
        let _ = write!(
            s,
            "  {:<width$}  {:<9} {:>6} {:>6} {:>6}",
            place_text(&tally.place),
            tally.kind.code(),
            tally.read,
            tally.used,
            tally.rejected
        );
        if !tally.remark.is_empty() {
            let _ = write!(s, "  ({})", one_line(&tally.remark));
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(
        s,
        "  {}: {} {} = {} {} + {} {}",
        lang.pick("Total", "Total"),
        a.rows_read(),
        lang.pick("lignes lues", "rows read"),
        a.rows_used(),
        lang.pick("utilisées", "used"),
        a.rows_rejected(),
        lang.pick("rejetées", "rejected"),
    );
    let rejections = (
        lang.pick("Rejets", "Rejections"),
        lang.pick("autres dans rejets.csv", "more in rejets.csv"),
    );
    list(&mut s, rejections.0, &a.rejections, true, Some(rejections.1));
    list(
        &mut s,
        lang.pick("Avertissements", "Warnings"),
        &a.warnings,
        false,
        None,
    );
    let counts = render::status_counts(&a.cells);
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{} : {} ({} {}, {} {}, {} {})",
        lang.pick("Cellules de besoin", "Need cells"),
        a.cells.len(),
        counts[&Status::NonCouvert],
        lang.pick("non couvertes", "not covered"),
        counts[&Status::Partiel],
        lang.pick("partiellement couvertes", "partly covered"),
        counts[&Status::Couvert],
        lang.pick("couvertes", "covered"),
    );
    let mut gaps: Vec<_> = a.cells.iter().filter(|c| c.statut.is_gap()).collect();
    gaps.sort_by(|x, y| {
        y.priorite_max.cmp(&x.priorite_max).then(
            y.personnes_non_couvertes
                .unwrap_or(0)
                .cmp(&x.personnes_non_couvertes.unwrap_or(0)),
        )
    });
    if !gaps.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}",
            lang.pick("Les dix manques les plus urgents :", "The ten most urgent gaps:")
        );
        for c in gaps.iter().take(10) {
            let cands = render::candidates(a, c);
            let _ = writeln!(
                s,
                "  P{} {:>5} {}  {} / {} / {}  [{}]",
                c.priorite_max,
                people(c.personnes_non_couvertes, min_cell),
                lang.pick("pers.", "people"),
                t.entry(Kind::Besoin, c.besoin).label(lang),
                t.entry(Kind::Public, c.public).label(lang),
                t.entry(Kind::Territoire, c.territoire).label(lang),
                c.statut.code(),
            );
            let who = if cands.is_empty() {
                lang.pick("aucun partenaire du domaine", "no partner in the domain")
                    .to_string()
            } else {
                one_line(&cands)
            };
            let _ = writeln!(
                s,
                "        {} {who}",
                lang.pick("qui pourrait s'en charger :", "who could take charge:")
            );
        }
    }
    s
}

/// Rejection-like lines, the first [`SHOWN_REJECTIONS`] of them, with their column when
/// `columns`, and a line saying where the rest is when `more` is given.
fn list(s: &mut String, title: &str, items: &[crate::model::Rejection], columns: bool, more: Option<&str>) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{title} ({}) :", items.len());
    for r in items.iter().take(SHOWN_REJECTIONS) {
        let line = r.line.map_or(String::new(), |l| format!(":{l}"));
        let col = if columns && !r.column.is_empty() {
            format!(" [{}]", r.column)
        } else {
            String::new()
        };
        let _ = writeln!(s, "  {}{line}{col} {}", place_text(&r.place), one_line(&r.reason));
    }
    if let Some(more) = more.filter(|_| items.len() > SHOWN_REJECTIONS) {
        let _ = writeln!(s, "  … {} {more}", items.len() - SHOWN_REJECTIONS);
    }
}

fn place_text(p: &crate::model::Place) -> String {
    let f = one_line(&p.file);
    if p.sheet.is_empty() {
        f
    } else {
        format!("{f} [{}]", one_line(&p.sheet))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_duration_is_written_as_each_language_writes_numbers() {
        assert_eq!(
            duration_line(Lang::Fr, 5.2417, 1_909_123.4),
            "Durée : 5,24 s (1 909 123 lignes/s)"
        );
        assert_eq!(
            duration_line(Lang::En, 5.2417, 1_909_123.4),
            "Time: 5.24 s (1,909,123 rows/s)"
        );
        assert_eq!(
            duration_line(Lang::Fr, 0.1, 366.0),
            "Durée : 0,10 s (366 lignes/s)"
        );
        assert_eq!(duration_line(Lang::En, 0.1, 0.0), "Time: 0.10 s (0 rows/s)");
    }
}
