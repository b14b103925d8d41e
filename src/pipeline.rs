//! One analysis run, from a folder of partner files to the computed cadastre: files are
//! read, validated and folded in parallel (one table at a time per thread, text files
//! streamed row by row), then merged in file order, partners identified, and the gap
//! engine run. Memory follows the files in flight and the folded partner cells, not the
//! number of rows. No file is written here.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::analyse::{Cell, NeedFact};
use crate::error::UsageError;
use crate::ingest::Input;
use crate::model::{
    Lang, NeedAgg, PartnerCellKey, Place, Rejection, ServiceRow, TableKind, TableOutcome, Tally,
};
use crate::partners::Partners;
use crate::period::Period;
use crate::taxonomy::{Kind, Taxonomy};
use crate::validate::{self, Context};

/// Where the run's period came from, for the terminal summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodSource {
    Flag,
    FolderName,
    Files,
}

/// A validated service row with where it comes from and who runs it.
#[derive(Debug, Clone)]
pub struct Service {
    /// The table it was read from: an index into [`Analysis::tallies`].
    pub table: u32,
    pub row: ServiceRow,
    pub partner: u32,
}

/// Everything a run computed; the renderers read it.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub period: Period,
    pub period_source: PeriodSource,
    pub taxonomy: Taxonomy,
    pub lang: Lang,
    pub tallies: Vec<Tally>,
    pub rejections: Vec<Rejection>,
    /// Folded duplicates: reported, not rejected.
    pub warnings: Vec<Rejection>,
    pub partners: Partners,
    /// Every spelling of each partner: (partner, spelling, count, first (table, line)),
    /// sorted; what its display name was chosen from.
    pub spellings: Vec<(u32, String, u64, (usize, u32))>,
    /// Need cells per partner, folded, sorted by partner then cell.
    pub need_cells: Vec<NeedFact>,
    /// (working group or none, besoin, public, territoire) mentioned in need rows.
    pub group_cells: BTreeSet<(Option<usize>, usize, usize, usize)>,
    /// Need rows used (before folding duplicates).
    pub need_rows: u64,
    pub services: Vec<Service>,
    pub cells: Vec<Cell>,
    /// Per table (an index into [`Analysis::tallies`]), the partners named in its used
    /// rows, ascending: a partner's sheet counts the tables it is named in, and a table's
    /// rejections that name no partner go to these.
    pub table_partners: Vec<Vec<u32>>,
    /// What the council's volunteers can bring to the gaps (`analyse --benevoles`).
    pub volunteers: Option<crate::volunteers::GapHelp>,
}

impl Analysis {
    /// Where a service was read.
    pub fn place_of(&self, s: &Service) -> &Place {
        &self.tallies[s.table as usize].place
    }
    pub fn rows_read(&self) -> u64 {
        self.tallies.iter().map(|t| t.read).sum()
    }
    pub fn rows_used(&self) -> u64 {
        self.tallies.iter().map(|t| t.used).sum()
    }
    pub fn rows_rejected(&self) -> u64 {
        self.tallies.iter().map(|t| t.rejected).sum()
    }
}

/// Decides the period: the flag, else a period in the folder's name, else the one period
/// written in the files' `periode` columns (which costs a first reading of the files).
fn decide_period(
    dir: &Path,
    flag: Option<Period>,
    files: &[(String, std::path::PathBuf)],
    lang: Lang,
) -> Result<(Period, PeriodSource), UsageError> {
    if let Some(p) = flag {
        return Ok((p, PeriodSource::Flag));
    }
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()));
    if let Some(p) = name.as_deref().and_then(Period::find_in) {
        return Ok((p, PeriodSource::FolderName));
    }
    let found: BTreeSet<Period> = files
        .par_iter()
        .map(|(rel, path)| match crate::ingest::read_file(rel, path, lang) {
            Input::Tables { sheets, .. } => sheets.iter().flat_map(validate::periods_in).collect::<Vec<_>>(),
            Input::Unreadable { .. } => Vec::new(),
        })
        .flatten()
        .collect();
    let found: Vec<Period> = found.into_iter().collect();
    match found.as_slice() {
        [] => Err(UsageError::NoPeriod),
        [one] => Ok((*one, PeriodSource::Files)),
        many => Err(UsageError::SeveralPeriods(
            many.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", "),
        )),
    }
}

