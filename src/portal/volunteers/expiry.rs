//! The volunteers' data is kept while they want it kept: a volunteer who has not confirmed
//! it for 24 months is reminded (by e-mail when a relay is set, and on their page), then
//! erased 30 days after the reminder if they still have not confirmed. [`sweep`] does one
//! pass for a given "now" (the tests give theirs); `serve` runs it every hour.

use super::store::VolunteerRow;
use crate::portal::store::Store;
use crate::portal::Portal;

/// Months without a confirmation before the reminder.
pub const KEEP_MONTHS: i64 = 24;
/// Days between the reminder and the erasure.
pub const GRACE_DAYS: i64 = 30;
const DAY: i64 = 86_400;

/// What one pass did: the volunteers just reminded (for their mail), and how many were
/// erased.
#[derive(Debug, Default)]
pub struct Swept {
    pub reminded: Vec<VolunteerRow>,
    pub erased: u64,
}

/// Days since 1970-01-01 of a calendar date (H. Hinnant's days-from-civil).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The same time of day `months` calendar months later (the 31st becomes the month's last
/// day).
pub fn add_months(secs: i64, months: i64) -> i64 {
    let (days, rest) = (secs.div_euclid(DAY), secs.rem_euclid(DAY));
    let (y, m, d) = crate::period::civil_from_days(days);
    let index = y * 12 + i64::from(m) - 1 + months;
    let (ny, nm) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u32);
    let last = (28..=31)
        .rev()
        .find(|&day| crate::period::civil_from_days(days_from_civil(ny, nm, day)).1 == nm)
        .unwrap_or(28);
    days_from_civil(ny, nm, d.min(last)) * DAY + rest
}

/// When a volunteer confirmed at `confirmed` is reminded.
pub fn reminder_due(confirmed: i64) -> i64 {
    add_months(confirmed, KEEP_MONTHS)
}

/// When a volunteer reminded at `reminded` is erased, if they do not confirm before.
pub fn erasure_due(reminded: i64) -> i64 {
    reminded + GRACE_DAYS * DAY
}

/// One pass at `now`: reminds those whose 24 months are over (the reminder stands on
/// their page from then on), erases those reminded 30 days ago or more who have not
/// confirmed since.
pub async fn sweep(store: &Store, now: i64) -> anyhow::Result<Swept> {
    let mut swept = Swept::default();
    for v in store.volunteers().await? {
        if reminder_due(v.confirme) > now {
            continue;
        }
        match v.rappel {
            None => {
                store.mark_reminded(v.id, now).await?;
                swept.reminded.push(v);
            }
            Some(at) if erasure_due(at) <= now => {
                if store.erase_volunteer(v.id).await? {
                    swept.erased += 1;
                }
            }
            Some(_) => {}
        }
    }
    Ok(swept)
}

/// Every hour while the server runs: one pass, its errors logged.
pub async fn every_hour(portal: Portal) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let now = crate::portal::store::now();
        let swept = sweep(&portal.store, now).await;
        if let Ok(swept) = &swept {
            let on = super::public::day(erasure_due(now));
            for v in &swept.reminded {
                super::notify::reminder(&portal, v, &on);
            }
        }
        if let Err(e) = swept {
            let lang = portal.settings.lang;
            eprintln!(
                "{}",
                crate::i18n::t_args(
                    lang,
                    "portail-journal-erreur",
                    &[(
                        "detail",
                        crate::i18n::s(crate::sanitize::one_line(&format!("{e:#}")))
                    )]
                )
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i64, m: u32, d: u32) -> i64 {
        days_from_civil(y, m, d) * DAY
    }

    #[test]
    fn months_are_calendar_months() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            crate::period::civil_from_days(days_from_civil(2026, 12, 6)),
            (2026, 12, 6)
        );
        assert_eq!(add_months(at(2026, 12, 6) + 3600, 24), at(2028, 12, 6) + 3600);
        assert_eq!(add_months(at(2026, 1, 31), 1), at(2026, 2, 28));
        assert_eq!(add_months(at(2026, 2, 28), 24), at(2028, 2, 28));
        assert_eq!(add_months(at(2024, 2, 29), 24), at(2026, 2, 28));
        assert_eq!(add_months(at(2026, 11, 30), 3), at(2027, 2, 28));
    }

    fn person(name: &str, tax: &crate::taxonomy::Taxonomy) -> crate::volunteers::Volunteer {
        crate::volunteers::Volunteer {
            name: name.to_string(),
            key: crate::fold::partner_key(name),
            email: format!("{}@exemple.be", name.to_lowercase()),
            phone: String::new(),
            needs: vec![tax.resolve(crate::taxonomy::Kind::Besoin, "isolement").unwrap()],
            territories: vec![tax.commune],
            publics: Vec::new(),
            slots: Vec::new(),
            comment: String::new(),
        }
    }

    #[tokio::test]
    async fn unconfirmed_for_24_months_a_volunteer_is_reminded_then_erased_30_days_later() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let tax = crate::taxonomy::Taxonomy::default_embedded();
        let t0 = at(2026, 12, 6) + 10 * 3600;
        let from = super::super::store::FROM_FORM;
        let (jeanne, _) = store
            .add_volunteer(&person("Jeanne", &tax), &tax, from, t0)
            .await
            .unwrap();
        let (luc, _) = store
            .add_volunteer(&person("Luc", &tax), &tax, from, t0)
            .await
            .unwrap();
        let (anne, _) = store
            .add_volunteer(&person("Anne", &tax), &tax, from, t0)
            .await
            .unwrap();
        // Anne confirmed a year later: her 24 months start then.
        store.confirm_volunteer(anne, at(2027, 12, 6)).await.unwrap();

        let swept = sweep(&store, at(2028, 12, 6)).await.unwrap();
        assert_eq!(
            (swept.reminded.len(), swept.erased),
            (0, 0),
            "ten hours short of 24 months"
        );
        let names = |s: &Swept| s.reminded.iter().map(|v| v.nom.clone()).collect::<Vec<_>>();
        let reminded = at(2028, 12, 6) + 10 * 3600;
        let swept = sweep(&store, reminded).await.unwrap();
        assert_eq!(names(&swept), ["Jeanne", "Luc"]);
        assert_eq!(
            sweep(&store, reminded + DAY).await.unwrap().reminded.len(),
            0,
            "reminded once"
        );

        // Luc confirms after the reminder: kept.
        store.confirm_volunteer(luc, reminded + 10 * DAY).await.unwrap();
        let swept = sweep(&store, reminded + 30 * DAY - 1).await.unwrap();
        assert_eq!(swept.erased, 0, "a second short of 30 days after the reminder");
        let swept = sweep(&store, reminded + 30 * DAY).await.unwrap();
        assert_eq!((swept.reminded.len(), swept.erased), (0, 1));
        assert!(store.volunteer(jeanne).await.unwrap().is_none());
        let luc = store.volunteer(luc).await.unwrap().unwrap();
        assert_eq!((luc.confirme, luc.rappel), (reminded + 10 * DAY, None));
        assert!(store.volunteer(anne).await.unwrap().is_some());
    }

    #[test]
    fn the_reminder_comes_after_24_months_and_the_erasure_30_days_later() {
        let registered = at(2026, 12, 6);
        assert_eq!(reminder_due(registered), at(2028, 12, 6));
        assert_eq!(erasure_due(at(2028, 12, 6)), at(2029, 1, 5));
    }
}
