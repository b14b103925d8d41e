//! `rapport.html`: one self-contained file for the coordinator (charts inline as SVG, no
//! network, styles embedded) that opens in any browser, prints cleanly on A4, and from
//! which tables and charts can be pasted into the evaluation. All partner text is escaped.

use std::fmt::Write as _;

use crate::analyse::{Cell, Status};
use crate::model::Lang;
use crate::pipeline::Analysis;
use crate::render::charts::{self, status_label};
use crate::sanitize::html as esc;
use crate::taxonomy::Kind;

const STYLE: &str = r#"
:root { --ink:#222; --muted:#666; --rule:#ddd; --nc:#D55E00; --pa:#F0E442; --co:#56B4E9; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.45; }
h1 { font-size: 1.9em; margin: 0 0 .2em; }
h2 { font-size: 1.4em; margin-top: 2em; border-bottom: 2px solid var(--ink); padding-bottom: .2em; }
h3 { font-size: 1.15em; margin-top: 1.5em; }
p.lead { color: var(--muted); margin-top: 0; }
nav ol { columns: 2; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 1em 0; }
.figure { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; }
.figure b { display: block; font-size: 1.7em; }
.figure span { color: var(--muted); font-size: .9em; }
figure { margin: 1.5em 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; border: 1px solid var(--rule); }
figcaption { color: var(--muted); font-size: .9em; margin-top: .3em; }
table { border-collapse: collapse; width: 100%; font-size: .88em; margin: .6em 0 1.2em; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
.st { display: inline-block; padding: 0 6px; border-radius: 3px; border: 1px solid #333; white-space: nowrap; }
.st-non-couvert { background: var(--nc); color: #fff; }
.st-partiel { background: var(--pa); }
.st-couvert { background: var(--co); }
.partner { break-inside: avoid; page-break-inside: avoid; }
footer { color: var(--muted); font-size: .85em; margin-top: 3em; border-top: 1px solid var(--rule); padding-top: .5em; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-before: page; page-break-before: always; }
  h2.first { break-before: auto; page-break-before: auto; }
  .st { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
@page { size: A4; margin: 15mm; }
"#;

fn people(n: Option<u64>, min_cell: u64) -> String {
    match n {
        None => "–".to_string(),
        Some(n) if n > 0 && n < min_cell => format!("&lt;{min_cell}"),
        Some(n) => n.to_string(),
    }
}

fn status(s: Status, lang: Lang) -> String {
    format!(
        "<span class=\"st st-{}\">{}</span>",
        s.code(),
        esc(status_label(s, lang))
    )
}

/// The report, as HTML text. `svgs` are the charts' SVG, by chart name. Its sections, in
/// the order of the table of contents, are each written by a function of their own.
pub fn html(
    a: &Analysis,
    past: &crate::history::Past,
    svgs: &[(String, String)],
    min_cell: u64,
    date: (u16, u8, u8),
) -> String {
    let lang = a.lang;
    let p = a.period;
    let fr = lang == Lang::Fr;
    let mut h = String::with_capacity(256 * 1024);
    let title = if fr {
        format!("Cadastre des besoins, {p}")
    } else {
        format!("Needs map, {p}")
    };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        if fr { "fr" } else { "en" },
        esc(&title)
    );
    let _ = writeln!(h, "<header><h1>{}</h1>", esc(&title));
    let _ = writeln!(
        h,
        "<p class=\"lead\">{}</p></header>",
        esc(lang.pick(
            "Les besoins que voient les partenaires, ce qui existe pour y répondre, et les manques à combler : qui devrait s'en charger ?",
            "The needs partners see, what exists to meet them, and the gaps to fill: who should take charge?"
        ))
    );

    let sections: Vec<(&str, &str)> = if fr {
        vec![
            ("chiffres", "Chiffres clés"),
            ("graphiques", "Graphiques"),
            ("manques", "Les manques à combler"),
            ("evolution", "Évolution"),
            ("domaines", "Par domaine"),
            ("corrections", "Corrections à demander aux partenaires"),
            ("fichiers", "Fichiers reçus"),
            ("methode", "Comment les chiffres sont calculés"),
        ]
    } else {
        vec![
            ("chiffres", "Key figures"),
            ("graphiques", "Charts"),
            ("manques", "Gaps to fill"),
            ("evolution", "Change over time"),
            ("domaines", "By domain"),
            ("corrections", "Corrections to ask partners for"),
            ("fichiers", "Files received"),
            ("methode", "How the numbers are computed"),
        ]
    };
    h.push_str("<nav><ol>");
    for (id, name) in &sections {
        let _ = write!(h, "<li><a href=\"#{id}\">{}</a></li>", esc(name));
    }
    h.push_str("</ol></nav>\n");

    key_figures(&mut h, a, min_cell, sections[0].1);
    chart_figures(&mut h, a, svgs, sections[1].1);
    gaps_by_urgency(&mut h, a, min_cell, sections[2].1);
    evolution(&mut h, a, past, svgs, min_cell, sections[3].1);
    by_domain(&mut h, a, min_cell, sections[4].1);
    corrections(&mut h, a, sections[5].1);
    files_received(&mut h, a, sections[6].1);
    method_and_footer(&mut h, a, min_cell, date, sections[7].1);
    h
}

/// "Chiffres clés": the counts a reader looks for first.
fn key_figures(h: &mut String, a: &Analysis, min_cell: u64, title: &str) {
    let lang = a.lang;
    let counts = crate::render::status_counts(&a.cells);
    let not_covered: u64 = a.cells.iter().filter_map(|c| c.personnes_non_couvertes).sum();
    let _ = writeln!(
        h,
        "<h2 id=\"chiffres\" class=\"first\">{}</h2>\n<div class=\"figures\">",
        esc(title)
    );
    let figures: Vec<(String, &str)> = vec![
        (a.partners.len().to_string(), lang.pick("partenaires", "partners")),
        (
            a.need_rows.to_string(),
            lang.pick("besoins exprimés", "needs expressed"),
        ),
        (
            a.services.len().to_string(),
            lang.pick("services déclarés", "services declared"),
        ),
        (
            a.cells.len().to_string(),
            lang.pick("cellules de besoin", "need cells"),
        ),
        (
            counts[&Status::NonCouvert].to_string(),
            lang.pick("non couvertes", "not covered"),
        ),
        (
            counts[&Status::Partiel].to_string(),
            lang.pick("partiellement couvertes", "partly covered"),
        ),
        (
            counts[&Status::Couvert].to_string(),
            lang.pick("couvertes", "covered"),
        ),
        (
            people(Some(not_covered), min_cell),
            lang.pick(
                "personnes sans réponse (estimées)",
                "people not covered (estimated)",
            ),
        ),
    ];
    for (n, label) in figures {
        let _ = writeln!(
            h,
            "<div class=\"figure\"><b>{n}</b><span>{}</span></div>",
            esc(label)
        );
    }
    h.push_str("</div>\n");
    let _ = writeln!(
        h,
        "<p>{}</p>",
        esc(&match lang {
            Lang::Fr => format!(
                "{} lignes lues dans {} tableaux : {} utilisées, {} rejetées (voir « Corrections »).",
                a.rows_read(),
                a.tallies.len(),
                a.rows_used(),
                a.rows_rejected()
            ),
            Lang::En | Lang::Nl => format!(
                "{} rows read in {} tables: {} used, {} rejected (see \"Corrections\").",
                a.rows_read(),
                a.tallies.len(),
                a.rows_used(),
                a.rows_rejected()
            ),
        })
    );
}

/// "Graphiques": the charts inline, each with the name of its PNG for print.
fn chart_figures(h: &mut String, a: &Analysis, svgs: &[(String, String)], title: &str) {
    let lang = a.lang;
    let _ = writeln!(h, "<h2 id=\"graphiques\">{}</h2>", esc(title));
    let chart_list = charts::charts(a);
    for c in &chart_list {
        let Some((_, svg)) = svgs.iter().find(|(n, _)| n == c.name) else {
            continue;
        };
        let svg = svg.trim_start_matches(|ch: char| ch != '<');
        let _ = writeln!(
            h,
            "<figure id=\"fig-{}\">{svg}<figcaption>{} — {} <code>graphiques/{}.png</code></figcaption></figure>",
            c.name,
            esc(&c.title),
            esc(lang.pick("fichier pour impression :", "file for print:")),
            c.name
        );
    }
}

/// "Les manques à combler": every cell not covered, most urgent first, with candidates.
fn gaps_by_urgency(h: &mut String, a: &Analysis, min_cell: u64, title: &str) {
    let lang = a.lang;
    let t = &a.taxonomy;
    let fr = lang == Lang::Fr;
    let _ = writeln!(h, "<h2 id=\"manques\">{}</h2>", esc(title));
    let _ = writeln!(
        h,
        "<p>{}</p>",
        esc(lang.pick(
            "Toutes les cellules non couvertes ou partiellement couvertes, de la plus urgente à la moins urgente (priorité exprimée, puis personnes sans réponse), avec les partenaires qui pourraient s'en charger.",
            "Every need cell not covered or partly covered, most urgent first (priority expressed, then people not covered), with the partners who could take charge."
        ))
    );
    let head = if fr {
        [
            "Priorité",
            "Besoin",
            "Public",
            "Territoire",
            "Statut",
            "Personnes sans réponse",
            "Qui pourrait s'en charger ?",
        ]
    } else {
        [
            "Priority",
            "Need",
            "Public",
            "Territory",
            "Status",
            "People not covered",
            "Who could take charge?",
        ]
    };
    h.push_str("<table><thead><tr>");
    for c in head {
        let _ = write!(h, "<th>{}</th>", esc(c));
    }
    h.push_str("</tr></thead><tbody>\n");
    for c in charts::urgent(&a.cells) {
        let _ = writeln!(
            h,
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            c.priorite_max,
            esc(t.entry(Kind::Besoin, c.besoin).label(lang)),
            esc(t.entry(Kind::Public, c.public).label(lang)),
            esc(t.entry(Kind::Territoire, c.territoire).label(lang)),
            status(c.statut, lang),
            people(c.personnes_non_couvertes, min_cell),
            candidates(a, c)
        );
    }
    h.push_str("</tbody></table>\n");
}

/// "Par domaine": one table of cells per domain, in taxonomy order.
fn by_domain(h: &mut String, a: &Analysis, min_cell: u64, title: &str) {
    let lang = a.lang;
    let t = &a.taxonomy;
    let fr = lang == Lang::Fr;
    let _ = writeln!(h, "<h2 id=\"domaines\">{}</h2>", esc(title));
    let dhead = if fr {
        [
            "Besoin",
            "Public",
            "Territoire",
            "Partenaires",
            "Personnes",
            "Priorité",
            "Services",
            "Places",
            "Statut",
            "Sans réponse",
            "Candidats",
        ]
    } else {
        [
            "Need",
            "Public",
            "Territory",
            "Partners",
            "People",
            "Priority",
            "Services",
            "Places",
            "Status",
            "Not covered",
            "Candidates",
        ]
    };
    for (d, domain) in t.list(Kind::Domaine).iter().enumerate() {
        let cells: Vec<&Cell> = a.cells.iter().filter(|c| c.domaine == d).collect();
        let _ = writeln!(
            h,
            "<section class=\"domain\"><h3>{}</h3>",
            esc(domain.label(lang))
        );
        if cells.is_empty() {
            let _ = writeln!(
                h,
                "<p>{}</p></section>",
                esc(lang.pick(
                    "Aucun besoin exprimé ce trimestre.",
                    "No need expressed this quarter."
                ))
            );
            continue;
        }
        let gaps = cells.iter().filter(|c| c.statut.is_gap()).count();
        let _ = writeln!(
            h,
            "<p>{}</p>",
            esc(&match lang {
                Lang::Fr => format!(
                    "{} cellules de besoin, dont {gaps} non couvertes ou partielles.",
                    cells.len()
                ),
                Lang::En | Lang::Nl => format!(
                    "{} need cells, {gaps} of them not covered or partly covered.",
                    cells.len()
                ),
            })
        );
        h.push_str("<table><thead><tr>");
        for c in dhead {
            let _ = write!(h, "<th>{}</th>", esc(c));
        }
        h.push_str("</tr></thead><tbody>\n");
        for c in cells {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                esc(t.entry(Kind::Besoin, c.besoin).label(lang)),
                esc(t.entry(Kind::Public, c.public).label(lang)),
                esc(t.entry(Kind::Territoire, c.territoire).label(lang)),
                c.demande_mentions,
                people(c.demande_personnes, min_cell),
                c.priorite_max,
                c.offre_services,
                people(c.offre_capacite, min_cell),
                status(c.statut, lang),
                people(c.personnes_non_couvertes, min_cell),
                candidates(a, c)
            );
        }
        h.push_str("</tbody></table></section>\n");
    }
}

/// "Corrections": the rejected rows and warnings, grouped by partner.
fn corrections(h: &mut String, a: &Analysis, title: &str) {
    let lang = a.lang;
    let _ = writeln!(h, "<h2 id=\"corrections\">{}</h2>", esc(title));
    if a.rejections.is_empty() && a.warnings.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            esc(lang.pick("Aucune ligne rejetée.", "No row rejected."))
        );
        return;
    }
    let _ = writeln!(
        h,
        "<p>{}</p>",
        esc(lang.pick(
            "Les lignes qui n'ont pas pu être utilisées, regroupées par partenaire, pour envoyer à chacun ses corrections. Ligne = numéro de ligne dans le fichier ou la feuille (l'en-tête est la ligne 1).",
            "Rows that could not be used, grouped by partner, to send each partner its own corrections. Line = line number in the file or sheet (the header is line 1)."
        ))
    );
    let groups = correction_groups(a);
    // A region's report has tens of thousands of rows here (megabytes): room for them
    // is made once, where doubling the text as it grows copied it and took fresh
    // memory from the system at each step.
    let shown: usize = groups.iter().map(|g| g.list.len().min(SHOWN)).sum();
    h.reserve(shown * 400 + groups.len() * 400);
    for g in &groups {
        correction_table(h, lang, g);
    }
}

/// Correction lines shown per partner: a partner with thousands of lines gets the first
/// ones; the CSV has them all.
const SHOWN: usize = 50;

/// A group of correction lines: its sort key, its title, the partner's sheet (or the
/// sheets' index for a file that names no one), its lines.
struct Group<'r> {
    key: String,
    name: String,
    sheet: String,
    list: Vec<&'r crate::model::Rejection>,
}

