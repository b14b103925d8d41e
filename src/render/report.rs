//! `rapport.html`: one self-contained file for the coordinator (charts inline as SVG, no
//! network, styles embedded) that opens in any browser, prints cleanly on A4, and from
//! which tables and charts can be pasted into the evaluation. The page is the template
//! `templates/rapport/rapport.html` (askama: every value escaped, partner text included,
//! except the charts' SVG the code drew); its words come from `locales/*/rapport.ftl`.
//! Here, each section's values are gathered, in the order of the table of contents.

use askama::Template;

use crate::analyse::{Cell, Status};
use crate::history::Evolution;
use crate::i18n::{s as text, t, t_args};
use crate::model::{Lang, Rejection, Tally};
use crate::pipeline::Analysis;
use crate::render::charts::{self, status_label};
use crate::render::words::{lang_code, Words};
use crate::taxonomy::Kind;

/// The page: its title, then one value per section.
#[derive(Template)]
#[template(path = "rapport/rapport.html")]
struct Page<'a> {
    w: Words,
    lang_code: &'static str,
    title: String,
    figures: Vec<Figure>,
    rows_line: String,
    charts: Vec<ChartFigure<'a>>,
    gaps: Vec<Row>,
    /// When gaps were left out: how many, and where they are.
    gaps_more: Option<String>,
    help: Option<Help>,
    evolution: Option<EvolutionView<'a>>,
    domains: Vec<Domain>,
    corrections: Vec<CorrectionGroup<'a>>,
    tallies: &'a [Tally],
    total: (u64, u64, u64),
    method: Vec<String>,
    footer: String,
    date: String,
}

/// "Ce que les bénévoles peuvent apporter" (`--benevoles`): the gaps the council's
/// volunteers could help with, most urgent first; counts only, never a name.
struct Help {
    intro: String,
    rows: Vec<HelpRow>,
}

struct HelpRow {
    cell: Row,
    benevoles: u64,
    missions: u64,
}

/// A key figure: "25 partenaires".
struct Figure {
    n: String,
    label: String,
}

/// A chart inline, with its title and the name of its PNG.
struct ChartFigure<'a> {
    name: &'a str,
    title: String,
    svg: &'a str,
}

/// A status as the page shows it: its code (for the badge's class) and its name.
struct Badge {
    code: &'static str,
    label: &'static str,
}

impl Badge {
    fn of(s: Status, lang: Lang) -> Badge {
        Badge {
            code: s.code(),
            label: status_label(s, lang),
        }
    }
}

/// A need cell as a row of the gaps' or a domain's table.
struct Row {
    besoin: String,
    public: String,
    territoire: String,
    mentions: u64,
    personnes: String,
    priorite: u8,
    services: u64,
    places: String,
    statut: Badge,
    sans_reponse: String,
    candidats: String,
}

/// A domain's table, or the sentence saying it had no need.
struct Domain {
    label: String,
    summary: Option<String>,
    rows: Vec<Row>,
    /// When cells were left out: how many, and where they are.
    more: Option<String>,
}

/// The comparison with the previous period.
struct EvolutionView<'a> {
    line: String,
    counts: Vec<(String, usize)>,
    charts: Vec<(&'a str, &'a str)>,
    groups: Vec<EvolutionGroup>,
}

/// The cells of one kind of change.
struct EvolutionGroup {
    label: String,
    rows: Vec<EvolutionRow>,
}

struct EvolutionRow {
    besoin: String,
    public: String,
    territoire: String,
    avant: String,
    apres: String,
    sans_reponse_avant: String,
    sans_reponse_apres: String,
}

/// A partner's (or a file's) corrections, the first [`SHOWN`] of them.
struct CorrectionGroup<'a> {
    name: String,
    sheet: String,
    count: usize,
    rows: &'a [&'a Rejection],
    more: Option<String>,
}

fn people(n: Option<u64>, min_cell: u64) -> String {
    match n {
        None => "–".to_string(),
        Some(n) if n > 0 && n < min_cell => format!("<{min_cell}"),
        Some(n) => n.to_string(),
    }
}

