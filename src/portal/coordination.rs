//! The coordinator's pages, behind the password and a session: the board of the open
//! period, partners and their links, periods, uploads on a partner's behalf, the analysis
//! and its outputs. Every state-changing request carries the session's CSRF value.

use std::collections::HashMap;
use std::time::Instant;

use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Json, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use super::error::{Error, Result};
use super::extract::{Coordinator, Posted, SESSION_COOKIE};
use super::pages::{self, Board, BoardRow, LastAnalysis, NewLink, Outputs, SignIn};
use super::store::Partner;
use super::{security, Portal};
use crate::error::Said;
use crate::i18n::{n, s as text, t, t_args};
use crate::period::Period;

pub fn routes() -> Router<Portal> {
    Router::new()
        .route("/connexion", get(sign_in_page).post(sign_in))
        .route("/deconnexion", post(sign_out))
        .route("/coordination", get(board))
        .route("/coordination/periode", post(open_period))
        .route("/coordination/partenaires", post(register))
        .route("/coordination/partenaires/liste", post(register_list))
        .route("/coordination/partenaires/{id}/lien", post(renew))
        .route("/coordination/partenaires/{id}/revoquer", post(revoke))
        .route("/coordination/rappel", post(reminder))
        .route("/coordination/depot", post(deposit))
        .route("/coordination/analyse", post(analyse).get(analysis_state))
        .route("/coordination/sorties/{period}/{*file}", get(output))
        .route("/coordination/archive/{period}", get(archive))
}

async fn sign_in_page(State(portal): State<Portal>) -> Result<Response> {
    let configured = portal.store.password_hash().await?.is_some();
    Ok(pages::render(
        portal.settings.lang,
        StatusCode::OK,
        &SignIn {
            w: pages::Words(portal.settings.lang),
            error: None,
            configured,
        },
    ))
}

#[derive(Deserialize)]
struct Password {
    mot_de_passe: String,
}

/// `POST /connexion`: a session for the right password; five wrong ones from an address
/// within a minute close the door to it for a minute.
async fn sign_in(
    State(portal): State<Portal>,
    super::client::ClientIp(ip): super::client::ClientIp,
    headers: HeaderMap,
    Form(form): Form<Password>,
) -> Result<Response> {
    if let Some(wait) = portal.throttle.blocked(ip, Instant::now()) {
        return Err(Error::TooManyAttempts {
            wait_secs: wait.as_secs().max(1),
        });
    }
    let stored = portal.store.password_hash().await?;
    let ok = match stored {
        Some(phc) => {
            tokio::task::spawn_blocking(move || security::verify_password(&form.mot_de_passe, &phc)).await?
        }
        None => false,
    };
    if !ok {
        portal.throttle.failed(ip, Instant::now());
        let lang = portal.settings.lang;
        let page = SignIn {
            w: pages::Words(lang),
            error: Some(t(lang, "portail-mot-de-passe-incorrect")),
            configured: portal.store.password_hash().await?.is_some(),
        };
        return Ok(pages::render(lang, StatusCode::UNAUTHORIZED, &page));
    }
    portal.throttle.succeeded(ip);
    let (session, _) = portal.store.new_session().await?;
    // Behind a TLS proxy the cookie is also `Secure`: never sent over plain HTTP.
    let secure = if behind_https(&headers) { "; Secure" } else { "" };
    let cookie = format!(
        "{SESSION_COOKIE}={session}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
        super::store::SESSION_SECONDS
    );
    let mut r = Redirect::to("/coordination").into_response();
    r.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(anyhow::Error::from)?,
    );
    Ok(r)
}

#[derive(Deserialize)]
struct Nothing {}

async fn sign_out(State(portal): State<Portal>, posted: Posted<Nothing>) -> Result<Response> {
    portal.store.end_session(&posted.who.session).await?;
    let mut r = Redirect::to("/connexion").into_response();
    r.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&format!(
            "{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"
        ))
        .map_err(anyhow::Error::from)?,
    );
    Ok(r)
}

async fn board(State(portal): State<Portal>, who: Coordinator) -> Result<Response> {
    show_board(&portal, &who, None, Vec::new(), None).await
}

