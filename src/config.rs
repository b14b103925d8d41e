//! Validated configurations, one per subcommand, built once from the command line.

use std::path::{Path, PathBuf};

use crate::cli::{AnalyseArgs, CompareArgs, GuideArgs, InputArgs, TaxonomyArgs, TemplateArgs};
use crate::model::Lang;
use crate::period::Period;
use crate::taxonomy::Taxonomy;

/// The bundled sample: four quarters of Waremme, relative to the repository.
pub const SAMPLE_DIR: &str = "datasets/waremme";

/// The sample folder: from the working directory when run from the repository, else from
/// where the crate was built.
pub fn sample_dir() -> PathBuf {
    let local = PathBuf::from(SAMPLE_DIR);
    if local.is_dir() {
        local
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE_DIR)
    }
}

fn taxonomy(path: Option<&Path>) -> anyhow::Result<Taxonomy> {
    Ok(match path {
        Some(p) => Taxonomy::load(p)?,
        None => Taxonomy::default_embedded(),
    })
}

/// The date written where a date must appear (workbook properties, report footer):
/// `SOURCE_DATE_EPOCH` when set, else the first day of the period; never the clock.
pub fn output_date(period: Option<Period>) -> (u16, u8, u8) {
    if let Some(secs) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        let (year, month, day) = crate::period::civil_from_days(secs.div_euclid(86_400));
        return (year.clamp(1900, 9999) as u16, month as u8, day as u8);
    }
    match period {
        Some(p) => (p.year, (p.quarter - 1) * 3 + 1, 1),
        None => (2026, 1, 1),
    }
}

/// Where a run reads and writes, validated.
#[derive(Debug, Clone)]
pub struct InputConfig {
    pub dir: PathBuf,
    pub period: Option<Period>,
    pub out: PathBuf,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
}

impl InputConfig {
    fn from_args(a: InputArgs) -> anyhow::Result<InputConfig> {
        Ok(InputConfig {
            dir: a.dir.unwrap_or_else(sample_dir),
            period: a.period,
            out: a.out,
            taxonomy: taxonomy(a.taxonomy.as_deref())?,
            lang: a.lang,
        })
    }
}

#[derive(Debug, Clone)]
pub struct AnalyseConfig {
    pub input: InputConfig,
    pub strict: bool,
    pub min_cell: u64,
    pub formats: Formats,
}

/// The optional exchange formats a run adds to its outputs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Formats {
    /// A row of HXL hashtags under the header of `cadastre.csv` and `guide.csv`.
    pub hxl: bool,
    /// The validated partner cells and services as Parquet, for `sql/cadastre.sql`.
    pub parquet_rows: bool,
}

impl AnalyseConfig {
    pub fn from_args(a: AnalyseArgs) -> anyhow::Result<AnalyseConfig> {
        Ok(AnalyseConfig {
            input: InputConfig::from_args(a.input)?,
            strict: a.strict,
            min_cell: a.min_cell,
            formats: Formats {
                hxl: a.hxl,
                parquet_rows: a.parquet_lignes,
            },
        })
    }
}

#[derive(Debug, Clone)]
pub struct CompareConfig {
    pub p1: Period,
    pub p2: Period,
    pub out: PathBuf,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
}

impl CompareConfig {
    pub fn from_args(a: CompareArgs) -> anyhow::Result<CompareConfig> {
        Ok(CompareConfig {
            p1: a.p1,
            p2: a.p2,
            out: a.out,
            taxonomy: taxonomy(a.taxonomy.as_deref())?,
            lang: a.lang,
        })
    }
}

#[derive(Debug, Clone)]
pub struct GuideConfig {
    pub input: InputConfig,
    pub hxl: bool,
}

impl GuideConfig {
    pub fn from_args(a: GuideArgs) -> anyhow::Result<GuideConfig> {
        Ok(GuideConfig {
            input: InputConfig::from_args(a.input)?,
            hxl: a.hxl,
        })
    }
}

#[derive(Debug, Clone)]
pub struct TemplateConfig {
    pub out: PathBuf,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
}

impl TemplateConfig {
    pub fn from_args(a: TemplateArgs) -> anyhow::Result<TemplateConfig> {
        Ok(TemplateConfig {
            out: a.out,
            taxonomy: taxonomy(a.taxonomy.as_deref())?,
            lang: a.lang,
        })
    }
}

#[derive(Debug, Clone)]
pub struct TaxonomyConfig {
    pub taxonomy: Taxonomy,
    pub lang: Lang,
}

impl TaxonomyConfig {
    pub fn from_args(a: TaxonomyArgs) -> anyhow::Result<TaxonomyConfig> {
        Ok(TaxonomyConfig {
            taxonomy: taxonomy(a.taxonomy.as_deref())?,
            lang: a.lang,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_date_is_the_start_of_the_period() {
        if std::env::var_os("SOURCE_DATE_EPOCH").is_none() {
            assert_eq!(
                output_date(Some(Period {
                    year: 2026,
                    quarter: 3
                })),
                (2026, 7, 1)
            );
        }
    }
}