/// The report, as HTML text. `svgs` are the charts' SVG, by chart name. Its sections, in
/// the order of the table of contents, are each gathered by a function of their own.
pub fn html(
    a: &Analysis,
    past: &crate::history::Past,
    svgs: &[(String, String)],
    min_cell: u64,
    date: (u16, u8, u8),
) -> String {
    let lang = a.lang;
    let groups = correction_groups(a);
    let corrections = corrections(lang, &groups);
    let urgent = charts::urgent(&a.cells);
    let gaps_more = (urgent.len() > GAPS_SHOWN).then(|| {
        t_args(
            lang,
            "rapport-manques-plus",
            &[("n", crate::i18n::n((urgent.len() - GAPS_SHOWN) as u64))],
        )
    });
    let (figures, rows_line) = key_figures(a, min_cell);
    let page = Page {
        w: Words(lang),
        lang_code: lang_code(lang),
        title: t_args(lang, "rapport-titre", &[("periode", text(a.period.to_string()))]),
        figures,
        rows_line,
        charts: chart_figures(a, svgs),
        gaps: urgent
            .into_iter()
            .take(GAPS_SHOWN)
            .map(|c| row(a, c, min_cell))
            .collect(),
        gaps_more,
        help: help(a, min_cell),
        evolution: evolution(a, past, svgs, min_cell),
        domains: by_domain(a, min_cell),
        corrections,
        tallies: &a.tallies,
        total: (a.rows_read(), a.rows_used(), a.rows_rejected()),
        method: method(lang, min_cell),
        footer: charts::footer(a),
        date: format!("{:04}-{:02}-{:02}", date.0, date.1, date.2),
    };
    // The template is compiled with the program and writes into a String: it cannot fail
    // on values the code gives, and an empty page would be the sign it did.
    page.render().unwrap_or_default()
}

/// The corrections' groups as shown: each with its first lines, a fair share of
/// [`CORRECTIONS_PER_PAGE`] (at least [`CORRECTIONS_MIN`], at most [`SHOWN`]), and how
/// many more the CSV files have.
fn corrections<'g>(lang: Lang, groups: &'g [Group<'g>]) -> Vec<CorrectionGroup<'g>> {
    let per_group = (CORRECTIONS_PER_PAGE / groups.len().max(1)).clamp(CORRECTIONS_MIN, SHOWN);
    groups
        .iter()
        .map(|g| CorrectionGroup {
            name: g.name.clone(),
            sheet: g.sheet.clone(),
            count: g.list.len(),
            rows: &g.list[..g.list.len().min(per_group)],
            more: (g.list.len() > per_group).then(|| {
                t_args(
                    lang,
                    "rapport-corrections-plus",
                    &[("n", crate::i18n::n((g.list.len() - per_group) as u64))],
                )
            }),
        })
        .collect()
}

/// The gaps with a volunteer who could help or a mission open on them, most urgent first
/// (as "Les manques à combler"), with the counts; `None` without `--benevoles`.
fn help(a: &Analysis, min_cell: u64) -> Option<Help> {
    let h = a.volunteers.as_ref()?;
    let gaps: Vec<usize> = (0..a.cells.len())
        .filter(|i| a.cells[*i].statut.is_gap())
        .collect();
    let mut helped: Vec<usize> = gaps.iter().copied().filter(|i| h.cells[*i] != (0, 0)).collect();
    helped.sort_by_key(|i| {
        let c = &a.cells[*i];
        let urgency = (
            std::cmp::Reverse(c.priorite_max),
            std::cmp::Reverse(c.personnes_non_couvertes.unwrap_or(0)),
        );
        (urgency, (c.domaine, c.besoin, c.public, c.territoire))
    });
    let counts = [
        ("benevoles", crate::i18n::n(h.volunteers)),
        ("aides", crate::i18n::n(helped.len() as u64)),
        ("manques", crate::i18n::n(gaps.len() as u64)),
    ];
    Some(Help {
        intro: t_args(a.lang, "benevoles-rapport-intro", &counts),
        rows: helped
            .into_iter()
            .map(|i| HelpRow {
                cell: row(a, &a.cells[i], min_cell),
                benevoles: h.cells[i].0,
                missions: h.cells[i].1,
            })
            .collect(),
    })
}

/// "Chiffres clés": the counts a reader looks for first, and the rows read.
fn key_figures(a: &Analysis, min_cell: u64) -> (Vec<Figure>, String) {
    let lang = a.lang;
    let counts = crate::render::status_counts(&a.cells);
    let not_covered: u64 = a.cells.iter().filter_map(|c| c.personnes_non_couvertes).sum();
    let figures = [
        (a.partners.len().to_string(), "rapport-chiffre-partenaires"),
        (a.need_rows.to_string(), "rapport-chiffre-besoins"),
        (a.services.len().to_string(), "rapport-chiffre-services"),
        (a.cells.len().to_string(), "rapport-chiffre-cellules"),
        (
            counts[&Status::NonCouvert].to_string(),
            "rapport-chiffre-non-couvertes",
        ),
        (counts[&Status::Partiel].to_string(), "rapport-chiffre-partielles"),
        (counts[&Status::Couvert].to_string(), "rapport-chiffre-couvertes"),
        (
            people(Some(not_covered), min_cell),
            "rapport-chiffre-sans-reponse",
        ),
    ]
    .into_iter()
    .map(|(n, id)| Figure {
        n,
        label: t(lang, id),
    })
    .collect();
    let rows_line = t_args(
        lang,
        "rapport-chiffres-lignes",
        &[
            ("lues", text(a.rows_read().to_string())),
            ("tableaux", text(a.tallies.len().to_string())),
            ("utilisees", text(a.rows_used().to_string())),
            ("rejetees", text(a.rows_rejected().to_string())),
        ],
    );
    (figures, rows_line)
}

/// "Graphiques": the charts inline, each with the name of its PNG for print.
fn chart_figures<'a>(a: &Analysis, svgs: &'a [(String, String)]) -> Vec<ChartFigure<'a>> {
    charts::charts(a)
        .into_iter()
        .filter_map(|c| {
            let (name, svg) = svgs.iter().find(|(n, _)| n == c.name)?;
            Some(ChartFigure {
                name,
                title: c.title,
                svg: svg.trim_start_matches(|ch: char| ch != '<'),
            })
        })
        .collect()
}

