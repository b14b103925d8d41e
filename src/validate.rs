//! Validation: turns a raw sheet into need or service rows, and every value that breaks the
//! contract into a [`Rejection`] naming the file, sheet, line, column, value and the fix.
//!
//! A bad row never stops anything: it is returned as data, counted in the tally and
//! written to `rejets.csv`. A row with two problems gives two rejection lines.

use crate::ingest::{RawRow, RawSheet};
use crate::model::{
    Field, Lang, LocalPartner, NeedAgg, PartnerCellKey, Place, Rejection, ServiceRow, ServiceText, TableKind,
    TableOutcome, Tally,
};
use crate::period::Period;
use crate::taxonomy::{slot, Kind, Taxonomy};

/// One problem with one value of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required column is in the header but the cell is empty.
    Missing(Field),
    /// A required column is not in the header at all.
    MissingColumn(Field),
    /// A value that is no code, label or synonym of the taxonomy.
    Unknown {
        kind: Kind,
        suggestions: Vec<String>,
        /// Every code, when the list is short enough to print in a message.
        allowed: Vec<String>,
    },
    BadPriority,
    /// Not a whole number ≥ 0.
    NotCount(Field),
    /// The `domaine` given disagrees with the need's domain.
    DomainMismatch {
        need: String,
        need_domain: String,
    },
    BadPeriod,
    OtherPeriod {
        run: Period,
    },
    /// More fields than header columns in a text file.
    ExtraFields {
        fields: usize,
        columns: usize,
    },
}

impl Problem {
    /// The reason, in plain words, in the chosen language.
    pub fn reason(&self, value: &str, lang: Lang) -> String {
        use crate::i18n::{n, s, t_args};
        let v = crate::sanitize::quote(value);
        let v = || ("valeur", s(v.as_str()));
        match self {
            Problem::Missing(f) => t_args(lang, "lecture-valeur-manquante", &[("colonne", s(f.name(lang)))]),
            Problem::MissingColumn(f) => {
                t_args(lang, "lecture-colonne-absente", &[("colonne", s(f.name(lang)))])
            }
            Problem::Unknown {
                kind,
                suggestions,
                allowed,
            } => {
                let what = ("quoi", s(kind.name(lang)));
                match suggestions.as_slice() {
                    [] if !allowed.is_empty() => t_args(
                        lang,
                        "lecture-inconnu-codes",
                        &[what, v(), ("codes", s(allowed.join(", ")))],
                    ),
                    [] => t_args(lang, "lecture-inconnu-liste", &[what, v()]),
                    [one] => t_args(lang, "lecture-inconnu-un", &[what, v(), ("un", s(one.as_str()))]),
                    [init @ .., last] => t_args(
                        lang,
                        "lecture-inconnu-plusieurs",
                        &[
                            what,
                            v(),
                            ("debut", s(init.join(", "))),
                            ("dernier", s(last.as_str())),
                        ],
                    ),
                }
            }
            Problem::BadPriority => t_args(lang, "lecture-priorite-invalide", &[v()]),
            Problem::NotCount(f) => t_args(
                lang,
                "lecture-pas-un-nombre",
                &[("colonne", s(f.name(lang))), v()],
            ),
            Problem::DomainMismatch { need, need_domain } => t_args(
                lang,
                "lecture-domaine-desaccord",
                &[
                    v(),
                    ("besoin", s(need.as_str())),
                    ("domaine", s(need_domain.as_str())),
                ],
            ),
            Problem::BadPeriod => t_args(lang, "lecture-periode-illisible", &[v()]),
            Problem::OtherPeriod { run } => t_args(
                lang,
                "lecture-autre-periode",
                &[v(), ("periode", s(run.to_string()))],
            ),
            Problem::ExtraFields { fields, columns } => t_args(
                lang,
                "lecture-champs-en-trop",
                &[("champs", n(*fields as u64)), ("colonnes", n(*columns as u64))],
            ),
        }
    }
}

/// A cell that is not a whole number ≥ 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotACount;

/// Reads a whole number ≥ 0 as partners write it: `12`, ` 12 `, `1 200`, `12,0`, `12.0`.
/// `Ok(None)` for an empty cell.
pub fn parse_count(raw: &str) -> Result<Option<u64>, NotACount> {
    // The usual case, plain digits, without building a copy.
    let trimmed = raw.trim();
    if !trimmed.is_empty() && trimmed.len() < 20 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return trimmed.parse::<u64>().map(Some).map_err(|_| NotACount);
    }
    let s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202F}')
        .collect();
    if s.is_empty() {
        return Ok(None);
    }
    let int_part = match s.split_once([',', '.']) {
        Some((int, frac)) if !frac.is_empty() && frac.bytes().all(|b| b == b'0') => int,
        Some(_) => return Err(NotACount),
        None => s.as_str(),
    };
    if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NotACount);
    }
    int_part.parse::<u64>().map(Some).map_err(|_| NotACount)
}

fn priority_word(key: &str) -> Option<u8> {
    Some(match key {
        "faible" | "faibles" | "basse" | "bas" | "low" | "laag" => 1,
        "moyenne" | "moyen" | "medium" | "normale" | "normal" | "gemiddeld" => 2,
        "haute" | "haut" | "elevee" | "eleve" | "high" | "hoog" => 3,
        "urgente" | "urgent" | "urgence" | "dringend" => 4,
        _ => return None,
    })
}

