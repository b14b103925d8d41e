//! `cadastre portail …`: the portal's settings from the terminal, whether the server runs
//! or not: the coordinator's password, the open period, partners and their links. Each
//! creates the data folder and its database on first use.

use std::io::BufRead as _;

use crate::cli::PortalCommand;
use crate::error::UsageError;
use crate::exit_codes::ExitStatus;
use crate::i18n::{n, s, t, t_args};
use crate::model::Lang;
use crate::portal::{security, store::Store};

/// Shortest password that draws no warning.
const ADVISED_LENGTH: usize = 12;

pub fn run(command: PortalCommand, lang: Lang) -> anyhow::Result<ExitStatus> {
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
                let (_, token) = Store::open(&data.data)
                    .await?
                    .register(&name, email.as_deref())
                    .await?;
                println!("/p/{token}");
                Ok(ExitStatus::Success)
            }
            PortalCommand::Volunteers { data, file, taxonomy } => {
                import_volunteers(&Store::open(&data.data).await?, &file, taxonomy.as_deref(), lang).await
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
