//! What a partner's sheet says, as text ready to show: the same content for the HTML page
//! (through its template) and for the terminal (`cadastre partenaire`). Words come from
//! the catalogs ([`crate::i18n`]), taxonomy labels from the taxonomy, people counts pass
//! through `--min-cell`. Nothing here is escaped: the template escapes, the terminal text
//! is put on one line.

use crate::analyse::{Cell, Status};
use crate::i18n::{n, s, t, t_args};
use crate::model::{Lang, Rejection, TableKind, Tally};
use crate::render::guide::CardAttributes;
use crate::sanitize::cut;
use crate::taxonomy::Kind;

use super::facts::{CellKey, Facts};

/// Covering services and other reporters listed per need; the rest is counted.
const LISTED: usize = 5;

/// How much of each long list a page shows: a region's partner has tens of thousands of
/// rejected rows and services, and nobody opens a 60 MB page at a bilateral meeting. What
/// a page leaves out it counts, and says where it is. Each `<tr>` or card shown keeps
/// SPEC's markup. Its needs are always shown in full (at most one per cell).
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// Rejected rows of one file (its first rows of each column in trouble); the rest are
    /// in `rejets.csv`.
    pub rejects_per_file: usize,
    /// Rejected rows of a whole page, shared among its files.
    pub rejects_per_page: usize,
    /// Cells where the partner is a candidate, most urgent first; the rest are in
    /// `cadastre.csv` (column `candidats`).
    pub candidacies: usize,
    /// Services, in guide order; the guide and `guide.csv` have them all.
    pub services: usize,
    /// Need cells up to which a page names, for each covered cell, the first services to
    /// refer people to; a page with more need cells gives each covered cell the number of
    /// its services only (the guide has them all, with their contacts). Who else reports a
    /// cell no service covers is always named.
    pub named_cells: usize,
}

impl Bounds {
    /// The bounds of the written pages: above what a commune's quarter holds (the sample's
    /// largest sheet has 27 need cells, 25 candidacies, 7 services and 4 rejected rows, and
    /// is never cut), a sheet a meeting can open whatever the region sends: a partner of
    /// the bench's 10M-row corpus has every cell of the taxonomy (1,536 with the default
    /// one), and its page stays near 0.6 MB.
    pub const PAGE: Bounds = Bounds {
        rejects_per_file: 10,
        rejects_per_page: 50,
        candidacies: 100,
        services: 50,
        named_cells: 40,
    };
}

/// A number and what it counts, for the figures at the top of a sheet.
#[derive(Debug, Clone)]
pub struct Figure {
    pub n: u64,
    pub label: String,
}

/// A row of `fichiers.csv` that names the partner.
#[derive(Debug, Clone)]
pub struct TableLine {
    pub file: String,
    pub sheet: String,
    pub kind: String,
    pub read: u64,
    pub used: u64,
    pub rejected: u64,
    pub remark: String,
}

/// A line of `rejets.csv`.
#[derive(Debug, Clone)]
pub struct RejectLine {
    pub file: String,
    pub sheet: String,
    /// Empty for a file-level rejection.
    pub line: String,
    pub column: String,
    pub value: String,
    pub reason: String,
    /// Set when the row names no partner and was given to every partner of its table.
    pub shared: Option<String>,
}

/// The rejected rows of one file: all of them, or when there are too many for a page,
/// the first ones of each column in trouble, with the count of each.
#[derive(Debug, Clone)]
pub struct RejectGroup {
    pub title: String,
    pub rows: Vec<RejectLine>,
    /// When rows were left out: per column, how many rows and how many are shown.
    pub counts: Vec<String>,
    /// When rows were left out: how many, and that `rejets.csv` has them all.
    pub more: Option<String>,
}

/// A page's rejected rows: the files that have rows shown, then the files that come
/// after the page's bound is spent, each in one line of counts.
#[derive(Debug, Clone, Default)]
pub struct Rejects {
    pub groups: Vec<RejectGroup>,
    pub rest: Vec<RestLine>,
}

impl Rejects {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.rest.is_empty()
    }
}

