//! `cadastre portail …`: the portal's settings from the terminal, whether the server runs
//! or not: the coordinator's password, the open period, partners and their links. Each
//! creates the data folder and its database on first use.

use std::io::BufRead as _;

use crate::cli::PortalCommand;
use crate::error::UsageError;
use crate::exit_codes::ExitStatus;
use crate::i18n::{n, s, t, t_args};
use crate::model::Lang;
use crate::portal::backup;
use crate::portal::invitations::{self, Outcome};
use crate::portal::mail::{Relay, Security};
use crate::portal::store::Partner;
use crate::portal::{security, store::Store};

/// Shortest password that draws no warning.
const ADVISED_LENGTH: usize = 12;

/// `asked` is the `--langue` given, if any: with `partenaire`, also the partner's language.
pub fn run(command: PortalCommand, asked: Option<Lang>) -> anyhow::Result<ExitStatus> {
    let lang = asked.unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        match command {
            PortalCommand::Coordination { data } => set_password(&Store::open(&data.data).await?, lang).await,
            PortalCommand::Period {
                data,
                period,
                deadline,
            } => {
                let deadline = match deadline
                    .as_deref()
                    .map(crate::portal::coordination::valid_deadline)
                {
                    Some(Err(e)) => anyhow::bail!("{e}"),
                    Some(Ok(d)) => d,
                    None => None,
                };
                Store::open(&data.data)
                    .await?
                    .open_period(period, deadline.as_deref())
                    .await?;
                println!(
                    "{}",
                    t_args(
                        lang,
                        "term-portail-periode",
                        &[("periode", s(period.to_string()))]
                    )
                );
                Ok(ExitStatus::Success)
            }
            PortalCommand::Partner { data, name, email } => {
                let store = Store::open(&data.data).await?;
                let (partner, token) = store.register(&name, email.as_deref()).await?;
                if let Some(asked) = asked {
                    invitations::set_partner_lang(&store, partner.id, asked).await?;
                }
                println!("/p/{token}");
                Ok(ExitStatus::Success)
            }
            PortalCommand::Volunteers { data, file, taxonomy } => {
                import_volunteers(&Store::open(&data.data).await?, &file, taxonomy.as_deref(), lang).await
            }
            PortalCommand::Mail {
                data,
                server,
                sender,
                url,
                security,
                user,
            } => {
                let relay = relay_from_args(lang, &server, &sender, &url, security, user)?;
                relay.save(&Store::open_in(&data.data, lang).await?).await?;
                let (host, port) = (relay.host.as_str(), relay.port);
                println!(
                    "{}",
                    t_args(
                        lang,
                        "courriel-configure",
                        &[
                            ("serveur", s(format!("{host}:{port}"))),
                            ("securite", s(security.code())),
                            ("expediteur", s(relay.sender.as_str())),
                            ("url", s(relay.url.as_str())),
                        ]
                    )
                );
                Ok(ExitStatus::Success)
            }
            PortalCommand::Invite { data, names } => {
                let store = Store::open_in(&data.data, lang).await?;
                let partners = invitations::chosen(&store, &names).await?;
                send_all(&store, lang, &partners, invitations::Kind::Invitation).await
            }
            PortalCommand::Backup { data, to } => {
                let (files, bytes) = backup::save(&data.data, &to, lang).await?;
                println!("{}", backup::saved_line(lang, &to, files, bytes));
                Ok(ExitStatus::Success)
            }
            PortalCommand::Restore { from, data } => {
                let files = backup::restore(&from, &data.data, lang).await?;
                let at = s(data.data.display().to_string());
                println!(
                    "{}",
                    t_args(lang, "restauration-faite", &[("chemin", at), ("n", n(files))])
                );
                Ok(ExitStatus::Success)
            }
            PortalCommand::Remind { data } => {
                let store = Store::open_in(&data.data, lang).await?;
                let (_, partners) = invitations::silent(&store).await?;
                send_all(&store, lang, &partners, invitations::Kind::Reminder).await
            }
        }
    })
}

