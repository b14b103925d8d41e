//! `cadastre guide`: the services guide alone (`analyse` writes it too), for when only the
//! directory is needed. Its files (the page, the tables and the HSDS export in `hsds/`) are
//! written atomically into `OUT/PERIOD/`, one by one, leaving the period's other outputs as
//! they are.

use crate::config::GuideConfig;
use crate::exit_codes::ExitStatus;
use crate::render;

pub fn run(cfg: GuideConfig) -> anyhow::Result<ExitStatus> {
    let input = cfg.input;
    crate::output::check_target(&input.out, input.lang)?;
    let a = crate::pipeline::run(&input.dir, input.period, input.taxonomy, input.lang)?;
    let date = crate::config::output_date(Some(a.period));
    let dir = input.out.join(a.period.to_string());
    for (rel, bytes) in render::guide::files(&a, date)?
        .into_iter()
        .chain(render::hsds::files(&a)?)
    {
        crate::output::write_atomic(&dir.join(&rel), &bytes)?;
    }
    crate::output::write_atomic_with(&dir.join("guide.csv"), &mut |w| {
        render::guide::write_csv(&a, cfg.hxl, w)
    })?;
    let n = a.services.len();
    let page = crate::sanitize::path(&dir.join("guide/index.html"));
    println!(
        "{}",
        crate::i18n::t_args(
            a.lang,
            "term-guide",
            &[("n", crate::i18n::n(n as u64)), ("page", crate::i18n::s(page))]
        )
    );
    Ok(ExitStatus::Success)
}
