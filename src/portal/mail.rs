//! E-mail through the commune's SMTP relay (lettre, on the portal's tokio): the relay's
//! settings (`cadastre portail courriel`, kept in the store's `reglages`) and the sending
//! of one letter, plain text and HTML. What a letter says is the caller's: the partners'
//! invitations and reminders ([`super::invitations`]), the volunteers' mails.
//!
//! The whole public API:
//! - [`Relay::load`] the relay the coordinator configured (`None` when there is none);
//! - [`send`] one [`Letter`] through it: `Ok` when the relay accepted it, else the relay's
//!   own answer (or why it could not be reached), one line, to record and show.

use std::time::Duration;

use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::store::Store;

/// How the connection to the relay is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Security {
    // Plain connection upgraded by STARTTLS, which the relay must offer (port 587).
    Starttls,
    // TLS from the first byte (SMTPS, port 465).
    Tls,
    // No encryption: a relay on the same machine or network only.
    #[value(name = "aucune", alias = "none")]
    None,
}

impl Security {
    /// The name `--securite` takes.
    pub fn code(self) -> &'static str {
        match self {
            Security::Starttls => "starttls",
            Security::Tls => "tls",
            Security::None => "aucune",
        }
    }
}

/// The relay and the public address the links start with.
#[derive(Debug, Clone)]
pub struct Relay {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The `From:` address.
    pub sender: String,
    /// User name and password, when the relay asks for them.
    pub login: Option<(String, String)>,
    /// The portal's public address, without the trailing `/` (`https://cadastre.commune.be`).
    pub url: String,
}

/// One mail: its recipient, subject, and the same words as plain text and as HTML.
#[derive(Debug, Clone)]
pub struct Letter {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// How long the relay may take to answer each step.
const TIMEOUT: Duration = Duration::from_secs(30);

const KEYS: [&str; 7] = [
    "courriel_hote",
    "courriel_port",
    "courriel_securite",
    "courriel_expediteur",
    "courriel_utilisateur",
    "courriel_mot_de_passe",
    "courriel_url",
];

impl Relay {
    /// The relay configured in the store, if any.
    pub async fn load(store: &Store) -> anyhow::Result<Option<Relay>> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT cle, valeur FROM reglages WHERE cle LIKE 'courriel_%'")
                .fetch_all(&store.db)
                .await?;
        let get = |k: &str| rows.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let (Some(host), Some(port), Some(sender), Some(url)) = (
            get(KEYS[0]),
            get(KEYS[1]).and_then(|p| p.parse().ok()),
            get(KEYS[3]),
            get(KEYS[6]),
        ) else {
            return Ok(None);
        };
        let security = match get(KEYS[2]).as_deref() {
            Some("tls") => Security::Tls,
            Some("aucune") => Security::None,
            _ => Security::Starttls,
        };
        let login = get(KEYS[4]).zip(get(KEYS[5]));
        Ok(Some(Relay {
            host,
            port,
            security,
            sender,
            login,
            url,
        }))
    }

    /// Replaces the stored relay by this one.
    pub async fn save(&self, store: &Store) -> anyhow::Result<()> {
        let (user, password) = match &self.login {
            Some((u, p)) => (Some(u.clone()), Some(p.clone())),
            None => (None, None),
        };
        let values = [
            Some(self.host.clone()),
            Some(self.port.to_string()),
            Some(self.security.code().to_string()),
            Some(self.sender.clone()),
            user,
            password,
            Some(self.url.trim_end_matches('/').to_string()),
        ];
        let mut tx = store.db.begin().await?;
        sqlx::query("DELETE FROM reglages WHERE cle LIKE 'courriel_%'")
            .execute(&mut *tx)
            .await?;
        for (key, value) in KEYS.iter().zip(values) {
            if let Some(value) = value {
                sqlx::query("INSERT INTO reglages (cle, valeur) VALUES (?, ?)")
                    .bind(key)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    fn transport(&self) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
        let tls = || TlsParameters::new(self.host.clone()).map_err(|e| e.to_string());
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(self.host.as_str())
            .port(self.port)
            .timeout(Some(TIMEOUT))
            .tls(match self.security {
                Security::Starttls => Tls::Required(tls()?),
                Security::Tls => Tls::Wrapper(tls()?),
                Security::None => Tls::None,
            });
        if let Some((user, password)) = &self.login {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(builder.build())
    }
}

/// Sends `letter` through `relay`: `Err` holds the relay's refusal or why it could not be
/// reached, on one line.
pub async fn send(relay: &Relay, letter: &Letter) -> Result<(), String> {
    let mailbox = |a: &str| a.parse::<Mailbox>().map_err(|e| format!("{a}: {e}"));
    let message = Message::builder()
        .from(mailbox(&relay.sender)?)
        .to(mailbox(&letter.to)?)
        .subject(letter.subject.as_str())
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(letter.text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(letter.html.clone()),
                ),
        )
        .map_err(|e| e.to_string())?;
    let transport = relay.transport()?;
    match transport.send(message).await {
        Ok(_) => Ok(()),
        Err(e) => Err(crate::sanitize::one_line(&e.to_string())),
    }
}