/// A file none of whose rejected rows fit on the page: how many, per column.
#[derive(Debug, Clone)]
pub struct RestLine {
    pub file: String,
    pub n: usize,
    /// "partenaire 12 · besoin 5", columns in the order they first appear.
    pub by_column: String,
}

/// A cell by its codes and labels.
#[derive(Debug, Clone)]
pub struct CellText {
    pub besoin: String,
    pub public: String,
    pub territoire: String,
    pub statut: String,
    pub besoin_label: String,
    pub public_label: String,
    pub territoire_label: String,
    pub statut_label: String,
}

/// A service to refer people to.
#[derive(Debug, Clone)]
pub struct Referral {
    pub service: String,
    pub partner: String,
    pub contact: String,
    /// The contact with its links, escaped ([`crate::render::guide::linkify`]).
    pub contact_html: String,
}

/// A need cell the partner expressed.
#[derive(Debug, Clone)]
pub struct NeedLine {
    pub cell: CellText,
    /// The partner's own priority and estimate.
    pub priorite: u8,
    pub personnes: String,
    pub sans_reponse: String,
    pub referrals: Vec<Referral>,
    /// "and 3 others" when more services cover it than are listed; else empty.
    pub more: String,
    /// Who else reports it (when no service covers it); else empty.
    pub others: String,
    /// On a page that counts services: the need and public of the rows this line opens
    /// ("Isolement · Aînés"), when they differ from the line before's; else `None`.
    pub group: Option<String>,
}

/// A cell where the partner is a candidate.
#[derive(Debug, Clone)]
pub struct CandidateLine {
    pub cell: CellText,
    pub rang: usize,
    pub pourquoi: String,
    pub priorite: u8,
    pub sans_reponse: String,
}

/// A mission the partner opened for the council's volunteers (`analyse --benevoles`):
/// what it asks, never who answered.
#[derive(Debug, Clone)]
pub struct MissionLine {
    pub title: String,
    pub besoin: String,
    pub besoin_label: String,
    pub territoire_label: String,
    pub nombre: u32,
}

/// A field of a service card: its label and text, or its HTML when the code made it.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: String,
    pub text: String,
    pub html: Option<String>,
}

/// A service card, as in the guide.
#[derive(Debug, Clone)]
pub struct Card {
    pub attrs: CardAttributes,
    pub service: String,
    pub partner: String,
    pub fields: Vec<Field>,
}

/// A cell that changed since the previous period.
#[derive(Debug, Clone)]
pub struct ChangeLine {
    pub besoin_label: String,
    pub public_label: String,
    pub territoire_label: String,
    pub evolution: String,
    pub evolution_label: String,
    pub avant: String,
    pub apres: String,
    pub sans_reponse_avant: String,
    pub sans_reponse_apres: String,
}

/// What changed for the partner's cells.
#[derive(Debug, Clone)]
pub struct Changes {
    pub title: String,
    /// Empty when something changed, else the sentence that says nothing did.
    pub none: String,
    pub lines: Vec<ChangeLine>,
    /// How many of its cells did not change; empty when none.
    pub stable: String,
}

/// Everything a partner's sheet says.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub lang: Lang,
    pub name: String,
    pub file: String,
    pub period: String,
    pub figures: Vec<Figure>,
    pub sent: String,
    pub tables: Vec<TableLine>,
    pub total: TableLine,
    pub rejections: usize,
    pub rejets: Rejects,
    pub besoins: Vec<NeedLine>,
    /// When the page has more need cells than [`Bounds::named_cells`]: the sentence that
    /// says services are counted, not named, and where they are.
    pub besoins_counted: Option<String>,
    pub candidat: Vec<CandidateLine>,
    /// When candidacies were left out: how many, and where they are.
    pub candidat_more: Option<String>,
    pub services: Vec<Card>,
    /// When services were left out: how many, and where they are.
    pub services_more: Option<String>,
    /// Its open missions for volunteers (`--benevoles`).
    pub missions: Vec<MissionLine>,
    pub changes: Option<Changes>,
    pub note: Option<String>,
    pub footer: String,
}

