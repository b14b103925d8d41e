//! A fresh temporary folder per test, the binary run inside it, and comparisons that show
//! a line diff on failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_cadastre");

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The default input folder of a test: `in/2026-T3`.
    pub fn input(&self) -> PathBuf {
        self.path("in/2026-T3")
    }

    /// Writes a partner file into the input folder.
    pub fn file(&self, rel: &str, content: impl AsRef<[u8]>) -> &Env {
        let p = self.input().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
        self
    }

    /// Copies a fixture from `tests/fixtures/` into the input folder.
    pub fn fixture(&self, rel: &str) -> &Env {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(rel);
        let name = src.file_name().unwrap().to_string_lossy().into_owned();
        self.file(
            &name,
            std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display())),
        )
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new(BIN);
        c.current_dir(self.dir.path()).env_remove("SOURCE_DATE_EPOCH");
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run(self.cmd().args(args).output().expect("run cadastre"))
    }

    /// `cadastre analyse in/2026-T3 --sortie out` plus extra arguments.
    pub fn analyse(&self, extra: &[&str]) -> Run {
        let mut args = vec!["analyse", "in/2026-T3", "--sortie", "out"];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// An output file of the period 2026-T3, as text.
    pub fn out(&self, name: &str) -> String {
        let p = self.path("out/2026-T3").join(name);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }
}

pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    /// Asserts the exit code, showing both streams otherwise.
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(
            self.code(),
            code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

/// Compares two texts line by line and panics with a diff.
#[track_caller]
pub fn assert_lines(expected: &str, actual: &str) {
    if expected == actual {
        return;
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut diff = String::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => diff.push_str(&format!("  {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    diff.push_str(&format!("- {x}\n"));
                }
                if let Some(y) = y {
                    diff.push_str(&format!("+ {y}\n"));
                }
            }
        }
    }
    panic!("texts differ (- expected, + actual):\n{diff}");
}

/// Parses a CSV output into rows of fields (header included).
pub fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// The tally of `fichiers.csv` as (fichier, feuille, table, lues, utilisees, rejetees), and a
/// check that every table accounts for every row.
pub fn tally(env: &Env) -> Vec<(String, String, String, u64, u64, u64)> {
    csv_rows(&env.out("fichiers.csv"))
        .into_iter()
        .skip(1)
        .map(|r| {
            let n = |i: usize| r[i].parse::<u64>().unwrap();
            assert_eq!(n(3), n(4) + n(5), "lues = utilisees + rejetees for {r:?}");
            (r[0].clone(), r[1].clone(), r[2].clone(), n(3), n(4), n(5))
        })
        .collect()
}

/// A part of a zip file (an xlsx is a zip of xml parts), as text.
pub fn zip_text(path: &Path, name: &str) -> String {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut entry = zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut text = String::new();
    std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
    text
}

/// The cells of a workbook's sheet as text, rows of columns (numbers as calamine shows them:
/// `6`, not `6.0`).
pub fn sheet_rows(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|d| d.to_string()).collect())
        .collect()
}
