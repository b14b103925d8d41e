//! `cadastre partenaire "NAME"` (`partner`): one partner's sheet in the terminal, the same
//! content as `partenaires/SLUG.html`, from the same inputs as `cadastre guide`. It writes
//! nothing; it reads the history of the output folder to say what changed. A folder of
//! quarters gives the last one (or the one `--periode` names).

use crate::config::PartnerConfig;
use crate::exit_codes::ExitStatus;

pub fn run(cfg: PartnerConfig) -> anyhow::Result<ExitStatus> {
    let input = cfg.input;
    let dirs = crate::ingest::period_dirs(&input.dir, input.period)?;
    let Some((dir, period)) = dirs.last() else {
        return Err(crate::error::UsageError::NoInputDir(input.dir).into());
    };
    let a = crate::pipeline::run(dir, period.or(input.period), input.taxonomy, input.lang)?;
    let past = crate::history::past(&input.out, &a.taxonomy, a.period, &a.cells, input.lang)?;
    let date = crate::config::output_date(Some(a.period));
    match crate::render::sheets::text_of(&a, &past, cfg.min_cell, date, &cfg.name) {
        Ok(text) => {
            print!("{text}");
            Ok(ExitStatus::Success)
        }
        Err(message) => Err(anyhow::anyhow!(message)),
    }
}
