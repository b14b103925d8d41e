//! `cadastre analyse`: reads a period folder, writes `OUT/PERIOD/` whole, and prints what
//! was read, what was rejected and why, and the most urgent gaps.

use std::fmt::Write as _;

use std::path::Path;

use crate::analyse::Status;
use crate::config::{AnalyseConfig, InputConfig};
use crate::exit_codes::ExitStatus;
use crate::i18n::{s as text, t, t_args};
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
    volunteers: Option<&crate::volunteers::read::Roster>,
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
        volunteers,
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
        "{}",
        t_args(
            lang,
            "term-resultats",
            &[("dossier", text(crate::sanitize::path(&target)))]
        )
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
    let (sep, point) = crate::i18n::number_marks(lang);
    let grouped = crate::i18n::group_thousands(&format!("{:.0}", rate.max(0.0)), sep);
    let secs = format!("{secs:.2}").replace('.', &point.to_string());
    t_args(
        lang,
        "term-duree",
        &[("secondes", text(secs)), ("debit", text(grouped))],
    )
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
    let template = format!(
        "{{spinner}} [{{bar:30}}] {{pos}}/{{len}} {}, {{msg}}",
        t(lang, "term-progression-fichiers")
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
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
                bar.set_message(t_args(
                    lang,
                    "term-progression-lignes",
                    &[
                        ("lignes", text(rows.to_string())),
                        ("debit", text(format!("{rate:.0}"))),
                    ],
                ));
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
    let roster = match &cfg.volunteers {
        Some(dir) => Some(crate::cmd::volunteers::read_roster(dir, &input.taxonomy, lang)?),
        None => None,
    };
    if let Some(r) = &roster {
        let rejected = r.tables.iter().map(|t| t.rejected).sum::<u64>();
        let counts = [
            ("benevoles", crate::i18n::n(r.volunteers.len() as u64)),
            ("missions", crate::i18n::n(r.missions.len() as u64)),
            ("rejets", crate::i18n::n(rejected)),
        ];
        println!("{}", t_args(lang, "benevoles-term-lus", &counts));
    }
    let mut rejected = false;
    let n = dirs.len();
    for (i, (dir, period)) in dirs.iter().enumerate() {
        let last = i + 1 == n;
        rejected |= analyse_one(
            dir,
            *period,
            &input,
            cfg.min_cell,
            cfg.formats,
            last,
            roster.as_ref(),
        )?;
    }
    if cfg.strict && rejected {
        eprintln!("{}", t(lang, "term-strict"));
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
    let mut s = String::new();
    period_line(&mut s, a);
    let _ = writeln!(s);
    tally_lines(&mut s, a);
    list(
        &mut s,
        lang,
        "term-rejets",
        &a.rejections,
        true,
        Some("term-rejets-autres"),
    );
    list(&mut s, lang, "term-avertissements", &a.warnings, false, None);
    cells_line(&mut s, a);
    urgent_lines(&mut s, a, min_cell);
    s
}

/// "Période 2026-T3 (lue dans le nom du dossier)".
fn period_line(s: &mut String, a: &Analysis) {
    let lang = a.lang;
    let source = match a.period_source {
        PeriodSource::Flag => t(lang, "term-source-option"),
        PeriodSource::FolderName => t(lang, "term-source-dossier"),
        PeriodSource::Files => t(lang, "term-source-fichiers"),
    };
    let _ = writeln!(
        s,
        "{}",
        t_args(
            lang,
            "term-periode",
            &[("periode", text(a.period.to_string())), ("source", text(source))]
        )
    );
}

/// The tally: one line per table read, then the total.
fn tally_lines(s: &mut String, a: &Analysis) {
    let rows: Vec<super::TallyRow> = a
        .tallies
        .iter()
        .map(|t| super::TallyRow {
            place: &t.place,
            code: t.kind.code(),
            read: t.read,
            used: t.used,
            rejected: t.rejected,
            remark: &t.remark,
        })
        .collect();
    super::tally_lines(s, a.lang, &rows);
}

/// The need cells, by status.
fn cells_line(s: &mut String, a: &Analysis) {
    let counts = render::status_counts(&a.cells);
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{}",
        t_args(
            a.lang,
            "term-cellules",
            &[
                ("n", text(a.cells.len().to_string())),
                ("non", text(counts[&Status::NonCouvert].to_string())),
                ("partiel", text(counts[&Status::Partiel].to_string())),
                ("couvert", text(counts[&Status::Couvert].to_string())),
            ]
        )
    );
}

/// The ten most urgent gaps and who could take them, when there are gaps.
fn urgent_lines(s: &mut String, a: &Analysis, min_cell: u64) {
    let (lang, tax) = (a.lang, &a.taxonomy);
    let mut gaps: Vec<_> = a.cells.iter().filter(|c| c.statut.is_gap()).collect();
    gaps.sort_by(|x, y| {
        y.priorite_max.cmp(&x.priorite_max).then(
            y.personnes_non_couvertes
                .unwrap_or(0)
                .cmp(&x.personnes_non_couvertes.unwrap_or(0)),
        )
    });
    if gaps.is_empty() {
        return;
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", t(lang, "term-manques-urgents"));
    for c in gaps.iter().take(10) {
        let _ = writeln!(
            s,
            "  P{} {:>5} {}  {} / {} / {}  [{}]",
            c.priorite_max,
            people(c.personnes_non_couvertes, min_cell),
            t(lang, "term-pers"),
            tax.entry(Kind::Besoin, c.besoin).label(lang),
            tax.entry(Kind::Public, c.public).label(lang),
            tax.entry(Kind::Territoire, c.territoire).label(lang),
            c.statut.code(),
        );
        let cands = c
            .candidats
            .iter()
            .map(|p| crate::sanitize::cut(a.partners.name(*p)))
            .collect::<Vec<_>>()
            .join(" | ");
        let who = if cands.is_empty() {
            t(lang, "term-aucun-partenaire")
        } else {
            one_line(&cands)
        };
        let _ = writeln!(s, "        {} {who}", t(lang, "term-qui-pourrait"));
    }
}

/// Rejection-like lines under the catalog's `title` (which counts them), the first
/// [`SHOWN_REJECTIONS`] of them, with their column when `columns`, and the catalog's `more`
/// line saying where the rest is when given.
pub(crate) fn list(
    s: &mut String,
    lang: Lang,
    title: &str,
    items: &[crate::model::Rejection],
    columns: bool,
    more: Option<&str>,
) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{}",
        t_args(lang, title, &[("n", text(items.len().to_string()))])
    );
    for r in items.iter().take(SHOWN_REJECTIONS) {
        let line = r.line.map_or(String::new(), |l| format!(":{l}"));
        let col = if columns && !r.column.is_empty() {
            format!(" [{}]", r.column)
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "  {}{line}{col} {}",
            super::place_text(&r.place),
            one_line(&r.reason)
        );
    }
    if let Some(more) = more.filter(|_| items.len() > SHOWN_REJECTIONS) {
        let rest = (items.len() - SHOWN_REJECTIONS).to_string();
        let _ = writeln!(s, "  {}", t_args(lang, more, &[("n", text(rest))]));
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
        assert_eq!(
            duration_line(Lang::Nl, 5.2417, 1_909_123.4),
            "Duur: 5,24 s (1.909.123 rijen/s)"
        );
    }
}