/// Progress of a run, for the progress bar: files and rows done.
#[derive(Debug, Default)]
pub struct Progress {
    pub files_done: AtomicU64,
    pub rows_done: AtomicU64,
}

/// Reads, validates and folds one file: one outcome per table.
fn process_file(rel: &str, path: &Path, ctx: &Context, progress: &Progress) -> Vec<TableOutcome> {
    let place = Place {
        file: rel.to_string(),
        sheet: String::new(),
    };
    let outcomes = match crate::ingest::open(rel, path, ctx.lang) {
        crate::ingest::Opened::Text { text, hint } => vec![validate::validate_text(place, &text, hint, ctx)],
        crate::ingest::Opened::Sheets { sheets, note } => sheets
            .iter()
            .map(|sheet| {
                let place = Place {
                    file: rel.to_string(),
                    sheet: sheet.sheet.clone(),
                };
                let mut out = validate::validate_sheet(place, sheet, false, ctx);
                if !note.is_empty() {
                    out.tally.remark = [note.as_str(), out.tally.remark.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" ; ");
                }
                out
            })
            .collect(),
        crate::ingest::Opened::Unreadable { reason, ignored } => {
            let kind = if ignored {
                TableKind::Ignoree
            } else {
                TableKind::Illisible
            };
            vec![validate::skipped(place, kind, reason)]
        }
    };
    progress.files_done.fetch_add(1, Ordering::Relaxed);
    progress
        .rows_done
        .fetch_add(outcomes.iter().map(|o| o.tally.read).sum(), Ordering::Relaxed);
    outcomes
}

/// Validates one file as a run would (its tables, their rows, their rejections) without
/// computing a cadastre: the portal's answer to an upload. `rel` names the file in the
/// outcomes. Never panics on the file's content.
pub fn check_file(
    rel: &str,
    path: &Path,
    period: Period,
    taxonomy: &Taxonomy,
    lang: Lang,
) -> Vec<TableOutcome> {
    let ctx = Context {
        taxonomy,
        period,
        lang,
    };
    process_file(rel, path, &ctx, &Progress::default())
}

/// Runs ingest, validation and analysis on a period folder.
pub fn run(dir: &Path, period: Option<Period>, taxonomy: Taxonomy, lang: Lang) -> anyhow::Result<Analysis> {
    run_with_progress(dir, period, taxonomy, lang, &Progress::default(), &mut |_| {})
}

