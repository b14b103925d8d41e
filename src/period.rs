//! Quarters: `2026-T3`, as SPEC writes them, with the variants partners type.

use std::fmt;
use std::str::FromStr;

/// One quarter of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: u16,
    pub quarter: u8,
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-T{}", self.year, self.quarter)
    }
}

impl Period {
    /// Reads `2026-T3`, `2026-Q3`, `T3 2026`, `2026Q3`, `2026 t3`, `Q3-2026`, and the Dutch
    /// `2026-K3`, `K3 2026` (kwartaal); `None` for anything else.
    pub fn parse(s: &str) -> Option<Period> {
        let key: String = crate::fold::value_key(s).chars().filter(|c| *c != '-').collect();
        let b = key.as_bytes();
        let letter = |c: u8| matches!(c, b't' | b'q' | b'k');
        let (year, quarter) = if b.len() == 6 && letter(b[4]) {
            (&key[..4], &key[5..])
        } else if b.len() == 6 && letter(b[0]) {
            (&key[2..], &key[1..2])
        } else {
            return None;
        };
        if !year.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let year: u16 = year.parse().ok()?;
        let quarter: u8 = quarter.parse().ok()?;
        ((1..=4).contains(&quarter) && (1900..=2999).contains(&year)).then_some(Period { year, quarter })
    }

    /// Finds a period written anywhere inside a folder or file name, such as
    /// `pacte-2026-T3` or `2026T3_besoins`.
    pub fn find_in(name: &str) -> Option<Period> {
        let key = crate::fold::value_key(name);
        let parts: Vec<&str> = key.split('-').collect();
        for i in 0..parts.len() {
            if let Some(p) = Period::parse(parts[i]) {
                return Some(p);
            }
            if i + 1 < parts.len() {
                if let Some(p) = Period::parse(&format!("{}-{}", parts[i], parts[i + 1])) {
                    return Some(p);
                }
            }
        }
        None
    }
}

/// The calendar date of a day counted from 1970-01-01, as (year, month, day): H. Hinnant's
/// civil-from-days algorithm, for Excel serial dates and `SOURCE_DATE_EPOCH`.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

impl FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Read as `--periode`, before the run's language is known: the French message
        // carries its English.
        Period::parse(s).ok_or_else(|| {
            crate::i18n::t_args(
                crate::model::Lang::Fr,
                "lecture-periode-argument",
                &[("valeur", crate::i18n::s(s))],
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_spec_variants() {
        let p = Period {
            year: 2026,
            quarter: 3,
        };
        for s in [
            "2026-T3",
            "2026-Q3",
            "T3 2026",
            "2026Q3",
            "2026 t3",
            "q3-2026",
            " 2026_T3 ",
            "2026-K3",
            "K3 2026",
            "2026 k3",
        ] {
            assert_eq!(Period::parse(s), Some(p), "{s:?}");
        }
        assert_eq!(p.to_string(), "2026-T3");
    }

    #[test]
    fn refuses_the_rest() {
        for s in [
            "2026-T5", "2026-T0", "2026", "T3", "26-T3", "2026-S1", "", "T32026x",
        ] {
            assert_eq!(Period::parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn finds_a_period_in_a_name() {
        let p = Some(Period {
            year: 2026,
            quarter: 3,
        });
        assert_eq!(Period::find_in("2026-T3"), p);
        assert_eq!(Period::find_in("pacte-waremme-2026-T3"), p);
        assert_eq!(Period::find_in("T3 2026 besoins"), p);
        assert_eq!(Period::find_in("besoins"), None);
    }

    #[test]
    fn periods_order_by_time() {
        assert!(Period::parse("2025-T4") < Period::parse("2026-T1"));
    }
}
