//! The council's board, for the coordinator (session, and the CSRF value on every action):
//! the volunteers, the missions with their candidates ranked by the rules of SPEC and the
//! reason in words, "Proposer" in one click, the answers, the erasure on request, and the
//! meeting's workbook.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Json, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

use super::forms::{labels, slot_labels, MissionWords};
use super::partner::{counts, mission_state};
use super::public::{day, proposal_state};
use super::store::{MissionRow, ProposalRow, VolunteerRow, FROM_IMPORT};
use crate::i18n::{n, s, t, t_args};
use crate::matching;
use crate::model::Lang;
use crate::portal::error::{Error, Result};
use crate::portal::extract::{Coordinator, Posted};
use crate::portal::pages::{self, Words};
use crate::portal::partner::wants_json;
use crate::portal::store::now;
use crate::portal::Portal;
use crate::taxonomy::{Kind, Taxonomy};
use crate::volunteers::slots::join_codes;

pub fn routes() -> Router<Portal> {
    Router::new()
        .route("/coordination/benevoles", get(board))
        .route("/coordination/benevoles/conseil.xlsx", get(export))
        .route("/coordination/benevoles/{id}/supprimer", post(erase))
        .route("/coordination/missions/{id}/candidats", get(candidates))
        .route("/coordination/missions/{id}/proposer", post(propose))
}

/// One ranked candidate of a mission.
pub struct Ranked {
    pub volunteer: i64,
    pub rank: usize,
    pub name: String,
    pub shared: String,
    pub reason: String,
}

/// Every candidate of a mission, best first, by [`matching::rank`].
pub fn ranked(volunteers: &[VolunteerRow], m: &MissionRow, tax: &Taxonomy, lang: Lang) -> Vec<Ranked> {
    let Some(mission) = m.mission(tax) else {
        return Vec::new();
    };
    let people: Vec<_> = volunteers.iter().map(|v| v.volunteer(tax)).collect();
    matching::rank(&people, &mission, tax)
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let v = &people[c.volunteer];
            Ranked {
                volunteer: volunteers[c.volunteer].id,
                rank: i + 1,
                name: v.name.clone(),
                shared: join_codes(&c.shared),
                reason: matching::reason(&c, v, &mission, tax, lang),
            }
        })
        .collect()
}

/// `GET /coordination/missions/ID/candidats`: `[{"benevole", "nom", "rang",
/// "creneaux_communs", "raison"}]`, best first.
async fn candidates(
    State(portal): State<Portal>,
    _who: Coordinator,
    Path(id): Path<String>,
) -> Result<Response> {
    let m = mission_by_id(&portal, &id).await?;
    let volunteers = portal.store.volunteers().await?;
    let list: Vec<serde_json::Value> =
        ranked(&volunteers, &m, &portal.settings.taxonomy, portal.settings.lang)
            .into_iter()
            .map(|r| {
                serde_json::json!({
                    "benevole": r.volunteer,
                    "nom": r.name,
                    "rang": r.rank,
                    "creneaux_communs": r.shared,
                    "raison": r.reason,
                })
            })
            .collect();
    Ok(Json(list).into_response())
}

async fn mission_by_id(portal: &Portal, id: &str) -> Result<MissionRow> {
    let id: i64 = id.parse().map_err(|_| Error::NotFound)?;
    portal.store.mission(id).await?.ok_or(Error::NotFound)
}

#[derive(Deserialize)]
struct Proposal {
    benevole: String,
}

/// `POST /coordination/missions/ID/proposer` (field `benevole`): proposes that volunteer;
/// `{"proposition": ID}` for a script, else back to the mission on the board.
async fn propose(
    State(portal): State<Portal>,
    Path(id): Path<String>,
    headers: HeaderMap,
    posted: Posted<Proposal>,
) -> Result<Response> {
    let m = mission_by_id(&portal, &id).await?;
    let volunteer: i64 = posted.form.benevole.trim().parse().map_err(|_| Error::NotFound)?;
    let v = portal.store.volunteer(volunteer).await?.ok_or(Error::NotFound)?;
    let known = portal
        .store
        .mission_proposals(m.id)
        .await?
        .iter()
        .any(|p| p.benevole == v.id);
    let proposal = portal.store.propose(m.id, v.id, now()).await?;
    if !known {
        super::notify::proposed(&portal, &v, &m);
    }
    if wants_json(&headers) {
        return Ok(Json(serde_json::json!({ "proposition": proposal })).into_response());
    }
    Ok(Redirect::to(&format!("/coordination/benevoles#mission-{}", m.id)).into_response())
}

#[derive(Deserialize)]
struct Nothing {}

/// The coordinator erases a volunteer who asked it by other means (a call, a letter).
async fn erase(
    State(portal): State<Portal>,
    Path(id): Path<String>,
    _posted: Posted<Nothing>,
) -> Result<Response> {
    let id: i64 = id.parse().map_err(|_| Error::NotFound)?;
    if !portal.store.erase_volunteer(id).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to("/coordination/benevoles#benevoles").into_response())
}

/// One candidate on the board: ranked, with the proposal made if any.
pub struct CandidateLine {
    pub volunteer: i64,
    pub rank: usize,
    pub name: String,
    pub reason: String,
    pub state: Option<String>,
    pub state_code: &'static str,
    pub propose_label: String,
}

/// One mission on the board.
pub struct MissionBlock {
    pub id: i64,
    pub title: String,
    pub partner: String,
    pub words: MissionWords,
    pub state: &'static str,
    pub state_words: String,
    pub counts: String,
    pub candidates: Vec<CandidateLine>,
    pub more: usize,
    pub more_words: String,
}