/// [`run`], reporting the number of files found and updating `progress` as files are done.
pub fn run_with_progress(
    dir: &Path,
    period: Option<Period>,
    taxonomy: Taxonomy,
    lang: Lang,
    progress: &Progress,
    on_start: &mut dyn FnMut(u64),
) -> anyhow::Result<Analysis> {
    if !dir.exists() {
        return Err(UsageError::NoInputDir(dir.to_path_buf()).into());
    }
    if !dir.is_dir() {
        return Err(UsageError::NotADir(dir.to_path_buf()).into());
    }
    let files = crate::ingest::discover(dir).map_err(|e| {
        anyhow::anyhow!(crate::i18n::t_args(
            lang,
            "lecture-dossier-illisible",
            &[
                ("dossier", crate::i18n::s(crate::sanitize::path(dir))),
                ("erreur", crate::i18n::s(crate::os_error::describe(&e, lang))),
            ],
        ))
    })?;
    let (period, period_source) = decide_period(dir, period, &files, lang)?;
    on_start(files.len() as u64);
    let ctx = Context {
        taxonomy: &taxonomy,
        period,
        lang,
    };
    // Files in parallel, merged in file order as each is done: the result never depends on
    // the thread count, and only the files in flight are held at once.
    let mut merger = Merger::default();
    let reading = crate::timing::stage("lecture et validation"); // not words: a timing
    let sizes: Vec<u64> = files
        .iter()
        .map(|(_, p)| std::fs::metadata(p).map_or(0, |m| m.len()))
        .collect();
    // Inputs that fit in memory whole start largest first, so that a big file does not run
    // alone at the end while the other threads wait; a region's inputs go in file order.
    // Sizes are compared by their power of two: files of about the same size keep their
    // order, so each result can be merged soon after it is done instead of waiting for a
    // smaller file that started last (a merge backlog that ran alone after the reading).
    let largest_first: Option<Vec<usize>> = (sizes.iter().sum::<u64>() <= SMALL_INPUT).then(|| {
        let mut order: Vec<usize> = (0..files.len()).collect();
        order.sort_by_key(|i| std::cmp::Reverse(sizes[*i].max(1).ilog2()));
        order
    });
    in_order(
        files.len(),
        rayon::current_num_threads(),
        largest_first.as_deref(),
        |i| process_file(&files[i].0, &files[i].1, &ctx, progress),
        |outcomes| {
            for o in outcomes {
                merger.add(o);
            }
        },
    );
    drop(reading);
    let _t = crate::timing::stage("fin de l'analyse"); // not words: a stage of the developer's timings
    let usable = merger
        .tallies
        .iter()
        .any(|t| matches!(t.kind, TableKind::Besoins | TableKind::Services));
    if !usable {
        for t in &merger.tallies {
            eprintln!(
                "  {} {}: {}",
                t.place.file,
                t.place.sheet,
                crate::sanitize::one_line(&t.remark)
            );
        }
        return Err(UsageError::NothingReadable(dir.to_path_buf()).into());
    }
    Ok(merger.finish(period, period_source, taxonomy, lang)?)
}

/// Inputs up to this size (bytes) are all held in flight at once if need be.
const SMALL_INPUT: u64 = 512 << 20;

/// Runs `work(0)`…`work(n - 1)` on `threads` worker threads and hands each result to
/// `merge` on the calling thread, in index order, as soon as it and all before it are done:
/// merging overlaps the work. Items start in index order, and a worker does not start item
/// `i` before item `i - 2 × threads` is merged, so at most that many results wait in
/// memory; or, given `start_order`, in that order with no such limit.
// Plain threads, not rayon: the merging thread waits on the channel, which would hold a
// rayon worker; `threads` still follows RAYON_NUM_THREADS.
fn in_order<T: Send>(
    n: usize,
    threads: usize,
    start_order: Option<&[usize]>,
    work: impl Fn(usize) -> T + Sync,
    mut merge: impl FnMut(T),
) {
    use std::sync::{mpsc, Condvar, Mutex};
    let threads = threads.clamp(1, n.max(1));
    let window = 2 * threads;
    let next = std::sync::atomic::AtomicUsize::new(0);
    // How many results have been merged, and a bell rung each time it grows.
    let merged = Mutex::new(0usize);
    let bell = Condvar::new();
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, T)>();
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, merged, bell, work) = (&next, &merged, &bell, &work);
            scope.spawn(move || loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                if k >= n {
                    break;
                }
                let i = match start_order {
                    Some(order) => order.get(k).copied().unwrap_or(k),
                    None => {
                        let mut done = merged.lock().unwrap_or_else(|e| e.into_inner());
                        while k >= *done + window {
                            done = bell.wait(done).unwrap_or_else(|e| e.into_inner());
                        }
                        k
                    }
                };
                if tx.send((i, work(i))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting: std::collections::BTreeMap<usize, T> = std::collections::BTreeMap::new();
        let mut front = 0;
        for (i, result) in rx {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&front) {
                merge(result);
                front += 1;
                *merged.lock().unwrap_or_else(|e| e.into_inner()) = front;
                bell.notify_all();
            }
        }
    });
}