/// A partner in the index.
#[derive(Debug, Clone)]
pub struct IndexLine {
    pub name: String,
    pub file: String,
    pub besoins: usize,
    pub candidat: usize,
    pub services: usize,
    pub rejets: usize,
}

/// The list of sheets, and the rejected rows that belong to no partner.
#[derive(Debug, Clone)]
pub struct Index {
    pub lang: Lang,
    pub period: String,
    pub partners: Vec<IndexLine>,
    pub rejections: usize,
    pub rejets: Rejects,
    pub note: Option<String>,
    pub footer: String,
}

/// A count of people as shown: `–` when unknown, `<N` under `--min-cell N`.
pub fn people(v: Option<u64>, min_cell: u64) -> String {
    match v {
        None => "–".into(),
        Some(v) if v > 0 && v < min_cell => format!("<{min_cell}"),
        Some(v) => v.to_string(),
    }
}

pub fn status_label(lang: Lang, s: Option<Status>) -> String {
    t(
        lang,
        s.map_or("statut-absent", |s| match s {
            Status::NonCouvert => "statut-non-couvert",
            Status::Partiel => "statut-partiel",
            Status::Couvert => "statut-couvert",
        }),
    )
}

/// A table's kind in words. An unreadable table names no partner and its file has no
/// other: it is on no sheet, and keeps its `fichiers.csv` code should it ever be.
fn kind_label(lang: Lang, k: TableKind) -> String {
    match k {
        TableKind::Besoins => t(lang, "tableau-besoins"),
        TableKind::Services => t(lang, "tableau-services"),
        TableKind::Ignoree => t(lang, "tableau-ignoree"),
        TableKind::Illisible => k.code().to_string(),
    }
}

fn cell_text(f: &Facts, c: &Cell) -> CellText {
    let (tax, lang) = (&f.a.taxonomy, f.a.lang);
    CellText {
        besoin: tax.code(Kind::Besoin, c.besoin).into(),
        public: tax.code(Kind::Public, c.public).into(),
        territoire: tax.code(Kind::Territoire, c.territoire).into(),
        statut: c.statut.code().into(),
        besoin_label: tax.entry(Kind::Besoin, c.besoin).label(lang).into(),
        public_label: tax.entry(Kind::Public, c.public).label(lang).into(),
        territoire_label: tax.entry(Kind::Territoire, c.territoire).label(lang).into(),
        statut_label: status_label(lang, Some(c.statut)),
    }
}

fn footer(f: &Facts) -> String {
    let (y, m, d) = f.date;
    t_args(
        f.a.lang,
        "pied",
        &[
            ("periode", s(f.a.period.to_string())),
            ("date", s(format!("{y:04}-{m:02}-{d:02}"))),
        ],
    )
}

fn min_cell_note(f: &Facts) -> Option<String> {
    (f.min_cell > 0).then(|| {
        t_args(
            f.a.lang,
            "note-min-cell",
            &[("n", n(f.min_cell)), ("max", n(f.min_cell.saturating_sub(1)))],
        )
    })
}