/// One volunteer on the board.
pub struct VolunteerLine {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub comment: String,
    pub needs: String,
    pub territories: String,
    pub publics: String,
    pub slots: String,
    pub confirmed: String,
    pub origin: String,
    pub reminded: Option<String>,
    pub erase_label: String,
}

#[derive(Template)]
#[template(path = "benevoles/conseil.html")]
struct Board {
    w: Words,
    csrf: String,
    notice: Option<String>,
    summary: String,
    missions: Vec<MissionBlock>,
    volunteers: Vec<VolunteerLine>,
}

/// Candidates shown per mission on the board (the JSON route gives them all).
const SHOWN: usize = 10;

fn mission_block(
    m: &MissionRow,
    people: &[VolunteerRow],
    proposals: &[ProposalRow],
    tax: &Taxonomy,
    lang: Lang,
) -> MissionBlock {
    let own: Vec<&ProposalRow> = proposals.iter().filter(|p| p.mission == m.id).collect();
    let accepted = own
        .iter()
        .filter(|p| p.reponse.as_deref() == Some("accepte"))
        .count();
    let waiting = own.iter().filter(|p| p.reponse.is_none()).count();
    let all = ranked(people, m, tax, lang);
    let more = all.len().saturating_sub(SHOWN);
    let candidates = all
        .into_iter()
        .take(SHOWN)
        .map(|r| {
            let made = own.iter().find(|p| p.benevole == r.volunteer);
            let code = made.map(|p| proposal_state(p.reponse.as_deref()));
            CandidateLine {
                state: code.map(|c| t(lang, &format!("pb-reponse-{c}"))),
                state_code: code.unwrap_or(""),
                propose_label: t_args(lang, "pb-proposer-a", &[("nom", s(r.name.as_str()))]),
                volunteer: r.volunteer,
                rank: r.rank,
                name: r.name,
                reason: r.reason,
            }
        })
        .collect();
    let state = mission_state(m, accepted);
    MissionBlock {
        id: m.id,
        title: m.mission.clone(),
        partner: m.partenaire_nom.clone(),
        words: MissionWords::of(m, tax, lang),
        state,
        state_words: t(lang, &format!("pb-mission-{state}")),
        counts: counts(lang, m, accepted, waiting),
        candidates,
        more,
        more_words: t_args(lang, "pb-autres-candidats", &[("n", n(more as u64))]),
    }
}

fn volunteer_line(v: &VolunteerRow, tax: &Taxonomy, lang: Lang) -> VolunteerLine {
    let territories = match labels(tax, lang, Kind::Territoire, &v.territoires) {
        l if l.is_empty() => tax.entry(Kind::Territoire, tax.commune).label(lang).to_string(),
        l => l,
    };
    VolunteerLine {
        id: v.id,
        name: v.nom.clone(),
        email: v.courriel.clone(),
        phone: v.telephone.clone(),
        comment: v.commentaire.clone(),
        needs: labels(tax, lang, Kind::Besoin, &v.besoins),
        territories,
        publics: labels(tax, lang, Kind::Public, &v.publics),
        slots: slot_labels(lang, &v.disponibilites),
        confirmed: day(v.confirme),
        origin: t(
            lang,
            if v.origine == FROM_IMPORT {
                "pb-origine-import"
            } else {
                "pb-origine-formulaire"
            },
        ),
        reminded: v.rappel.map(|at| {
            t_args(
                lang,
                "pb-efface-le",
                &[("date", s(day(super::expiry::erasure_due(at))))],
            )
        }),
        erase_label: t_args(lang, "pb-effacer-nom", &[("nom", s(v.nom.as_str()))]),
    }
}

async fn board(State(portal): State<Portal>, who: Coordinator) -> Result<Response> {
    let lang = portal.settings.lang;
    let tax = &portal.settings.taxonomy;
    let people = portal.store.volunteers().await?;
    let missions = portal.store.missions().await?;
    let proposals = portal.store.proposals().await?;
    let open = missions.iter().filter(|m| m.is_open()).count();
    let waiting = proposals.iter().filter(|p| p.reponse.is_none()).count();
    let summary = t_args(
        lang,
        "pb-conseil-resume",
        &[
            ("benevoles", n(people.len() as u64)),
            ("missions", n(open as u64)),
            ("attente", n(waiting as u64)),
        ],
    );
    let page = Board {
        w: Words(lang),
        csrf: who.csrf.clone(),
        notice: None,
        summary,
        missions: missions
            .iter()
            .map(|m| mission_block(m, &people, &proposals, tax, lang))
            .collect(),
        volunteers: people.iter().map(|v| volunteer_line(v, tax, lang)).collect(),
    };
    Ok(pages::render(lang, StatusCode::OK, &page))
}

/// `GET /coordination/benevoles/conseil.xlsx`: the volunteers, the missions and the
/// proposals, one sheet each, for the council's meeting.
async fn export(State(portal): State<Portal>, _who: Coordinator) -> Result<Response> {
    let people = portal.store.volunteers().await?;
    let missions = portal.store.missions().await?;
    let proposals = portal.store.proposals().await?;
    let settings = portal.settings.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        super::export::workbook(&people, &missions, &proposals, &settings.taxonomy, settings.lang)
    })
    .await?
    .map_err(Error::Internal)?;
    Ok(crate::portal::pages::xlsx_download(
        bytes,
        "attachment; filename=\"conseil-du-volontariat.xlsx\"",
    ))
}