/// Reads a priority: 1 to 4, or faible=1, moyenne=2, haute (élevée)=3, urgente=4, in
/// French, English or Dutch (laag, gemiddeld, hoog, dringend), or a drop-down style
/// `4 - urgente`.
pub fn parse_priority(raw: &str) -> Option<u8> {
    if let Ok(Some(n)) = parse_count(raw) {
        return (1..=4).contains(&n).then_some(n as u8);
    }
    let key = crate::fold::value_key(raw);
    if let Some(p) = priority_word(&key) {
        return Some(p);
    }
    let (digit, word) = key.split_once('-')?;
    let n = parse_count(digit).ok()??;
    ((1..=4).contains(&n) && priority_word(word) == Some(n as u8)).then_some(n as u8)
}

/// The columns a header row maps to.
#[derive(Debug, Clone)]
pub struct Header {
    /// Header line, as the partner sees it.
    pub line: u32,
    /// Number of header cells.
    pub width: usize,
    /// Header cells that name no known column, for the tally's remark.
    pub unknown: Vec<String>,
    /// Fields named twice.
    pub repeated: Vec<Field>,
    /// Column of each field, by `Field as usize`: looked up for every cell of every row.
    index: [Option<usize>; 15],
}

impl Header {
    /// A header naming nothing.
    fn empty() -> Header {
        Header {
            line: 0,
            width: 0,
            unknown: Vec::new(),
            repeated: Vec::new(),
            index: [None; 15],
        }
    }

    fn parse(row: &RawRow) -> Header {
        let mut columns: Vec<(Field, usize)> = Vec::new();
        let mut unknown = Vec::new();
        let mut repeated = Vec::new();
        for (i, cell) in row.cells.iter().enumerate() {
            match Field::from_header(cell) {
                Some(f) if columns.iter().any(|(g, _)| *g == f) => repeated.push(f),
                Some(f) => columns.push((f, i)),
                None if !cell.trim().is_empty() => unknown.push(crate::sanitize::quote(cell.trim())),
                None => {}
            }
        }
        let width = row
            .cells
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |i| i + 1);
        let mut index = [None; 15];
        for (f, i) in &columns {
            index[*f as usize] = Some(*i);
        }
        Header {
            line: row.line,
            width,
            unknown,
            repeated,
            index,
        }
    }

    pub fn has(&self, f: Field) -> bool {
        self.index[f as usize].is_some()
    }

    fn position(&self, f: Field) -> Option<usize> {
        self.index[f as usize]
    }

    /// The kind of table, as SPEC decides it: `besoin` and no `service` is a needs table,
    /// both is a services table.
    pub fn kind(&self) -> TableKind {
        match (self.has(Field::Besoin), self.has(Field::Service)) {
            (true, false) => TableKind::Besoins,
            (true, true) => TableKind::Services,
            _ => TableKind::Ignoree,
        }
    }
}

/// Finds the header: the first non-blank row, or, when a title sits above the table, the
/// first of the next rows that names a `besoin` column.
pub fn find_header(sheet: &RawSheet) -> Option<(usize, Header)> {
    let first = sheet.rows.first()?;
    let header = Header::parse(first);
    if header.kind() != TableKind::Ignoree {
        return Some((0, header));
    }
    for (i, row) in sheet.rows.iter().enumerate().take(10).skip(1) {
        let h = Header::parse(row);
        if h.kind() != TableKind::Ignoree {
            return Some((i, h));
        }
    }
    Some((0, header))
}

/// The periods written in a sheet's `periode` column (valid ones only), to guess the run's
/// period when none is given.
pub fn periods_in(sheet: &RawSheet) -> Vec<Period> {
    let Some((h, header)) = find_header(sheet) else {
        return Vec::new();
    };
    let Some(col) = header.position(Field::Periode) else {
        return Vec::new();
    };
    sheet.rows[h + 1..]
        .iter()
        .filter_map(|r| r.cells.get(col).and_then(|c| Period::parse(c)))
        .collect()
}

/// What validation needs besides the sheet.
pub struct Context<'a> {
    pub taxonomy: &'a Taxonomy,
    pub period: Period,
    pub lang: Lang,
}

/// One row's cells, from a text file (a record) or a workbook (strings).
#[derive(Clone, Copy)]
pub enum RowRef<'a> {
    Text(crate::ingest::text::Record<'a>),
    Cells(&'a [String]),
}

impl<'a> RowRef<'a> {
    fn get(&self, i: usize) -> Option<&'a str> {
        match self {
            RowRef::Text(r) => r.get(i),
            RowRef::Cells(c) => c.get(i).map(String::as_str),
        }
    }

    fn len(&self) -> usize {
        match self {
            RowRef::Text(r) => r.len(),
            RowRef::Cells(c) => c.len(),
        }
    }

    /// True when every cell is blank: such a row is no data and is not counted.
    pub fn is_blank(&self) -> bool {
        match self {
            RowRef::Text(r) => r.is_blank(),
            RowRef::Cells(c) => c.iter().all(|c| c.trim().is_empty()),
        }
    }
}