/// One group per partner (spellings folded) or per file for lines naming none, in the
/// order of their keys. A region's run has hundreds of thousands of lines from a few
/// hundred partners: each spelling (or file) is folded once, and each line costs one
/// lookup of the text it names.
fn correction_groups(a: &Analysis) -> Vec<Group<'_>> {
    let lang = a.lang;
    let roster = crate::render::sheets::Roster::of(a);
    let sheet_of = |partner: &str| {
        let file = roster
            .find(partner)
            .and_then(|i| roster.partners.get(i))
            .map_or("index.html", |p| p.file.as_str());
        format!("{}/{file}", crate::render::sheets::DIR)
    };
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: rustc_hash::FxHashMap<String, usize> = Default::default();
    let mut by_text: rustc_hash::FxHashMap<(bool, &str), usize> = Default::default();
    for r in a.rejections.iter().chain(a.warnings.iter()) {
        let named = !r.partner.is_empty();
        let text = if named {
            r.partner.as_str()
        } else {
            r.place.file.as_str()
        };
        let g = *by_text.entry((named, text)).or_insert_with(|| {
            let key = if named {
                crate::fold::partner_key(&r.partner)
            } else {
                format!("\u{10FFFF}{}", r.place.file)
            };
            *by_key.entry(key.clone()).or_insert_with(|| {
                let name = if named {
                    a.partners
                        .id(&r.partner)
                        .map_or(r.partner.clone(), |id| a.partners.name(id).to_string())
                } else {
                    match lang {
                        Lang::Fr => format!("Fichier {}", r.place.file),
                        Lang::En | Lang::Nl => format!("File {}", r.place.file),
                    }
                };
                let sheet = sheet_of(if named { &r.partner } else { "" });
                groups.push(Group {
                    key,
                    name,
                    sheet,
                    list: Vec::new(),
                });
                groups.len() - 1
            })
        });
        groups[g].list.push(r);
    }
    groups.sort_by(|x, y| x.key.cmp(&y.key));
    groups
}

