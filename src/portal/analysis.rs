//! The portal's analysis of the open period, in the background: a snapshot of
//! `depots/PERIOD/` is taken (hard links, under the files lock, so uploads that arrive
//! meanwhile go to the next analysis), then the same stages as `cadastre analyse` publish
//! `sorties/PERIOD/`. One analysis runs at a time; its progress is shown on the board.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::error::{Error, Result};
use super::Portal;
use crate::period::Period;
use crate::pipeline::Progress;

/// The analysis in flight, if any, and its progress.
#[derive(Default)]
pub struct Runner {
    running: AtomicBool,
    pub progress: std::sync::Mutex<Option<Arc<Progress>>>,
}

impl Runner {
    pub fn is_running(&self) -> bool {
        self.running.load(Ordering::SeqCst)
    }

    /// Files and rows done by the analysis in flight.
    pub fn done(&self) -> Option<(u64, u64)> {
        let guard = self.progress.lock().unwrap_or_else(|e| e.into_inner());
        guard.as_ref().map(|p| {
            (
                p.files_done.load(Ordering::Relaxed),
                p.rows_done.load(Ordering::Relaxed),
            )
        })
    }
}

/// Starts the analysis of the open period; returns at once.
pub async fn start(portal: &Portal) -> Result<()> {
    let open = portal.store.open_period_now().await?.ok_or(Error::NoOpenPeriod)?;
    let period = Period::parse(&open.periode).ok_or_else(|| anyhow::anyhow!("stored period unreadable"))?; // not words: internal, logged only
    if portal.analysis.running.swap(true, Ordering::SeqCst) {
        return Err(Error::refused("portail-analyse-deja"));
    }
    let id = match portal.store.start_analysis(&open.periode).await {
        Ok(id) => id,
        Err(e) => {
            portal.analysis.running.store(false, Ordering::SeqCst);
            return Err(e.into());
        }
    };
    let portal = portal.clone();
    super::log::analysis(&open.periode, "en-cours");
    tokio::spawn(async move {
        let outcome = run(&portal, id, period).await;
        let (ok, message) = match &outcome {
            Ok(line) => (true, line.clone()),
            Err(e) => (false, crate::sanitize::one_line(&format!("{e:#}"))),
        };
        super::log::analysis(&open.periode, if ok { "terminee" } else { "echec" });
        if let Err(e) = portal.store.finish_analysis(id, ok, &message).await {
            let detail = crate::i18n::s(format!("{e:#}"));
            eprintln!(
                "{}",
                crate::i18n::t_args(
                    portal.settings.lang,
                    "portail-journal-erreur",
                    &[("detail", detail)]
                )
            );
        }
        *portal.analysis.progress.lock().unwrap_or_else(|e| e.into_inner()) = None;
        portal.analysis.running.store(false, Ordering::SeqCst);
    });
    Ok(())
}

async fn run(portal: &Portal, id: i64, period: Period) -> anyhow::Result<String> {
    let snapshot = portal.settings.dir.join("tmp").join(format!("analyse-{id}"));
    let input = snapshot.join(period.to_string());
    {
        let _files = portal.files.lock().await;
        let from = portal.store.depots_dir(&period.to_string());
        let to = input.clone();
        tokio::task::spawn_blocking(move || link_tree(&from, &to)).await??;
    }
    let progress = Arc::new(Progress::default());
    *portal.analysis.progress.lock().unwrap_or_else(|e| e.into_inner()) = Some(progress.clone());
    let settings = portal.settings.clone();
    let out = portal.store.sorties_dir();
    let result = tokio::task::spawn_blocking(move || {
        let job = crate::publish::Job {
            dir: &input,
            period: Some(period),
            taxonomy: settings.taxonomy.clone(),
            lang: settings.lang,
            out: &out,
            min_cell: 0,
            formats: crate::config::Formats::default(),
            volunteers: None,
        };
        crate::publish::analyse_and_publish(job, &progress, &mut |_| {})
            .map(|p| crate::publish::summary_line(&p.analysis))
    })
    .await;
    let _ = tokio::fs::remove_dir_all(&snapshot).await;
    result?
}

/// Mirrors `from` into `to` with hard links (copies where links are refused); `to` is
/// created even when `from` does not exist (an analysis with no file says so).
fn link_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    if !from.exists() {
        return Ok(());
    }
    let mut stack: Vec<(PathBuf, PathBuf)> = vec![(from.to_path_buf(), to.to_path_buf())];
    while let Some((src, dst)) = stack.pop() {
        for entry in std::fs::read_dir(&src)? {
            let entry = entry?;
            let (s, d) = (entry.path(), dst.join(entry.file_name()));
            if entry.file_type()?.is_dir() {
                std::fs::create_dir_all(&d)?;
                stack.push((s, d));
            } else if std::fs::hard_link(&s, &d).is_err() {
                std::fs::copy(&s, &d)?;
            }
        }
    }
    Ok(())
}