/// `str::trim`, with a shortcut for the usual cell that starts and ends with a visible
/// ASCII character (nothing to trim: every whitespace is either above ASCII or at most a
/// space).
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if (0x21..0x80).contains(a) && (0x21..0x80).contains(b) => s,
        _ => s.trim(),
    }
}

type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Look-ups that repeat row after row, cached per table: the same few codes and partner
/// names come back on every line.
#[derive(Default)]
struct Caches {
    coded: [FastMap<String, Option<usize>>; 5],
    /// Partner name as written (trimmed) -> (local partner, spelling index).
    partners: FastMap<String, (u32, usize)>,
    /// Folded name -> local partner.
    keys: FastMap<String, u32>,
}

/// One row being checked: its cells, and the problems found so far.
struct RowCheck<'r, 'h, 'c> {
    row: RowRef<'r>,
    header: &'h Header,
    caches: &'c mut Caches,
    problems: Vec<(Field, String, Problem)>,
}

impl<'r> RowCheck<'r, '_, '_> {
    /// The trimmed cell of a column; empty when the column or the cell is absent.
    fn get(&self, f: Field) -> &'r str {
        self.header
            .position(f)
            .and_then(|i| self.row.get(i))
            .map_or("", trim)
    }

    fn problem(&mut self, f: Field, value: &str, p: Problem) {
        self.problems.push((f, value.to_string(), p));
    }

    /// A required text: reports it missing when empty.
    fn required(&mut self, f: Field) -> Option<&'r str> {
        let v = self.get(f);
        if v.is_empty() {
            let p = if self.header.has(f) {
                Problem::Missing(f)
            } else {
                Problem::MissingColumn(f)
            };
            self.problem(f, "", p);
            None
        } else {
            Some(v)
        }
    }

    /// A taxonomy value; `default` is used for an empty optional cell.
    fn coded(&mut self, f: Field, kind: Kind, tax: &Taxonomy, default: Option<usize>) -> Option<usize> {
        let v = self.get(f);
        if v.is_empty() && default.is_some() {
            return default;
        }
        let v = if default.is_none() { self.required(f)? } else { v };
        self.resolve(f, kind, tax, v)
    }

    fn resolve(&mut self, f: Field, kind: Kind, tax: &Taxonomy, v: &str) -> Option<usize> {
        let cache = &mut self.caches.coded[slot(kind)];
        let found = match cache.get(v) {
            Some(found) => *found,
            None => {
                let found = tax.resolve(kind, v);
                cache.insert(v.to_string(), found);
                found
            }
        };
        if found.is_none() {
            let suggestions = tax.suggest(kind, v).into_iter().map(str::to_string).collect();
            let list = tax.list(kind);
            let allowed = if list.len() <= 10 {
                list.iter().map(|e| e.code.clone()).collect()
            } else {
                Vec::new()
            };
            self.problem(
                f,
                v,
                Problem::Unknown {
                    kind,
                    suggestions,
                    allowed,
                },
            );
        }
        found
    }

    fn count(&mut self, f: Field) -> Option<u64> {
        let v = self.get(f);
        match parse_count(v) {
            Ok(n) => n,
            Err(NotACount) => {
                self.problem(f, v, Problem::NotCount(f));
                None
            }
        }
    }

    /// Checks the optional `periode` cell against the run's period.
    fn period(&mut self, run: Period) {
        let v = self.get(Field::Periode);
        if v.is_empty() {
            return;
        }
        match Period::parse(v) {
            None => self.problem(Field::Periode, v, Problem::BadPeriod),
            Some(p) if p != run => self.problem(Field::Periode, v, Problem::OtherPeriod { run }),
            Some(_) => {}
        }
    }

    /// In a text file, fields beyond the header that hold something mean the row is shifted.
    fn extra_fields(&mut self, text_file: bool) {
        let width = self.header.width;
        if !text_file || self.row.len() <= width {
            return;
        }
        let cells: Vec<&str> = (0..self.row.len())
            .map(|i| self.row.get(i).unwrap_or(""))
            .collect();
        if cells[width..].iter().any(|c| !c.trim().is_empty()) {
            let extra = cells[width..].join(" | ");
            let fields = cells
                .iter()
                .rposition(|c| !c.trim().is_empty())
                .map_or(0, |i| i + 1);
            self.problems.push((
                Field::Commentaire,
                extra,
                Problem::ExtraFields {
                    fields,
                    columns: width,
                },
            ));
        }
    }
}

/// A valid need row, reduced to what the cadastre keeps.
struct NeedFacts {
    besoin: usize,
    public: usize,
    territoire: usize,
    priorite: u8,
    personnes: Option<u64>,
    groupe: Option<usize>,
}