/// The board as a response: what every coordinator form answers with.
pub(super) async fn show_board(
    portal: &Portal,
    who: &Coordinator,
    notice: Option<String>,
    links: Vec<NewLink>,
    reminder: Option<String>,
) -> Result<Response> {
    let page = board_page(portal, who, notice, links, reminder).await?;
    Ok(pages::render(portal.settings.lang, StatusCode::OK, &page))
}

/// The board, with a notice, the links just issued and their reminder text.
async fn board_page(
    portal: &Portal,
    who: &Coordinator,
    notice: Option<String>,
    links: Vec<NewLink>,
    reminder: Option<String>,
) -> Result<Board> {
    let lang = portal.settings.lang;
    let period = portal.store.open_period_now().await?;
    let rows = board_rows(portal, period.as_ref().map(|p| p.periode.as_str())).await?;
    let sent = rows.iter().filter(|r| r.files > 0).count();
    let missing = rows.len() - sent;
    let running = portal.analysis.is_running();
    let progress = match portal.analysis.done() {
        Some((files, rows)) => t_args(
            lang,
            "portail-analyse-progression",
            &[("fichiers", n(files)), ("lignes", n(rows))],
        ),
        None => String::new(),
    };
    let last = portal.store.last_analysis().await?.map(|a| LastAnalysis {
        heading: t_args(
            lang,
            "portail-derniere-analyse",
            &[
                ("periode", text(a.periode.as_str())),
                ("quand", text(pages::when(a.fin.unwrap_or(a.debut)))),
            ],
        ),
        state: t(
            lang,
            match a.etat.as_str() {
                "terminee" => "portail-etat-terminee",
                "en-cours" => "portail-etat-en-cours",
                "interrompue" => "portail-etat-interrompue",
                _ => "portail-etat-echec",
            },
        ),
        message: a.message,
    });
    let reminder = reminder.unwrap_or_default();
    let count = |id, k: usize, extra: &[(&'static str, crate::i18n::FluentValue<'static>)]| {
        let mut args = vec![("n", n(k as u64))];
        args.extend(extra.iter().cloned());
        t_args(lang, id, &args)
    };
    Ok(Board {
        w: pages::Words(lang),
        csrf: who.csrf.clone(),
        notice,
        sent_text: count("portail-ont-depose", sent, &[("total", n(rows.len() as u64))]),
        missing_text: count("portail-rien-envoye", missing, &[]),
        reminder_button: count("portail-preparer-rappel", missing, &[]),
        missing,
        sent,
        rows,
        links_rows: reminder.lines().count().clamp(3, 20),
        reminder,
        links,
        running,
        progress,
        last,
        outputs: outputs(portal),
        period,
        mails: super::courriels::board(portal).await?,
    })
}

async fn board_rows(portal: &Portal, period: Option<&str>) -> Result<Vec<BoardRow>> {
    let files = match period {
        Some(p) => portal.store.period_files(p).await?,
        None => Vec::new(),
    };
    let mut rows = Vec::new();
    for p in portal.store.partners().await? {
        let own: Vec<_> = files.iter().filter(|d| d.partenaire == p.id).collect();
        rows.push(BoardRow {
            id: p.id,
            has_link: portal.store.has_link(p.id).await?,
            files: own.len(),
            last: own
                .iter()
                .map(|d| d.depose)
                .max()
                .map(pages::when)
                .unwrap_or_default(),
            used: own.iter().map(|d| d.utilisees).sum(),
            rejected: own.iter().map(|d| d.rejetees).sum(),
            name: p.nom,
            email: p.courriel.unwrap_or_default(),
            slug: p.slug,
        });
    }
    Ok(rows)
}

/// The periods with outputs in `sorties/`, newest first.
fn outputs(portal: &Portal) -> Vec<Outputs> {
    let dir = portal.store.sorties_dir();
    let mut found: Vec<Outputs> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let p = Period::parse(&name).filter(|p| p.to_string() == name)?;
            e.path().join("rapport.html").exists().then(|| Outputs {
                sheets: e.path().join("partenaires/index.html").exists(),
                period: p.to_string(),
            })
        })
        .collect();
    found.sort_by(|a, b| b.period.cmp(&a.period));
    found
}

#[derive(Deserialize)]
struct PeriodForm {
    periode: String,
    #[serde(default)]
    echeance: String,
}