/// The sheet of a partner (its index in the roster).
pub fn sheet(f: &Facts, p: usize) -> Sheet {
    let a = f.a;
    let lang = a.lang;
    let partner = &f.roster.partners[p];
    let tables: Vec<&Tally> = f.roster.tables[p].iter().map(|t| &a.tallies[*t]).collect();
    let rejected: Vec<&Rejection> = f.roster.rejections[p].iter().map(|i| &a.rejections[*i]).collect();
    let besoins = partner.id.map_or_else(Vec::new, |id| needs(f, id));
    let besoins_counted = (besoins.len() > f.bounds.named_cells)
        .then(|| t_args(lang, "besoins-comptes", &[("n", n(besoins.len() as u64))]));
    let (candidat, candidat_total) = partner.id.map_or((Vec::new(), 0), |id| candidacies(f, id));
    let all_services: &[u32] = partner.id.map_or(&[], |id| &f.services_of[id as usize]);
    let (services, services_more) = services(f, all_services);
    let figures = vec![
        figure(lang, "chiffre-rejets", rejected.len()),
        figure(lang, "chiffre-besoins", besoins.len()),
        figure(lang, "chiffre-candidat", candidat_total),
        figure(lang, "chiffre-services", all_services.len()),
    ];
    let candidat_more = (candidat_total > candidat.len()).then(|| {
        let left = (candidat_total - candidat.len()) as u64;
        t_args(lang, "candidat-plus", &[("n", n(left))])
    });
    Sheet {
        lang,
        name: partner.name.clone(),
        file: partner.file.clone(),
        period: a.period.to_string(),
        figures,
        sent: sent_summary(lang, &tables),
        total: total(lang, &tables),
        tables: tables.iter().map(|t| table_line(lang, t)).collect(),
        rejections: rejected.len(),
        rejets: reject_groups(lang, &rejected, true, f.bounds),
        changes: partner.id.and_then(|id| changes(f, id)),
        besoins,
        besoins_counted,
        candidat,
        candidat_more,
        services,
        services_more,
        missions: missions(f, &partner.name),
        note: min_cell_note(f),
        footer: footer(f),
    }
}

/// The cards of the first [`Bounds::services`] of a partner's services (guide order), and
/// when some were left out, the sentence that counts them and says where they are.
fn services(f: &Facts, all: &[u32]) -> (Vec<Card>, Option<String>) {
    let cards: Vec<Card> = all
        .iter()
        .take(f.bounds.services)
        .map(|i| card(f, &f.a.services[*i as usize]))
        .collect();
    let more = (all.len() > cards.len()).then(|| {
        t_args(
            f.a.lang,
            "services-plus",
            &[("total", n(all.len() as u64)), ("montres", n(cards.len() as u64))],
        )
    });
    (cards, more)
}

/// The missions a partner opened for volunteers (same partner by the identity rule).
fn missions(f: &Facts, name: &str) -> Vec<MissionLine> {
    let (a, lang) = (f.a, f.a.lang);
    let Some(help) = &a.volunteers else {
        return Vec::new();
    };
    let key = crate::fold::partner_key(name);
    let tax = &a.taxonomy;
    help.missions
        .iter()
        .filter(|m| crate::fold::partner_key(&m.partner) == key)
        .map(|m| MissionLine {
            title: m.title.clone(),
            besoin: tax.code(Kind::Besoin, m.need).to_string(),
            besoin_label: tax.entry(Kind::Besoin, m.need).label(lang).to_string(),
            territoire_label: tax.entry(Kind::Territoire, m.territory).label(lang).to_string(),
            nombre: m.count,
        })
        .collect()
}

fn figure(lang: Lang, id: &str, count: usize) -> Figure {
    Figure {
        n: count as u64,
        label: t_args(lang, id, &[("n", n(count as u64))]),
    }
}

fn table_line(lang: Lang, t: &Tally) -> TableLine {
    TableLine {
        file: t.place.file.clone(),
        sheet: t.place.sheet.clone(),
        kind: kind_label(lang, t.kind),
        read: t.read,
        used: t.used,
        rejected: t.rejected,
        remark: t.remark.clone(),
    }
}

fn total(lang: Lang, tables: &[&Tally]) -> TableLine {
    TableLine {
        file: t(lang, "envoi-total"),
        sheet: String::new(),
        kind: String::new(),
        read: tables.iter().map(|t| t.read).sum(),
        used: tables.iter().map(|t| t.used).sum(),
        rejected: tables.iter().map(|t| t.rejected).sum(),
        remark: String::new(),
    }
}