fn check_need<'r>(c: &mut RowCheck<'r, '_, '_>, ctx: &Context) -> Option<(&'r str, NeedFacts)> {
    let tax = ctx.taxonomy;
    let partner = c.required(Field::Partenaire);
    let besoin = c.coded(Field::Besoin, Kind::Besoin, tax, None);
    let public = c.coded(Field::Public, Kind::Public, tax, None);
    let territoire = c.coded(Field::Territoire, Kind::Territoire, tax, Some(tax.commune));
    let priorite = match c.required(Field::Priorite) {
        Some(v) => {
            let p = parse_priority(v);
            if p.is_none() {
                c.problem(Field::Priorite, v, Problem::BadPriority);
            }
            p
        }
        None => None,
    };
    let personnes = c.count(Field::Personnes);
    let groupe_raw = c.get(Field::Groupe);
    let groupe = if groupe_raw.is_empty() {
        None
    } else {
        c.resolve(Field::Groupe, Kind::Groupe, tax, groupe_raw)
    };
    let domaine_raw = c.get(Field::Domaine);
    if !domaine_raw.is_empty() {
        if let Some(d) = c.resolve(Field::Domaine, Kind::Domaine, tax, domaine_raw) {
            if let Some(b) = besoin {
                let need_domain = tax.domain_of(b);
                if need_domain != d {
                    c.problem(
                        Field::Domaine,
                        domaine_raw,
                        Problem::DomainMismatch {
                            need: tax.code(Kind::Besoin, b).to_string(),
                            need_domain: tax.code(Kind::Domaine, need_domain).to_string(),
                        },
                    );
                }
            }
        }
    }
    c.period(ctx.period);
    if !c.problems.is_empty() {
        return None;
    }
    Some((
        partner?,
        NeedFacts {
            besoin: besoin?,
            public: public?,
            territoire: territoire?,
            priorite: priorite?,
            personnes,
            groupe,
        },
    ))
}

fn check_service<'r>(
    c: &mut RowCheck<'r, '_, '_>,
    ctx: &Context,
    line: u32,
) -> Option<(&'r str, ServiceRow)> {
    let tax = ctx.taxonomy;
    let partner = c.required(Field::Partenaire);
    let service = c.required(Field::Service);
    let mut besoins = Vec::new();
    if let Some(list) = c.required(Field::Besoin) {
        for part in list.split(['|', ',']).map(str::trim).filter(|p| !p.is_empty()) {
            if let Some(b) = c.resolve(Field::Besoin, Kind::Besoin, tax, part) {
                if !besoins.contains(&b) {
                    besoins.push(b);
                }
            }
        }
        if besoins.is_empty() && c.problems.iter().all(|(f, _, _)| *f != Field::Besoin) {
            c.problem(Field::Besoin, list, Problem::Missing(Field::Besoin));
        }
    }
    let public = c.coded(Field::Public, Kind::Public, tax, None);
    let territoire = c.coded(Field::Territoire, Kind::Territoire, tax, Some(tax.commune));
    let capacite = c.count(Field::Capacite);
    c.period(ctx.period);
    if !c.problems.is_empty() {
        return None;
    }
    let service = crate::fold::tidy_cow(service?);
    Some((
        partner?,
        ServiceRow::new(
            line,
            &besoins,
            public?,
            territoire?,
            capacite,
            ServiceText {
                service: &service,
                contact: c.get(Field::Contact),
                horaires: c.get(Field::Horaires),
                adresse: c.get(Field::Adresse),
            },
        ),
    ))
}

/// The outcome of a table that is not a needs or services table, or not readable.
pub fn skipped(place: Place, kind: TableKind, reason: String) -> TableOutcome {
    TableOutcome {
        rejections: vec![Rejection {
            place: place.clone(),
            line: None,
            column: String::new(),
            value: String::new(),
            reason: reason.clone(),
            partner: String::new(),
        }],
        tally: Tally {
            place,
            kind,
            read: 0,
            used: 0,
            rejected: 0,
            remark: reason,
        },
        ..TableOutcome::default()
    }
}

/// The outcome of a table whose header names neither a needs nor a services table.
pub fn not_a_table(place: Place, lang: Lang, rows_below: usize) -> TableOutcome {
    let why = crate::i18n::t_args(
        lang,
        "lecture-pas-un-tableau",
        &[("n", crate::i18n::n(rows_below as u64))],
    );
    skipped(place, TableKind::Ignoree, why)
}

/// Validates a table row by row, folding what it keeps as it goes: a text file streams
/// through it without ever being held as rows.
pub struct TableValidator<'x> {
    ctx: &'x Context<'x>,
    place: Place,
    header: Header,
    text_file: bool,
    caches: Caches,
    out: TableOutcome,
    cells: FastMap<PartnerCellKey, usize>,
    groups: rustc_hash::FxHashSet<(Option<u8>, u16, u8, u8)>,
    /// An HXL hashtag row was found under the header (and skipped).
    hashtags: bool,
}