async fn open_period(State(portal): State<Portal>, posted: Posted<PeriodForm>) -> Result<Response> {
    let f = posted.form;
    let period = Period::parse(f.periode.trim()).ok_or_else(|| {
        Error::Refused(Said::of("portail-periode-illisible").text("valeur", f.periode.trim()))
    })?;
    let deadline = valid_deadline(&f.echeance)?;
    portal.store.open_period(period, deadline.as_deref()).await?;
    let notice = t_args(
        portal.settings.lang,
        "portail-periode-ouverte-avis",
        &[("periode", text(period.to_string()))],
    );
    show_board(&portal, &posted.who, Some(notice), Vec::new(), None).await
}

/// A deadline `YYYY-MM-DD`, or none.
pub fn valid_deadline(raw: &str) -> Result<Option<String>> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = raw.split('-').collect();
    let ok = matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2
        && y.parse::<u16>().is_ok()
        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)));
    if ok {
        Ok(Some(raw.to_string()))
    } else {
        Err(Error::Refused(
            Said::of("portail-echeance-illisible").text("valeur", raw),
        ))
    }
}

/// The address partners will open: this server as the coordinator reached it.
fn link_url(headers: &HeaderMap, path: &str) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = if behind_https(headers) { "https" } else { "http" };
    format!("{scheme}://{host}{path}")
}

/// Whether the request came through a proxy that terminated TLS.
fn behind_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
        .is_some_and(|p| p == "https")
}

#[derive(Deserialize)]
struct NewPartner {
    nom: String,
    #[serde(default)]
    courriel: String,
}

async fn register(
    State(portal): State<Portal>,
    headers: HeaderMap,
    posted: Posted<NewPartner>,
) -> Result<Response> {
    let f = posted.form;
    let link = issue(&portal, &headers, &f.nom, &f.courriel).await?;
    show_board(&portal, &posted.who, None, vec![link], None).await
}

/// Registers a partner (or finds it) and gives it a new link.
async fn issue(portal: &Portal, headers: &HeaderMap, name: &str, email: &str) -> Result<NewLink> {
    let name = name.trim();
    if crate::fold::partner_key(name).is_empty() || name.chars().count() > 200 {
        return Err(Error::refused("portail-nom-vide"));
    }
    let email = email.trim();
    let email = (!email.is_empty()).then_some(email);
    let (partner, token) = portal.store.register(name, email).await?;
    Ok(new_link(headers, &partner, &token))
}

fn new_link(headers: &HeaderMap, partner: &Partner, token: &str) -> NewLink {
    NewLink {
        name: partner.nom.clone(),
        email: partner.courriel.clone().unwrap_or_default(),
        url: link_url(headers, &format!("/p/{token}")),
    }
}

#[derive(Deserialize)]
struct PartnerList {
    liste: String,
}

/// Registers a list, one partner a line: `name;e-mail` (or `,`, or a tab).
async fn register_list(
    State(portal): State<Portal>,
    headers: HeaderMap,
    posted: Posted<PartnerList>,
) -> Result<Response> {
    let mut links = Vec::new();
    for line in posted
        .form
        .liste
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(500)
    {
        let mut parts = line.splitn(2, [';', '\t', ',']);
        let name = parts.next().unwrap_or("");
        let email = parts.next().unwrap_or("");
        if crate::fold::partner_key(name).is_empty() {
            continue;
        }
        links.push(issue(&portal, &headers, name, email).await?);
    }
    let notice = t_args(
        portal.settings.lang,
        "portail-inscrits",
        &[("n", n(links.len() as u64))],
    );
    let reminder = reminder_text(&portal, &links).await?;
    show_board(&portal, &posted.who, Some(notice), links, Some(reminder)).await
}

async fn partner_by_id(portal: &Portal, id: i64) -> Result<Partner> {
    portal.store.partner(id).await?.ok_or(Error::NotFound)
}

async fn renew(
    State(portal): State<Portal>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    posted: Posted<Nothing>,
) -> Result<Response> {
    let partner = partner_by_id(&portal, id).await?;
    let token = portal.store.new_link(partner.id).await?;
    let link = new_link(&headers, &partner, &token);
    show_board(&portal, &posted.who, None, vec![link], None).await
}

