//! `cadastre serve`: the pact's portal, until SIGINT or SIGTERM ([`crate::portal`]).

use crate::config::Settings;
use crate::exit_codes::ExitStatus;

pub fn run(settings: Settings) -> anyhow::Result<ExitStatus> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(crate::portal::serve(settings))?;
    Ok(ExitStatus::Success)
}
