//! `cadastre modele`: writes the blank survey files for partners
//! ([`crate::render::template`]) into the folder asked for.

use std::path::PathBuf;

use crate::config::TemplateConfig;
use crate::exit_codes::ExitStatus;
use crate::render::template::{csv_template, workbook, NEED_FIELDS, SERVICE_FIELDS};

pub fn run(cfg: TemplateConfig) -> anyhow::Result<ExitStatus> {
    let lang = cfg.lang;
    let date = crate::config::output_date(None);
    let files: Vec<(PathBuf, Vec<u8>)> = vec![
        (
            cfg.out
                .join(lang.pick("cadastre-modele.xlsx", "cadastre-template.xlsx")),
            workbook(&cfg.taxonomy, lang, date)?,
        ),
        (
            cfg.out.join(lang.pick("besoins.csv", "needs.csv")),
            csv_template(&NEED_FIELDS, lang),
        ),
        (cfg.out.join("services.csv"), csv_template(&SERVICE_FIELDS, lang)),
    ];
    crate::output::check_target(&cfg.out, cfg.lang)?;
    for (path, bytes) in &files {
        crate::output::write_atomic(path, bytes)?;
        println!("{}", crate::sanitize::one_line(&path.display().to_string()));
    }
    Ok(ExitStatus::Success)
}
