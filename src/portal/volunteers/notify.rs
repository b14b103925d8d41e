//! The volunteers' e-mails, through the relay set with `cadastre portail courriel`
//! ([`crate::portal::mail`]): their link at registration, a proposal, the reminder before
//! the erasure, and an acceptance to the association. Without a relay, or without an
//! address, nothing is sent: everything works through the pages. A mail goes out after
//! the answer (the page does not wait for the relay); a failure is logged without the
//! address, and nothing of a volunteer is kept about it (an erasure must leave nothing).

use super::store::{MissionRow, VolunteerRow};
use crate::i18n::{s, t, t_args};
use crate::portal::mail::{self, Letter, Relay};
use crate::portal::Portal;

/// Sends one mail in the background when a relay is set and `to` is an address.
fn deliver(portal: &Portal, to: &str, subject: String, lines: Vec<String>) {
    let to = to.trim().to_string();
    if to.is_empty() {
        return;
    }
    let portal = portal.clone();
    tokio::spawn(async move {
        let Ok(Some(relay)) = Relay::load(&portal.store).await else {
            return;
        };
        let lines: Vec<String> = lines
            .into_iter()
            .map(|l| l.replace("{url}", &relay.url))
            .collect();
        let html = lines
            .iter()
            .map(|l| format!("<p>{}</p>", crate::sanitize::html(l)))
            .collect::<String>();
        let letter = Letter {
            to,
            subject,
            text: lines.join("\n\n"),
            html,
        };
        if let Err(e) = mail::send(&relay, &letter).await {
            let lang = portal.settings.lang;
            eprintln!("{}", t_args(lang, "pb-journal-courriel", &[("detail", s(e))]));
        }
    });
}

/// The link path written as the relay's public address will complete it.
fn at_url(path: &str) -> String {
    format!("{{url}}{path}")
}

/// Their personal link, right after the registration.
pub fn registered(portal: &Portal, email: &str, name: &str, link: &str) {
    let lang = portal.settings.lang;
    deliver(
        portal,
        email,
        t(lang, "pb-courriel-inscription-sujet"),
        vec![
            t_args(lang, "pb-courriel-bonjour", &[("nom", s(name))]),
            t(lang, "pb-courriel-inscription"),
            at_url(link),
            t(lang, "pb-courriel-lien-personnel"),
        ],
    );
}

/// A proposal: the mission in words; they answer on their page (the link they received;
/// only its hash is kept, it cannot be sent again).
pub fn proposed(portal: &Portal, v: &VolunteerRow, m: &MissionRow) {
    let lang = portal.settings.lang;
    let words = super::forms::MissionWords::of(m, &portal.settings.taxonomy, lang);
    deliver(
        portal,
        &v.courriel,
        t_args(
            lang,
            "pb-courriel-proposition-sujet",
            &[("mission", s(m.mission.as_str()))],
        ),
        vec![
            t_args(lang, "pb-courriel-bonjour", &[("nom", s(v.nom.as_str()))]),
            t_args(
                lang,
                "pb-courriel-proposition",
                &[
                    ("mission", s(m.mission.as_str())),
                    ("partenaire", s(m.partenaire_nom.as_str())),
                    ("besoin", s(words.need)),
                    ("territoire", s(words.territory)),
                ],
            ),
            t(lang, "pb-courriel-repondre"),
        ],
    );
}

/// The association learns that a volunteer accepted, with their name and contact.
pub fn accepted(portal: &Portal, v: &VolunteerRow, m: &MissionRow, partner_email: &str) {
    let lang = portal.settings.lang;
    let contact = [v.courriel.as_str(), v.telephone.as_str()]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    deliver(
        portal,
        partner_email,
        t_args(
            lang,
            "pb-courriel-acceptation-sujet",
            &[("mission", s(m.mission.as_str()))],
        ),
        vec![
            t_args(
                lang,
                "pb-courriel-acceptation",
                &[
                    ("nom", s(v.nom.as_str())),
                    ("mission", s(m.mission.as_str())),
                    ("contact", s(contact)),
                ],
            ),
            t(lang, "pb-courriel-acceptation-page"),
        ],
    );
}

/// The reminder, 24 months after their last confirmation.
pub fn reminder(portal: &Portal, v: &VolunteerRow, erased_on: &str) {
    let lang = portal.settings.lang;
    deliver(
        portal,
        &v.courriel,
        t(lang, "pb-courriel-rappel-sujet"),
        vec![
            t_args(lang, "pb-courriel-bonjour", &[("nom", s(v.nom.as_str()))]),
            t_args(lang, "pb-courriel-rappel", &[("date", s(erased_on))]),
        ],
    );
}
