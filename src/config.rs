//! Validated configurations, one per subcommand, built once from the command line.

use std::path::{Path, PathBuf};

use crate::cli::{
    AnalyseArgs, CompareArgs, GuideArgs, InputArgs, PartnerArgs, ServeArgs, TaxonomyArgs, TemplateArgs,
    VolunteersArgs,
};
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

fn taxonomy(path: Option<&Path>, lang: Lang) -> anyhow::Result<Taxonomy> {
    Ok(match path {
        Some(p) => Taxonomy::load(p, lang)?,
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
            taxonomy: taxonomy(a.taxonomy.as_deref(), a.lang)?,
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
    /// The council's folder or file (`--benevoles`).
    pub volunteers: Option<PathBuf>,
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
            volunteers: a.volunteers,
        })
    }
}

/// `cadastre benevoles`: the council's folder or file, where to write, in which words.
#[derive(Debug, Clone)]
pub struct VolunteersConfig {
    pub dir: PathBuf,
    pub out: PathBuf,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
}

impl VolunteersConfig {
    pub fn from_args(a: VolunteersArgs) -> anyhow::Result<VolunteersConfig> {
        Ok(VolunteersConfig {
            dir: a.dir,
            out: a.out,
            taxonomy: taxonomy(a.taxonomy.as_deref(), a.lang)?,
            lang: a.lang,
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
            taxonomy: taxonomy(a.taxonomy.as_deref(), a.lang)?,
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

/// `cadastre partenaire`: one partner's sheet in the terminal.
#[derive(Debug, Clone)]
pub struct PartnerConfig {
    pub name: String,
    pub input: InputConfig,
    pub min_cell: u64,
}

impl PartnerConfig {
    pub fn from_args(a: PartnerArgs) -> anyhow::Result<PartnerConfig> {
        Ok(PartnerConfig {
            name: a.name,
            input: InputConfig::from_args(a.input)?,
            min_cell: a.min_cell,
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
            taxonomy: taxonomy(a.taxonomy.as_deref(), a.lang)?,
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
            taxonomy: taxonomy(a.taxonomy.as_deref(), a.lang)?,
            lang: a.lang,
        })
    }
}

/// A size written in bytes or with a unit (`20MB`, `20 Mo`, `500kB`, `1GB`), in bytes.
pub fn parse_size(raw: &str) -> Option<u64> {
    let raw = raw.trim();
    let split = raw.find(|c: char| !c.is_ascii_digit()).unwrap_or(raw.len());
    let (digits, unit) = raw.split_at(split);
    let n: u64 = digits.parse().ok()?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" | "o" => 1,
        "k" | "kb" | "ko" => 1_000,
        "m" | "mb" | "mo" => 1_000_000,
        "g" | "gb" | "go" => 1_000_000_000,
        _ => return None,
    };
    n.checked_mul(factor)
}

impl crate::portal::Settings {
    pub fn from_args(a: ServeArgs) -> anyhow::Result<crate::portal::Settings> {
        let max_upload = parse_size(&a.max_upload)
            .filter(|n| *n > 0)
            .ok_or_else(|| crate::error::UsageError::BadSize(a.max_upload.clone()))?;
        Ok(crate::portal::Settings {
            dir: a.data.data,
            address: a.address,
            max_upload,
            public_guide: a.public_guide,
            taxonomy: taxonomy(a.taxonomy.as_deref(), a.lang)?,
            lang: a.lang,
            reminders: a.reminders.iter().map(|d| i64::from(*d)).collect(),
            zone: crate::portal::time::zone_named(&a.zone).ok_or_else(|| {
                let zone = crate::i18n::s(a.zone.clone());
                anyhow::anyhow!(crate::i18n::t_args(
                    a.lang,
                    "heure-fuseau-inconnu",
                    &[("fuseau", zone)]
                ))
            })?,
            proxy: a.proxy,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_with_their_unit() {
        assert_eq!(parse_size("20MB"), Some(20_000_000));
        assert_eq!(parse_size("20 Mo"), Some(20_000_000));
        assert_eq!(parse_size("500kB"), Some(500_000));
        assert_eq!(parse_size("1234"), Some(1234));
        assert_eq!(parse_size("20 furlongs"), None);
        assert_eq!(parse_size("MB"), None);
    }

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