impl<'x> TableValidator<'x> {
    /// Starts a table from its header row (`skipped_above` rows sat above it). A header that
    /// makes no needs or services table gives the finished outcome instead.
    pub fn start(
        place: Place,
        header_row: &RawRow,
        skipped_above: usize,
        rows_below: usize,
        text_file: bool,
        ctx: &'x Context<'x>,
    ) -> Result<TableValidator<'x>, Box<TableOutcome>> {
        let lang = ctx.lang;
        let header = Header::parse(header_row);
        let kind = header.kind();
        if header_row
            .cells
            .first()
            .is_some_and(|c| c.trim() == crate::model::TEMPLATE_MARKER)
        {
            // The template's own instructions and lists: not partner data, nothing to correct.
            let mut out = skipped(place, TableKind::Ignoree, String::new());
            out.rejections.clear();
            out.tally.remark = crate::i18n::t(lang, "lecture-feuille-aide");
            return Err(Box::new(out));
        }
        if let Some(roster) = crate::model::RosterKind::of_header(&header_row.cells) {
            // The Conseil du volontariat's tables: read by `cadastre benevoles`, not here.
            let mut out = skipped(place, TableKind::Ignoree, String::new());
            out.rejections.clear();
            out.tally.remark = crate::i18n::t(lang, &format!("benevoles-table-ignoree-{}", roster.code()));
            return Err(Box::new(out));
        }
        if kind == TableKind::Ignoree {
            return Err(Box::new(not_a_table(place, lang, rows_below)));
        }
        let mut remarks = Vec::new();
        if skipped_above > 0 {
            remarks.push(crate::i18n::t_args(
                lang,
                "lecture-en-tete-plus-bas",
                &[("ligne", crate::i18n::n(u64::from(header.line)))],
            ));
        }
        if !header.repeated.is_empty() {
            let cols: Vec<&str> = header.repeated.iter().map(|f| f.code()).collect();
            remarks.push(crate::i18n::t_args(
                lang,
                "lecture-colonnes-en-double",
                &[("colonnes", crate::i18n::s(cols.join(", ")))],
            ));
        }
        if !header.unknown.is_empty() {
            remarks.push(crate::i18n::t_args(
                lang,
                "lecture-colonnes-inconnues",
                &[("colonnes", crate::i18n::s(header.unknown.join(", ")))],
            ));
        }
        let out = TableOutcome {
            tally: Tally {
                place: place.clone(),
                kind,
                remark: remarks.join(" ; "),
                ..Tally::default()
            },
            ..TableOutcome::default()
        };
        Ok(TableValidator {
            ctx,
            place,
            header,
            text_file,
            caches: Caches::default(),
            out,
            cells: FastMap::default(),
            groups: Default::default(),
            hashtags: false,
        })
    }

    /// The local id of a partner as written, counting the spelling.
    fn partner(&mut self, raw: &str, line: u32) -> u32 {
        if let Some(&(id, spelling)) = self.caches.partners.get(raw) {
            self.out.partners[id as usize].spellings[spelling].1 += 1;
            return id;
        }
        let key = crate::fold::partner_key(raw);
        let id = match self.caches.keys.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.out.partners.len() as u32;
                self.out.partners.push(LocalPartner {
                    key: key.clone(),
                    spellings: Vec::new(),
                });
                self.caches.keys.insert(key, id);
                id
            }
        };
        let tidy = crate::fold::tidy(raw);
        let spellings = &mut self.out.partners[id as usize].spellings;
        let spelling = match spellings.iter().position(|s| s.0 == tidy) {
            Some(i) => {
                spellings[i].1 += 1;
                i
            }
            None => {
                spellings.push((tidy, 1, line));
                spellings.len() - 1
            }
        };
        self.caches.partners.insert(raw.to_string(), (id, spelling));
        id
    }

    /// Skips an HXL hashtag row right under the header: not data, not counted, said in the
    /// tally's remark. Returns whether the row was one.
    fn hashtag_row(&mut self, row: RowRef) -> bool {
        if self.hashtags || self.out.tally.read > 0 {
            return false;
        }
        if !is_hashtag_row((0..row.len()).filter_map(|i| row.get(i))) {
            return false;
        }
        self.hashtags = true;
        let note = crate::i18n::t(self.ctx.lang, "lecture-ligne-hxl");
        let remark = &mut self.out.tally.remark;
        *remark = if remark.is_empty() {
            note.to_string()
        } else {
            format!("{remark} ; {note}")
        };
        true
    }

    /// Checks one data row (not blank) and folds it in, or records its problems.
    pub fn row(&mut self, line: u32, row: RowRef) {
        if self.hashtag_row(row) {
            return;
        }
        let ctx = self.ctx;
        let mut check = RowCheck {
            row,
            header: &self.header,
            caches: &mut self.caches,
            problems: Vec::new(),
        };
        check.extra_fields(self.text_file);
        self.out.tally.read += 1;
        let mut ok = false;
        let mut need = None;
        let mut service = None;
        match self.out.tally.kind {
            TableKind::Besoins => {
                if let Some((partner, facts)) = check_need(&mut check, ctx) {
                    need = Some((partner, facts));
                    ok = true;
                }
            }
            _ => {
                if let Some(s) = check_service(&mut check, ctx, line) {
                    service = Some(s);
                    ok = true;
                }
            }
        }
        let problems = std::mem::take(&mut check.problems);
        let partner_cell = check.get(Field::Partenaire);
        if ok {
            self.out.tally.used += 1;
        } else {
            self.out.tally.rejected += 1;
            let partner = crate::fold::tidy(partner_cell);
            for (field, value, problem) in problems {
                self.out.rejections.push(Rejection {
                    place: self.place.clone(),
                    line: Some(line),
                    column: if matches!(problem, Problem::ExtraFields { .. }) {
                        String::new()
                    } else {
                        field.code().to_string()
                    },
                    reason: problem.reason(&value, ctx.lang),
                    value: crate::sanitize::cut(&value).into_owned(),
                    partner: partner.clone(),
                });
            }
            return;
        }
        if let Some((raw, n)) = need {
            let p = self.partner(raw, line);
            let key: PartnerCellKey = (p, n.besoin as u16, n.public as u8, n.territoire as u8);
            self.out.need_rows += 1;
            self.groups
                .insert((n.groupe.map(|g| g as u8), key.1, key.2, key.3));
            match self.cells.get(&key) {
                Some(&i) => self.out.need_cells[i].1.fold(n.priorite, n.personnes, line),
                None => {
                    self.cells.insert(key, self.out.need_cells.len());
                    self.out.need_cells.push((
                        key,
                        NeedAgg {
                            priorite: n.priorite,
                            personnes: n.personnes,
                            first_line: line,
                            repeat_line: None,
                            repeats: 0,
                        },
                    ));
                }
            }
        }
        if let Some((raw, s)) = service {
            let p = self.partner(raw, line);
            self.out.services.push((p, s));
        }
    }

    pub fn finish(mut self) -> TableOutcome {
        let mut groups: Vec<_> = self.groups.into_iter().collect();
        groups.sort_unstable();
        self.out.groups = groups;
        self.out
    }
}

