//! The volunteers' own pages: the public registration `/benevoles` (what the council is,
//! the form, the consent in clear words), and each volunteer's page `/b/TOKEN`: see and
//! change what they gave, confirm it, answer the proposals, erase everything.

use std::collections::HashMap;
use std::time::Instant;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRef, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Json, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;

use super::forms::{is_yes, Given, MissionWords, VolunteerForm};
use super::store::{VolunteerRow, FROM_FORM};
use super::{columns, field, posted_fields, rejected_json, Problem};
use crate::i18n::{s, t, t_args};
use crate::portal::client::ClientIp;
use crate::portal::error::{Error, Result};
use crate::portal::pages::{self, Words};
use crate::portal::partner::wants_json;
use crate::portal::store::now;
use crate::portal::Portal;
use crate::volunteers::Volunteer;

pub fn routes() -> Router<Portal> {
    Router::new()
        .route("/benevoles", get(form_page).post(register))
        .route("/b/{token}", get(own_page).post(change))
        .route("/b/{token}/confirmer", post(confirm))
        .route("/b/{token}/propositions/{id}", post(answer))
        .route("/b/{token}/supprimer", post(erase))
}

/// The volunteer whose personal link is in the path (`/b/{token}/…`), and that link's path.
pub struct VolunteerLink {
    pub row: VolunteerRow,
    pub base: String,
}

impl<S: Send + Sync> FromRequestParts<S> for VolunteerLink
where
    Portal: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let portal = Portal::from_ref(state);
        let token = crate::portal::extract::token_in_path(parts, state).await?;
        match portal.store.volunteer_by_token(&token).await? {
            Some(row) => Ok(VolunteerLink {
                row,
                base: format!("/b/{token}"),
            }),
            None => Err(Error::NotFound),
        }
    }
}

#[derive(Template)]
#[template(path = "benevoles/inscription.html")]
struct Registration {
    w: Words,
    f: VolunteerForm,
}

/// Forms are small: a name, a few boxes, a comment.
const FORM_LIMIT: usize = 64 * 1024;

/// A value quoted back to a person: its first 200 characters, then `…` (SPEC).
pub fn quoted(value: &str) -> String {
    match value.char_indices().nth(200) {
        Some((at, _)) => format!("{}…", &value[..at]),
        None => value.to_string(),
    }
}

async fn form_page(State(portal): State<Portal>) -> Response {
    let lang = portal.settings.lang;
    let f = VolunteerForm::new(
        &portal.settings.taxonomy,
        lang,
        "/benevoles".into(),
        Given::default(),
        Vec::new(),
    );
    pages::render(lang, StatusCode::OK, &Registration { w: Words(lang), f })
}

/// The fields of a posted form, refused when too long or not a form.
fn read_form(body: &[u8]) -> Result<Vec<(String, String)>> {
    if body.len() > FORM_LIMIT {
        return Err(Error::refused("portail-formulaire-trop-long"));
    }
    posted_fields(body).ok_or_else(|| Error::refused("pb-formulaire-illisible"))
}

/// The volunteer a form describes, by the reading's own checks, or every problem; the
/// consent is checked too when `consent` is asked.
fn check(portal: &Portal, fields: &[(String, String)], consent: bool) -> Result<Volunteer, Vec<Problem>> {
    let lang = portal.settings.lang;
    let mut problems = Vec::new();
    let volunteer = match crate::volunteers::read::volunteer_from_fields(
        &columns(fields),
        &portal.settings.taxonomy,
        lang,
    ) {
        Ok(v) => Some(v),
        Err(found) => {
            problems.extend(found.into_iter().map(Problem::from));
            None
        }
    };
    if consent && !field(fields, "consentement").is_some_and(is_yes) {
        problems.push(Problem {
            colonne: "consentement".into(),
            valeur: quoted(field(fields, "consentement").unwrap_or("")),
            raison: t(lang, "pb-consentement-manquant"),
        });
    }
    match volunteer {
        Some(v) if problems.is_empty() => Ok(v),
        _ => Err(problems),
    }
}

