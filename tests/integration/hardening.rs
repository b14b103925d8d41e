//! Hardening from real files (issue 17): outputs that follow the umask, leftovers of a
//! killed run removed by the next one, and system messages in the run's language.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::testenv::{Env, Run, BIN};

const NEEDS: &str = "partenaire;besoin;public;priorite;personnes\nCPAS;isolement;aines;2;5\n";

/// Runs the binary under `umask`, set by the shell right before it.
fn run_with_umask(env: &Env, umask: &str, args: &[&str]) -> Run {
    let script = format!("umask {umask}; exec \"$0\" \"$@\"");
    let out = std::process::Command::new("sh")
        .current_dir(env.dir.path())
        .env_remove("SOURCE_DATE_EPOCH")
        .args(["-c", &script, BIN])
        .args(args)
        .output()
        .expect("run sh");
    Run(out)
}

/// Every path under `dir` (itself included) with its permission bits.
fn modes(dir: &Path) -> Vec<(String, bool, u32)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        let meta = std::fs::symlink_metadata(&p).unwrap();
        if meta.is_dir() {
            for e in std::fs::read_dir(&p).unwrap() {
                stack.push(e.unwrap().path());
            }
        }
        let rel = p.strip_prefix(dir).unwrap().display().to_string();
        out.push((rel, meta.is_dir(), meta.permissions().mode() & 0o7777));
    }
    out.sort();
    out
}

#[test]
fn every_output_follows_the_umask() {
    for (umask, file, folder) in [("022", 0o644, 0o755), ("027", 0o640, 0o750)] {
        let env = Env::new();
        env.file("a.csv", NEEDS);
        std::fs::create_dir_all(env.path("in/2026-T2")).unwrap();
        std::fs::write(env.path("in/2026-T2/a.csv"), NEEDS.replace(";5\n", ";9\n")).unwrap();
        run_with_umask(&env, umask, &["analyse", "in", "--sortie", "out"]).expect(0);
        run_with_umask(
            &env,
            umask,
            &["comparer", "2026-T2", "2026-T3", "--sortie", "out"],
        )
        .expect(0);
        run_with_umask(&env, umask, &["guide", "in/2026-T3", "--sortie", "out"]).expect(0);
        let all = modes(&env.path("out"));
        let names: Vec<&str> = all.iter().map(|(n, ..)| n.as_str()).collect();
        for expected in [
            "",
            "2026-T2",
            "2026-T3",
            "2026-T3/cadastre.csv",
            "2026-T3/guide",
            "2026-T3/guide/index.html",
            "2026-T3/guide.csv",
            "2026-T3/graphiques",
            "evolution_2026-T2_2026-T3.csv",
            "evolution_2026-T2_2026-T3.parquet",
            "historique",
            "historique/2026-T2.parquet",
            "historique/2026-T3.parquet",
        ] {
            assert!(names.contains(&expected), "{expected} missing from {names:?}");
        }
        for (name, is_dir, mode) in &all {
            let want = if *is_dir { folder } else { file };
            assert_eq!(*mode, want, "umask {umask}: out/{name} is {mode:o}, not {want:o}");
        }
    }
}

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Sets a file's or folder's modification time to two minutes ago, past the one-minute
/// grace given to what has no lock yet.
fn age(path: &Path) {
    let when = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    std::fs::File::open(path).unwrap().set_modified(when).unwrap();
}

/// A staging folder as a run leaves it when killed while rendering: its lock file (the
/// lock went with the process) and part of the period's files.
fn dead_staging(out: &Path, name: &str) -> std::path::PathBuf {
    let dir = out.join(name);
    std::fs::create_dir_all(dir.join("2026-T3/graphiques")).unwrap();
    std::fs::write(dir.join("2026-T3/cadastre.csv"), "periode,domaine\n").unwrap();
    std::fs::write(dir.join("verrou"), "").unwrap();
    dir
}

#[test]
fn leftovers_of_dead_runs_are_removed_and_those_in_use_stay() {
    let env = Env::new();
    env.file("a.csv", NEEDS);
    env.analyse(&[]).expect(0);
    let out = env.path("out");
    // Dead: a staging folder whose lock can be taken, whatever its age; an old folder of
    // a previous version and an old temporary file, with no lock, untouched for 2 minutes.
    dead_staging(&out, ".cadastre-nouveau-dead01");
    std::fs::create_dir_all(out.join(".cadastre-ancien-old001/2026-T3")).unwrap();
    age(&out.join(".cadastre-ancien-old001"));
    std::fs::write(out.join("historique/.cadastre-tmp001"), "PAR1").unwrap();
    age(&out.join("historique/.cadastre-tmp001"));
    // In use: a staging folder and a temporary file locked by a live process (this one),
    // and a folder created an instant ago that has no lock file yet.
    let live = dead_staging(&out, ".cadastre-nouveau-live01");
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(live.join("verrou"))
        .unwrap();
    lock.try_lock().unwrap();
    std::fs::write(out.join("historique/.cadastre-tmp002"), "PAR1").unwrap();
    age(&out.join("historique/.cadastre-tmp002"));
    let writing = std::fs::OpenOptions::new()
        .write(true)
        .open(out.join("historique/.cadastre-tmp002"))
        .unwrap();
    writing.try_lock().unwrap();
    std::fs::create_dir(out.join(".cadastre-nouveau-young1")).unwrap();
    // Not a name this program makes.
    std::fs::write(out.join(".cadastre-notes.txt"), "à garder").unwrap();

    env.analyse(&[]).expect(0);
    assert_eq!(
        names(&out),
        [
            ".cadastre-notes.txt",
            ".cadastre-nouveau-live01",
            ".cadastre-nouveau-young1",
            "2026-T3",
            "historique"
        ]
    );
    assert_eq!(
        names(&out.join("historique")),
        [".cadastre-tmp002", "2026-T3.parquet"]
    );
    assert_eq!(names(&live), ["2026-T3", "verrou"]);

    // Once their process is gone (here: the locks released), the next run removes them.
    drop((lock, writing));
    env.analyse(&[]).expect(0);
    assert_eq!(
        names(&out),
        [
            ".cadastre-notes.txt",
            ".cadastre-nouveau-young1",
            "2026-T3",
            "historique"
        ]
    );
    assert_eq!(names(&out.join("historique")), ["2026-T3.parquet"]);
}

