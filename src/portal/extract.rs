//! Authentication as extractors: a handler that takes a [`PartnerLink`] runs only for a
//! valid personal link, one that takes a [`Coordinator`] only within a session, and one
//! that takes a [`Posted`] form only with the session's CSRF value as well.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{FromRef, FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::{Error, Result};
use super::security;
use super::store::Partner;
use super::Portal;
use crate::error::Said;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "cadastre_session";

/// The partner whose personal link is in the path (`/p/{token}/…`), and that link's path
/// (`/p/{token}`), the base of its pages' links.
pub struct PartnerLink {
    pub partner: Partner,
    pub base: String,
}

impl<S: Send + Sync> FromRequestParts<S> for PartnerLink
where
    Portal: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let portal = Portal::from_ref(state);
        let token = token_in_path(parts, state).await?;
        match portal.store.partner_by_token(&token).await? {
            Some(partner) => Ok(PartnerLink {
                partner,
                base: format!("/p/{token}"),
            }),
            None => Err(Error::NotFound),
        }
    }
}

/// The `{token}` of a personal link's path (`/p/…`, `/b/…`); without one, not found.
pub async fn token_in_path<S: Send + Sync>(parts: &mut Parts, state: &S) -> Result<String> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| Error::NotFound)?;
    params.get("token").cloned().ok_or(Error::NotFound)
}

/// A signed-in coordinator: the session's cookie value and its CSRF value.
pub struct Coordinator {
    pub session: String,
    pub csrf: String,
    /// The request carried the CSRF value in `X-CSRF-Token`.
    header_ok: bool,
}

impl Coordinator {
    /// Passes when the request carried the session's CSRF value, in the header or in the
    /// form field `field`.
    pub fn check_csrf(&self, field: Option<&str>) -> Result<()> {
        let field_ok = field.is_some_and(|f| security::same(f.as_bytes(), self.csrf.as_bytes()));
        if self.header_ok || field_ok {
            Ok(())
        } else {
            Err(Error::Csrf)
        }
    }
}

/// The value of a cookie in the request.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl<S: Send + Sync> FromRequestParts<S> for Coordinator
where
    Portal: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let portal = Portal::from_ref(state);
        let session = cookie(parts, SESSION_COOKIE)
            .ok_or(Error::SignInFirst)?
            .to_string();
        let csrf = portal
            .store
            .session_csrf(&session)
            .await?
            .ok_or(Error::SignInFirst)?;
        let header_ok = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| security::same(v.as_bytes(), csrf.as_bytes()));
        Ok(Coordinator {
            session,
            csrf,
            header_ok,
        })
    }
}

/// A coordinator's form (`application/x-www-form-urlencoded`), accepted only with the
/// session's CSRF value.
pub struct Posted<T> {
    pub who: Coordinator,
    pub form: T,
}

/// Forms are small: a CSV of partners at most.
const FORM_LIMIT: usize = 1024 * 1024;

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Posted<T>
where
    Portal: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request(req: Request, state: &S) -> Result<Self> {
        let (mut parts, body) = req.into_parts();
        let who = Coordinator::from_request_parts(&mut parts, state).await?;
        let bytes: Bytes = axum::body::to_bytes(body, FORM_LIMIT)
            .await
            .map_err(|_| Error::refused("portail-formulaire-trop-long"))?;
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let csrf = fields.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str());
        who.check_csrf(csrf)?;
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|e| {
            Error::Refused(Said::of("portail-formulaire-incomplet").text("detail", e.to_string()))
        })?;
        Ok(Posted { who, form })
    }
}
