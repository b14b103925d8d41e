//! Invitations and reminders: each partner gets a fresh personal link by e-mail, in its
//! own language ([`super::mail`]), from the terminal (`cadastre portail inviter|rappel`),
//! the board, or on their own before the deadline (`serve --rappels`). The link exists
//! only in the mail: the new token replaces the partner's old link only once the relay
//! accepted the mail, so a failed sending leaves the old link working. Every sending is
//! recorded in `envois` (when, to whom, sent or the relay's answer).

use askama::Template;

use super::mail::{self, Letter, Relay};
use super::store::{now, OpenPeriod, Partner, Store};
use crate::i18n::{s, t, t_args};
use crate::model::Lang;

/// What a mail is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Invitation,
    Reminder,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Invitation => "invitation",
            Kind::Reminder => "rappel",
        }
    }
}

/// What became of one partner's mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent { to: String },
    NoAddress,
    Failed { to: String, error: String },
}

/// A partner's language for its mails.
pub async fn partner_lang(store: &Store, partner: i64) -> anyhow::Result<Lang> {
    let row: Option<(String,)> = sqlx::query_as("SELECT langue FROM partenaires WHERE id = ?")
        .bind(partner)
        .fetch_optional(&store.db)
        .await?;
    Ok(row
        .and_then(|(code,)| <Lang as clap::ValueEnum>::from_str(&code, true).ok())
        .unwrap_or_default())
}

pub async fn set_partner_lang(store: &Store, partner: i64, lang: Lang) -> anyhow::Result<()> {
    sqlx::query("UPDATE partenaires SET langue = ? WHERE id = ?")
        .bind(lang_code(lang))
        .bind(partner)
        .execute(&store.db)
        .await?;
    Ok(())
}

pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
        Lang::Nl => "nl",
    }
}

/// The HTML side of a mail: the same words as the plain text, a button for the link.
#[derive(Template)]
#[template(path = "courriel/lettre.html")]
struct Html<'a> {
    lang: &'a str,
    subject: &'a str,
    greeting: &'a str,
    paragraphs: &'a [String],
    url: &'a str,
    button: &'a str,
    signature: &'a str,
}

/// The mail of `kind` for `partner`, in `lang`, carrying `url`.
pub fn compose(
    lang: Lang,
    kind: Kind,
    partner: &Partner,
    url: &str,
    period: Option<&OpenPeriod>,
) -> anyhow::Result<(String, String, String)> {
    let name = || s(partner.nom.as_str());
    let greeting = t_args(lang, "courriel-bonjour", &[("nom", name())]);
    let mut paragraphs = vec![t(
        lang,
        match kind {
            Kind::Invitation => "courriel-invitation-texte",
            Kind::Reminder => "courriel-rappel-texte",
        },
    )];
    if let Some(p) = period {
        let periode = || s(p.periode.as_str());
        paragraphs.push(match &p.echeance {
            Some(date) => t_args(
                lang,
                "courriel-periode-echeance",
                &[("periode", periode()), ("date", s(super::time::date(lang, date)))],
            ),
            None => t_args(lang, "courriel-periode", &[("periode", periode())]),
        });
    }
    paragraphs.push(t(lang, "courriel-lien-personnel"));
    let subject = match (kind, period) {
        (Kind::Reminder, Some(p)) => t_args(
            lang,
            "courriel-rappel-sujet",
            &[("periode", s(p.periode.as_str()))],
        ),
        _ => t(lang, "courriel-invitation-sujet"),
    };
    let signature = t(lang, "courriel-signature");
    let text = format!(
        "{greeting}\n\n{}\n\n{url}\n\n{signature}\n",
        paragraphs.join("\n\n")
    );
    let html = Html {
        lang: lang_code(lang),
        subject: &subject,
        greeting: &greeting,
        paragraphs: &paragraphs,
        url,
        button: &t(lang, "courriel-bouton"),
        signature: &signature,
    }
    .render()?;
    Ok((subject, text, html))
}

