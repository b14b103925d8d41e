//! The board's "E-mails" section: invite every partner, remind those who sent nothing,
//! invite one partner, send a failed mail again, and the latest sendings with their
//! outcome. Each action is a CSRF-checked POST answered with the board and a summary.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use serde::Deserialize;

use super::error::{Error, Result};
use super::extract::{Coordinator, Posted};
use super::invitations::{self, Kind, Outcome};
use super::mail::Relay;
use super::store::Partner;
use super::{pages, Portal};
use crate::i18n::{n, t, t_args};

pub fn routes() -> Router<Portal> {
    Router::new()
        .route("/coordination/courriels/inviter", post(invite))
        .route("/coordination/courriels/rappel", post(remind))
        .route("/coordination/courriels/{id}/renvoyer", post(again))
}

/// What the board shows of the mails.
pub struct BoardMails {
    pub configured: bool,
    pub rows: Vec<MailRow>,
    /// The partners with an address, to invite one.
    pub partners: Vec<(i64, String)>,
}

pub struct MailRow {
    pub id: i64,
    pub when: String,
    pub name: String,
    pub address: String,
    pub kind: String,
    pub ok: bool,
    pub error: String,
}

/// The section's data: the 30 latest sendings.
pub async fn board(portal: &Portal) -> anyhow::Result<BoardMails> {
    let lang = portal.settings.lang;
    let rows = invitations::recent(&portal.store, 30)
        .await?
        .into_iter()
        .map(|r| MailRow {
            id: r.id,
            when: pages::when(r.quand),
            name: r.nom,
            address: r.courriel,
            kind: t(
                lang,
                if r.genre == "rappel" {
                    "courriel-genre-rappel"
                } else {
                    "courriel-genre-invitation"
                },
            ),
            ok: r.etat == "envoye",
            error: r.erreur,
        })
        .collect();
    let partners = portal
        .store
        .partners()
        .await?
        .into_iter()
        .filter(|p| p.courriel.is_some())
        .map(|p| (p.id, p.nom))
        .collect();
    Ok(BoardMails {
        configured: Relay::load(&portal.store).await?.is_some(),
        rows,
        partners,
    })
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    partenaire: Option<i64>,
}

/// Every partner with an address, or the one chosen.
async fn invite(State(portal): State<Portal>, posted: Posted<Choice>) -> Result<Response> {
    let partners = match posted.form.partenaire {
        Some(id) => vec![one(&portal, id).await?],
        None => invitations::chosen(&portal.store, &[]).await?,
    };
    send(&portal, &posted.who, &partners, Kind::Invitation).await
}

async fn remind(State(portal): State<Portal>, posted: Posted<Nothing>) -> Result<Response> {
    let (_, partners) = invitations::silent(&portal.store)
        .await
        .map_err(|_| Error::NoOpenPeriod)?;
    send(&portal, &posted.who, &partners, Kind::Reminder).await
}

#[derive(Deserialize)]
struct Nothing {}

/// A recorded sending, sent again (with a fresh link).
async fn again(
    State(portal): State<Portal>,
    Path(id): Path<i64>,
    posted: Posted<Nothing>,
) -> Result<Response> {
    let (partner, kind) = invitations::sending(&portal.store, id)
        .await?
        .ok_or(Error::NotFound)?;
    let partner = one(&portal, partner).await?;
    send(&portal, &posted.who, &[partner], kind).await
}

async fn one(portal: &Portal, id: i64) -> Result<Partner> {
    portal.store.partner(id).await?.ok_or(Error::NotFound)
}

async fn send(portal: &Portal, who: &Coordinator, partners: &[Partner], kind: Kind) -> Result<Response> {
    let lang = portal.settings.lang;
    let Some(relay) = Relay::load(&portal.store).await? else {
        return Err(Error::refused("courriel-non-configure"));
    };
    let (mut sent, mut failed, mut none) = (0u64, 0u64, 0u64);
    for partner in partners {
        match invitations::send_link(&portal.store, &relay, partner, kind, None).await? {
            Outcome::Sent { .. } => sent += 1,
            Outcome::Failed { .. } => failed += 1,
            Outcome::NoAddress => none += 1,
        }
    }
    let notice = t_args(
        lang,
        "courriel-bilan",
        &[("envoyes", n(sent)), ("echecs", n(failed)), ("sans", n(none))],
    );
    super::coordination::show_board(portal, who, Some(notice), Vec::new(), None).await
}
