//! "Nous cherchons des bénévoles", on an association's page `/p/TOKEN`: post a mission,
//! see each mission's state, and the name and contact of the volunteers who accepted one
//! of ITS missions: nobody else's, and nobody before they accepted.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Json, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;

use super::forms::{Given, MissionForm, MissionWords};
use super::store::MissionRow;
use super::{columns, posted_fields, rejected_json, Problem};
use crate::i18n::{n, t, t_args};
use crate::model::Lang;
use crate::portal::error::{Error, Result};
use crate::portal::extract::PartnerLink;
use crate::portal::pages::{self, Words};
use crate::portal::partner::wants_json;
use crate::portal::store::{now, Partner};
use crate::portal::Portal;

pub fn routes() -> Router<Portal> {
    Router::new()
        .route("/p/{token}/missions", post(post_mission))
        .route("/p/{token}/missions/{id}/benevoles", get(accepted))
        .route("/p/{token}/missions/{id}/fermer", post(close))
        .route("/p/{token}/missions/{id}/rouvrir", post(reopen))
}

/// A volunteer's name and contact, shown to the association once they accepted.
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// One mission, on its association's page.
pub struct MissionState {
    pub id: i64,
    pub title: String,
    pub words: MissionWords,
    pub open: bool,
    /// `ouverte`, `pourvue` or `fermee`.
    pub state: &'static str,
    pub state_words: String,
    /// "1 sur 2 a accepté · 1 proposition en attente".
    pub counts: String,
    pub accepted: Vec<Contact>,
}

#[derive(Template)]
#[template(path = "benevoles/partenaire.html")]
struct Section {
    w: Words,
    base: String,
    missions: Vec<MissionState>,
    m: MissionForm,
}

#[derive(Template)]
#[template(path = "benevoles/mission.html")]
struct MissionPage {
    w: Words,
    base: String,
    partner: String,
    m: MissionForm,
}

/// A mission's state: closed by its association, filled (as many acceptances as sought),
/// or open.
pub fn mission_state(m: &MissionRow, accepted: usize) -> &'static str {
    if !m.is_open() {
        "fermee"
    } else if accepted as i64 >= m.nombre {
        "pourvue"
    } else {
        "ouverte"
    }
}

/// The counts of a mission's proposals in words.
pub fn counts(lang: Lang, m: &MissionRow, accepted: usize, waiting: usize) -> String {
    t_args(
        lang,
        "pb-compte",
        &[
            ("acceptes", n(accepted as u64)),
            ("nombre", n(m.nombre.max(0) as u64)),
            ("attente", n(waiting as u64)),
        ],
    )
}

/// The section of the association's page, already rendered (escaped by its template).
pub async fn section(portal: &Portal, partner: &Partner, base: &str) -> Result<String> {
    let lang = portal.settings.lang;
    let tax = &portal.settings.taxonomy;
    let mut missions = Vec::new();
    for m in portal.store.partner_missions(partner.id).await? {
        let accepted = portal.store.accepted(m.id).await?;
        let waiting = portal
            .store
            .mission_proposals(m.id)
            .await?
            .iter()
            .filter(|p| p.reponse.is_none())
            .count();
        let state = mission_state(&m, accepted.len());
        missions.push(MissionState {
            id: m.id,
            title: m.mission.clone(),
            words: MissionWords::of(&m, tax, lang),
            open: m.is_open(),
            state,
            state_words: t(lang, &format!("pb-mission-{state}")),
            counts: counts(lang, &m, accepted.len(), waiting),
            accepted: accepted
                .into_iter()
                .map(|v| Contact {
                    name: v.nom,
                    email: v.courriel,
                    phone: v.telephone,
                })
                .collect(),
        });
    }
    let m = MissionForm::new(
        tax,
        lang,
        format!("{base}/missions"),
        Given::default(),
        Vec::new(),
    );
    let page = Section {
        w: Words(lang),
        base: base.to_string(),
        missions,
        m,
    };
    page.render().map_err(|e| Error::Internal(e.into()))
}

/// `POST /p/TOKEN/missions`: the association asks for volunteers (fields named as the
/// MISSIONS columns, less `partenaire`). `{"mission": ID}` for a script, else back to
/// its page; 422 with the problems and nothing stored.
async fn post_mission(
    State(portal): State<Portal>,
    PartnerLink { partner, base }: PartnerLink,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let lang = portal.settings.lang;
    let tax = &portal.settings.taxonomy;
    if body.len() > 64 * 1024 {
        return Err(Error::refused("portail-formulaire-trop-long"));
    }
    let fields = posted_fields(&body).ok_or_else(|| Error::refused("pb-formulaire-illisible"))?;
    let cells: Vec<(String, String)> = columns(&fields)
        .into_iter()
        .filter(|(name, _)| crate::fold::header_key(name) != "partenaire")
        .collect();
    let mission = match crate::volunteers::read::mission_from_fields(&partner.nom, &cells, tax, lang) {
        Ok(m) => m,
        Err(found) => {
            let problems: Vec<Problem> = found.into_iter().map(Problem::from).collect();
            if wants_json(&headers) {
                return Ok(rejected_json(&problems));
            }
            let m = MissionForm::new(
                tax,
                lang,
                format!("{base}/missions"),
                Given::posted(&fields),
                problems,
            );
            let page = MissionPage {
                w: Words(lang),
                partner: partner.nom.clone(),
                base,
                m,
            };
            return Ok(pages::render(lang, StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let id = portal.store.add_mission(partner.id, &mission, tax, now()).await?;
    if wants_json(&headers) {
        return Ok(Json(serde_json::json!({ "mission": id })).into_response());
    }
    Ok(Redirect::to(&format!("{base}#mission-{id}")).into_response())
}

/// One of the association's own missions; another's is 404.
async fn own_mission(portal: &Portal, partner: &Partner, id: &str) -> Result<MissionRow> {
    let id: i64 = id.parse().map_err(|_| Error::NotFound)?;
    match portal.store.mission(id).await? {
        Some(m) if m.partenaire == partner.id => Ok(m),
        _ => Err(Error::NotFound),
    }
}

/// `GET /p/TOKEN/missions/ID/benevoles`: the volunteers who accepted this mission, with
/// their contact (`[{"nom", "courriel", "telephone"}]`); 404 for another association's.
async fn accepted(
    State(portal): State<Portal>,
    PartnerLink { partner, base }: PartnerLink,
    Path((_, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response> {
    let m = own_mission(&portal, &partner, &id).await?;
    if !wants_json(&headers) {
        return Ok(Redirect::to(&format!("{base}#mission-{}", m.id)).into_response());
    }
    let list: Vec<serde_json::Value> = portal
        .store
        .accepted(m.id)
        .await?
        .into_iter()
        .map(|v| serde_json::json!({"nom": v.nom, "courriel": v.courriel, "telephone": v.telephone}))
        .collect();
    Ok(Json(list).into_response())
}

async fn close(
    State(portal): State<Portal>,
    PartnerLink { partner, base }: PartnerLink,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let m = own_mission(&portal, &partner, &id).await?;
    portal
        .store
        .set_mission_closed(partner.id, m.id, Some(now()))
        .await?;
    Ok(Redirect::to(&format!("{base}#mission-{}", m.id)).into_response())
}

async fn reopen(
    State(portal): State<Portal>,
    PartnerLink { partner, base }: PartnerLink,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response> {
    let m = own_mission(&portal, &partner, &id).await?;
    portal.store.set_mission_closed(partner.id, m.id, None).await?;
    Ok(Redirect::to(&format!("{base}#mission-{}", m.id)).into_response())
}
