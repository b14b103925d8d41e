//! The portal's pages, from the templates under `templates/portail/` (askama: checked at
//! compile time, HTML-escaped by default), its static files, and the public services guide
//! (`--guide-public`). Every word comes from the catalog `portail.ftl`, in the language the
//! server was started with (`cadastre serve --langue`).

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::error::{Error, Result};
use super::store::OpenPeriod;
use super::upload::Answer;
use super::Portal;
use crate::i18n::{n, s, t, t_args};
use crate::model::Lang;
pub use crate::render::words::Words;

/// Renders a template into a response, or a plain 500 if the template fails.
pub fn render(lang: Lang, status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            eprintln!(
                "{}",
                t_args(lang, "portail-journal-gabarit", &[("detail", s(e.to_string()))])
            );
            (StatusCode::INTERNAL_SERVER_ERROR, t(lang, "portail-erreur-titre")).into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "portail/message.html")]
struct Message<'a> {
    w: Words,
    title: &'a str,
    text: &'a str,
}

/// A page with a title and one sentence: errors and confirmations.
pub fn message(lang: Lang, status: StatusCode, title: &str, text: &str) -> Response {
    render(
        lang,
        status,
        &Message {
            w: Words(lang),
            title,
            text,
        },
    )
}

/// The result of an upload, as a fragment of the partner's page.
#[derive(Template)]
#[template(path = "portail/resultat.html")]
pub struct UploadResult<'a> {
    pub w: Words,
    pub answer: &'a Answer,
    pub rejected: u64,
    /// "besoins.csv : reçu, 2 lignes à corriger".
    pub heading: String,
    /// The rows read, used and rejected.
    pub counts: String,
}

impl<'a> UploadResult<'a> {
    pub fn of(lang: Lang, answer: &'a Answer) -> UploadResult<'a> {
        let (read, used, rejected) = answer.totals();
        let file = || s(answer.fichier.as_str());
        let heading = if rejected == 0 {
            t_args(lang, "portail-resultat-recu", &[("fichier", file())])
        } else {
            t_args(
                lang,
                "portail-resultat-a-corriger",
                &[("fichier", file()), ("n", n(rejected))],
            )
        };
        let counts = t_args(
            lang,
            "portail-resultat-lignes",
            &[
                ("lues", n(read)),
                ("utilisees", n(used)),
                ("rejetees", n(rejected)),
            ],
        );
        UploadResult {
            w: Words(lang),
            answer,
            rejected,
            heading,
            counts,
        }
    }

    /// The kind of a table (its code in the answer), in words.
    fn kind(&self, code: &str) -> String {
        t(self.w.0, &format!("portail-type-{code}"))
    }
}

/// One current file, on the partner's page.
pub struct FileLine {
    pub name: String,
    pub when: String,
    pub used: i64,
    pub rejected: i64,
}

/// One version, in the partner's history.
pub struct HistoryLine {
    pub period: String,
    pub name: String,
    pub when: String,
    pub read: i64,
    pub rejected: i64,
    pub state: String,
}

#[derive(Template)]
#[template(path = "portail/partenaire.html")]
pub struct PartnerPage {
    pub w: Words,
    pub partner: String,
    /// `/p/TOKEN`: the base of the page's links and forms.
    pub base: String,
    pub period: Option<OpenPeriod>,
    /// The upload result, already rendered (escaped by its own template).
    pub result: Option<String>,
    pub files: Vec<FileLine>,
    pub history: Vec<HistoryLine>,
    /// The period of the partner's sheet, when the last analysis wrote one.
    pub sheet: Option<String>,
    /// The formats accepted and the size limit, under the upload zone.
    pub formats: String,
    /// The section "Nous cherchons des bénévoles", already rendered (escaped by its own
    /// template).
    pub volunteers: String,
}

#[derive(Template)]
#[template(path = "portail/connexion.html")]
pub struct SignIn {
    pub w: Words,
    pub error: Option<String>,
    pub configured: bool,
}

/// One partner on the board.
pub struct BoardRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub slug: String,
    pub files: usize,
    pub last: String,
    pub used: i64,
    pub rejected: i64,
    pub has_link: bool,
}

/// A personal link shown once, after it was issued.
pub struct NewLink {
    pub name: String,
    pub email: String,
    pub url: String,
}

/// The last analysis, on the board.
pub struct LastAnalysis {
    /// "Dernière analyse : 2026-T3, 2026-11-29 14:05 UTC :".
    pub heading: String,
    pub state: String,
    pub message: String,
}

/// A period whose outputs can be read.
pub struct Outputs {
    pub period: String,
    pub sheets: bool,
}

#[derive(Template)]
#[template(path = "portail/tableau.html")]
pub struct Board {
    pub w: Words,
    pub csrf: String,
    pub notice: Option<String>,
    pub period: Option<OpenPeriod>,
    pub rows: Vec<BoardRow>,
    pub sent: usize,
    pub missing: usize,
    /// What follows the number of partners who sent something.
    pub sent_text: String,
    /// What follows the number of those who sent nothing.
    pub missing_text: String,
    pub reminder_button: String,
    pub links: Vec<NewLink>,
    pub reminder: String,
    pub links_rows: usize,
    pub running: bool,
    pub progress: String,
    pub last: Option<LastAnalysis>,
    pub outputs: Vec<Outputs>,
    pub mails: super::courriels::BoardMails,
}

/// A workbook sent as a download; `disposition` is the fixed `Content-Disposition` the
/// code gives (`attachment; filename="…"`).
pub fn xlsx_download(bytes: Vec<u8>, disposition: &'static str) -> Response {
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    );
    h.insert(
        axum::http::header::CONTENT_DISPOSITION,
        axum::http::HeaderValue::from_static(disposition),
    );
    r
}

/// A time of the store as people read it, in the portal's zone and language.
pub fn when(secs: i64) -> String {
    super::time::when(super::time::page_lang(), secs)
}

const CSS: &str = include_str!("../../assets/portail/portail.css");
const JS: &str = include_str!("../../assets/portail/portail.js");

/// The static files and the public guide.
pub fn routes() -> Router<Portal> {
    Router::new()
        .route("/", get(home))
        .route(
            "/static/portail.css",
            get(|| async { with_type(CSS, "text/css; charset=utf-8") }),
        )
        .route(
            "/static/portail.js",
            get(|| async { with_type(JS, "text/javascript; charset=utf-8") }),
        )
        .route("/guide", get(public_guide))
}

fn with_type(body: &'static str, content_type: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

async fn home(State(portal): State<Portal>) -> Response {
    let lang = portal.settings.lang;
    message(
        lang,
        StatusCode::OK,
        &t(lang, "portail-nom"),
        &t(lang, "portail-accueil"),
    )
}

/// The services guide of the last analysis, without sign-in, when the server was started
/// with `--guide-public`: it is the field workers' directory.
async fn public_guide(State(portal): State<Portal>) -> Result<Response> {
    if !portal.settings.public_guide {
        return Err(Error::NotFound);
    }
    let last = portal.store.last_done_period().await?.ok_or(Error::NotFound)?;
    let path = portal.store.sorties_dir().join(last).join("guide/index.html");
    let bytes = tokio::fs::read(&path).await.map_err(|_| Error::NotFound)?;
    Ok(super::coordination::html_output(bytes))
}
