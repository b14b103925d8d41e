//! The portal's one error type: each refusal SPEC lists has its variant, and each variant
//! its status code and page. Internal errors are logged without their details reaching the
//! client (no path, no SQL, no token).

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::pages;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Unknown or revoked link, another partner's file, an unknown page: 404, never the data.
    #[error("introuvable")]
    NotFound,
    /// A coordinator page without a session: to the sign-in page.
    #[error("connexion requise")]
    SignInFirst,
    /// A state-changing request without the session's CSRF value.
    #[error("jeton de formulaire manquant ou périmé")]
    Csrf,
    /// An upload over `--max-depot`.
    #[error("fichier trop volumineux")]
    TooLarge { max: u64 },
    /// Five wrong passwords within a minute.
    #[error("trop de tentatives")]
    TooManyAttempts { wait_secs: u64 },
    /// A request the user can fix, with the sentence that says how.
    #[error("{0}")]
    Refused(String),
    /// No period is open: nothing can be submitted.
    #[error("aucune période ouverte")]
    NoOpenPeriod,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
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
        Error::Internal(anyhow::anyhow!("tâche interrompue : {e}"))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, title, text) = match &self {
            Error::SignInFirst => return Redirect::to("/connexion").into_response(),
            Error::NotFound => (
                StatusCode::NOT_FOUND,
                "Page introuvable",
                "Cette adresse ne mène à rien : le lien est peut-être incomplet, ou il a été remplacé par un nouveau. Demandez votre lien à la coordination.".to_string(),
            ),
            Error::Csrf => (
                StatusCode::FORBIDDEN,
                "Formulaire périmé",
                "Ce formulaire a expiré. Revenez à la page précédente, rechargez-la et recommencez.".to_string(),
            ),
            Error::TooLarge { max } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "Fichier trop volumineux",
                format!(
                    "Le fichier dépasse la taille permise ({} Mo) : il n'a pas été enregistré. Un tableau de besoins et de services pèse bien moins ; enregistrez-le sans images ni feuilles superflues.",
                    max / 1_000_000
                ),
            ),
            Error::TooManyAttempts { wait_secs } => {
                let mut r = pages::message(
                    StatusCode::TOO_MANY_REQUESTS,
                    "Trop de tentatives",
                    &format!("Cinq mots de passe erronés en une minute : réessayez dans {wait_secs} secondes."),
                );
                if let Ok(v) = wait_secs.to_string().parse() {
                    r.headers_mut().insert(header::RETRY_AFTER, v);
                }
                return r;
            }
            Error::Refused(why) => (StatusCode::BAD_REQUEST, "Demande refusée", why.clone()),
            Error::NoOpenPeriod => (
                StatusCode::CONFLICT,
                "Aucune période ouverte",
                "La coordination n'a pas encore ouvert de période pour les dépôts : le fichier n'a pas été enregistré.".to_string(),
            ),
            Error::Internal(e) => {
                eprintln!("cadastre serve : erreur : {}", crate::sanitize::one_line(&format!("{e:#}")));
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Erreur du serveur",
                    "Le serveur n'a pas pu terminer cette demande. Réessayez ; si cela se répète, prévenez la coordination.".to_string(),
                )
            }
        };
        pages::message(status, title, &text)
    }
}
