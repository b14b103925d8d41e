//! `cadastre comparer P1 P2`: what changed between two analysed quarters, from the history
//! store; writes `OUT/evolution_P1_P2.csv` (and Parquet) and prints the counts.

use crate::config::CompareConfig;
use crate::exit_codes::ExitStatus;
use crate::history;
use crate::render;

pub fn run(cfg: CompareConfig) -> anyhow::Result<ExitStatus> {
    let before = history::load(&cfg.out, cfg.p1, cfg.lang)?;
    let after = history::load(&cfg.out, cfg.p2, cfg.lang)?;
    let changes = history::compare(&cfg.taxonomy, &before, &after);
    let table = history::table(cfg.p1, cfg.p2, &changes);
    let stem = format!("evolution_{}_{}", cfg.p1, cfg.p2);
    let csv = cfg.out.join(format!("{stem}.csv"));
    crate::output::write_atomic(&csv, &render::csv::to_bytes(&table, 0))?;
    crate::output::write_atomic(
        &cfg.out.join(format!("{stem}.parquet")),
        &render::parquet::to_bytes(&table, 0)?,
    )?;
    println!(
        "{}",
        crate::history::evolution_line(cfg.lang, cfg.p1, cfg.p2, &changes)
    );
    let file = crate::sanitize::path(&csv);
    println!(
        "{}",
        crate::i18n::t_args(cfg.lang, "term-comparaison", &[("fichier", crate::i18n::s(file))])
    );
    Ok(ExitStatus::Success)
}