async fn revoke(
    State(portal): State<Portal>,
    Path(id): Path<i64>,
    posted: Posted<Nothing>,
) -> Result<Response> {
    let partner = partner_by_id(&portal, id).await?;
    portal.store.revoke(partner.id).await?;
    let notice = t_args(
        portal.settings.lang,
        "portail-revoque-avis",
        &[("partenaire", text(partner.nom.as_str()))],
    );
    show_board(&portal, &posted.who, Some(notice), Vec::new(), None).await
}

/// New links for the partners who have sent nothing yet, and the reminder's text.
async fn reminder(
    State(portal): State<Portal>,
    headers: HeaderMap,
    posted: Posted<Nothing>,
) -> Result<Response> {
    let period = portal.store.open_period_now().await?.ok_or(Error::NoOpenPeriod)?;
    let rows = board_rows(&portal, Some(&period.periode)).await?;
    let mut links = Vec::new();
    for r in rows.iter().filter(|r| r.files == 0) {
        let partner = partner_by_id(&portal, r.id).await?;
        let token = portal.store.new_link(partner.id).await?;
        links.push(new_link(&headers, &partner, &token));
    }
    let text = reminder_text(&portal, &links).await?;
    show_board(&portal, &posted.who, None, links, Some(text)).await
}

/// The reminder to paste into an e-mail: the period, its deadline, each partner's link.
async fn reminder_text(portal: &Portal, links: &[NewLink]) -> Result<String> {
    let lang = portal.settings.lang;
    let period = portal.store.open_period_now().await?;
    let mut lines = vec![t(lang, "portail-rappel-bonjour"), String::new()];
    lines.push(match &period {
        Some(p) => match &p.echeance {
            Some(e) => t_args(
                lang,
                "portail-rappel-periode-echeance",
                &[("periode", text(p.periode.as_str())), ("date", text(e.as_str()))],
            ),
            None => t_args(
                lang,
                "portail-rappel-periode",
                &[("periode", text(p.periode.as_str()))],
            ),
        },
        None => t(lang, "portail-rappel-sans-periode"),
    });
    lines.push(t(lang, "portail-rappel-deposez"));
    lines.push(String::new());
    for l in links {
        lines.push(t_args(
            lang,
            "portail-rappel-lien",
            &[
                ("partenaire", text(l.name.as_str())),
                ("lien", text(l.url.as_str())),
            ],
        ));
    }
    lines.push(String::new());
    for id in [
        "portail-rappel-personnel",
        "portail-rappel-merci",
        "portail-rappel-signature",
    ] {
        lines.push(t(lang, id));
    }
    let mut s = lines.join("\n");
    s.push('\n');
    Ok(s)
}

/// `POST /coordination/depot`: a file uploaded on a partner's behalf (fields `csrf` and
/// `partenaire` before `fichier`).
async fn deposit(
    State(portal): State<Portal>,
    who: Coordinator,
    headers: HeaderMap,
    form: Multipart,
) -> Result<Response> {
    let mut fields = HashMap::new();
    let received = super::upload::receive(&portal, form, &mut fields).await;
    who.check_csrf(fields.get("csrf").map(String::as_str))?;
    let received = received?;
    let id: i64 = fields
        .get("partenaire")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| Error::refused("portail-choisissez-partenaire"))?;
    let partner = partner_by_id(&portal, id).await?;
    let open = portal.store.open_period_now().await?.ok_or(Error::NoOpenPeriod)?;
    let answer = super::partner::store_and_validate(&portal, &partner, &open.periode, received, true).await?;
    if super::partner::wants_json(&headers) {
        return Ok(Json(answer).into_response());
    }
    let (_, _, rejected) = answer.totals();
    let notice = t_args(
        portal.settings.lang,
        "portail-depose-pour",
        &[
            ("fichier", text(answer.fichier.as_str())),
            ("partenaire", text(partner.nom.as_str())),
            ("n", n(rejected)),
        ],
    );
    show_board(&portal, &who, Some(notice), Vec::new(), None).await
}

/// `POST /coordination/analyse`: starts the analysis of the open period.
async fn analyse(
    State(portal): State<Portal>,
    headers: HeaderMap,
    _posted: Posted<Nothing>,
) -> Result<Response> {
    super::analysis::start(&portal).await?;
    if super::partner::wants_json(&headers) {
        return Ok((
            StatusCode::ACCEPTED,
            Json(serde_json::json!({"etat": "en-cours"})),
        )
            .into_response());
    }
    Ok(Redirect::to("/coordination").into_response())
}

