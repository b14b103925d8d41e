//! The Conseil du volontariat in the portal (SPEC "Volunteers"): people who want to give
//! time register on the public page `/benevoles` and follow what happens on their own page
//! `/b/TOKEN`; associations post missions on their page `/p/TOKEN`; the coordinator ranks
//! the candidates, proposes, sees the answers and exports the lot for the council's
//! meeting.
//!
//! Privacy by design: a volunteer's name and contact are seen by the coordinator and, once
//! they accept a proposal, by that mission's association only; an erasure leaves no byte
//! of them in the data folder; data not confirmed for 24 months is erased ([`expiry`]).
//!
//! One module per audience ([`public`], [`partner`], [`council`]), the store's tables
//! ([`store`]), the forms' views ([`forms`]), the meeting's workbook ([`export`]), the
//! council's list imported from the terminal ([`import`]) and the e-mails ([`notify`]).

pub mod council;
pub mod expiry;
pub mod export;
pub mod forms;
pub mod import;
pub mod notify;
pub mod partner;
pub mod public;
pub mod store;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Json, Response};
use axum::Router;
use serde::Serialize;

use super::Portal;

pub fn routes() -> Router<Portal> {
    Router::new()
        .merge(public::routes())
        .merge(partner::routes())
        .merge(council::routes())
        .route(
            "/static/benevoles.css",
            axum::routing::get(|| async {
                let mut r = CSS.into_response();
                r.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/css; charset=utf-8"),
                );
                r
            }),
        )
}

const CSS: &str = include_str!("../../../assets/portail/benevoles.css");

/// One problem of a form, as SPEC's JSON answer names it.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub colonne: String,
    pub valeur: String,
    pub raison: String,
}

impl From<crate::volunteers::read::FieldProblem> for Problem {
    fn from(p: crate::volunteers::read::FieldProblem) -> Problem {
        Problem {
            colonne: p.column,
            valeur: p.value,
            raison: p.reason,
        }
    }
}

/// The 422 answer for a script: `{"rejets": [{"colonne", "valeur", "raison"}]}`.
pub fn rejected_json(problems: &[Problem]) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(serde_json::json!({ "rejets": problems })),
    )
        .into_response()
}

/// A form's fields as posted (`application/x-www-form-urlencoded`), in order, lists as
/// repeated fields; `None` when the body is not such a form.
pub fn posted_fields(body: &[u8]) -> Option<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body).ok()
}

/// The fields the reading takes: every field but the form's own (`consentement`, `csrf`),
/// a repeated field's values joined by `|` as a cell of the council's list would hold
/// them, empty values left out.
pub fn columns(fields: &[(String, String)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (name, value) in fields {
        if name == "consentement" || name == "csrf" {
            continue;
        }
        let value = value.trim();
        match out.iter_mut().find(|(n, _)| n == name) {
            Some((_, joined)) if !value.is_empty() => {
                if !joined.is_empty() {
                    joined.push('|');
                }
                joined.push_str(value);
            }
            Some(_) => {}
            None => out.push((name.clone(), value.to_string())),
        }
    }
    out
}

/// The first value of a field.
pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn repeated_fields_become_one_cell() {
        let fields = f(&[
            ("benevole", " Marie "),
            ("besoins", "taxi-social"),
            ("consentement", "oui"),
            ("besoins", ""),
            ("besoins", "isolement"),
            ("disponibilites", "mar-apres-midi"),
            ("csrf", "x"),
        ]);
        assert_eq!(
            columns(&fields),
            f(&[
                ("benevole", "Marie"),
                ("besoins", "taxi-social|isolement"),
                ("disponibilites", "mar-apres-midi"),
            ])
        );
        assert_eq!(field(&fields, "consentement"), Some("oui"));
        assert_eq!(posted_fields(b"a=1&a=2&b=%C3%A9").map(|v| v.len()), Some(3));
    }
}