/// Where a folded cell was first said and first repeated: (table, line).
struct Merged {
    agg: NeedAgg,
    first: (usize, u32),
    repeat: Option<(usize, u32)>,
}

/// Merges tables in file order, one at a time. Partners get a provisional number in order
/// of appearance; their final ids (the order of folded names) are known only at the end.
#[derive(Default)]
struct Merger {
    seen: crate::partners::SpellingCounts,
    provisional: rustc_hash::FxHashMap<String, u32>,
    keys: Vec<String>,
    cells: rustc_hash::FxHashMap<PartnerCellKey, Merged>,
    group_cells: BTreeSet<(Option<usize>, usize, usize, usize)>,
    need_rows: u64,
    services: Vec<Service>,
    rejections: Vec<Rejection>,
    places: Vec<Place>,
    tallies: Vec<Tally>,
    /// Per table, the provisional ids of its partners.
    table_partners: Vec<Vec<u32>>,
}

impl Merger {
    fn add(&mut self, o: TableOutcome) {
        let t = self.places.len();
        let mut ids = Vec::with_capacity(o.partners.len());
        for p in &o.partners {
            let by_spelling = self.seen.entry(p.key.clone()).or_default();
            for (spelling, count, line) in &p.spellings {
                by_spelling.entry(spelling.clone()).or_insert((0, (t, *line))).0 += count;
            }
            let next = self.keys.len() as u32;
            let id = *self.provisional.entry(p.key.clone()).or_insert(next);
            if id == next {
                self.keys.push(p.key.clone());
            }
            ids.push(id);
        }
        for ((p, b, pu, te), agg) in o.need_cells {
            let key = (ids[p as usize], b, pu, te);
            match self.cells.get_mut(&key) {
                None => {
                    self.cells.insert(
                        key,
                        Merged {
                            agg,
                            first: (t, agg.first_line),
                            repeat: agg.repeat_line.map(|l| (t, l)),
                        },
                    );
                }
                Some(m) => {
                    // Seen in an earlier table: this table's first row is a repeat.
                    m.agg.fold(agg.priorite, agg.personnes, agg.first_line);
                    m.agg.repeats += agg.repeats;
                    m.repeat = m.repeat.or(Some((t, agg.first_line)));
                }
            }
        }
        for (g, b, p, te) in o.groups {
            self.group_cells.insert((
                g.map(usize::from),
                usize::from(b),
                usize::from(p),
                usize::from(te),
            ));
        }
        self.need_rows += o.need_rows;
        let place = o.tally.place.clone();
        for (p, row) in o.services {
            self.services.push(Service {
                table: t as u32,
                row,
                partner: ids[p as usize],
            });
        }
        self.rejections.extend(o.rejections);
        self.table_partners.push(ids);
        self.places.push(place);
        self.tallies.push(o.tally);
    }