/// `GET /coordination/analyse`: the state of the latest analysis, for scripts.
async fn analysis_state(State(portal): State<Portal>, _who: Coordinator) -> Result<Response> {
    let last = portal.store.last_analysis().await?;
    let running = portal.analysis.is_running();
    Ok(Json(serde_json::json!({
        "en_cours": running,
        "periode": last.as_ref().map(|a| a.periode.clone()),
        "etat": last.as_ref().map(|a| a.etat.clone()),
        "message": last.as_ref().map(|a| a.message.clone()),
    }))
    .into_response())
}

/// A relative path inside a period's outputs, or none when any part of it could leave the
/// folder or name a hidden file.
fn output_path(period: &str, file: &str) -> Option<std::path::PathBuf> {
    let period = Period::parse(period).filter(|p| p.to_string() == period)?;
    let mut path = std::path::PathBuf::from(period.to_string());
    for part in file.split('/') {
        let bad = part.is_empty() || part.starts_with('.') || part.contains(['\\', '\0', ':']);
        if bad {
            return None;
        }
        path.push(part);
    }
    Some(path)
}

async fn output(
    State(portal): State<Portal>,
    _who: Coordinator,
    Path((period, file)): Path<(String, String)>,
) -> Result<Response> {
    let rel = output_path(&period, &file).ok_or(Error::NotFound)?;
    let path = portal.store.sorties_dir().join(rel);
    let bytes = tokio::fs::read(&path).await.map_err(|_| Error::NotFound)?;
    Ok(typed(&file, bytes))
}

/// An output file with its content type; an HTML page with its own policy.
fn typed(name: &str, bytes: Vec<u8>) -> Response {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let content_type = match ext.as_str() {
        "html" => return html_output(bytes),
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
    let mut r = bytes.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if ext == "svg" {
        r.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
        );
    }
    r
}

/// A page the analysis wrote: served with a policy that allows its own inline script (by
/// hash) and nothing else.
pub fn html_output(bytes: Vec<u8>) -> Response {
    let csp = security::csp_for_html(&bytes);
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    r
}

/// Every output of a period in one zip, files in name order.
async fn archive(
    State(portal): State<Portal>,
    _who: Coordinator,
    Path(period): Path<String>,
) -> Result<Response> {
    let rel = output_path(&period, "x").ok_or(Error::NotFound)?;
    let dir = portal
        .store
        .sorties_dir()
        .join(rel.parent().ok_or(Error::NotFound)?);
    if !dir.is_dir() {
        return Err(Error::NotFound);
    }
    let bytes = tokio::task::spawn_blocking(move || zip_folder(&dir)).await??;
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    let disposition = format!("attachment; filename=\"cadastre-{period}.zip\"");
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

fn zip_folder(dir: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    use std::io::Write as _;
    let files = crate::ingest::discover(dir)?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (rel, path) in files {
        zip.start_file(rel, options)?;
        zip.write_all(&std::fs::read(path)?)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_stay_inside_the_period_folder() {
        assert_eq!(
            output_path("2026-T3", "guide/index.html"),
            Some(std::path::PathBuf::from("2026-T3/guide/index.html"))
        );
        assert_eq!(output_path("2026-T3", "../../portail.db"), None);
        assert_eq!(output_path("2026-T3", "partenaires/../../x"), None);
        assert_eq!(output_path("..", "cadastre.csv"), None);
        assert_eq!(output_path("2026-T3", ".cadastre-nouveau-x/a"), None);
        assert_eq!(output_path("2026-T3", "a\\..\\b"), None);
        assert_eq!(output_path("2026-t3", "cadastre.csv"), None);
    }

    #[test]
    fn deadlines_are_dates() {
        assert_eq!(
            valid_deadline(" 2026-12-15 ").ok().flatten().as_deref(),
            Some("2026-12-15")
        );
        assert!(valid_deadline("").is_ok_and(|d| d.is_none()));
        assert!(valid_deadline("15/12/2026").is_err());
        assert!(valid_deadline("2026-13-01").is_err());
    }
}
