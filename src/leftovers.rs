//! Leftovers of killed runs. A run writes through temporary names in the output folders
//! (`.cadastre-nouveau-XXXXXX/`, the period being built; `.cadastre-XXXXXX`, a file about to
//! be renamed into place): killed midway, it leaves them behind. The next run that writes
//! in a folder removes those whose run is over, and never one a live run is using.
//!
//! A run holds an OS advisory lock (`flock`) on each temporary file for as long as it
//! writes it, and on the lock file `verrou` of its staging folder for its whole life; the
//! system releases the locks when the process ends, however it ends. A later run removes a
//! leftover only once it has taken that lock itself, so the check cannot race with the
//! owner: a process id could be reused, a lock cannot outlive its process. `verrou` gets
//! its name only once locked (it is locked under a temporary name, then renamed), so a
//! `verrou` that can be locked belongs to a dead run. What has no lock yet (a staging
//! folder in the instant before its `verrou`, a file in the instant before its lock, or a
//! folder left by an older version) is removed only once untouched for [`GRACE`].

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::time::Duration;

/// The lock file of a staging folder, locked by its run for the run's whole life.
pub const LOCK: &str = "verrou";

/// Where a staging folder holds the previous outputs while they are swapped out.
pub const OLD: &str = "ancien";

/// How long a leftover with no lock to test must be left alone: far longer than a run takes
/// to lock what it has just created.
pub const GRACE: Duration = Duration::from_secs(60);

/// The prefix of a staging folder's name.
pub const STAGING: &str = ".cadastre-nouveau-";
/// The prefix of the folders where older versions put the previous outputs aside.
const OLD_STAGING: &str = ".cadastre-ancien-";
/// The prefix of the file that checks that an output folder is writable.
pub const PROBE: &str = ".cadastre-test-";
/// The prefix of a file being written.
pub const TEMP: &str = ".cadastre-";

/// The prefixes of the temporary names tempfile makes, the longer first.
const PREFIXES: [&str; 4] = [STAGING, OLD_STAGING, PROBE, TEMP];

/// Whether `name` is one of this program's temporary names: a prefix and tempfile's six
/// random letters or digits.
fn is_temporary(name: &str) -> bool {
    PREFIXES.iter().any(|p| {
        name.strip_prefix(p)
            .is_some_and(|rest| rest.len() == 6 && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
    })
}

/// Creates `dir/verrou`, locked before it takes that name. A file system without locks
/// leaves it unlocked: no run can lock it either, so it is never taken for a dead run's.
pub fn lock_in(dir: &Path) -> std::io::Result<File> {
    let tmp = tempfile::Builder::new().prefix(TEMP).tempfile_in(dir)?;
    let _ = tmp.as_file().try_lock();
    tmp.persist(dir.join(LOCK)).map_err(|e| e.error)
}

/// Removes the leftovers of dead runs in `dir` (not below). Best effort: what cannot be
/// removed now stays for a later run, and nothing here fails the run.
pub fn sweep(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        if !e.file_name().to_str().is_some_and(is_temporary) {
            continue;
        }
        match e.file_type() {
            Ok(t) if t.is_dir() => sweep_folder(dir, &e.path()),
            Ok(t) if t.is_file() => sweep_file(&e.path()),
            _ => {}
        }
    }
}

/// A staging folder: removed once its `verrou` is locked here (its run is over), or, with
/// no `verrou`, once untouched for [`GRACE`]. A run killed between the two renames of a
/// publication had moved the previous outputs inside: they go back first.
fn sweep_folder(dir: &Path, path: &Path) {
    let held = match OpenOptions::new().write(true).open(path.join(LOCK)) {
        Ok(f) => match f.try_lock() {
            Ok(()) => Some(f),
            Err(_) => return,
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && settled(path) => None,
        Err(_) => return,
    };
    let is_old = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with(OLD_STAGING));
    let old = if is_old {
        path.to_path_buf()
    } else {
        path.join(OLD)
    };
    for e in std::fs::read_dir(old).into_iter().flatten().flatten() {
        let back = dir.join(e.file_name());
        if std::fs::symlink_metadata(&back).is_err() {
            let _ = std::fs::rename(e.path(), back);
        }
    }
    let _ = std::fs::remove_dir_all(path);
    drop(held);
}

/// A file being written: removed once untouched for [`GRACE`] and locked here.
fn sweep_file(path: &Path) {
    if !settled(path) {
        return;
    }
    let Ok(f) = OpenOptions::new().write(true).open(path) else {
        return;
    };
    if f.try_lock().is_ok() {
        let _ = std::fs::remove_file(path);
    }
}

/// Whether `path` was last modified [`GRACE`] ago or more (a date in the future is not).
fn settled(path: &Path) -> bool {
    std::fs::symlink_metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age >= GRACE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_programs_temporary_names_are_leftovers() {
        for name in [
            ".cadastre-nouveau-a1B2c3",
            ".cadastre-ancien-zzzzzz",
            ".cadastre-test-000000",
            ".cadastre-Xy12ab",
        ] {
            assert!(is_temporary(name), "{name}");
        }
        for name in [
            ".cadastre-notes.txt",
            ".cadastre-nouveau-",
            ".cadastre-abc",
            "cadastre-abcdef",
            ".cadastre-ab-def",
            "2026-T3",
        ] {
            assert!(!is_temporary(name), "{name}");
        }
    }

    #[test]
    fn a_run_killed_while_publishing_gets_the_previous_outputs_back() {
        let out = tempfile::tempdir().unwrap();
        let dead = out.path().join(".cadastre-nouveau-dead01");
        std::fs::create_dir_all(dead.join("ancien/2026-T3")).unwrap();
        std::fs::create_dir_all(dead.join("2026-T3")).unwrap();
        std::fs::write(dead.join("ancien/2026-T3/cadastre.csv"), "avant").unwrap();
        std::fs::write(dead.join("2026-T3/cadastre.csv"), "après").unwrap();
        // Its run is over: its lock file can be locked.
        std::fs::write(dead.join(LOCK), "").unwrap();
        sweep(out.path());
        assert!(!dead.exists());
        let back = std::fs::read_to_string(out.path().join("2026-T3/cadastre.csv")).unwrap();
        assert_eq!(back, "avant");
    }

    #[test]
    fn a_lock_file_is_locked_as_soon_as_it_has_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock_in(dir.path()).unwrap();
        let other = OpenOptions::new()
            .write(true)
            .open(dir.path().join(LOCK))
            .unwrap();
        assert!(matches!(other.try_lock(), Err(std::fs::TryLockError::WouldBlock)));
        drop(held);
        assert!(other.try_lock().is_ok());
    }
}