fn sent_summary(lang: Lang, tables: &[&Tally]) -> String {
    let mut files: Vec<&str> = tables.iter().map(|t| t.place.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let sum = |g: fn(&Tally) -> u64| n(tables.iter().map(|t| g(t)).sum());
    t_args(
        lang,
        "envoi-resume",
        &[
            ("tableaux", n(tables.len() as u64)),
            ("fichiers", n(files.len() as u64)),
            ("lues", sum(|t| t.read)),
            ("utilisees", sum(|t| t.used)),
            ("rejetees", sum(|t| t.rejected)),
        ],
    )
}

/// Rejected rows grouped by file, files in the order of `rejets.csv`. On a sheet
/// (`shared_note`), a row that names no partner says why it is there. A page shows at
/// most [`Bounds::rejects_per_page`] rows, shared among its files, and at most
/// [`Bounds::rejects_per_file`] of a file: a file cut short shows the first rows of each column
/// in trouble, with the count of each, and says how many more `rejets.csv` has. The files
/// after the page's rows are spent are counted, one line each.
pub fn reject_groups(lang: Lang, rows: &[&Rejection], shared_note: bool, bounds: Bounds) -> Rejects {
    let mut groups: Vec<(&str, Vec<&Rejection>)> = Vec::new();
    let mut at: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for r in rows {
        let g = *at.entry(r.place.file.as_str()).or_insert_with(|| {
            groups.push((&r.place.file, Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(r);
    }
    let page = bounds.rejects_per_page;
    let per_file = (page / groups.len().max(1)).clamp(1, bounds.rejects_per_file.max(1));
    let mut budget = page;
    let mut out = Rejects::default();
    for (file, all) in groups {
        if budget == 0 {
            out.rest.push(rest_line(lang, file, &all));
            continue;
        }
        let g = reject_group(lang, file, &all, per_file.min(budget), shared_note);
        budget -= g.rows.len();
        out.groups.push(g);
    }
    out
}

/// A file's rejected rows, counted per column in the order they first appear.
fn by_column<'r>(all: &[&'r Rejection]) -> Vec<(&'r str, Vec<&'r Rejection>)> {
    let mut columns: Vec<(&str, Vec<&Rejection>)> = Vec::new();
    for r in all {
        match columns.iter_mut().find(|(c, _)| *c == r.column) {
            Some(c) => c.1.push(r),
            None => columns.push((&r.column, vec![r])),
        }
    }
    columns
}

/// A column's name as the counts say it: a file-level rejection has none.
fn column_name(lang: Lang, column: &str) -> String {
    if column.is_empty() {
        t(lang, "rejets-fichier-entier")
    } else {
        column.to_string()
    }
}

fn rest_line(lang: Lang, file: &str, all: &[&Rejection]) -> RestLine {
    let by_column = by_column(all)
        .iter()
        .map(|(c, l)| format!("{} {}", column_name(lang, c), l.len()))
        .collect::<Vec<_>>()
        .join(" · ");
    RestLine {
        file: file.to_string(),
        n: all.len(),
        by_column,
    }
}

/// One file's rejected rows, at most `room` of them shown.
fn reject_group(lang: Lang, file: &str, all: &[&Rejection], room: usize, shared_note: bool) -> RejectGroup {
    let title = t_args(
        lang,
        "rejets-fichier",
        &[("fichier", s(file)), ("n", n(all.len() as u64))],
    );
    if all.len() <= room {
        let rows = all.iter().map(|r| reject_line(lang, r, shared_note)).collect();
        return RejectGroup {
            title,
            rows,
            counts: Vec::new(),
            more: None,
        };
    }
    // By column, in the order they first appear: the first rows of each, as many of each
    // as the room allows (see [`shown_per_column`]).
    let columns = by_column(all);
    let lengths: Vec<usize> = columns.iter().map(|(_, l)| l.len()).collect();
    let shown = shown_per_column(&lengths, room);
    let mut rows = Vec::with_capacity(room);
    let mut counts = Vec::with_capacity(columns.len());
    for ((column, list), &shown) in columns.iter().zip(&shown) {
        rows.extend(list[..shown].iter().map(|r| reject_line(lang, r, shared_note)));
        counts.push(t_args(
            lang,
            "rejets-colonne",
            &[
                ("colonne", s(column_name(lang, column))),
                ("n", n(list.len() as u64)),
                ("montres", n(shown as u64)),
            ],
        ));
    }
    let more = t_args(lang, "rejets-plus", &[("n", n((all.len() - rows.len()) as u64))]);
    RejectGroup {
        title,
        rows,
        counts,
        more: Some(more),
    }
}

/// How many rows of each column a file cut short shows, for columns of `lengths` rows and
/// `room` rows in all: the same number `k` of each, as large as the room allows, then one
/// more of the first columns that have more, while room is left. A file with more columns
/// in trouble than room shows the first row of its first columns.
fn shown_per_column(lengths: &[usize], room: usize) -> Vec<usize> {
    let with = |k: usize| lengths.iter().map(|l| (*l).min(k)).sum::<usize>();
    let mut k = 0;
    while with(k + 1) <= room && with(k + 1) > with(k) {
        k += 1;
    }
    let mut left = room - with(k);
    lengths
        .iter()
        .map(|&l| {
            let extra = usize::from(left > 0 && l > k);
            left -= extra;
            l.min(k) + extra
        })
        .collect()
}

fn reject_line(lang: Lang, r: &Rejection, shared_note: bool) -> RejectLine {
    let unnamed_row = r.line.is_some() && crate::fold::partner_key(&r.partner).is_empty();
    RejectLine {
        file: r.place.file.clone(),
        sheet: r.place.sheet.clone(),
        line: r.line.map_or(String::new(), |l| l.to_string()),
        column: r.column.clone(),
        value: r.value.clone(),
        reason: r.reason.clone(),
        shared: (shared_note && unnamed_row).then(|| t(lang, "rejets-sans-nom")),
    }
}

/// The cells a partner expressed, in `cadastre.csv` order.
fn needs(f: &Facts, id: u32) -> Vec<NeedLine> {
    let a = f.a;
    let mut facts: Vec<(usize, &crate::analyse::NeedFact)> = a.need_cells[f.needs_of[id as usize].clone()]
        .iter()
        .filter_map(|nf| Some((*f.cell_at.get(&(nf.besoin, nf.public, nf.territoire))?, nf)))
        .collect();
    facts.sort_unstable_by_key(|(ci, _)| *ci);
    let named = facts.len() <= f.bounds.named_cells;
    let mut lines: Vec<NeedLine> = facts
        .into_iter()
        .map(|(ci, nf)| need_line(f, id, ci, nf, named))
        .collect();
    if !named {
        group_by_need_and_public(&mut lines);
    }
    lines
}

/// Marks the first line of each run of lines with the same need and public: a page that
/// counts services shows them as row groups under that heading, its rows naming only
/// their territory.
fn group_by_need_and_public(lines: &mut [NeedLine]) {
    for i in 0..lines.len() {
        let c = &lines[i].cell;
        let opens = i == 0 || {
            let p = &lines[i - 1].cell;
            (&p.besoin, &p.public) != (&c.besoin, &c.public)
        };
        if opens {
            lines[i].group = Some(format!("{} · {}", c.besoin_label, c.public_label));
        }
    }
}

/// The line of the need cell at `ci`; `named`: its first covering services are named, else
/// counted.
fn need_line(f: &Facts, id: u32, ci: usize, nf: &crate::analyse::NeedFact, named: bool) -> NeedLine {
    let a = f.a;
    let lang = a.lang;
    let c = &a.cells[ci];
    let key: CellKey = (c.besoin, c.public, c.territoire);
    let (covering, covered_by) = if c.statut == Status::NonCouvert {
        (Vec::new(), 0)
    } else {
        f.covering(key, if named { LISTED } else { 0 })
    };
    let referrals = covering
        .iter()
        .map(|i| referral(f, &a.services[*i as usize]))
        .collect();
    let (more, others_text) = if c.statut == Status::NonCouvert {
        (String::new(), others(f, id, key))
    } else if named {
        (and_more(lang, covered_by), String::new())
    } else {
        (String::new(), f.services_counted(ci, covered_by).to_string())
    };
    NeedLine {
        cell: cell_text(f, c),
        priorite: nf.priorite,
        personnes: people(nf.personnes, f.min_cell),
        sans_reponse: people(c.personnes_non_couvertes, f.min_cell),
        referrals,
        more,
        others: others_text,
        group: None,
    }
}

fn and_more(lang: Lang, total: usize) -> String {
    if total > LISTED {
        t_args(lang, "besoins-et-autres", &[("n", n((total - LISTED) as u64))])
    } else {
        String::new()
    }
}

/// Who else reports a cell no service covers.
fn others(f: &Facts, id: u32, key: CellKey) -> String {
    let lang = f.a.lang;
    let list = || f.reporters.get(&key).into_iter().flatten().filter(|p| **p != id);
    // Counted, and only the names listed cut (a cell may have thousands of reporters).
    let total = list().count();
    if total == 0 {
        return t(lang, "besoins-seul");
    }
    let shown: Vec<_> = list().take(LISTED).map(|p| cut(f.a.partners.name(*p))).collect();
    let mut names = shown.iter().map(|n| n.as_ref()).collect::<Vec<_>>().join(", ");
    let more = and_more(lang, total);
    if !more.is_empty() {
        names = format!("{names} {more}");
    }
    t_args(lang, "besoins-aussi", &[("noms", s(&names))])
}

fn referral(f: &Facts, svc: &crate::pipeline::Service) -> Referral {
    Referral {
        service: cut(svc.row.service()).into_owned(),
        partner: cut(f.a.partners.name(svc.partner)).into_owned(),
        contact: svc.row.contact().into(),
        contact_html: crate::render::guide::linkify(svc.row.contact()),
    }
}

/// The cells naming the partner as a candidate, most urgent first (priority, then people
/// not covered, then `cadastre.csv` order): the first [`Bounds::candidacies`], and how many
/// there are.
fn candidacies(f: &Facts, id: u32) -> (Vec<CandidateLine>, usize) {
    let a = f.a;
    let mut list: Vec<(usize, usize)> = f.candidacies[id as usize].clone();
    list.sort_by_key(|(ci, _)| {
        let c = &a.cells[*ci];
        (
            std::cmp::Reverse(c.priorite_max),
            std::cmp::Reverse(c.personnes_non_couvertes.unwrap_or(0)),
            *ci,
        )
    });
    let total = list.len();
    let lines = list
        .into_iter()
        .take(f.bounds.candidacies)
        .map(|(ci, rang)| {
            let c = &a.cells[ci];
            CandidateLine {
                cell: cell_text(f, c),
                rang,
                pourquoi: t(a.lang, f.reason(id, c).message_id()),
                priorite: c.priorite_max,
                sans_reponse: people(c.personnes_non_couvertes, f.min_cell),
            }
        })
        .collect();
    (lines, total)
}

/// A service's card, as the guide shows it.
pub fn card(f: &Facts, svc: &crate::pipeline::Service) -> Card {
    let a = f.a;
    let (tax, lang) = (&a.taxonomy, a.lang);
    let row = &svc.row;
    let text = |id: &str, v: String| Field {
        label: t(lang, id),
        text: v,
        html: None,
    };
    let needs = row
        .besoins()
        .map(|b| tax.entry(Kind::Besoin, b).label(lang))
        .collect::<Vec<_>>()
        .join(", ");
    let places = row.capacite.map_or(String::new(), |c| {
        let shown = people(Some(c), f.min_cell);
        t_args(lang, "carte-places-valeur", &[("n", s(&shown))])
    });
    let mut fields = vec![
        text("carte-besoins", needs),
        text(
            "carte-public",
            tax.entry(Kind::Public, row.public()).label(lang).into(),
        ),
        text(
            "carte-ou",
            tax.entry(Kind::Territoire, row.territoire()).label(lang).into(),
        ),
        text("carte-places", places),
        Field {
            html: Some(crate::render::guide::linkify(row.contact())),
            ..text("carte-contact", row.contact().into())
        },
        text("carte-horaires", row.horaires().into()),
        text("carte-adresse", row.adresse().into()),
    ];
    fields.retain(|f| !f.text.is_empty());
    Card {
        attrs: crate::render::guide::card_attributes(a, svc),
        service: cut(row.service()).into_owned(),
        partner: cut(a.partners.name(svc.partner)).into_owned(),
        fields,
    }
}

/// What changed since the previous period for the cells the partner expressed or is a
/// candidate for, in `cadastre.csv` order; `None` without a previous period.
fn changes(f: &Facts, id: u32) -> Option<Changes> {
    let a = f.a;
    let lang = a.lang;
    let (before, _) = f.previous.as_ref()?;
    let mut cells: Vec<usize> = a.need_cells[f.needs_of[id as usize].clone()]
        .iter()
        .filter_map(|nf| f.cell_at.get(&(nf.besoin, nf.public, nf.territoire)).copied())
        .chain(f.candidacies[id as usize].iter().map(|(ci, _)| *ci))
        .collect();
    cells.sort_unstable();
    cells.dedup();
    let mut lines = Vec::new();
    let mut stable = 0u64;
    for ci in cells {
        let c = &a.cells[ci];
        match f.change((c.besoin, c.public, c.territoire)) {
            Some(ch) if ch.evolution != crate::history::Evolution::Stable => {
                lines.push(change_line(f, c, ch))
            }
            _ => stable += 1,
        }
    }
    let period = s(before.to_string());
    Some(Changes {
        title: t_args(lang, "evolution-titre", &[("periode", period.clone())]),
        none: if lines.is_empty() {
            t_args(lang, "evolution-aucun", &[("periode", period)])
        } else {
            String::new()
        },
        stable: if stable > 0 && !lines.is_empty() {
            t_args(lang, "evolution-stables", &[("n", n(stable))])
        } else {
            String::new()
        },
        lines,
    })
}

fn change_line(f: &Facts, c: &Cell, ch: &crate::history::Change) -> ChangeLine {
    let lang = f.a.lang;
    let text = cell_text(f, c);
    ChangeLine {
        besoin_label: text.besoin_label,
        public_label: text.public_label,
        territoire_label: text.territoire_label,
        evolution: ch.evolution.code().into(),
        evolution_label: t(lang, &format!("evolution-{}", ch.evolution.code())),
        avant: status_label(lang, ch.statut1),
        apres: status_label(lang, ch.statut2),
        sans_reponse_avant: people(ch.pnc1, f.min_cell),
        sans_reponse_apres: people(ch.pnc2, f.min_cell),
    }
}

/// The list of sheets, and the rejected rows that belong to no partner.
pub fn index(f: &Facts) -> Index {
    let a = f.a;
    let partners = f
        .roster
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| IndexLine {
            name: p.name.clone(),
            file: p.file.clone(),
            besoins: p.id.map_or(0, |id| f.needs_of[id as usize].len()),
            candidat: p.id.map_or(0, |id| f.candidacies[id as usize].len()),
            services: p.id.map_or(0, |id| f.services_of[id as usize].len()),
            rejets: f.roster.rejections[i].len(),
        })
        .collect();
    let unowned: Vec<&Rejection> = f.roster.unowned.iter().map(|i| &a.rejections[*i]).collect();
    Index {
        lang: a.lang,
        period: a.period.to_string(),
        partners,
        rejections: unowned.len(),
        rejets: reject_groups(a.lang, &unowned, false, f.bounds),
        note: min_cell_note(f),
        footer: footer(f),
    }
}

#[cfg(test)]
mod tests {
    use super::shown_per_column;

    #[test]
    fn a_file_cut_short_shows_the_first_rows_of_each_column_as_room_allows() {
        // The same number of each column when they all have more.
        assert_eq!(shown_per_column(&[3000, 600], 10), vec![5, 5]);
        assert_eq!(shown_per_column(&[1000], 10), vec![10]);
        // A short column gives its room to the others.
        assert_eq!(shown_per_column(&[7, 2, 5, 2], 10), vec![3, 2, 3, 2]);
        // Room left after an equal share goes to the first columns that have more.
        assert_eq!(shown_per_column(&[7, 2, 5, 2], 9), vec![3, 2, 2, 2]);
        // More columns than room: the first row of the first columns, never none at all.
        assert_eq!(shown_per_column(&[2, 1], 1), vec![1, 0]);
        assert_eq!(shown_per_column(&[1, 1, 1], 2), vec![1, 1, 0]);
        assert_eq!(shown_per_column(&[4, 4], 0), vec![0, 0]);
    }
}
