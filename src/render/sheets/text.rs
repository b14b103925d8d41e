//! A partner's sheet as terminal text, for `cadastre partenaire`: the same content as the
//! HTML page, section by section, partner text on one line (no control characters).

use std::fmt::Write as _;

use crate::i18n::{s as text, t, t_args};
use crate::sanitize::one_line;

use super::view::{Rejects, Sheet};

/// The sheet, as lines of text.
pub fn sheet(s: &Sheet) -> String {
    let lang = s.lang;
    let mut o = String::new();
    let title = t_args(
        lang,
        "fiche-titre",
        &[
            ("partenaire", text(s.name.as_str())),
            ("periode", text(s.period.as_str())),
        ],
    );
    let _ = writeln!(o, "{}", one_line(&title));
    if let Some(note) = &s.note {
        let _ = writeln!(o, "{note}");
    }
    let figures: Vec<String> = s.figures.iter().map(|f| format!("{} {}", f.n, f.label)).collect();
    let _ = writeln!(o, "{}", figures.join(" · "));
    sent(&mut o, s);
    rejections(&mut o, s);
    needs(&mut o, s);
    candidacies(&mut o, s);
    services(&mut o, s);
    changes(&mut o, s);
    let _ = writeln!(
        o,
        "\n{}",
        t_args(lang, "terminal-fiche", &[("fichier", text(s.file.as_str()))])
    );
    o
}

/// A colon as each language writes it: "Ligne 4 : …", "Line 4: …".
fn colon(lang: crate::model::Lang) -> &'static str {
    crate::i18n::word(lang, "term-deux-points").unwrap_or(": ")
}

fn heading(o: &mut String, title: &str) {
    let _ = writeln!(o, "\n{title}");
    let _ = writeln!(o, "{}", "─".repeat(title.chars().count()));
}

fn sent(o: &mut String, s: &Sheet) {
    heading(o, &t(s.lang, "envoi-titre"));
    let _ = writeln!(o, "{}", s.sent);
    for l in &s.tables {
        let place = if l.sheet.is_empty() {
            one_line(&l.file)
        } else {
            format!("{} [{}]", one_line(&l.file), one_line(&l.sheet))
        };
        let _ = write!(
            o,
            "  {place}  {}  {} {} / {} {} / {} {}",
            l.kind,
            t(s.lang, "col-lues"),
            l.read,
            t(s.lang, "col-utilisees"),
            l.used,
            t(s.lang, "col-rejetees"),
            l.rejected
        );
        if !l.remark.is_empty() {
            let _ = write!(o, "  ({})", one_line(&l.remark));
        }
        o.push('\n');
    }
}

/// Rejected rows by file; also used for the rows of the index.
pub fn reject_groups(o: &mut String, lang: crate::model::Lang, rejects: &Rejects) {
    for g in &rejects.groups {
        let _ = writeln!(o, "  {}", one_line(&g.title));
        for c in &g.counts {
            let _ = writeln!(o, "    {}", one_line(c));
        }
        for r in &g.rows {
            let mut at = String::new();
            if !r.sheet.is_empty() {
                let _ = write!(at, "[{}] ", one_line(&r.sheet));
            }
            at.push_str(&if r.line.is_empty() {
                t(lang, "rejets-fichier-entier")
            } else {
                format!("{} {}", t(lang, "col-ligne"), r.line)
            });
            if !r.column.is_empty() {
                let _ = write!(at, ", {}", r.column);
            }
            let _ = writeln!(o, "    {at}{}{}", colon(lang), one_line(&r.reason));
            if let Some(note) = &r.shared {
                let _ = writeln!(o, "      ({note})");
            }
        }
        if let Some(more) = &g.more {
            let _ = writeln!(o, "    {more}");
        }
    }
    if !rejects.rest.is_empty() {
        let _ = writeln!(o, "  {}", t(lang, "rejets-reste-titre"));
        for r in &rejects.rest {
            let _ = writeln!(
                o,
                "    {} ({}){}{}",
                one_line(&r.file),
                r.n,
                colon(lang),
                one_line(&r.by_column)
            );
        }
        let _ = writeln!(o, "    {}", t(lang, "rejets-reste-intro"));
    }
}

