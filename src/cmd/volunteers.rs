//! `cadastre benevoles DOSSIER`: reads the Conseil du volontariat's list of volunteers and
//! the associations' missions, ranks the candidates of each mission, writes `OUT/benevoles/`
//! whole (atomically) and prints what was read, what was rejected and the missions left
//! without a candidate.

use std::fmt::Write as _;
use std::path::Path;

use crate::cmd::analyse::list;
use crate::config::VolunteersConfig;
use crate::exit_codes::ExitStatus;
use crate::i18n::{n, s, t_args};
use crate::render::volunteers::Matches;
use crate::sanitize::one_line;
use crate::volunteers::read::{self, Roster};

/// The folder `cadastre benevoles` writes in `OUT`.
pub const FOLDER: &str = "benevoles";

/// Reads the council's folder, or a single file.
pub fn read_roster(
    dir: &Path,
    tax: &crate::taxonomy::Taxonomy,
    lang: crate::model::Lang,
) -> anyhow::Result<Roster> {
    if !dir.exists() {
        return Err(crate::error::UsageError::NoInputDir(dir.to_path_buf()).into());
    }
    if dir.is_file() {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(read::read_file(&name, dir, tax, lang));
    }
    read::read_dir(dir, tax, lang)
}

pub fn run(cfg: VolunteersConfig) -> anyhow::Result<ExitStatus> {
    let lang = cfg.lang;
    crate::output::check_target(&cfg.out, lang)?;
    let roster = read_roster(&cfg.dir, &cfg.taxonomy, lang)?;
    let matches = Matches::new(&roster, &cfg.taxonomy, lang);
    let files = crate::render::volunteers::files(&matches, crate::config::output_date(None))?;
    let staging = crate::output::Staging::new(&cfg.out, FOLDER)?;
    for (name, bytes) in &files {
        staging.put(name, bytes)?;
    }
    let target = staging.publish()?;
    print!("{}", summary(&matches));
    let shown = one_line(&target.display().to_string());
    println!("{}", t_args(lang, "term-resultats", &[("dossier", s(shown))]));
    Ok(ExitStatus::Success)
}

/// The end-of-run text: the tables read, the rejections and merges, the counts, and the
/// missions no volunteer fits.
pub fn summary(m: &Matches) -> String {
    let (lang, roster) = (m.lang, m.roster);
    let mut out = String::new();
    let rows: Vec<super::TallyRow> = roster
        .tables
        .iter()
        .map(|t| super::TallyRow {
            place: &t.place,
            code: t.table.code(),
            read: t.read,
            used: t.used,
            rejected: t.rejected,
            remark: &t.remark,
        })
        .collect();
    super::tally_lines(&mut out, lang, &rows);
    list(
        &mut out,
        lang,
        "term-rejets",
        &roster.rejections,
        true,
        Some("term-rejets-autres"),
    );
    list(
        &mut out,
        lang,
        "term-avertissements",
        &roster.warnings,
        false,
        None,
    );
    let _ = writeln!(out);
    let sought: u64 = roster.missions.iter().map(|m| u64::from(m.count)).sum();
    let counts = [
        ("benevoles", n(roster.volunteers.len() as u64)),
        ("missions", n(roster.missions.len() as u64)),
        ("cherches", n(sought)),
        ("sans", n(m.unmatched() as u64)),
    ];
    let _ = writeln!(out, "{}", t_args(lang, "benevoles-term-bilan", &counts));
    for (mission, _) in m.missions().filter(|(_, c)| c.is_empty()) {
        let _ = writeln!(
            out,
            "  - {} ({})",
            one_line(&mission.title),
            one_line(&mission.partner)
        );
    }
    out
}
