//! The server's log on standard error (journald keeps it under systemd): one line per
//! request (time, method, path, status, duration) and the analysis and mail events, by
//! `tracing`. What never appears: a personal link's token (the segment after `/p/` or
//! `/b/`, and anything shaped like a token, is written `…`), the query string, a password
//! or a file's content (no body is ever logged).

use std::time::Instant;

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

use super::invitations::Outcome;

/// Starts the log (once per process; a second call changes nothing).
pub fn init() {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false)
        .try_init();
}

/// The path as the log writes it: personal tokens masked.
pub fn mask(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut previous = "";
    for (i, segment) in path.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        let personal = i == 2 && matches!(previous, "p" | "b") && !segment.is_empty();
        if personal || looks_secret(segment) {
            out.push('…');
        } else {
            out.push_str(segment);
        }
        previous = segment;
    }
    out
}

/// A long run of hex digits or base64 letters: a token wherever it is.
fn looks_secret(segment: &str) -> bool {
    segment.len() >= 32
        && segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && segment.bytes().filter(u8::is_ascii_digit).count() >= 8
}

/// The middleware writing one line per request.
pub async fn requests(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = mask(req.uri().path());
    let response = next.run(req).await;
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    tracing::info!("{method} {path} {} {ms:.1}ms", response.status().as_u16());
    response
}

/// A mail's outcome: the partner's slug, never the link.
pub fn mail(kind: &str, partner: &str, outcome: &Outcome) {
    match outcome {
        Outcome::Sent { .. } => tracing::info!(courriel = kind, partenaire = partner, etat = "envoye"),
        Outcome::NoAddress => tracing::info!(courriel = kind, partenaire = partner, etat = "sans-adresse"),
        Outcome::Failed { error, .. } => {
            tracing::warn!(courriel = kind, partenaire = partner, etat = "echec", erreur = %error)
        }
    }
}

/// An analysis' start or end.
pub fn analysis(period: &str, state: &str) {
    tracing::info!(analyse = period, etat = state);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_never_reach_the_log() {
        let token = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assert_eq!(mask(&format!("/p/{token}")), "/p/…");
        assert_eq!(mask(&format!("/p/{token}/depot")), "/p/…/depot");
        assert_eq!(mask("/b/anything-at-all/inscription"), "/b/…/inscription");
        assert_eq!(mask(&format!("/autre/{token}")), "/autre/…");
        assert_eq!(
            mask("/coordination/sorties/2026-T1/rapport.html"),
            "/coordination/sorties/2026-T1/rapport.html"
        );
        assert_eq!(mask("/p/"), "/p/");
        assert_eq!(mask("/"), "/");
    }
}