    /// Final partner ids, the folded cells, the duplicates, and the gap engine.
    fn finish(
        self,
        period: Period,
        period_source: PeriodSource,
        taxonomy: Taxonomy,
        lang: Lang,
    ) -> polars::prelude::PolarsResult<Analysis> {
        let partners = Partners::from_counts(self.seen.clone());
        let mut spellings: Vec<(u32, String, u64, (usize, u32))> = self
            .seen
            .into_iter()
            .flat_map(|(key, by)| {
                let p = partners.id_of_key(&key);
                by.into_iter().map(move |(s, (n, first))| (p, s, n, first))
            })
            .collect();
        spellings.sort_unstable();
        let final_id: Vec<u32> = self.keys.iter().map(|k| partners.id_of_key(k)).collect();
        let mut merged: Vec<(PartnerCellKey, Merged)> = self
            .cells
            .into_iter()
            .map(|((p, b, pu, te), m)| ((final_id[p as usize], b, pu, te), m))
            .collect();
        // On both cores: nothing else runs yet, and a region has a million partner cells.
        merged.par_sort_unstable_by_key(|(k, _)| *k);
        let mut services = self.services;
        for s in &mut services {
            s.partner = final_id[s.partner as usize];
        }
        // One fact per partner cell, duplicates folded: what the gap engine and the
        // partner table both read.
        let need_cells: Vec<NeedFact> = merged
            .iter()
            .map(|((p, b, pu, te), m)| NeedFact {
                partner: *p,
                besoin: usize::from(*b),
                public: usize::from(*pu),
                territoire: usize::from(*te),
                priorite: m.agg.priorite,
                personnes: m.agg.personnes,
            })
            .collect();
        // The duplicate warnings are written on a thread of their own while the engine runs
        // (a region's run has a couple of hundred thousand of them).
        let (warnings, cells) = std::thread::scope(|scope| {
            let warnings = scope.spawn(|| {
                let _t = crate::timing::stage("avertissements");
                duplicate_warnings(&merged, &self.places, &partners, &taxonomy, lang)
            });
            let cells = gap_engine(&taxonomy, &need_cells, &services);
            // The thread only formats text; were it to panic, the panic goes on here.
            let warnings = warnings.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            (warnings, cells)
        });
        let cells = cells?;
        drop(merged);
        let table_partners = self
            .table_partners
            .into_iter()
            .map(|ids| {
                let mut ids: Vec<u32> = ids.into_iter().map(|p| final_id[p as usize]).collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            })
            .collect();
        Ok(Analysis {
            period,
            period_source,
            taxonomy,
            lang,
            tallies: self.tallies,
            rejections: self.rejections,
            warnings,
            partners,
            spellings,
            need_cells,
            group_cells: self.group_cells,
            need_rows: self.need_rows,
            services,
            cells,
            table_partners,
            volunteers: None,
        })
    }
}

/// The gap engine on the folded need cells and the services.
fn gap_engine(
    taxonomy: &Taxonomy,
    need_cells: &[NeedFact],
    services: &[Service],
) -> polars::prelude::PolarsResult<Vec<Cell>> {
    let _t = crate::timing::stage("moteur des manques"); // not words: a stage of the developer's timings
    let mut offer = crate::analyse::Offer::default();
    for s in services {
        let r = &s.row;
        offer.push(
            taxonomy,
            s.partner,
            r.besoins(),
            r.public(),
            r.territoire(),
            r.capacite,
        );
    }
    crate::analyse::cadastre_of(taxonomy, need_cells, offer, crate::analyse::Folded::Yes)
}

/// A catalog sentence worded once, then filled many times: its placeholders, in the order
/// of [`Sentence::SLOTS`], are replaced by markers when it is worded, and each fill writes
/// the text between them and the values.
struct Sentence {
    /// Text, then the slot that follows it (none after the last text).
    parts: Vec<(String, Option<usize>)>,
}