/// One partner's (or file's) correction lines, the first [`SHOWN`] of them, under a title
/// that links the partner's sheet.
fn correction_table(h: &mut String, lang: Lang, group: &Group<'_>) {
    let list = &group.list;
    let rhead = match lang {
        Lang::Fr => ["Fichier", "Feuille", "Ligne", "Colonne", "Valeur", "Problème"],
        Lang::En | Lang::Nl => ["File", "Sheet", "Line", "Column", "Value", "Problem"],
    };
    let _ = writeln!(
        h,
        "<section class=\"partner\"><h3><a href=\"{}\">{}</a> ({})</h3><table><thead><tr>",
        esc(&group.sheet),
        esc(&group.name),
        list.len()
    );
    for c in rhead {
        let _ = write!(h, "<th>{}</th>", esc(c));
    }
    h.push_str("</tr></thead><tbody>\n");
    // A region's report has tens of thousands of these rows: written piece by piece,
    // without a formatted string per row.
    for r in list.iter().take(SHOWN) {
        h.push_str("<tr><td>");
        h.push_str(&esc(&r.place.file));
        h.push_str("</td><td>");
        h.push_str(&esc(&r.place.sheet));
        h.push_str("</td><td class=\"n\">");
        if let Some(l) = r.line {
            let _ = write!(h, "{l}");
        }
        h.push_str("</td><td>");
        h.push_str(&esc(&r.column));
        h.push_str("</td><td>");
        h.push_str(&esc(&r.value));
        h.push_str("</td><td>");
        h.push_str(&esc(&r.reason));
        h.push_str("</td></tr>\n");
    }
    if list.len() > SHOWN {
        let more = match lang {
            Lang::Fr => format!(
                "… {} lignes de plus dans rejets.csv et avertissements.csv",
                list.len() - SHOWN
            ),
            Lang::En | Lang::Nl => format!(
                "… {} more lines in rejets.csv and avertissements.csv",
                list.len() - SHOWN
            ),
        };
        let _ = writeln!(h, "<tr><td colspan=\"6\">{}</td></tr>", esc(&more));
    }
    h.push_str("</tbody></table></section>\n");
}

