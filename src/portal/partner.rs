//! A partner's own pages, under its personal link `/p/{token}`: the open period and its
//! deadline, the blank template with its name filled in, the upload with its result at
//! once, its files (replace, withdraw), its history, and its sheet once the quarter is
//! analysed. A partner reaches only its own pages and files.

use axum::extract::{Multipart, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Json, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use super::error::{Error, Result};
use super::extract::PartnerLink;
use super::pages::{self, FileLine, HistoryLine, PartnerPage, UploadResult};
use super::store::Partner;
use super::upload::{self, Answer};
use super::Portal;
use crate::i18n::{megabytes, s, t, t_args};

pub fn routes() -> Router<Portal> {
    Router::new()
        .route("/p/{token}", get(page))
        .route("/p/{token}/depot", post(deposit))
        .route("/p/{token}/retrait", post(withdraw))
        .route("/p/{token}/modele.xlsx", get(template))
        .route("/p/{token}/fiche", get(sheet))
}

async fn page(State(portal): State<Portal>, PartnerLink { partner, base }: PartnerLink) -> Result<Response> {
    Ok(pages::render(
        portal.settings.lang,
        StatusCode::OK,
        &partner_page(&portal, &partner, &base, None).await?,
    ))
}

/// The partner's page, with the result of an upload when there is one.
async fn partner_page(
    portal: &Portal,
    partner: &Partner,
    base: &str,
    result: Option<String>,
) -> Result<PartnerPage> {
    let period = portal.store.open_period_now().await?;
    let files = match &period {
        Some(p) => portal.store.current_files(partner.id, &p.periode).await?,
        None => Vec::new(),
    };
    let history = portal.store.history(partner.id).await?;
    let sheet = match portal.store.last_done_period().await? {
        Some(p) if sheet_path(portal, &p, partner).exists() => Some(p),
        _ => None,
    };
    let lang = portal.settings.lang;
    Ok(PartnerPage {
        w: pages::Words(lang),
        partner: partner.nom.clone(),
        base: base.to_string(),
        period,
        result,
        files: files
            .into_iter()
            .map(|d| FileLine {
                name: d.nom,
                when: pages::when(d.depose),
                used: d.utilisees,
                rejected: d.rejetees,
            })
            .collect(),
        history: history
            .into_iter()
            .map(|d| HistoryLine {
                state: t(
                    lang,
                    match d.retire {
                        None => "portail-depot-en-cours",
                        Some(_) => "portail-depot-remplace",
                    },
                ),
                period: d.periode,
                name: d.nom,
                when: pages::when(d.depose),
                read: d.lues,
                rejected: d.rejetees,
            })
            .collect(),
        sheet,
        formats: t_args(
            lang,
            "portail-zone-formats",
            &[("mo", s(megabytes(lang, portal.settings.max_upload)))],
        ),
        volunteers: super::volunteers::partner::section(portal, partner, base).await?,
    })
}

fn sheet_path(portal: &Portal, period: &str, partner: &Partner) -> std::path::PathBuf {
    portal
        .store
        .sorties_dir()
        .join(period)
        .join("partenaires")
        .join(format!("{}.html", partner.slug))
}

/// Whether the client asked for JSON (scripts, the tests) rather than a page.
pub fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

/// `POST /p/{token}/depot`: stores the file for the open period, then validates it.
async fn deposit(
    State(portal): State<Portal>,
    link: std::result::Result<PartnerLink, Error>,
    headers: HeaderMap,
    mut form: Multipart,
) -> Result<Response> {
    let PartnerLink { partner, base } = match link {
        Ok(link) => link,
        Err(refused) => {
            // The refusal is read by the browser only once its upload is sent: the body is
            // read to its end (within the size limit) and dropped, never stored.
            while let Ok(Some(mut field)) = form.next_field().await {
                while let Ok(Some(_)) = field.chunk().await {}
            }
            return Err(refused);
        }
    };
    let open = portal.store.open_period_now().await?.ok_or(Error::NoOpenPeriod)?;
    let received = upload::receive(&portal, form, &mut Default::default()).await?;
    let answer = store_and_validate(&portal, &partner, &open.periode, received, false).await?;
    if wants_json(&headers) {
        return Ok(Json(answer).into_response());
    }
    let lang = portal.settings.lang;
    let fragment = UploadResult::of(lang, &answer).to_string();
    let page = partner_page(&portal, &partner, &base, Some(fragment)).await?;
    Ok(pages::render(lang, StatusCode::OK, &page))
}

/// Stores a received file, then validates it: the answer SPEC fixes.
pub async fn store_and_validate(
    portal: &Portal,
    partner: &Partner,
    period: &str,
    received: upload::Received,
    by_coordinator: bool,
) -> Result<Answer> {
    let name = received.name.clone();
    let (id, archive) = upload::store(portal, partner, period, received, by_coordinator).await?;
    upload::validate(portal, id, &name, archive, period).await
}

#[derive(Deserialize)]
struct Withdrawal {
    nom: String,
}

async fn withdraw(
    State(portal): State<Portal>,
    PartnerLink { partner, base }: PartnerLink,
    Form(w): Form<Withdrawal>,
) -> Result<Response> {
    let open = portal.store.open_period_now().await?.ok_or(Error::NoOpenPeriod)?;
    if !upload::withdraw(&portal, &partner, &open.periode, &w.nom).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to(&base).into_response())
}

/// The blank template, with the partner's name in its tables.
async fn template(
    State(portal): State<Portal>,
    PartnerLink { partner, .. }: PartnerLink,
) -> Result<Response> {
    let settings = portal.settings.clone();
    let name = partner.nom.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        let date = crate::config::output_date(None);
        crate::render::template::workbook_for(&settings.taxonomy, settings.lang, date, Some(&name))
    })
    .await?
    .map_err(|e| Error::Internal(e.into()))?;
    Ok(crate::portal::pages::xlsx_download(
        bytes,
        "attachment; filename=\"cadastre-modele.xlsx\"",
    ))
}

/// The partner's sheet of the last analysis.
async fn sheet(State(portal): State<Portal>, PartnerLink { partner, .. }: PartnerLink) -> Result<Response> {
    let period = portal.store.last_done_period().await?.ok_or(Error::NotFound)?;
    let bytes = tokio::fs::read(sheet_path(&portal, &period, &partner))
        .await
        .map_err(|_| Error::NotFound)?;
    Ok(super::coordination::html_output(bytes))
}