#[test]
fn a_run_killed_while_writing_leaves_a_folder_the_next_run_removes() {
    let env = Env::new();
    env.file("a.csv", NEEDS);
    let out = env.path("out");
    let mut child = env
        .cmd()
        .args(["analyse", "in/2026-T3", "--sortie", "out"])
        .spawn()
        .unwrap();
    // Killed (SIGKILL) as soon as its staging folder holds the period being built: charts
    // take a second or more. (Killed the instant the folder appears, the run might not have
    // made the period's folder yet.)
    let staging = loop {
        let found = std::fs::read_dir(&out).ok().and_then(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .find(|n| n.starts_with(".cadastre-nouveau-") && out.join(n).join("2026-T3").is_dir())
        });
        if let Some(name) = found {
            child.kill().unwrap();
            child.wait().unwrap();
            break name;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be killed"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    assert_eq!(names(&out), [staging.as_str()], "what the killed run left");
    assert!(names(&out.join(&staging)).contains(&"2026-T3".to_string()));
    env.analyse(&[]).expect(0);
    assert_eq!(names(&out), ["2026-T3", "historique"]);
}

// System errors come through in the run's language. Tests run as root in CI, and root
// passes every permission check: a folder made read-only would not fail. These use what
// fails for root too: a path through a regular file (ENOTDIR), a file that is gone
// (ENOENT), a folder name already taken by a file (EEXIST). "No space left" and "permission
// denied" cannot be provoked here without mounting a file system: their words are checked
// by the unit tests of `os_error`, through the same function.

#[test]
fn an_output_folder_inside_a_file_is_refused_in_the_runs_language() {
    let env = Env::new();
    env.file("a.csv", NEEDS);
    std::fs::write(env.path("fichier"), "").unwrap();
    let fr = env
        .run(&["analyse", "in/2026-T3", "--sortie", "fichier/sortie"])
        .expect(2);
    assert_eq!(
        fr.stderr(),
        "cadastre : erreur : sortie impossible dans fichier/sortie : création du dossier impossible \
         (un élément du chemin est un fichier, pas un dossier)\n"
    );
    let en = env
        .run(&[
            "analyse",
            "in/2026-T3",
            "--sortie",
            "fichier/sortie",
            "--langue",
            "en",
        ])
        .expect(2);
    assert_eq!(
        en.stderr(),
        "cadastre: error: cannot write the outputs in fichier/sortie: cannot create the folder \
         (a part of the path is a file, not a folder)\n"
    );
}

#[test]
fn an_input_file_that_is_gone_is_reported_in_the_runs_language() {
    let env = Env::new();
    env.file("a.csv", NEEDS);
    // A link to a file that was moved away: listed in the folder, unreadable.
    std::os::unix::fs::symlink("deplace.csv", env.input().join("b.csv")).unwrap();
    let run = env.analyse(&[]).expect(0);
    let line = "b.csv,,illisible,0,0,0,lecture impossible (fichier ou dossier introuvable)";
    assert_eq!(env.out("fichiers.csv").lines().nth(2), Some(line));
    assert!(run
        .stdout()
        .contains("  b.csv lecture impossible (fichier ou dossier introuvable)\n"));
    env.analyse(&["--langue", "en"]).expect(0);
    let line = "b.csv,,illisible,0,0,0,cannot read (no such file or folder)";
    assert_eq!(env.out("fichiers.csv").lines().nth(2), Some(line));
}

#[test]
fn errors_while_writing_and_reading_the_history_are_in_the_runs_language() {
    let env = Env::new();
    env.file("a.csv", NEEDS);
    std::fs::create_dir(env.path("out")).unwrap();
    // The history's folder name is taken by a file: the period is written, its record fails.
    std::fs::write(env.path("out/historique"), "").unwrap();
    let run = env.analyse(&[]).expect(2);
    assert_eq!(
        run.stderr(),
        "cadastre : erreur : création de out/historique: un fichier ou dossier de ce nom existe déjà\n"
    );
    let run = env
        .run(&["comparer", "2026-T2", "2026-T3", "--sortie", "out"])
        .expect(2);
    assert_eq!(
        run.stderr(),
        "cadastre : erreur : période 2026-T2 absente de l'historique (out/historique/2026-T2.parquet) : \
         lancez d'abord cadastre analyse pour cette période: \
         un élément du chemin est un fichier, pas un dossier\n"
    );
    std::fs::remove_file(env.path("out/historique")).unwrap();
    let run = env
        .run(&[
            "comparer", "2026-T2", "2026-T3", "--sortie", "out", "--langue", "en",
        ])
        .expect(2);
    assert_eq!(
        run.stderr(),
        "cadastre: error: period 2026-T2 is not in the history (out/historique/2026-T2.parquet): \
         run cadastre analyse for that period first: no such file or folder\n"
    );
}
