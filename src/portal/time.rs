//! Times as people read them: in the commune's zone (`serve --fuseau`, `Europe/Brussels`
//! by default; the zone database is built into the binary by jiff), written as each
//! language writes dates ("29 mars 2026 à 03:30", "29 March 2026, 03:30", "29 maart 2026
//! om 03:30", words from the catalogs). The store keeps seconds since 1970 (UTC).

use std::sync::OnceLock;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::i18n::{n, t_args};
use crate::model::Lang;

/// The zone when none is given.
pub const DEFAULT_ZONE: &str = "Europe/Brussels";

static ZONE: OnceLock<TimeZone> = OnceLock::new();
static PAGE_LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language of the pages' times (the server's `--langue`, once at start).
pub fn set_page_lang(lang: Lang) {
    let _ = PAGE_LANG.set(lang);
}

/// The language of the pages' times.
pub fn page_lang() -> Lang {
    PAGE_LANG.get().copied().unwrap_or_default()
}

/// The zone named `name` in the built-in database, if it exists.
pub fn zone_named(name: &str) -> Option<TimeZone> {
    jiff::tz::db().get(name).ok()
}

/// Sets the process' zone (once, when the server starts; later calls change nothing).
pub fn set_zone(zone: TimeZone) {
    let _ = ZONE.set(zone);
}

/// The process' zone.
pub fn zone() -> TimeZone {
    ZONE.get()
        .cloned()
        .or_else(|| zone_named(DEFAULT_ZONE))
        .unwrap_or(TimeZone::UTC)
}

/// `secs` (seconds since 1970) as a date and time in `zone`, in `lang`.
pub fn when_in(lang: Lang, zone: &TimeZone, secs: i64) -> String {
    let Ok(at) = Timestamp::from_second(secs) else {
        return secs.to_string();
    };
    let z = at.to_zoned_datetime(zone.clone());
    t_args(
        lang,
        "heure-date-et-heure",
        &[
            ("date", crate::i18n::s(day(lang, z.date()))),
            (
                "heure",
                crate::i18n::s(format!("{:02}:{:02}", z.hour(), z.minute())),
            ),
        ],
    )
}

/// `secs` in the process' zone, in `lang`.
pub fn when(lang: Lang, secs: i64) -> String {
    when_in(lang, &zone(), secs)
}

fn day(lang: Lang, d: Date) -> String {
    t_args(
        lang,
        "heure-date",
        &[
            ("jour", n(d.day() as u64)),
            ("mois", n(d.month() as u64)),
            ("annee", crate::i18n::s(d.year().to_string())),
        ],
    )
}

/// A `YYYY-MM-DD` date (a deadline) in `lang`; the text itself when it is not a date.
pub fn date(lang: Lang, raw: &str) -> String {
    match raw.parse::<Date>() {
        Ok(d) => day(lang, d),
        Err(_) => raw.to_string(),
    }
}

/// Today in the process' zone, as `YYYY-MM-DD`.
pub fn today() -> String {
    Timestamp::now().to_zoned_datetime(zone()).date().to_string()
}

/// Days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    let (a, b) = (from.parse::<Date>().ok()?, to.parse::<Date>().ok()?);
    let span = a.until((jiff::Unit::Day, b)).ok()?;
    Some(span.get_days() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brussels() -> TimeZone {
        zone_named("Europe/Brussels").unwrap()
    }

    /// 2026-03-29: Brussels moves from UTC+1 to UTC+2 at 01:00 UTC.
    #[test]
    fn brussels_time_across_the_change_to_summer_time() {
        let before = "2026-03-29T00:30:00Z".parse::<Timestamp>().unwrap().as_second();
        let after = "2026-03-29T01:30:00Z".parse::<Timestamp>().unwrap().as_second();
        assert_eq!(when_in(Lang::Fr, &brussels(), before), "29 mars 2026 à 01:30");
        assert_eq!(when_in(Lang::Fr, &brussels(), after), "29 mars 2026 à 03:30");
        assert_eq!(when_in(Lang::En, &brussels(), after), "29 March 2026, 03:30");
        assert_eq!(when_in(Lang::Nl, &brussels(), after), "29 maart 2026 om 03:30");
        // And back to winter time: 2026-10-25 01:00 UTC is 02:00 again.
        let autumn = "2026-10-25T01:30:00Z".parse::<Timestamp>().unwrap().as_second();
        assert_eq!(when_in(Lang::Fr, &brussels(), autumn), "25 octobre 2026 à 02:30");
    }

    #[test]
    fn another_zone_and_deadlines() {
        let tz = zone_named("America/New_York").unwrap();
        let at = "2026-01-15T12:00:00Z".parse::<Timestamp>().unwrap().as_second();
        assert_eq!(when_in(Lang::En, &tz, at), "15 January 2026, 07:00");
        assert!(zone_named("Europe/Nowhere").is_none());
        assert_eq!(date(Lang::Nl, "2026-12-01"), "1 december 2026");
        assert_eq!(days_between("2026-03-20", "2026-03-31"), Some(11));
        assert_eq!(days_between("2026-04-02", "2026-03-31"), Some(-2));
    }
}