/// Mails `partner` a fresh link; `day` marks a reminder `serve --rappels` sent on its own.
pub async fn send_link(
    store: &Store,
    relay: &Relay,
    partner: &Partner,
    kind: Kind,
    day: Option<i64>,
) -> anyhow::Result<Outcome> {
    let Some(to) = partner.courriel.clone().filter(|a| !a.trim().is_empty()) else {
        return Ok(Outcome::NoAddress);
    };
    let lang = partner_lang(store, partner.id).await?;
    let period = store.open_period_now().await?;
    let token = super::security::new_token()?;
    let url = format!("{}/p/{token}", relay.url.trim_end_matches('/'));
    let (subject, text, html) = compose(lang, kind, partner, &url, period.as_ref())?;
    let letter = Letter {
        to: to.clone(),
        subject,
        text,
        html,
    };
    let outcome = match mail::send(relay, &letter).await {
        Ok(()) => {
            store.set_link(partner.id, &token).await?;
            Outcome::Sent { to }
        }
        Err(error) => Outcome::Failed { to, error },
    };
    record(store, partner.id, kind, period.as_ref(), day, &outcome).await?;
    crate::portal::log::mail(kind.code(), &partner.slug, &outcome);
    Ok(outcome)
}

async fn record(
    store: &Store,
    partner: i64,
    kind: Kind,
    period: Option<&OpenPeriod>,
    day: Option<i64>,
    outcome: &Outcome,
) -> anyhow::Result<()> {
    let (to, state, error) = match outcome {
        Outcome::Sent { to } => (to.as_str(), "envoye", ""),
        Outcome::Failed { to, error } => (to.as_str(), "echec", error.as_str()),
        Outcome::NoAddress => return Ok(()),
    };
    sqlx::query(
        "INSERT OR IGNORE INTO envois (partenaire, genre, periode, jour, courriel, quand, etat, erreur)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(partner)
    .bind(kind.code())
    .bind(period.map(|p| p.periode.as_str()))
    .bind(day)
    .bind(to)
    .bind(now())
    .bind(state)
    .bind(error)
    .execute(&store.db)
    .await?;
    Ok(())
}

/// The partners named (by the identity rule), or every partner with an address.
pub async fn chosen(store: &Store, names: &[String]) -> anyhow::Result<Vec<Partner>> {
    if names.is_empty() {
        let all = store.partners().await?;
        return Ok(all.into_iter().filter(|p| p.courriel.is_some()).collect());
    }
    let mut out = Vec::new();
    for name in names {
        let key = crate::fold::partner_key(&crate::fold::tidy(name));
        match store.partner_by_key(&key).await? {
            Some(p) => out.push(p),
            None => anyhow::bail!(t_args(
                store.lang,
                "courriel-partenaire-inconnu",
                &[("nom", s(name.as_str()))]
            )),
        }
    }
    Ok(out)
}

/// The partners that sent nothing yet for the open period; an error when none is open.
pub async fn silent(store: &Store) -> anyhow::Result<(OpenPeriod, Vec<Partner>)> {
    let Some(open) = store.open_period_now().await? else {
        anyhow::bail!(t(store.lang, "courriel-aucune-periode"));
    };
    let files = store.period_files(&open.periode).await?;
    let partners = store.partners().await?;
    let silent = partners
        .into_iter()
        .filter(|p| !files.iter().any(|f| f.partenaire == p.id))
        .collect();
    Ok((open, silent))
}

/// The reminder day due today, if any: the smallest of `days` not smaller than the days
/// left before the deadline (a server down on the day still sends the latest reminder
/// due, and only that one); none once the deadline passed.
pub fn due_day(days: &[i64], days_left: i64) -> Option<i64> {
    if days_left < 0 {
        return None;
    }
    days.iter().copied().filter(|d| *d >= days_left).min()
}

/// Sends the reminders `serve --rappels` owes today, each once per partner, period and day
/// (the `envois` table remembers them across restarts).
pub async fn automatic(store: &Store, days: &[i64], today: &str) -> anyhow::Result<()> {
    let Some(relay) = Relay::load(store).await? else {
        return Ok(());
    };
    let Some(open) = store.open_period_now().await? else {
        return Ok(());
    };
    let Some(deadline) = open.echeance.as_deref() else {
        return Ok(());
    };
    let Some(left) = super::time::days_between(today, deadline) else {
        return Ok(());
    };
    let Some(day) = due_day(days, left) else {
        return Ok(());
    };
    let (_, partners) = silent(store).await?;
    for partner in partners.iter().filter(|p| p.courriel.is_some()) {
        let done: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM envois WHERE partenaire = ? AND periode = ? AND jour = ?")
                .bind(partner.id)
                .bind(&open.periode)
                .bind(day)
                .fetch_optional(&store.db)
                .await?;
        if done.is_none() {
            send_link(store, &relay, partner, Kind::Reminder, Some(day)).await?;
        }
    }
    Ok(())
}

/// Checks every quarter of an hour (and at start) whether reminders are due
/// (`serve --rappels`); nothing when no days were given.
pub fn spawn_reminders(portal: &super::Portal) {
    let days = portal.settings.reminders.clone();
    if days.is_empty() {
        return;
    }
    let store = portal.store.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
        loop {
            tick.tick().await;
            if let Err(e) = automatic(&store, &days, &super::time::today()).await {
                tracing::warn!(rappels = %crate::sanitize::one_line(&e.to_string()));
            }
        }
    });
}