/// Validates one sheet held as rows (a workbook sheet). `text_file` enables the check for
/// shifted rows.
pub fn validate_sheet(place: Place, sheet: &RawSheet, text_file: bool, ctx: &Context) -> TableOutcome {
    let Some((h, _)) = find_header(sheet) else {
        let why = crate::i18n::t(ctx.lang, "lecture-tableau-vide");
        return skipped(place, TableKind::Ignoree, why);
    };
    let below = sheet.rows.len() - h - 1;
    match TableValidator::start(place, &sheet.rows[h], h, below, text_file, ctx) {
        Err(done) => *done,
        Ok(mut v) => {
            for row in &sheet.rows[h + 1..] {
                v.row(row.line, RowRef::Cells(&row.cells));
            }
            v.finish()
        }
    }
}

/// Validates a decoded text table as it is parsed, without holding its rows.
pub fn validate_text(place: Place, text: &str, hint: Option<u8>, ctx: &Context) -> TableOutcome {
    // The first rows are kept until the header is found (a title may sit above it).
    const LOOKAHEAD: usize = 10;
    let mut head = RawSheet {
        sheet: String::new(),
        rows: Vec::new(),
    };
    let mut validator: Option<Result<TableValidator, Box<TableOutcome>>> = None;
    // Rows of a table that is not a needs or services table are counted for its remark.
    let mut not_read = 0usize;
    let result = crate::ingest::text::for_each_record(text, hint, |line, record| {
        let row = RowRef::Text(record);
        if row.is_blank() {
            return;
        }
        match &mut validator {
            Some(Ok(v)) => v.row(line, row),
            Some(Err(_)) => not_read += 1,
            None => {
                head.rows.push(RawRow {
                    line,
                    cells: (0..row.len())
                        .map(|i| row.get(i).unwrap_or("").to_string())
                        .collect(),
                });
                if head.rows.len() == LOOKAHEAD {
                    validator = Some(start_from_head(&place, &head, true, ctx, usize::MAX));
                }
            }
        }
    });
    if let Err(reason) = result {
        return skipped(place, TableKind::Illisible, reason);
    }
    match validator {
        Some(Ok(v)) => v.finish(),
        Some(Err(done)) if done.rejections.is_empty() => *done,
        Some(Err(_)) => {
            let (h, _) = find_header(&head).unwrap_or((0, Header::empty()));
            not_a_table(place, ctx.lang, head.rows.len() - h - 1 + not_read)
        }
        None if head.rows.is_empty() => skipped(
            place,
            TableKind::Ignoree,
            crate::i18n::t(ctx.lang, "lecture-tableau-vide"),
        ),
        None => match start_from_head(&place, &head, true, ctx, head.rows.len()) {
            Ok(v) => v.finish(),
            Err(done) => *done,
        },
    }
}

/// Finds the header among the first rows, starts the validator and feeds it the rows
/// kept below the header.
fn start_from_head<'x>(
    place: &Place,
    head: &RawSheet,
    text_file: bool,
    ctx: &'x Context<'x>,
    total_rows: usize,
) -> Result<TableValidator<'x>, Box<TableOutcome>> {
    let (h, _) = find_header(head).unwrap_or((0, Header::empty()));
    let below = if total_rows == usize::MAX {
        head.rows.len() - h - 1
    } else {
        total_rows - h - 1
    };
    let mut v = TableValidator::start(place.clone(), &head.rows[h], h, below, text_file, ctx)?;
    for row in &head.rows[h + 1..] {
        v.row(row.line, RowRef::Cells(&row.cells));
    }
    Ok(v)
}