/// "Fichiers reçus": the tally of every table read, with the totals.
fn files_received(h: &mut String, a: &Analysis, title: &str) {
    let lang = a.lang;
    let fr = lang == Lang::Fr;
    let _ = writeln!(h, "<h2 id=\"fichiers\">{}</h2>", esc(title));
    let thead = if fr {
        [
            "Fichier",
            "Feuille",
            "Tableau",
            "Lues",
            "Utilisées",
            "Rejetées",
            "Remarque",
        ]
    } else {
        ["File", "Sheet", "Table", "Read", "Used", "Rejected", "Remark"]
    };
    h.push_str("<table><thead><tr>");
    for c in thead {
        let _ = write!(h, "<th>{}</th>", esc(c));
    }
    h.push_str("</tr></thead><tbody>\n");
    for tally in &a.tallies {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            esc(&tally.place.file),
            esc(&tally.place.sheet),
            tally.kind.code(),
            tally.read,
            tally.used,
            tally.rejected,
            esc(&tally.remark)
        );
    }
    let _ = writeln!(
        h,
        "<tr><th colspan=\"3\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th></th></tr></tbody></table>",
        esc(lang.pick("Total", "Total")),
        a.rows_read(),
        a.rows_used(),
        a.rows_rejected()
    );
}

/// "Méthode": how the numbers are computed; then the footer and the page's end.
fn method_and_footer(h: &mut String, a: &Analysis, min_cell: u64, date: (u16, u8, u8), title: &str) {
    let lang = a.lang;
    let _ = writeln!(h, "<h2 id=\"methode\">{}</h2>", esc(title));
    for para in method(lang, min_cell) {
        let _ = writeln!(h, "<p>{}</p>", esc(&para));
    }
    let _ = writeln!(
        h,
        "<footer>{} · {} {:04}-{:02}-{:02}</footer>\n</body>\n</html>",
        esc(&charts::footer(a)),
        esc(lang.pick("rapport établi le", "report dated")),
        date.0,
        date.1,
        date.2
    );
}

