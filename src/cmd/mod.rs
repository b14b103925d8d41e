//! One module per subcommand, and what their terminal output shares: the tally of the
//! tables read, which `analyse` and `benevoles` print alike.

pub mod analyse;
pub mod compare;
pub mod generate;
pub mod guide;
pub mod partner;
pub mod portal;
pub mod serve;
pub mod taxonomy;
pub mod template;
pub mod volunteers;

use std::fmt::Write as _;

use crate::i18n::{s, t, t_args};
use crate::model::{Lang, Place};
use crate::sanitize::one_line;

/// A table read, as the end-of-run tally shows it.
pub(crate) struct TallyRow<'a> {
    pub place: &'a Place,
    /// Its kind (`besoins`, `services`, `benevoles`…).
    pub code: &'a str,
    pub read: u64,
    pub used: u64,
    pub rejected: u64,
    pub remark: &'a str,
}

/// The tally: its heading, one aligned line per table read, then the total.
pub(crate) fn tally_lines(out: &mut String, lang: Lang, rows: &[TallyRow]) {
    let _ = writeln!(out, "{}", t(lang, "term-fichiers-lus"));
    let width = rows
        .iter()
        .map(|r| place_text(r.place).chars().count())
        .max()
        .unwrap_or(10)
        .min(60);
    let _ = writeln!(
        out,
        "  {:<width$}  {:<9} {:>6} {:>6} {:>6}",
        t(lang, "term-col-fichier"),
        t(lang, "term-col-table"),
        t(lang, "term-col-lues"),
        t(lang, "term-col-utilisees"),
        t(lang, "term-col-rejetees"),
    );
    for r in rows {
        let _ = write!(
            out,
            "  {:<width$}  {:<9} {:>6} {:>6} {:>6}",
            place_text(r.place),
            r.code,
            r.read,
            r.used,
            r.rejected
        );
        if !r.remark.is_empty() {
            let _ = write!(out, "  ({})", one_line(r.remark));
        }
        let _ = writeln!(out);
    }
    let sum = |f: fn(&TallyRow) -> u64| rows.iter().map(f).sum::<u64>().to_string();
    let total = [
        ("lues", s(sum(|r| r.read))),
        ("utilisees", s(sum(|r| r.used))),
        ("rejetees", s(sum(|r| r.rejected))),
    ];
    let _ = writeln!(out, "  {}", t_args(lang, "term-total", &total));
}

/// A file, and its sheet when it has one, as a terminal line names them (quoted and cut
/// as SPEC says).
pub(crate) fn place_text(p: &Place) -> String {
    let f = crate::sanitize::quote(&p.file);
    if p.sheet.is_empty() {
        f
    } else {
        format!("{f} [{}]", crate::sanitize::quote(&p.sheet))
    }
}
