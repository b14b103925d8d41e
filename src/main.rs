//! The `cadastre` binary: parses the command line, runs the subcommand, prints the error
//! chain and exits with a documented code.

use std::process::ExitCode;

use cadastre::cli::{Cli, Command};
use cadastre::config::{
    AnalyseConfig, CompareConfig, GuideConfig, PartnerConfig, TaxonomyConfig, TemplateConfig,
    VolunteersConfig,
};
use cadastre::exit_codes::ExitStatus;

/// mimalloc rather than the system's allocator: a run makes millions of small strings on
/// several threads, and glibc's per-thread heaps grow and shrink by system calls and fresh
/// pages all along (a tenth of a one-million-row run went there).
/// `--features system-allocator` leaves it out, for heap profilers (heaptrack) that see
/// only the system's `malloc`.
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, the same in mimalloc 2
/// and 3; the crate names no constant for it). A test below holds it to its default.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory freed during a run stays with the process instead of going back to the system
/// (mimalloc gives it back as the run goes: 130 MB of it during a one-million-row run). A
/// run lasts seconds and frees as it goes (each file's text, each phase's tables): given
/// back, the next phase had the system hand over fresh pages and zero them again, which on
/// a virtual machine is slow and erratic. Measured in alternating runs: on the 1M corpus,
/// median 0.57 s instead of 0.60 and system time 0.08 s instead of 0.12 (0.12 instead of
/// 0.38 at a busier moment); on 10M, 3.75 s instead of 3.96, 1,596 page faults instead of
/// 19,192, peak memory 720 MB instead of 713.
fn keep_freed_memory() {
    // SAFETY: called first thing in `main`, before any other thread exists (the setter is
    // not thread-safe); it only sets an integer option.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

/// No transparent huge pages for this process. mimalloc asks for them on its arenas
/// (`madvise`), and the kernel then gives and zeroes memory 2 MB at a time on first touch,
/// even where a run uses a few kilobytes of it. Measured on the 1M corpus, alternating
/// runs: system time 0.18-0.28 s instead of 0.74-0.97, peak memory 250-274 MB instead of
/// 312 (perf had a fifth to a third of the samples zeroing huge pages). The flag is read
/// at each page fault, so it holds for the arenas mimalloc reserved before `main`.
#[cfg(target_os = "linux")]
fn without_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes integers only and sets a flag of this process.
    unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
}

#[cfg(not(target_os = "linux"))]
fn without_huge_pages() {}

fn run(cli: Cli) -> anyhow::Result<ExitStatus> {
    match cli.command {
        Command::Analyse(a) => cadastre::cmd::analyse::run(AnalyseConfig::from_args(a)?),
        Command::Compare(a) => cadastre::cmd::compare::run(CompareConfig::from_args(a)?),
        Command::Generate(a) => cadastre::cmd::generate::run(a),
        Command::Guide(a) => cadastre::cmd::guide::run(GuideConfig::from_args(a)?),
        Command::Partner(a) => cadastre::cmd::partner::run(PartnerConfig::from_args(a)?),
        Command::Template(a) => cadastre::cmd::template::run(TemplateConfig::from_args(a)?),
        Command::Taxonomy(a) => cadastre::cmd::taxonomy::run(TaxonomyConfig::from_args(a)?),
        Command::Serve(a) => cadastre::cmd::serve::run(cadastre::config::Settings::from_args(a)?),
        Command::Portal(a) => cadastre::cmd::portal::run(a.command, a.lang),
        Command::Volunteers(a) => cadastre::cmd::volunteers::run(VolunteersConfig::from_args(a)?),
    }
}

fn main() -> ExitCode {
    keep_freed_memory();
    without_huge_pages();
    // The help in the language asked for: the command is built with the catalog's words.
    let cli = cadastre::cli::parse();
    let lang = cli.command.lang();
    match run(cli) {
        Ok(status) => status.into(),
        Err(e) => {
            let message = cadastre::sanitize::one_line(&cadastre::os_error::chain(&e, lang));
            eprintln!(
                "{}",
                cadastre::i18n::t_args(lang, "term-erreur", &[("message", cadastre::i18n::s(message))])
            );
            ExitStatus::Unusable.into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_at_its_place_in_mimalloc() {
        // mimalloc 3 sets `purge_delay` to 1000 ms (options.c): were the enum reordered in a
        // later version, this index would name another option and this would fail.
        // SAFETY: reading an option; the test harness's threads do not set any.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 1000);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_process_runs_without_huge_pages() {
        let status = || std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        if !status().contains("THP_enabled:") {
            return; // a kernel older than 5.0 does not say
        }
        without_huge_pages();
        assert!(status().contains("THP_enabled:\t0"), "{}", status());
    }
}
