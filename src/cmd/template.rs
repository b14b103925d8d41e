//! `cadastre modele`: writes the blank survey files for partners
//! ([`crate::render::template`]) into the folder asked for.

use std::path::PathBuf;

use crate::config::TemplateConfig;
use crate::exit_codes::ExitStatus;
use crate::model::Lang;
use crate::render::template::{csv_template, workbook, NEED_FIELDS, SERVICE_FIELDS};

/// The names of the workbook and of the needs' CSV. Names, not words: they stay what they
/// have always been, French for a French run, English otherwise (the Dutch run included),
/// the names partners and scripts know.
fn file_names(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Fr => ("cadastre-modele.xlsx", "besoins.csv"),
        Lang::En => ("cadastre-template.xlsx", "needs.csv"),
        Lang::Nl => ("cadastre-template.xlsx", "needs.csv"),
    }
}

pub fn run(cfg: TemplateConfig) -> anyhow::Result<ExitStatus> {
    let lang = cfg.lang;
    let date = crate::config::output_date(None);
    let (book, needs) = file_names(lang);
    let files: Vec<(PathBuf, Vec<u8>)> = vec![
        (cfg.out.join(book), workbook(&cfg.taxonomy, lang, date)?),
        (cfg.out.join(needs), csv_template(&NEED_FIELDS, lang)),
        (cfg.out.join("services.csv"), csv_template(&SERVICE_FIELDS, lang)),
    ];
    crate::output::check_target(&cfg.out, cfg.lang)?;
    for (path, bytes) in &files {
        crate::output::write_atomic(path, bytes)?;
        println!("{}", crate::sanitize::path(path));
    }
    Ok(ExitStatus::Success)
}