/// The "Évolution" section: the comparison with the previous recorded period and the trend
/// charts; a sentence saying why when there is no past yet.
fn evolution(
    h: &mut String,
    a: &Analysis,
    past: &crate::history::Past,
    svgs: &[(String, String)],
    min_cell: u64,
    title: &str,
) {
    use crate::history::Evolution;
    let lang = a.lang;
    let t = &a.taxonomy;
    let _ = writeln!(h, "<h2 id=\"evolution\">{}</h2>", esc(title));
    let Some((p1, changes)) = &past.previous else {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            esc(lang.pick(
                "Premier trimestre enregistré : l'évolution apparaîtra au prochain trimestre analysé avec le même dossier de sortie.",
                "First quarter recorded: the change over time appears with the next quarter analysed into the same output folder."
            ))
        );
        return;
    };
    let _ = writeln!(
        h,
        "<p>{}</p><table><thead><tr>",
        esc(&crate::history::evolution_line(lang, *p1, a.period, changes))
    );
    for (e, _) in crate::history::counts(changes) {
        let _ = write!(h, "<th>{}</th>", esc(e.label(lang)));
    }
    h.push_str("</tr></thead><tbody><tr>");
    for (_, n) in crate::history::counts(changes) {
        let _ = write!(h, "<td class=\"n\">{n}</td>");
    }
    h.push_str("</tr></tbody></table>\n");
    for name in ["evolution-manques", "evolution-personnes"] {
        if let Some((_, svg)) = svgs.iter().find(|(n, _)| n == name) {
            let svg = svg.trim_start_matches(|ch: char| ch != '<');
            let _ = writeln!(h, "<figure id=\"fig-{name}\">{svg}<figcaption><code>graphiques/{name}.png</code></figcaption></figure>");
        }
    }
    let label = |kind: Kind, code: &str| -> String {
        t.list(kind)
            .iter()
            .find(|e| e.code == code)
            .map_or(code.to_string(), |e| e.label(lang).to_string())
    };
    let status = |s: Option<Status>| {
        s.map_or(lang.pick("absent", "absent").to_string(), |s| {
            status_label(s, lang).to_string()
        })
    };
    for e in [
        Evolution::Apparu,
        Evolution::Aggrave,
        Evolution::Ameliore,
        Evolution::Resolu,
    ] {
        let list: Vec<_> = changes.iter().filter(|c| c.evolution == e).collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(
            h,
            "<h3>{} ({})</h3><table><thead><tr>",
            esc(e.label(lang)),
            list.len()
        );
        let head = if lang == Lang::Fr {
            [
                "Besoin",
                "Public",
                "Territoire",
                "Avant",
                "Après",
                "Sans réponse avant",
                "Sans réponse après",
            ]
        } else {
            [
                "Need",
                "Public",
                "Territory",
                "Before",
                "After",
                "Not covered before",
                "Not covered after",
            ]
        };
        for c in head {
            let _ = write!(h, "<th>{}</th>", esc(c));
        }
        h.push_str("</tr></thead><tbody>\n");
        for c in list {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&label(Kind::Besoin, &c.besoin)),
                esc(&label(Kind::Public, &c.public)),
                esc(&label(Kind::Territoire, &c.territoire)),
                esc(&status(c.statut1)),
                esc(&status(c.statut2)),
                people(c.pnc1, min_cell),
                people(c.pnc2, min_cell)
            );
        }
        h.push_str("</tbody></table>\n");
    }
}