/// `cadastre portail benevoles`: the council's list into the portal; one line per new
/// volunteer on standard output (their link, a tab, their name), the rest on standard
/// error.
async fn import_volunteers(
    store: &Store,
    file: &std::path::Path,
    taxonomy: Option<&std::path::Path>,
    lang: Lang,
) -> anyhow::Result<ExitStatus> {
    let tax = match taxonomy {
        Some(path) => {
            crate::taxonomy::Taxonomy::load(path, lang).map_err(|e| anyhow::anyhow!(e.message(lang)))?
        }
        None => crate::taxonomy::Taxonomy::default_embedded(),
    };
    let done =
        crate::portal::volunteers::import::import(store, file, &tax, lang, crate::portal::store::now())
            .await?;
    for (name, link) in &done.links {
        println!("{link}\t{}", crate::sanitize::one_line(name));
    }
    for r in &done.roster.rejections {
        eprintln!(
            "{}",
            t_args(
                lang,
                "pb-import-rejet",
                &[
                    ("fichier", s(r.place.file.as_str())),
                    ("feuille", s(r.place.sheet.as_str())),
                    ("ligne", s(r.line.map(|l| l.to_string()).unwrap_or_default())),
                    ("colonne", s(r.column.as_str())),
                    (
                        "valeur",
                        s(crate::portal::volunteers::public::quoted(
                            &crate::sanitize::one_line(&r.value)
                        ))
                    ),
                    ("raison", s(crate::sanitize::one_line(&r.reason))),
                ]
            )
        );
    }
    for name in &done.known {
        eprintln!(
            "{}",
            t_args(
                lang,
                "pb-import-deja",
                &[("nom", s(crate::sanitize::one_line(name)))]
            )
        );
    }
    eprintln!(
        "{}",
        t_args(
            lang,
            "pb-import-resume",
            &[
                ("n", n(done.links.len() as u64)),
                ("deja", n(done.known.len() as u64)),
                ("rejets", n(done.roster.rejections.len() as u64)),
            ]
        )
    );
    Ok(ExitStatus::Success)
}

async fn set_password(store: &Store, lang: Lang) -> anyhow::Result<ExitStatus> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let password = line.trim_end_matches(['\n', '\r']).to_string();
    if password.is_empty() {
        return Err(UsageError::NoPassword.into());
    }
    if password.chars().count() < ADVISED_LENGTH {
        eprintln!(
            "{}",
            t_args(
                lang,
                "term-portail-mot-de-passe-court",
                &[("n", n(ADVISED_LENGTH as u64))]
            )
        );
    }
    let phc = tokio::task::spawn_blocking(move || security::hash_password(&password)).await??;
    store.set_password_hash(&phc).await?;
    eprintln!("{}", t(lang, "term-portail-mot-de-passe"));
    Ok(ExitStatus::Success)
}

/// Mails each partner, one line each; 1 when any sending failed.
async fn send_all(
    store: &Store,
    lang: Lang,
    partners: &[Partner],
    kind: invitations::Kind,
) -> anyhow::Result<ExitStatus> {
    let Some(relay) = Relay::load(store).await? else {
        anyhow::bail!(t(lang, "courriel-non-configure"));
    };
    let mut failed = false;
    for partner in partners {
        let outcome = invitations::send_link(store, &relay, partner, kind, None).await?;
        failed |= matches!(outcome, Outcome::Failed { .. });
        println!("{}", invitations::line(lang, partner, &outcome));
    }
    Ok(if failed {
        ExitStatus::SendingFailed
    } else {
        ExitStatus::Success
    })
}

/// The relay `cadastre portail courriel` describes, checked; the password from stdin.
fn relay_from_args(
    lang: Lang,
    server: &str,
    sender: &str,
    url: &str,
    security: Security,
    user: Option<String>,
) -> anyhow::Result<Relay> {
    let bad = |id: &str, value: &str| anyhow::anyhow!(t_args(lang, id, &[("valeur", s(value.to_string()))]));
    let (host, port) = server
        .rsplit_once(':')
        .and_then(|(h, p)| Some((h.trim_matches(['[', ']']), p.parse::<u16>().ok()?)))
        .filter(|(h, _)| !h.is_empty())
        .ok_or_else(|| bad("courriel-serveur-invalide", server))?;
    if sender.parse::<lettre::message::Mailbox>().is_err() {
        return Err(bad("courriel-expediteur-invalide", sender));
    }
    let url = url.trim().trim_end_matches('/');
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
        return Err(bad("courriel-url-invalide", url));
    }
    let login = match user {
        Some(user) => {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            let password = line.trim_end_matches(['\n', '\r']).to_string();
            if password.is_empty() {
                anyhow::bail!(t_args(
                    lang,
                    "courriel-mot-de-passe-vide",
                    &[("utilisateur", s(user))]
                ));
            }
            Some((user, password))
        }
        None => None,
    };
    Ok(Relay {
        host: host.to_string(),
        port,
        security,
        sender: sender.to_string(),
        login,
        url: url.to_string(),
    })
}
