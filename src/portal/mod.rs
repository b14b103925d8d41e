//! The pact's portal (`cadastre serve`): partners drop their spreadsheet on their own page
//! and see at once which rows will not count and why; the coordinator follows who has sent
//! what, runs the quarter's analysis and reads its outputs, all in a browser.
//!
//! One module per audience, each with its routes and handlers ([`partner`],
//! [`coordination`]); one error type that turns into responses ([`error`]); authentication
//! as extractors ([`extract`]): a handler that needs a session or a partner's link cannot
//! run without one. CPU-heavy work (argon2, validating a workbook, the analysis) runs off
//! the async threads. Everything lives in the data folder ([`store`]).

pub mod analysis;
pub mod backup;
pub mod client;
pub mod coordination;
pub mod courriels;
pub mod error;
pub mod extract;
pub mod invitations;
pub mod log;
pub mod mail;
pub mod pages;
pub mod partner;
pub mod security;
pub mod store;
pub mod time;
pub mod upload;
pub mod volunteers;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;

use crate::i18n::{s, t_args};
use crate::model::Lang;
use crate::taxonomy::Taxonomy;

/// What the portal is started with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub dir: PathBuf,
    pub address: SocketAddr,
    /// Largest upload accepted, in bytes (SPEC: `--max-depot`, default 20 MB).
    pub max_upload: u64,
    /// Serve the last analysis' services guide at `/guide` without sign-in.
    pub public_guide: bool,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
    /// Days before the deadline the reminders go out on their own (`--rappels 7,2`).
    pub reminders: Vec<i64>,
    /// The zone of the times people read (`--fuseau`).
    pub zone: jiff::tz::TimeZone,
    /// The reverse proxy trusted for `X-Forwarded-For` (`--proxy`).
    pub proxy: Option<std::net::IpAddr>,
}

/// The state every handler shares.
#[derive(Clone)]
pub struct Portal {
    pub store: store::Store,
    pub settings: Arc<Settings>,
    pub throttle: Arc<security::Throttle>,
    /// Registrations on the public volunteers' form, per address.
    pub registrations: Arc<security::Quota>,
    /// Held while files are moved into or out of `depots/`, and while an analysis takes
    /// its snapshot of them: an analysis reads a consistent set of files.
    pub files: Arc<tokio::sync::Mutex<()>>,
    /// Validations running at once: a hostile workbook takes one slot, not the server.
    pub validations: Arc<tokio::sync::Semaphore>,
    pub analysis: Arc<analysis::Runner>,
}

impl Portal {
    pub async fn new(settings: Settings) -> anyhow::Result<Portal> {
        time::set_zone(settings.zone.clone());
        time::set_page_lang(settings.lang);
        let store = store::Store::open_in(&settings.dir, settings.lang).await?;
        store.interrupted_analyses().await?;
        upload::clean_tmp(&settings.dir);
        let slots = std::thread::available_parallelism().map_or(2, |n| n.get()).max(2);
        Ok(Portal {
            store,
            settings: Arc::new(settings),
            throttle: Arc::default(),
            registrations: Arc::new(security::Quota::registrations()),
            files: Arc::default(),
            validations: Arc::new(tokio::sync::Semaphore::new(slots)),
            analysis: Arc::default(),
        })
    }
}

/// Room for the multipart envelope around the file itself.
const ENVELOPE: u64 = 64 * 1024;

/// Every route, with the security headers on every response.
pub fn router(portal: Portal) -> Router {
    let upload_limit = (portal.settings.max_upload + ENVELOPE) as usize;
    Router::new()
        .merge(partner::routes())
        .merge(coordination::routes())
        .merge(courriels::routes())
        .merge(pages::routes())
        .merge(volunteers::routes())
        .layer(DefaultBodyLimit::max(upload_limit))
        .layer(axum::middleware::from_fn_with_state(
            portal.clone(),
            error::localize,
        ))
        .layer(axum::middleware::from_fn(headers))
        .layer(axum::middleware::from_fn_with_state(portal.clone(), client::hsts))
        .layer(axum::middleware::from_fn(log::requests))
        .with_state(portal)
}

async fn headers(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    security::add_headers(response.headers_mut());
    response
}

/// Serves until SIGINT or SIGTERM; requests in flight (uploads among them) finish first.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    let (address, lang) = (settings.address, settings.lang);
    log::init();
    let portal = Portal::new(settings).await?;
    invitations::spawn_reminders(&portal);
    let listener = tokio::net::TcpListener::bind(address).await.map_err(|e| {
        anyhow::anyhow!(t_args(
            lang,
            "portail-adresse-indisponible",
            &[("adresse", s(address.to_string())), ("detail", s(e.to_string()))]
        ))
    })?;
    let local = listener.local_addr()?;
    // Printed, not logged: scripts read the address from this line (a closed output is no
    // reason to stop serving).
    let url = format!("http://{local}/coordination");
    say(&t_args(lang, "portail-ouvert", &[("adresse", s(url))]));
    tokio::spawn(volunteers::expiry::every_hour(portal.clone()));
    let app = router(portal).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(stop_signal())
        .await?;
    say(&crate::i18n::t(lang, "portail-arrete"));
    Ok(())
}

fn say(line: &str) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
