//! The portal's one error type: each refusal SPEC lists has its variant, and each variant
//! its status code and page. Internal errors are logged without their details reaching the
//! client (no path, no SQL, no token).
//!
//! An error does not know the server's language: its page is written in the default one
//! when it becomes a response, and written again in the server's language by the
//! middleware [`localize`], which reads the [`Unwritten`] page the response carries.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::pages;
use super::Portal;
use crate::error::Said;
use crate::i18n::{s, t, t_args};
use crate::model::Lang;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Unknown or revoked link, another partner's file, an unknown page: 404, never the data.
    #[error("{}", Said::of("portail-introuvable-titre"))]
    NotFound,
    /// A coordinator page without a session: to the sign-in page.
    #[error("{}", Said::of("portail-connexion-titre"))]
    SignInFirst,
    /// A state-changing request without the session's CSRF value.
    #[error("{}", Said::of("portail-perime-titre"))]
    Csrf,
    /// An upload over `--max-depot`.
    #[error("{}", Said::of("portail-trop-gros-titre"))]
    TooLarge { max: u64 },
    /// Five wrong passwords within a minute.
    #[error("{}", Said::of("portail-tentatives-titre"))]
    TooManyAttempts { wait_secs: u64 },
    /// A request the user can fix, with the sentence that says how.
    #[error("{0}")]
    Refused(Said),
    /// No period is open: nothing can be submitted.
    #[error("{}", Said::of("portail-sans-periode-titre"))]
    NoOpenPeriod,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl Error {
    /// A refusal with a sentence of the catalog.
    pub fn refused(id: &'static str) -> Error {
        Error::Refused(Said::of(id))
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Error {
        Error::Internal(e.into())
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Internal(e.into())
    }
}

impl From<tokio::task::JoinError> for Error {
    fn from(e: tokio::task::JoinError) -> Error {
        Error::Internal(e.into())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error's page, to be written in the server's language: its status, title and text,
/// and the line for the server's log.
#[derive(Debug, Clone)]
pub struct Unwritten {
    status: StatusCode,
    title: &'static str,
    text: Said,
    log: Option<Arc<String>>,
}

impl Unwritten {
    fn of(error: &Error) -> Option<Unwritten> {
        let (status, title, text) = match error {
            Error::SignInFirst => return None,
            Error::NotFound => (
                StatusCode::NOT_FOUND,
                "portail-introuvable-titre",
                Said::of("portail-introuvable"),
            ),
            Error::Csrf => (
                StatusCode::FORBIDDEN,
                "portail-perime-titre",
                Said::of("portail-perime"),
            ),
            Error::TooLarge { max } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "portail-trop-gros-titre",
                Said::of("portail-trop-gros").megabytes("mo", *max),
            ),
            Error::TooManyAttempts { wait_secs } => (
                StatusCode::TOO_MANY_REQUESTS,
                "portail-tentatives-titre",
                Said::of("portail-tentatives").count("secondes", *wait_secs),
            ),
            Error::Refused(why) => (StatusCode::BAD_REQUEST, "portail-refus-titre", why.clone()),
            Error::NoOpenPeriod => (
                StatusCode::CONFLICT,
                "portail-sans-periode-titre",
                Said::of("portail-sans-periode"),
            ),
            Error::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "portail-erreur-titre",
                Said::of("portail-erreur"),
            ),
        };
        let log = match error {
            Error::Internal(e) => Some(Arc::new(crate::sanitize::one_line(&format!("{e:#}")))),
            _ => None,
        };
        Some(Unwritten {
            status,
            title,
            text,
            log,
        })
    }

    /// The page in `lang`.
    fn page(&self, lang: Lang) -> Response {
        pages::message(lang, self.status, &t(lang, self.title), &self.text.words(lang))
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let Some(unwritten) = Unwritten::of(&self) else {
            return Redirect::to("/connexion").into_response();
        };
        let mut r = unwritten.page(Lang::default());
        if let Error::TooManyAttempts { wait_secs } = self {
            if let Ok(v) = wait_secs.to_string().parse() {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        r.extensions_mut().insert(unwritten);
        r
    }
}

/// Writes an error's page again in the server's language (keeping its status and headers),
/// and logs the details of an internal error.
pub async fn localize(State(portal): State<Portal>, req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    let Some(unwritten) = response.extensions().get::<Unwritten>().cloned() else {
        return response;
    };
    let lang = portal.settings.lang;
    if let Some(detail) = &unwritten.log {
        eprintln!(
            "{}",
            t_args(lang, "portail-journal-erreur", &[("detail", s(detail.as_str()))])
        );
    }
    let (parts, _) = response.into_parts();
    let mut page = unwritten.page(lang);
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            page.headers_mut().insert(name.clone(), value.clone());
        }
    }
    page
}