/// `POST /benevoles`: registers a volunteer (SPEC): 303 to their page, or 201
/// `{"lien": …}` for a script; 422 and nothing stored when a value or the consent is
/// missing; 429 past 20 registrations an hour from one address.
async fn register(
    State(portal): State<Portal>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let lang = portal.settings.lang;
    let json = wants_json(&headers);
    let fields = read_form(&body)?;
    let volunteer = match check(&portal, &fields, true) {
        Ok(v) => v,
        Err(problems) if json => return Ok(rejected_json(&problems)),
        Err(problems) => {
            let tax = &portal.settings.taxonomy;
            let f = VolunteerForm::new(tax, lang, "/benevoles".into(), Given::posted(&fields), problems);
            let page = Registration { w: Words(lang), f };
            return Ok(pages::render(lang, StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    if let Err(wait) = portal.registrations.take(ip, Instant::now()) {
        return Ok(too_many(lang, wait.as_secs().max(1), json));
    }
    let (_, token) = portal
        .store
        .add_volunteer(&volunteer, &portal.settings.taxonomy, FROM_FORM, now())
        .await?;
    let link = format!("/b/{token}");
    super::notify::registered(&portal, &volunteer.email, &volunteer.name, &link);
    if json {
        return Ok((StatusCode::CREATED, Json(serde_json::json!({ "lien": link }))).into_response());
    }
    Ok(Redirect::to(&link).into_response())
}

/// 429 with the time to wait, as a page or for a script.
fn too_many(lang: crate::model::Lang, wait_secs: u64, json: bool) -> Response {
    let minutes = wait_secs.div_ceil(60);
    let text = t_args(
        lang,
        "pb-trop-d-inscriptions",
        &[("minutes", crate::i18n::n(minutes))],
    );
    let mut r = if json {
        (
            StatusCode::TOO_MANY_REQUESTS,
            Json(serde_json::json!({ "erreur": text })),
        )
            .into_response()
    } else {
        pages::message(
            lang,
            StatusCode::TOO_MANY_REQUESTS,
            &t(lang, "portail-tentatives-titre"),
            &text,
        )
    };
    if let Ok(v) = HeaderValue::from_str(&wait_secs.to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    r
}

/// One proposal, on the volunteer's page.
pub struct ProposalView {
    pub id: i64,
    pub title: String,
    pub partner: String,
    pub words: MissionWords,
    /// `attente`, `accepte` or `refuse`.
    pub state: &'static str,
    pub state_words: String,
}

#[derive(Template)]
#[template(path = "benevoles/page.html")]
struct OwnPage {
    w: Words,
    base: String,
    name: String,
    notice: Option<String>,
    reminder: Option<String>,
    /// Since when their data is confirmed, and when they will be asked again.
    kept: String,
    proposals: Vec<ProposalView>,
    f: VolunteerForm,
}

/// The state of a proposal: its code, and its words on the volunteer's page.
pub fn proposal_state(answer: Option<&str>) -> &'static str {
    match answer {
        Some("accepte") => "accepte",
        Some("refuse") => "refuse",
        _ => "attente",
    }
}

async fn proposal_views(portal: &Portal, volunteer: i64) -> Result<Vec<ProposalView>> {
    let lang = portal.settings.lang;
    let tax = &portal.settings.taxonomy;
    let mut out = Vec::new();
    for p in portal.store.volunteer_proposals(volunteer).await? {
        let Some(m) = portal.store.mission(p.mission).await? else {
            continue;
        };
        let state = proposal_state(p.reponse.as_deref());
        out.push(ProposalView {
            id: p.id,
            title: m.mission.clone(),
            partner: t_args(
                lang,
                "pb-pour-association",
                &[("partenaire", s(m.partenaire_nom.as_str()))],
            ),
            words: MissionWords::of(&m, tax, lang),
            state,
            state_words: t(lang, &format!("pb-etat-{state}")),
        });
    }
    Ok(out)
}

/// A date of the store as people read it: `2026-12-06`.
pub fn day(secs: i64) -> String {
    pages::when(secs).chars().take(10).collect()
}

/// The volunteer's page, with a notice, and their form as given (or as refused).
async fn own_page_with(
    portal: &Portal,
    link: &VolunteerLink,
    notice: Option<String>,
    given: Given,
    problems: Vec<Problem>,
) -> Result<OwnPage> {
    let lang = portal.settings.lang;
    let v = &link.row;
    let reminder = v.rappel.map(|at| {
        t_args(
            lang,
            "pb-rappel-avis",
            &[("date", s(day(super::expiry::erasure_due(at))))],
        )
    });
    let kept = t_args(
        lang,
        "pb-conservation",
        &[
            ("date", s(day(v.confirme))),
            ("rappel", s(day(super::expiry::reminder_due(v.confirme)))),
        ],
    );
    let mut f = VolunteerForm::new(
        &portal.settings.taxonomy,
        lang,
        link.base.clone(),
        given,
        problems,
    );
    f.ask_consent = false;
    Ok(OwnPage {
        w: Words(lang),
        base: link.base.clone(),
        name: v.nom.clone(),
        notice,
        reminder,
        kept,
        proposals: proposal_views(portal, v.id).await?,
        f,
    })
}

/// The notices the page shows after an action (`?avis=…`).
fn notice(lang: crate::model::Lang, query: &HashMap<String, String>) -> Option<String> {
    let id = match query.get("avis").map(String::as_str)? {
        "modifie" => "pb-avis-modifie",
        "confirme" => "pb-avis-confirme",
        "accepte" => "pb-avis-accepte",
        "refuse" => "pb-avis-refuse",
        _ => return None,
    };
    Some(t(lang, id))
}

async fn own_page(
    State(portal): State<Portal>,
    link: VolunteerLink,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response> {
    let lang = portal.settings.lang;
    let given = Given::stored(&link.row);
    let page = own_page_with(&portal, &link, notice(lang, &query), given, Vec::new()).await?;
    Ok(pages::render(lang, StatusCode::OK, &page))
}

/// `POST /b/TOKEN`: the volunteer changes what they gave (the same checks as the
/// registration); a change confirms their data.
async fn change(
    State(portal): State<Portal>,
    link: VolunteerLink,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let lang = portal.settings.lang;
    let fields = read_form(&body)?;
    let volunteer = match check(&portal, &fields, false) {
        Ok(v) => v,
        Err(problems) if wants_json(&headers) => return Ok(rejected_json(&problems)),
        Err(problems) => {
            let page = own_page_with(&portal, &link, None, Given::posted(&fields), problems).await?;
            return Ok(pages::render(lang, StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    portal
        .store
        .update_volunteer(link.row.id, &volunteer, &portal.settings.taxonomy, now())
        .await?;
    if wants_json(&headers) {
        return Ok(Json(serde_json::json!({ "lien": link.base })).into_response());
    }
    Ok(Redirect::to(&format!("{}?avis=modifie", link.base)).into_response())
}

/// `POST /b/TOKEN/confirmer`: their data is right; kept 24 months more.
async fn confirm(State(portal): State<Portal>, link: VolunteerLink) -> Result<Response> {
    portal.store.confirm_volunteer(link.row.id, now()).await?;
    Ok(Redirect::to(&format!("{}?avis=confirme#confirmer", link.base)).into_response())
}

/// `POST /b/TOKEN/propositions/ID` with `reponse=accepte|refuse`: the volunteer answers
/// one of THEIR proposals (another's is 404).
async fn answer(
    State(portal): State<Portal>,
    link: VolunteerLink,
    Path((_, id)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response> {
    let lang = portal.settings.lang;
    let id: i64 = id.parse().map_err(|_| Error::NotFound)?;
    let fields = read_form(&body)?;
    let given = field(&fields, "reponse").unwrap_or("").trim();
    let Some(reply) = ["accepte", "refuse"].into_iter().find(|r| *r == given) else {
        let problem = Problem {
            colonne: "reponse".into(),
            valeur: quoted(given),
            raison: t(lang, "pb-reponse-inconnue"),
        };
        if wants_json(&headers) {
            return Ok(rejected_json(&[problem]));
        }
        return Err(Error::Refused(crate::error::Said::of("pb-reponse-inconnue")));
    };
    if !portal.store.answer(link.row.id, id, reply, now()).await? {
        return Err(Error::NotFound);
    }
    if reply == "accepte" {
        tell_association(&portal, &link.row, id).await?;
    }
    if wants_json(&headers) {
        return Ok(Json(serde_json::json!({ "proposition": id, "reponse": reply })).into_response());
    }
    Ok(Redirect::to(&format!("{}?avis={reply}#proposition-{id}", link.base)).into_response())
}

/// The association of an accepted proposal learns it by e-mail, when it has an address.
async fn tell_association(portal: &Portal, v: &VolunteerRow, proposal: i64) -> Result<()> {
    let made = portal.store.volunteer_proposals(v.id).await?;
    let Some(p) = made.iter().find(|p| p.id == proposal) else {
        return Ok(());
    };
    let Some(m) = portal.store.mission(p.mission).await? else {
        return Ok(());
    };
    if let Some(email) = portal.store.partner(m.partenaire).await?.and_then(|a| a.courriel) {
        super::notify::accepted(portal, v, &m, &email);
    }
    Ok(())
}

/// `POST /b/TOKEN/supprimer`: the volunteer and their proposals erased, everywhere; the
/// link is then 404.
async fn erase(State(portal): State<Portal>, link: VolunteerLink, headers: HeaderMap) -> Result<Response> {
    portal.store.erase_volunteer(link.row.id).await?;
    if wants_json(&headers) {
        return Ok(Json(serde_json::json!({ "efface": true })).into_response());
    }
    let lang = portal.settings.lang;
    Ok(pages::message(
        lang,
        StatusCode::OK,
        &t(lang, "pb-efface-titre"),
        &t(lang, "pb-efface"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_cut_at_200_characters() {
        assert_eq!(quoted("oui"), "oui");
        let long = "é".repeat(250);
        let cut = quoted(&long);
        assert_eq!(cut.chars().count(), 201);
        assert!(cut.ends_with("é…"));
        assert_eq!(quoted(&"a".repeat(200)), "a".repeat(200));
    }
}