impl Sentence {
    const SLOTS: [&'static str; 5] = ["partenaire", "cellule", "ou", "ligne", "n"];

    fn new(lang: Lang, id: &str) -> Sentence {
        let markers: Vec<String> = (0..Self::SLOTS.len())
            .map(|i| format!("\u{E000}{i}\u{E001}"))
            .collect();
        let args: Vec<_> = Self::SLOTS
            .iter()
            .zip(&markers)
            .map(|(k, m)| (*k, crate::i18n::s(m.as_str())))
            .collect();
        let text = crate::i18n::t_args(lang, id, &args);
        let mut parts = Vec::new();
        let mut rest = text.as_str();
        while let Some(start) = rest.find('\u{E000}') {
            let after = &rest[start + '\u{E000}'.len_utf8()..];
            let Some(end) = after.find('\u{E001}') else { break };
            let slot = after[..end].parse::<usize>().ok();
            parts.push((rest[..start].to_string(), slot));
            rest = &after[end + '\u{E001}'.len_utf8()..];
        }
        parts.push((rest.to_string(), None));
        Sentence { parts }
    }

    fn write(&self, out: &mut String, values: &[&str]) {
        for (text, slot) in &self.parts {
            out.push_str(text);
            if let Some(v) = slot.and_then(|i| values.get(i)) {
                out.push_str(v);
            }
        }
    }
}

/// One warning per partner cell said more than once, at its first repeat, in reading order.
fn duplicate_warnings(
    merged: &[(PartnerCellKey, Merged)],
    places: &[Place],
    partners: &Partners,
    tax: &Taxonomy,
    lang: Lang,
) -> Vec<Rejection> {
    use std::fmt::Write as _;
    // In reading order first, then written: each output reads the warnings in this order,
    // and their texts, allocated one after the other, are then read one after the other
    // rather than scattered (writing them in cell order and sorting after made every
    // output wait on the memory for each text).
    let mut repeated: Vec<_> = merged.iter().filter_map(|e| e.1.repeat.map(|r| (r, e))).collect();
    repeated.sort_unstable_by_key(|(r, _)| *r);
    let mut out: Vec<Rejection> = Vec::with_capacity(repeated.len());
    // A region's run has hundreds of thousands of these: the catalog's sentence is worded
    // once, and each reason is written into one string sized once, without the
    // intermediate strings of a `format!` per part.
    let once = Sentence::new(lang, "lecture-doublon");
    let many = Sentence::new(lang, "lecture-doublon-repete");
    let mut cell = String::new();
    let mut place_text = String::new();
    let mut line = String::new();
    let mut count = String::new();
    for (repeat, ((p, b, pu, te), m)) in repeated {
        let besoin = tax.code(Kind::Besoin, usize::from(*b));
        let public = tax.code(Kind::Public, usize::from(*pu));
        let territoire = tax.code(Kind::Territoire, usize::from(*te));
        let full = partners.name(*p);
        let shown = crate::sanitize::cut(full);
        let name: &str = &shown;
        let (ft, fl) = m.first;
        cell.clear();
        let _ = write!(cell, "{besoin} / {public} / {territoire}");
        place_text.clear();
        if ft != repeat.0 {
            let place = &places[ft];
            place_text.push_str(&place.file);
            if !place.sheet.is_empty() {
                let _ = write!(place_text, " [{}]", place.sheet);
            }
            place_text.push_str(", ");
        }
        line.clear();
        let _ = write!(line, "{fl}");
        count.clear();
        let _ = write!(count, "{}", m.agg.repeats);
        let sentence = if m.agg.repeats > 1 { &many } else { &once };
        let mut reason = String::with_capacity(200 + name.len());
        sentence.write(&mut reason, &[name, &cell, &place_text, &line, &count]);
        out.push(Rejection {
            place: places[repeat.0].clone(),
            line: Some(repeat.1),
            column: "besoin".into(),
            value: besoin.to_string(),
            reason,
            partner: full.to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_are_merged_in_index_order_whatever_finishes_first() {
        // Items finish out of order (later ones are quicker); merging never does.
        let work = |i: usize| {
            std::thread::sleep(std::time::Duration::from_micros(((40 - i % 40) * 50) as u64));
            i * 10
        };
        let reversed: Vec<usize> = (0..40).rev().collect();
        for threads in [1, 2, 5] {
            for start in [None, Some(reversed.as_slice())] {
                let mut got = Vec::new();
                in_order(40, threads, start, work, |r| got.push(r));
                let want: Vec<usize> = (0..40).map(|i| i * 10).collect();
                assert_eq!(
                    got,
                    want,
                    "{threads} threads, start {:?}",
                    start.map(|_| "reversed")
                );
            }
        }
        let mut none = Vec::new();
        in_order(0, 2, None, work, |r| none.push(r));
        assert!(none.is_empty());
    }
}