/// A need cell as a table row.
fn row(a: &Analysis, c: &Cell, min_cell: u64) -> Row {
    let (lang, tax) = (a.lang, &a.taxonomy);
    Row {
        besoin: tax.entry(Kind::Besoin, c.besoin).label(lang).to_string(),
        public: tax.entry(Kind::Public, c.public).label(lang).to_string(),
        territoire: tax.entry(Kind::Territoire, c.territoire).label(lang).to_string(),
        mentions: c.demande_mentions,
        personnes: people(c.demande_personnes, min_cell),
        priorite: c.priorite_max,
        services: c.offre_services,
        places: people(c.offre_capacite, min_cell),
        statut: Badge::of(c.statut, lang),
        sans_reponse: people(c.personnes_non_couvertes, min_cell),
        candidats: c
            .candidats
            .iter()
            .map(|p| crate::sanitize::cut(a.partners.name(*p)))
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

/// "Par domaine": one table of cells per domain, in taxonomy order.
fn by_domain(a: &Analysis, min_cell: u64) -> Vec<Domain> {
    let lang = a.lang;
    a.taxonomy
        .list(Kind::Domaine)
        .iter()
        .enumerate()
        .map(|(d, domain)| {
            let cells: Vec<&Cell> = a.cells.iter().filter(|c| c.domaine == d).collect();
            let gaps = cells.iter().filter(|c| c.statut.is_gap()).count();
            let more = (cells.len() > DOMAIN_SHOWN).then(|| {
                t_args(
                    lang,
                    "rapport-domaine-plus",
                    &[("n", crate::i18n::n((cells.len() - DOMAIN_SHOWN) as u64))],
                )
            });
            Domain {
                label: domain.label(lang).to_string(),
                summary: (!cells.is_empty()).then(|| {
                    t_args(
                        lang,
                        "rapport-domaine-resume",
                        &[
                            ("cellules", crate::i18n::n(cells.len() as u64)),
                            ("manques", crate::i18n::n(gaps as u64)),
                        ],
                    )
                }),
                rows: cells
                    .into_iter()
                    .take(DOMAIN_SHOWN)
                    .map(|c| row(a, c, min_cell))
                    .collect(),
                more,
            }
        })
        .collect()
}

/// Correction lines shown per partner: a partner with thousands of lines gets the first
/// ones; the CSV has them all.
const SHOWN: usize = 50;
/// Correction lines on the whole page, shared among its groups: a region's run has
/// hundreds of partners and hundreds of thousands of lines, the report stays a page.
const CORRECTIONS_PER_PAGE: usize = 2_000;
/// Correction lines a group shows however many groups share the page.
const CORRECTIONS_MIN: usize = 3;
/// Gaps listed, most urgent first; `cadastre.csv` has them all.
const GAPS_SHOWN: usize = 500;
/// Cells listed per domain; `cadastre.csv` has them all.
const DOMAIN_SHOWN: usize = 300;

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
                    let shown = a
                        .partners
                        .id(&r.partner)
                        .map_or(r.partner.as_str(), |id| a.partners.name(id));
                    crate::sanitize::cut(shown).into_owned()
                } else {
                    t_args(
                        lang,
                        "rapport-corrections-fichier",
                        &[("fichier", crate::i18n::s(r.place.file.as_str()))],
                    )
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

/// The "Évolution" section: the comparison with the previous recorded period and the trend
/// charts; `None` (a sentence saying why) when there is no past yet.
fn evolution<'a>(
    a: &Analysis,
    past: &crate::history::Past,
    svgs: &'a [(String, String)],
    min_cell: u64,
) -> Option<EvolutionView<'a>> {
    let lang = a.lang;
    let tax = &a.taxonomy;
    let (p1, changes) = past.previous.as_ref()?;
    let label = |kind: Kind, code: &str| -> String {
        tax.list(kind)
            .iter()
            .find(|e| e.code == code)
            .map_or(code.to_string(), |e| e.label(lang).to_string())
    };
    let status = |s: Option<Status>| {
        s.map_or_else(
            || t(lang, "rapport-absent"),
            |s| status_label(s, lang).to_string(),
        )
    };
    let groups = [
        Evolution::Apparu,
        Evolution::Aggrave,
        Evolution::Ameliore,
        Evolution::Resolu,
    ]
    .into_iter()
    .map(|e| EvolutionGroup {
        label: e.label(lang),
        rows: changes
            .iter()
            .filter(|c| c.evolution == e)
            .map(|c| EvolutionRow {
                besoin: label(Kind::Besoin, &c.besoin),
                public: label(Kind::Public, &c.public),
                territoire: label(Kind::Territoire, &c.territoire),
                avant: status(c.statut1),
                apres: status(c.statut2),
                sans_reponse_avant: people(c.pnc1, min_cell),
                sans_reponse_apres: people(c.pnc2, min_cell),
            })
            .collect(),
    })
    .filter(|g| !g.rows.is_empty())
    .collect();
    Some(EvolutionView {
        line: crate::history::evolution_line(lang, *p1, a.period, changes),
        counts: crate::history::counts(changes)
            .into_iter()
            .map(|(e, n)| (e.label(lang), n))
            .collect(),
        charts: ["evolution-manques", "evolution-personnes"]
            .into_iter()
            .filter_map(|name| {
                let (name, svg) = svgs.iter().find(|(n, _)| n == name)?;
                Some((name.as_str(), svg.trim_start_matches(|ch: char| ch != '<')))
            })
            .collect(),
        groups,
    })
}

/// "Comment les chiffres sont calculés": the paragraphs, and the --min-cell note.
fn method(lang: Lang, min_cell: u64) -> Vec<String> {
    let mut v: Vec<String> = [
        "rapport-methode-besoins",
        "rapport-methode-cellule",
        "rapport-methode-service",
        "rapport-methode-statut",
        "rapport-methode-candidats",
        "rapport-methode-lignes",
    ]
    .into_iter()
    .map(|id| t(lang, id))
    .collect();
    if min_cell > 0 {
        v.push(super::min_cell_note(lang, min_cell));
    }
    v
}
