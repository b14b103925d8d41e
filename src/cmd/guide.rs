//! `cadastre guide`: the services guide alone (`analyse` writes it too), for when only the
//! directory is needed. Its three files are written atomically into `OUT/PERIOD/`, leaving
//! the period's other outputs as they are.

use crate::config::GuideConfig;
use crate::exit_codes::ExitStatus;
use crate::pipeline::Analysis;
use crate::render::{self, OutputFile};

/// Services in one guide page at most: beyond, the page says to use `guide.csv` (a region's
/// directory of a million services is a table, not a page to browse).
pub const GUIDE_MAX_SERVICES: usize = 20_000;

/// The guide's files but `guide.csv`: `guide/index.html` and `guide.xlsx`. `guide.csv`,
/// which a region's run makes 150 MB long, is written piece by piece by
/// [`render::guide::write_csv`].
pub fn files(a: &Analysis, date: (u16, u8, u8)) -> anyhow::Result<Vec<OutputFile>> {
    if a.services.len() > GUIDE_MAX_SERVICES {
        let page = render::guide::too_large(a, GUIDE_MAX_SERVICES);
        return Ok(vec![("guide/index.html".into(), page.into_bytes())]);
    }
    let table = render::guide::table(a);
    let book = render::sheets::Book::guide(a, &table);
    Ok(vec![
        (
            "guide/index.html".into(),
            render::guide::html(a, date).into_bytes(),
        ),
        ("guide.xlsx".into(), render::xlsx::to_bytes(&book, 0, date)?),
    ])
}

pub fn run(cfg: GuideConfig) -> anyhow::Result<ExitStatus> {
    let input = cfg.input;
    crate::output::check_target(&input.out)?;
    let a = crate::pipeline::run(&input.dir, input.period, input.taxonomy, input.lang)?;
    let date = crate::config::output_date(Some(a.period));
    let dir = input.out.join(a.period.to_string());
    for (rel, bytes) in files(&a, date)? {
        crate::output::write_atomic(&dir.join(&rel), &bytes)?;
    }
    crate::output::write_atomic_with(&dir.join("guide.csv"), &mut |w| render::guide::write_csv(&a, w))?;
    let n = a.services.len();
    println!(
        "{} : {n} services, {} {}",
        a.lang.pick("Guide des services", "Services guide"),
        a.lang.pick("écrit dans", "written to"),
        crate::sanitize::one_line(&dir.join("guide/index.html").display().to_string())
    );
    Ok(ExitStatus::Success)
}
