//! `cadastre analyse`: reads a period folder, writes `OUT/PERIOD/` whole, and prints what
//! was read, what was rejected and why, and the most urgent gaps.

use std::fmt::Write as _;

use crate::analyse::Status;
use crate::config::AnalyseConfig;
use crate::exit_codes::ExitStatus;
use crate::model::Lang;
use crate::pipeline::{Analysis, PeriodSource};
use crate::render::{self, Table};
use crate::sanitize::one_line;
use crate::taxonomy::Kind;

/// Rejection lines printed in the terminal; the rest are in `rejets.csv`.
const SHOWN_REJECTIONS: usize = 40;

/// Every output file of a period, as (relative path, bytes).
pub fn render_outputs(
    a: &Analysis,
    min_cell: u64,
    date: (u16, u8, u8),
) -> anyhow::Result<Vec<render::OutputFile>> {
    let tables: Vec<Table> = render::all_tables(a);
    let mut files = Vec::new();
    for t in &tables {
        files.push((format!("{}.csv", t.name), render::csv::to_bytes(t, min_cell)));
        files.push((
            format!("{}.parquet", t.name),
            render::parquet::to_bytes(t, min_cell)?,
        ));
    }
    let title = format!("Cadastre des besoins {}", a.period);
    files.push((
        "cadastre.xlsx".into(),
        render::xlsx::to_bytes(&tables, min_cell, &title, date)?,
    ));
    let mut svgs = Vec::new();
    for (name, bytes) in render::charts::render(a)? {
        if let Some(stem) = name.strip_suffix(".svg") {
            svgs.push((stem.to_string(), String::from_utf8_lossy(&bytes).into_owned()));
        }
        files.push((format!("graphiques/{name}"), bytes));
    }
    files.push((
        "rapport.html".into(),
        render::report::html(a, &svgs, min_cell, date).into_bytes(),
    ));
    files.extend(crate::cmd::guide::files(a, date)?);
    if min_cell > 0 {
        let note = format!("{}\n", render::min_cell_note(a.lang, min_cell));
        files.push(("LISEZMOI-min-cell.txt".into(), note.into_bytes()));
    }
    files.sort();
    Ok(files)
}

pub fn run(cfg: AnalyseConfig) -> anyhow::Result<ExitStatus> {
    let input = cfg.input;
    crate::output::check_target(&input.out)?;
    let lang = input.lang;
    let a = crate::pipeline::run(&input.dir, input.period, input.taxonomy, lang)?;
    let date = crate::config::output_date(Some(a.period));
    let files = render_outputs(&a, cfg.min_cell, date)?;
    let target = crate::output::publish_dir(&input.out, &a.period.to_string(), &files)?;
    print!("{}", summary(&a, cfg.min_cell));
    println!(
        "{} {}",
        lang.pick("Résultats écrits dans", "Outputs written to"),
        one_line(&target.display().to_string())
    );
    if cfg.strict && !a.rejections.is_empty() {
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
        (PeriodSource::Flag, Lang::En) => "given by --period",
        (PeriodSource::FolderName, Lang::Fr) => "lue dans le nom du dossier",
        (PeriodSource::FolderName, Lang::En) => "read from the folder name",
        (PeriodSource::Files, Lang::Fr) => "lue dans la colonne periode des fichiers",
        (PeriodSource::Files, Lang::En) => "read from the files' period column",
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
    if !a.rejections.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{} ({}) :",
            lang.pick("Rejets", "Rejections"),
            a.rejections.len()
        );
        for r in a.rejections.iter().take(SHOWN_REJECTIONS) {
            let line = r.line.map_or(String::new(), |l| format!(":{l}"));
            let col = if r.column.is_empty() {
                String::new()
            } else {
                format!(" [{}]", r.column)
            };
            let _ = writeln!(s, "  {}{line}{col} {}", place_text(&r.place), one_line(&r.reason));
        }
        if a.rejections.len() > SHOWN_REJECTIONS {
            let _ = writeln!(
                s,
                "  … {} {}",
                a.rejections.len() - SHOWN_REJECTIONS,
                lang.pick("autres dans rejets.csv", "more in rejets.csv")
            );
        }
    }
    if !a.warnings.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{} ({}) :",
            lang.pick("Avertissements", "Warnings"),
            a.warnings.len()
        );
        for r in a.warnings.iter().take(SHOWN_REJECTIONS) {
            let line = r.line.map_or(String::new(), |l| format!(":{l}"));
            let _ = writeln!(s, "  {}{line} {}", place_text(&r.place), one_line(&r.reason));
        }
    }
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
    let _ = writeln!(s);
    s
}

fn place_text(p: &crate::model::Place) -> String {
    let f = one_line(&p.file);
    if p.sheet.is_empty() {
        f
    } else {
        format!("{f} [{}]", one_line(&p.sheet))
    }
}