fn candidates(a: &Analysis, c: &Cell) -> String {
    c.candidats
        .iter()
        .map(|p| esc(a.partners.name(*p)))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn method(lang: Lang, min_cell: u64) -> Vec<String> {
    let mut v: Vec<String> = match lang {
        Lang::Fr => vec![
            "Chaque partenaire signale des besoins (un besoin, pour un public, sur un territoire, avec une priorité de 1 à 4 et, s'il le peut, le nombre de personnes concernées) et déclare ses services (les besoins qu'ils couvrent, pour quel public, où, avec combien de places).".into(),
            "Une cellule de besoin est un besoin pour un public sur un territoire. Elle est demandée par les partenaires qui la signalent ; un partenaire qui la répète compte une fois, avec sa plus grande estimation et sa plus haute priorité. Les personnes concernées sont la somme des estimations données ; la priorité est la plus haute exprimée.".into(),
            "Un service couvre une cellule s'il cite ce besoin, s'adresse à ce public ou à tous les publics, et agit sur ce territoire ou sur toute la commune. Les places sont la somme des capacités déclarées par les services qui la couvrent.".into(),
            "Statut : « non couvert » si aucun service ne couvre la cellule ; « partiellement couvert » si les places déclarées sont moins nombreuses que les personnes signalées ; « couvert » sinon (quand le nombre de personnes ou de places n'est pas connu, une cellule couverte compte comme couverte). Personnes sans réponse : toutes les personnes signalées si la cellule n'est pas couverte, la différence si elle l'est partiellement.".into(),
            "Qui pourrait s'en charger : au plus trois partenaires, d'abord ceux qui ont un service pour ce même besoin, puis ceux qui ont un service du même domaine pour ce public ou pour tous, puis les autres partenaires du même domaine ; ceux qui couvrent déjà la cellule ne sont pas proposés ; à égalité, l'ordre alphabétique.".into(),
            "Chaque ligne reçue est soit utilisée, soit rejetée avec sa raison : lues = utilisées + rejetées pour chaque fichier.".into(),
        ],
        Lang::En | Lang::Nl => vec![
            "Each partner reports needs (a need, for a public, in a territory, with a priority from 1 to 4 and, when known, the number of people concerned) and declares its services (the needs they cover, for which public, where, with how many places).".into(),
            "A need cell is a need for a public in a territory. It is expressed by the partners who report it; a partner repeating it counts once, with its largest estimate and highest priority. People concerned are the sum of the estimates given; the priority is the highest expressed.".into(),
            "A service covers a cell when it lists the need, serves that public or all publics, and works in that territory or the whole municipality. Places are the sum of the capacities declared by the covering services.".into(),
            "Status: 'not covered' when no service covers the cell; 'partly covered' when the places declared are fewer than the people reported; 'covered' otherwise (when people or places are unknown, a covered cell counts as covered). People not covered: all the people reported when the cell is not covered, the difference when it is partly covered.".into(),
            "Who could take charge: up to three partners, first those with a service for the same need, then those with a service in the same domain for that public or all publics, then the other partners of the domain; those already covering the cell are left out; ties in alphabetical order.".into(),
            "Every row received is either used or rejected with its reason: read = used + rejected for each file.".into(),
        ],
    };
    if min_cell > 0 {
        v.push(super::min_cell_note(lang, min_cell));
    }
    v
}
