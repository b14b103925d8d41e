//! A house without loops (issue 27): a module never uses one above it. The pairs that once
//! made circles are checked here, by reading the code (comments left out) for the paths
//! it must not name: config below the portal, validation below rendering, history below
//! rendering, errors and the system's words below the taxonomy, the tables below both
//! stages that use them.

use std::path::Path;

/// (file under `src/`, paths it must not name).
const BELOW: &[(&str, &[&str])] = &[
    ("config.rs", &["crate::portal"]),
    ("validate.rs", &["crate::render"]),
    ("history.rs", &["crate::render"]),
    ("os_error.rs", &["crate::taxonomy"]),
    ("error.rs", &["crate::taxonomy", "crate::render", "crate::portal"]),
    ("model.rs", &["crate::render", "crate::portal", "crate::validate"]),
    (
        "table.rs",
        &["crate::render", "crate::history", "crate::pipeline"],
    ),
    (
        "table/parquet.rs",
        &["crate::render", "crate::history", "crate::pipeline"],
    ),
];

/// The code of a file without its comments (`//` to the end of the line).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_module_uses_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut upward = Vec::new();
    for (file, above) in BELOW {
        let code = code(&src.join(file));
        for path in *above {
            let lines: Vec<usize> = code
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains(path))
                .map(|(i, _)| i + 1)
                .collect();
            if !lines.is_empty() {
                upward.push(format!("src/{file}:{lines:?} -> {path}"));
            }
        }
    }
    assert!(upward.is_empty(), "{upward:#?}");
}

#[test]
fn the_check_sees_an_upward_path() {
    // The reader finds a path in code, not in a comment.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.rs");
    std::fs::write(&file, "use crate::portal::Settings; // crate::render\n").unwrap();
    let code = code(&file);
    assert!(code.contains("crate::portal"));
    assert!(!code.contains("crate::render"));
}