/// The terminal's line for one partner's mail.
pub fn line(lang: Lang, partner: &Partner, outcome: &Outcome) -> String {
    let name = || s(partner.nom.as_str());
    match outcome {
        Outcome::Sent { to } => t_args(
            lang,
            "courriel-ligne-envoye",
            &[("nom", name()), ("adresse", s(to.as_str()))],
        ),
        Outcome::NoAddress => t_args(lang, "courriel-ligne-sans-adresse", &[("nom", name())]),
        Outcome::Failed { to, error } => t_args(
            lang,
            "courriel-ligne-echec",
            &[
                ("nom", name()),
                ("adresse", s(to.as_str())),
                ("erreur", s(error.as_str())),
            ],
        ),
    }
}

/// One recorded sending, for the board.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Sending {
    pub id: i64,
    pub partenaire: i64,
    pub nom: String,
    pub genre: String,
    pub courriel: String,
    pub quand: i64,
    pub etat: String,
    pub erreur: String,
}

/// The latest sendings, newest first.
pub async fn recent(store: &Store, limit: i64) -> anyhow::Result<Vec<Sending>> {
    Ok(sqlx::query_as(
        "SELECT e.id, e.partenaire, p.nom, e.genre, e.courriel, e.quand, e.etat, e.erreur
         FROM envois e JOIN partenaires p ON p.id = e.partenaire ORDER BY e.quand DESC, e.id DESC LIMIT ?",
    )
    .bind(limit)
    .fetch_all(&store.db)
    .await?)
}

/// A recorded sending by its id (to send it again).
pub async fn sending(store: &Store, id: i64) -> anyhow::Result<Option<(i64, Kind)>> {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT partenaire, genre FROM envois WHERE id = ?")
        .bind(id)
        .fetch_optional(&store.db)
        .await?;
    Ok(row.map(|(p, g)| {
        (
            p,
            if g == "rappel" {
                Kind::Reminder
            } else {
                Kind::Invitation
            },
        )
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_reminder_due_is_sent_and_only_before_the_deadline() {
        let days = [7, 2];
        assert_eq!(due_day(&days, 10), None);
        assert_eq!(due_day(&days, 7), Some(7));
        assert_eq!(due_day(&days, 5), Some(7));
        assert_eq!(due_day(&days, 2), Some(2));
        assert_eq!(due_day(&days, 0), Some(2));
        assert_eq!(due_day(&days, -1), None);
    }
}