fn rejections(o: &mut String, s: &Sheet) {
    heading(o, &t(s.lang, "rejets-titre"));
    if s.rejets.is_empty() {
        let _ = writeln!(o, "{}", t(s.lang, "rejets-aucun"));
        return;
    }
    reject_groups(o, s.lang, &s.rejets);
}

fn needs(o: &mut String, s: &Sheet) {
    let lang = s.lang;
    heading(o, &t(lang, "besoins-titre"));
    if s.besoins.is_empty() {
        let _ = writeln!(o, "{}", t(lang, "besoins-aucun"));
        return;
    }
    if let Some(counted) = &s.besoins_counted {
        let _ = writeln!(o, "{counted}");
    }
    for l in &s.besoins {
        let c = &l.cell;
        let _ = writeln!(
            o,
            "  {} / {} / {}  [{}]  {} {}, {} {}, {} {}",
            c.besoin_label,
            c.public_label,
            c.territoire_label,
            c.statut_label,
            t(lang, "col-priorite"),
            l.priorite,
            t(lang, "col-ses-personnes"),
            l.personnes,
            t(lang, "col-sans-reponse"),
            l.sans_reponse
        );
        if !l.referrals.is_empty() {
            let _ = writeln!(o, "      {}", t(lang, "besoins-orienter"));
            for r in &l.referrals {
                let contact = if r.contact.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", one_line(&r.contact))
                };
                let _ = writeln!(
                    o,
                    "        {} ({}){contact}",
                    one_line(&r.service),
                    one_line(&r.partner)
                );
            }
            if !l.more.is_empty() {
                let _ = writeln!(o, "        {}", l.more);
            }
        }
        if !l.others.is_empty() {
            let _ = writeln!(o, "      {}", one_line(&l.others));
        }
    }
}

fn candidacies(o: &mut String, s: &Sheet) {
    let lang = s.lang;
    heading(o, &t(lang, "candidat-titre"));
    if s.candidat.is_empty() {
        let _ = writeln!(o, "{}", t(lang, "candidat-aucun"));
        return;
    }
    for l in &s.candidat {
        let c = &l.cell;
        let _ = writeln!(
            o,
            "  {} {}  {} / {} / {}  [{}]  {} {}, {} {}",
            t(lang, "col-rang"),
            l.rang,
            c.besoin_label,
            c.public_label,
            c.territoire_label,
            c.statut_label,
            t(lang, "col-priorite"),
            l.priorite,
            t(lang, "col-sans-reponse"),
            l.sans_reponse
        );
        let _ = writeln!(
            o,
            "      {}{}{}",
            t(lang, "col-pourquoi"),
            colon(lang),
            l.pourquoi
        );
    }
    if let Some(more) = &s.candidat_more {
        let _ = writeln!(o, "  {more}");
    }
}

fn services(o: &mut String, s: &Sheet) {
    let lang = s.lang;
    heading(o, &t(lang, "services-titre"));
    if s.services.is_empty() {
        let _ = writeln!(o, "{}", t(lang, "services-aucun"));
        return;
    }
    if let Some(more) = &s.services_more {
        let _ = writeln!(o, "  {more}");
    }
    for c in &s.services {
        let _ = writeln!(o, "  {}", one_line(&c.service));
        for f in &c.fields {
            let _ = writeln!(o, "      {}{}{}", f.label, colon(s.lang), one_line(&f.text));
        }
    }
}

fn changes(o: &mut String, s: &Sheet) {
    let Some(ch) = &s.changes else { return };
    heading(o, &ch.title);
    if ch.lines.is_empty() {
        let _ = writeln!(o, "{}", ch.none);
        return;
    }
    for l in &ch.lines {
        let _ = writeln!(
            o,
            "  {} / {} / {}  {}{}{} ({}) → {} ({})",
            l.besoin_label,
            l.public_label,
            l.territoire_label,
            l.evolution_label,
            colon(s.lang),
            l.avant,
            l.sans_reponse_avant,
            l.apres,
            l.sans_reponse_apres
        );
    }
    if !ch.stable.is_empty() {
        let _ = writeln!(o, "  {}", ch.stable);
    }
}
