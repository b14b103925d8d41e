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