/// True when a row is an HXL hashtag row (as `--hxl` writes under a header, see
/// `render::hxl`): every non-empty cell starts with `#`, and one does.
fn is_hashtag_row<'a>(cells: impl Iterator<Item = &'a str>) -> bool {
    let mut any = false;
    for c in cells.map(str::trim).filter(|c| !c.is_empty()) {
        if !c.starts_with('#') {
            return false;
        }
        any = true;
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashtag_row_has_only_hashtags() {
        assert!(is_hashtag_row(["#org", " ", "#sector +code"].into_iter()));
        assert!(!is_hashtag_row(["#org", "CPAS"].into_iter()));
        assert!(!is_hashtag_row(["", " "].into_iter()));
    }

    #[test]
    fn counts_read_as_partners_write_them() {
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count(" 12 "), Ok(Some(12)));
        assert_eq!(parse_count("1 200"), Ok(Some(1200)));
        assert_eq!(parse_count("1\u{a0}200"), Ok(Some(1200)));
        assert_eq!(parse_count("12,0"), Ok(Some(12)));
        assert_eq!(parse_count("12.00"), Ok(Some(12)));
        assert_eq!(parse_count("0"), Ok(Some(0)));
        for bad in ["12,5", "-3", "une dizaine", "~20", "12,", ",5", "1e3"] {
            assert_eq!(parse_count(bad), Err(NotACount), "{bad:?}");
        }
    }

    #[test]
    fn priorities_read_as_spec_says() {
        for (s, p) in [
            ("1", 1),
            ("4", 4),
            ("3,0", 3),
            ("faible", 1),
            ("Moyenne", 2),
            ("HAUTE", 3),
            ("élevée", 3),
            ("Urgente ", 4),
            ("urgent", 4),
            ("high", 3),
            ("4 - urgente", 4),
        ] {
            assert_eq!(parse_priority(s), Some(p), "{s:?}");
        }
        for bad in ["0", "5", "très urgent", "", "2 - urgente", "3.5"] {
            assert_eq!(parse_priority(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dutch_priorities_are_read() {
        for (s, p) in [
            ("laag", 1),
            ("Gemiddeld", 2),
            ("HOOG", 3),
            (" dringend ", 4),
            ("4 - dringend", 4),
        ] {
            assert_eq!(parse_priority(s), Some(p), "{s:?}");
        }
        for bad in ["zeer dringend", "1 - dringend", "hoge"] {
            assert_eq!(parse_priority(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_dutch_needs_table_is_read_with_dutch_labels() {
        let out = run_in(
            &[
                "Partner;Behoefte;Doelgroep;Gebied;Prioriteit;Aantal personen;Werkgroep;Domein;Periode;Opmerking",
                "OCMW Borgworm;Vroegtijdig schoolverlaten;Jongeren;Hele gemeente;hoog;12;Jeugdpreventie;Onderwijs en vorming;2026-K3;",
            ],
            Lang::Nl,
        );
        assert_eq!(out.tally.kind, TableKind::Besoins);
        assert_eq!(
            (out.tally.read, out.tally.used, out.tally.rejected),
            (1, 1, 0),
            "{:?}",
            out.rejections
        );
        assert_eq!(
            (out.need_cells[0].1.priorite, out.need_cells[0].1.personnes),
            (3, Some(12))
        );
    }

    #[test]
    fn a_dutch_services_table_has_behoefte_and_dienst() {
        let out = run_in(
            &[
                "Partner;Dienst;Behoeften;Doelgroep;Gebied;Capaciteit;Contact;Openingsuren;Adres",
                "OCMW;Sociale kruidenier;Voedselhulp | Toegang tot rechten;Alle doelgroepen;;30;;di 9-12;Stationsstraat 1",
            ],
            Lang::Nl,
        );
        assert_eq!(out.tally.kind, TableKind::Services);
        assert_eq!(out.tally.used, 1, "{:?}", out.rejections);
        assert_eq!(out.services[0].1.besoins().len(), 2);
        assert_eq!(out.services[0].1.horaires(), "di 9-12");
    }

    #[test]
    fn dutch_reasons_name_the_dutch_columns() {
        let out = run_in(
            &[
                "Partner;Behoefte;Doelgroep;Prioriteit;Aantal personen",
                "A;isolement;Ouderen;zeer dringend;een tiental",
                "A;schoolverlaten;jongeren;2;",
                ";isolement;jongeren;2;",
            ],
            Lang::Nl,
        );
        let reasons: Vec<&str> = out.rejections.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "ongeldige prioriteit 'zeer dringend': schrijf 1 tot 4, of laag, gemiddeld, hoog, dringend",
                "ongeldige waarde 'een tiental' in aantal personen: een geheel getal, nul of meer, wordt verwacht (bv. 12)",
                "behoefte 'schoolverlaten' is onbekend; bedoelt u decrochage-scolaire?",
                "verplichte waarde ontbreekt in de kolom partner",
            ]
        );
        // rejets.csv keeps SPEC's column codes whatever the language.
        assert_eq!(out.rejections[1].column, "personnes");
        let out = run_in(&["partner;behoefte;doelgroep", "A;isolement;ouderen"], Lang::Nl);
        assert_eq!(
            out.rejections[0].reason,
            "verplichte kolom prioriteit ontbreekt in de kopregel: voeg ze toe"
        );
    }

    fn sheet(rows: &[&str]) -> RawSheet {
        RawSheet {
            sheet: String::new(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| RawRow {
                    line: i as u32 + 1,
                    cells: r.split(';').map(str::to_string).collect(),
                })
                .collect(),
        }
    }

    fn run(rows: &[&str]) -> TableOutcome {
        run_in(rows, Lang::Fr)
    }

    fn run_in(rows: &[&str], lang: Lang) -> TableOutcome {
        let tax = Taxonomy::default_embedded();
        let ctx = Context {
            taxonomy: &tax,
            period: Period {
                year: 2026,
                quarter: 3,
            },
            lang,
        };
        validate_sheet(
            Place {
                file: "f.csv".into(),
                sheet: String::new(),
            },
            &sheet(rows),
            true,
            &ctx,
        )
    }

    #[test]
    fn a_good_need_row_is_used() {
        let out = run(&[
            "Partenaire;Besoin;Public;Priorité;Personnes",
            "CPAS  de Waremme ;Décrochage scolaire;Jeunes;haute;12",
        ]);
        assert_eq!(out.tally.kind, TableKind::Besoins);
        assert_eq!((out.tally.read, out.tally.used, out.tally.rejected), (1, 1, 0));
        assert_eq!(out.partners[0].spellings, [("CPAS de Waremme".to_string(), 1, 2)]);
        let (key, agg) = out.need_cells[0];
        assert_eq!(key.0, 0);
        assert_eq!(
            (agg.priorite, agg.personnes, agg.first_line, agg.repeats),
            (3, Some(12), 2, 0)
        );
        assert_eq!(out.need_rows, 1);
    }

    #[test]
    fn repeats_of_a_partner_cell_fold_as_the_rows_stream() {
        let out = run(&[
            "partenaire;besoin;public;priorite;personnes;groupe",
            "CPAS;isolement;aines;2;30;maillage-social",
            "cpas ;Isolement;Aînés;4;;",
            "Cpas;isolement;aines;1;45;",
        ]);
        assert_eq!(out.need_cells.len(), 1);
        let agg = out.need_cells[0].1;
        assert_eq!(
            (
                agg.priorite,
                agg.personnes,
                agg.first_line,
                agg.repeat_line,
                agg.repeats
            ),
            (4, Some(45), 2, Some(3), 2)
        );
        assert_eq!(out.partners.len(), 1);
        assert_eq!(out.partners[0].spellings.len(), 3);
        assert_eq!(out.groups.len(), 2);
        assert_eq!(out.need_rows, 3);
    }

    #[test]
    fn each_problem_is_one_line() {
        let out = run(&[
            "partenaire;besoin;public;territoire;priorite;personnes;domaine;periode",
            ";decrochage scolair;jeunes;;5;-3;sante;2026-T2",
        ]);
        assert_eq!((out.tally.read, out.tally.used, out.tally.rejected), (1, 0, 1));
        let lines: Vec<(String, String, String)> = out
            .rejections
            .iter()
            .map(|r| (r.column.clone(), r.value.clone(), r.reason.clone()))
            .collect();
        assert_eq!(
            lines,
            [
                (
                    "partenaire".into(),
                    "".into(),
                    "valeur obligatoire manquante dans la colonne partenaire".into()
                ),
                (
                    "besoin".into(),
                    "decrochage scolair".into(),
                    "besoin 'decrochage scolair' inconnu ; vouliez-vous dire decrochage-scolaire ?".into()
                ),
                (
                    "priorite".into(),
                    "5".into(),
                    "priorité '5' invalide : écrivez 1 à 4, ou faible, moyenne, haute, urgente".into()
                ),
                (
                    "personnes".into(),
                    "-3".into(),
                    "personnes '-3' invalide : un nombre entier positif ou nul est attendu (ex. 12)".into()
                ),
                (
                    "periode".into(),
                    "2026-T2".into(),
                    "période '2026-T2' différente de la période analysée 2026-T3".into()
                ),
            ]
        );
    }

    #[test]
    fn a_domain_must_agree_with_the_need() {
        let out = run(&[
            "partenaire;besoin;public;priorite;domaine",
            "A;assuetudes;jeunes;1;social",
            "A;assuetudes;jeunes;1;Santé",
        ]);
        assert_eq!((out.tally.used, out.tally.rejected), (1, 1));
        assert_eq!(
            out.rejections[0].reason,
            "domaine 'social' en désaccord avec le besoin assuetudes, qui relève du domaine sante"
        );
    }

    #[test]
    fn a_missing_required_column_rejects_each_row() {
        let out = run(&[
            "partenaire;besoin;public",
            "A;isolement;aines",
            "B;isolement;aines",
        ]);
        assert_eq!((out.tally.read, out.tally.rejected), (2, 2));
        assert!(out
            .rejections
            .iter()
            .all(|r| r.column == "priorite" && r.reason.contains("absente de l'en-tête")));
    }

    #[test]
    fn services_list_several_needs() {
        let out = run(&[
            "partenaire;service;besoin;public;capacite",
            "CPAS;Épicerie;aide-alimentaire | Accès aux droits, aide alimentaire;tous;30",
            "CPAS;X;aide alimentair|isolement;tous;beaucoup",
        ]);
        assert_eq!(out.tally.kind, TableKind::Services);
        assert_eq!(out.services[0].1.besoins().len(), 2);
        assert_eq!(out.services[0].1.capacite, Some(30));
        assert_eq!(out.rejections.len(), 2);
        assert_eq!(out.rejections[0].value, "aide alimentair");
        assert_eq!(out.rejections[1].column, "capacite");
    }

    #[test]
    fn shifted_rows_and_foreign_tables() {
        let out = run(&["partenaire;besoin;public;priorite", "A;isolement;aines;1;oups"]);
        assert_eq!(out.tally.rejected, 1);
        assert_eq!(out.rejections[0].value, "oups");
        let out = run(&["Nom;Téléphone", "A;019"]);
        assert_eq!(out.tally.kind, TableKind::Ignoree);
        assert_eq!(out.rejections.len(), 1);
        assert_eq!(out.rejections[0].line, None);
    }
}
