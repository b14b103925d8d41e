//! The `cadastre` binary: parses the command line, runs the subcommand, prints the error
//! chain and exits with a documented code.

use std::process::ExitCode;

use clap::Parser;

use cadastre::cli::{Cli, Command};
use cadastre::config::{AnalyseConfig, CompareConfig, GuideConfig, TaxonomyConfig, TemplateConfig};
use cadastre::exit_codes::ExitStatus;

/// mimalloc rather than the system's allocator: a run makes millions of small strings on
/// several threads, and glibc's per-thread heaps grow and shrink by system calls and fresh
/// pages all along (a tenth of a one-million-row run went there).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn run() -> anyhow::Result<ExitStatus> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyse(a) => cadastre::cmd::analyse::run(AnalyseConfig::from_args(a)?),
        Command::Compare(a) => cadastre::cmd::compare::run(CompareConfig::from_args(a)?),
        Command::Generate(a) => cadastre::cmd::generate::run(a),
        Command::Guide(a) => cadastre::cmd::guide::run(GuideConfig::from_args(a)?),
        Command::Template(a) => cadastre::cmd::template::run(TemplateConfig::from_args(a)?),
        Command::Taxonomy(a) => cadastre::cmd::taxonomy::run(TaxonomyConfig::from_args(a)?),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(status) => status.into(),
        Err(e) => {
            eprintln!(
                "cadastre : erreur : {}",
                cadastre::sanitize::one_line(&format!("{e:#}"))
            );
            ExitStatus::Unusable.into()
        }
    }
}
