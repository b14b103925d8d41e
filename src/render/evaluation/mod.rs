//! `evaluation.docx`: the pact's evaluation for the town (SPEC, "The evaluation document"),
//! with the cadastre's part written and the working groups' words left to them. A cover,
//! the key figures, the charts (the PNGs the run already drew), the trend once there is a
//! past, the most urgent gaps; then one section per working group in taxonomy order (its
//! figures, its gaps as `gap_groupe_domaine.csv` counts them, its partners' corrections,
//! and the four headings of the six-month evaluation with room to write); then the general
//! conclusions. Each section is gathered by a function of its own into [`docx::Block`]s;
//! [`docx`] writes the package. Words from `locales/*/evaluation.ftl`.

pub mod docx;

use docx::{Block, Document, Table};

use crate::analyse::{Cell, Status};
use crate::history::{Change, Evolution, Past};
use crate::i18n::{n, s as text, t, t_args};
use crate::model::Lang;
use crate::pipeline::Analysis;
use crate::render::charts::{self, status_label};
use crate::taxonomy::Kind;

/// Gaps listed in "the most urgent gaps", changes per kind in the trend, corrections per group.
const URGENT: usize = 15;
const CHANGES: usize = 15;
const CORRECTIONS: usize = 5;

/// What the document is made from besides the analysis.
pub struct Inputs<'a> {
    pub past: &'a Past,
    /// The charts' PNGs, by file name (`besoins-par-domaine.png`).
    pub pngs: &'a [(String, Vec<u8>)],
    pub min_cell: u64,
    pub date: (u16, u8, u8),
}

/// The document as `.docx` bytes.
pub fn to_bytes(a: &Analysis, inputs: &Inputs) -> anyhow::Result<Vec<u8>> {
    docx::to_bytes(&document(a, inputs))
}

/// The whole document, section by section.
pub fn document(a: &Analysis, inputs: &Inputs) -> Document {
    let lang = a.lang;
    let period = text(a.period.to_string());
    let mut doc = Document {
        lang: lang_tag(lang).to_string(),
        title: t(lang, "evaluation-titre"),
        footer: t_args(lang, "evaluation-pied", &[("periode", period)]),
        date: inputs.date,
        ..Document::default()
    };
    cover(a, inputs.date, &mut doc.blocks);
    key_figures(a, inputs.min_cell, &mut doc.blocks);
    chart_pictures(a, inputs, &mut doc);
    trend(a, inputs, &mut doc);
    urgent(a, inputs.min_cell, &mut doc.blocks);
    let gaps = crate::render::group_gaps(a);
    for (g, group) in a.taxonomy.list(Kind::Groupe).iter().enumerate() {
        let cells = gaps.get(g).map_or(&[][..], Vec::as_slice);
        working_group(a, g, group.label(lang), cells, inputs.min_cell, &mut doc.blocks);
    }
    doc.blocks.push(Block::PageBreak);
    doc.blocks
        .push(Block::Heading(1, t(lang, "evaluation-conclusions")));
    doc.blocks.extend(room_to_write());
    doc
}

fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr-BE",
        Lang::En => "en-GB",
        Lang::Nl => "nl-BE",
    }
}

/// A count of people as every output shows it under `--min-cell`.
fn people(v: Option<u64>, min_cell: u64) -> String {
    match v {
        None => "–".to_string(),
        Some(v) if v > 0 && v < min_cell => format!("<{min_cell}"),
        Some(v) => v.to_string(),
    }
}

/// A label with its first letter in upper case, as a heading starts: "Nouveaux manques".
fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// Two empty paragraphs: the lines a working group writes in.
fn room_to_write() -> [Block; 2] {
    [Block::Para(String::new()), Block::Para(String::new())]
}

/// The cover: the pact, the period, what the document holds, its date; then a new page.
fn cover(a: &Analysis, date: (u16, u8, u8), out: &mut Vec<Block>) {
    let lang = a.lang;
    let (y, m, d) = date;
    out.push(Block::Title(t(lang, "evaluation-titre")));
    out.push(Block::Subtitle(t_args(
        lang,
        "evaluation-sous-titre",
        &[("periode", text(a.period.to_string()))],
    )));
    out.push(Block::Para(t(lang, "evaluation-chapeau")));
    out.push(Block::Para(t_args(
        lang,
        "evaluation-date",
        &[("date", text(format!("{d:02}/{m:02}/{y:04}")))],
    )));
    out.push(Block::PageBreak);
}

/// "Chiffres clés": the counts the report opens with, and the rows read.
fn key_figures(a: &Analysis, min_cell: u64, out: &mut Vec<Block>) {
    let lang = a.lang;
    let counts = crate::render::status_counts(&a.cells);
    let not_covered: u64 = a.cells.iter().filter_map(|c| c.personnes_non_couvertes).sum();
    let rows = [
        ("evaluation-chiffre-cellules", a.cells.len().to_string()),
        (
            "evaluation-chiffre-non-couvertes",
            counts[&Status::NonCouvert].to_string(),
        ),
        (
            "evaluation-chiffre-partielles",
            counts[&Status::Partiel].to_string(),
        ),
        (
            "evaluation-chiffre-sans-reponse",
            people(Some(not_covered), min_cell),
        ),
        ("evaluation-chiffre-partenaires", a.partners.len().to_string()),
        ("evaluation-chiffre-services", a.services.len().to_string()),
        ("evaluation-chiffre-fichiers", a.tallies.len().to_string()),
        ("evaluation-chiffre-lues", a.rows_read().to_string()),
        ("evaluation-chiffre-utilisees", a.rows_used().to_string()),
        ("evaluation-chiffre-rejetees", a.rows_rejected().to_string()),
    ]
    .into_iter()
    .map(|(id, v)| vec![t(lang, id), v])
    .collect();
    out.push(Block::Heading(1, t(lang, "evaluation-section-chiffres")));
    out.push(Block::Table(Table {
        header: vec![
            t(lang, "evaluation-col-indicateur"),
            t(lang, "evaluation-col-nombre"),
        ],
        rows,
        widths: vec![3, 1],
    }));
    if min_cell > 0 {
        out.push(Block::Source(crate::render::min_cell_note(lang, min_cell)));
    }
}

/// A chart's picture, its caption ("Figure 2 : …") and its source line.
fn picture(doc: &mut Document, lang: Lang, png: &[u8], title: &str, source: &str) {
    doc.media.push(png.to_vec());
    let number = doc.media.len();
    let caption = t_args(
        lang,
        "evaluation-figure",
        &[("n", n(number as u64)), ("titre", text(title))],
    );
    doc.blocks.push(Block::Picture(number - 1, title.to_string()));
    doc.blocks.push(Block::Caption(caption));
    doc.blocks.push(Block::Source(source.to_string()));
}

fn png_of<'a>(inputs: &'a Inputs, name: &str) -> Option<&'a [u8]> {
    let file = format!("{name}.png");
    inputs
        .pngs
        .iter()
        .find(|(n, _)| *n == file)
        .map(|(_, b)| b.as_slice())
}

/// "Graphiques": the period's charts, after the key figures.
fn chart_pictures(a: &Analysis, inputs: &Inputs, doc: &mut Document) {
    doc.blocks
        .push(Block::Heading(1, t(a.lang, "evaluation-section-graphiques")));
    let source = charts::footer(a);
    for c in charts::charts(a) {
        if let Some(png) = png_of(inputs, c.name) {
            picture(doc, a.lang, png, &c.title, &source);
        }
    }
}

/// "Évolution": only once there is a previous period: the counts of each kind of change,
/// the cells of the four that matter (first few of each), and the trend charts.
fn trend(a: &Analysis, inputs: &Inputs, doc: &mut Document) {
    let lang = a.lang;
    let Some((p1, changes)) = inputs.past.previous.as_ref() else {
        return;
    };
    doc.blocks.push(Block::PageBreak);
    doc.blocks
        .push(Block::Heading(1, t(lang, "evaluation-section-evolution")));
    doc.blocks.push(Block::Para(crate::history::evolution_line(
        lang, *p1, a.period, changes,
    )));
    for e in [
        Evolution::Apparu,
        Evolution::Aggrave,
        Evolution::Ameliore,
        Evolution::Resolu,
    ] {
        let these: Vec<&Change> = changes.iter().filter(|c| c.evolution == e).collect();
        if !these.is_empty() {
            changes_of_a_kind(a, e, &these, inputs.min_cell, &mut doc.blocks);
        }
    }
    let source = charts::footer(a);
    for c in charts::trend_charts(a, &inputs.past.series) {
        if let Some(png) = png_of(inputs, c.name) {
            picture(doc, a.lang, png, &c.title, &source);
        }
    }
}

/// The cells of one kind of change: a caption with their count, the first [`CHANGES`]
/// of them in a table, and where to find the others.
fn changes_of_a_kind(a: &Analysis, e: Evolution, these: &[&Change], min_cell: u64, out: &mut Vec<Block>) {
    let lang = a.lang;
    let label = |kind: Kind, code: &str| -> String {
        a.taxonomy
            .list(kind)
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
    out.push(Block::Caption(format!(
        "{} ({})",
        capitalised(&e.label(lang)),
        these.len()
    )));
    let rows = these
        .iter()
        .take(CHANGES)
        .map(|c| {
            vec![
                label(Kind::Besoin, &c.besoin),
                label(Kind::Public, &c.public),
                label(Kind::Territoire, &c.territoire),
                status(c.statut1),
                status(c.statut2),
                people(c.pnc2, min_cell),
            ]
        })
        .collect();
    let header = [
        "rapport-col-besoin",
        "rapport-col-public",
        "rapport-col-territoire",
        "rapport-col-avant",
        "rapport-col-apres",
        "rapport-col-sans-reponse-apres",
    ];
    out.push(Block::Table(Table {
        header: header.iter().map(|id| t(lang, id)).collect(),
        rows,
        widths: vec![38, 24, 24, 24, 24, 26],
    }));
    if these.len() > CHANGES {
        out.push(Block::Source(t_args(
            lang,
            "evaluation-evolution-plus",
            &[("n", n((these.len() - CHANGES) as u64))],
        )));
    }
}

/// A gap as a table row: what, for whom, where, how urgent, who could take charge.
fn gap_row(a: &Analysis, c: &Cell, min_cell: u64) -> Vec<String> {
    let (lang, tax) = (a.lang, &a.taxonomy);
    vec![
        tax.entry(Kind::Besoin, c.besoin).label(lang).to_string(),
        tax.entry(Kind::Public, c.public).label(lang).to_string(),
        tax.entry(Kind::Territoire, c.territoire).label(lang).to_string(),
        status_label(c.statut, lang).to_string(),
        c.priorite_max.to_string(),
        people(c.personnes_non_couvertes, min_cell),
        c.candidats
            .iter()
            .map(|p| a.partners.name(*p))
            .collect::<Vec<_>>()
            .join(", "),
    ]
}

fn gap_table(a: &Analysis, cells: &[&Cell], min_cell: u64) -> Table {
    let header = [
        "rapport-col-besoin",
        "rapport-col-public",
        "rapport-col-territoire",
        "rapport-col-statut",
        "rapport-col-priorite",
        "rapport-col-personnes-sans-reponse",
        "rapport-col-qui",
    ];
    Table {
        header: header.iter().map(|id| t(a.lang, id)).collect(),
        rows: cells.iter().map(|c| gap_row(a, c, min_cell)).collect(),
        widths: vec![26, 21, 20, 22, 16, 22, 33],
    }
}

/// "Les manques les plus urgents", with who could take charge.
fn urgent(a: &Analysis, min_cell: u64, out: &mut Vec<Block>) {
    let lang = a.lang;
    out.push(Block::PageBreak);
    out.push(Block::Heading(1, t(lang, "evaluation-section-urgents")));
    let gaps = charts::urgent(&a.cells);
    if gaps.is_empty() {
        out.push(Block::Para(t(lang, "evaluation-urgents-aucun")));
        return;
    }
    let shown = &gaps[..gaps.len().min(URGENT)];
    out.push(Block::Para(t_args(
        lang,
        "evaluation-urgents-intro",
        &[("n", n(gaps.len() as u64)), ("montres", n(shown.len() as u64))],
    )));
    out.push(Block::Table(gap_table(a, shown, min_cell)));
}

/// One working group's section: its figures, its gaps, its partners' corrections, then the
/// four headings of the evaluation with room to write.
fn working_group(a: &Analysis, g: usize, label: &str, gaps: &[&Cell], min_cell: u64, out: &mut Vec<Block>) {
    let lang = a.lang;
    out.push(Block::PageBreak);
    out.push(Block::Heading(1, label.to_string()));
    let named: std::collections::BTreeSet<(usize, usize, usize)> = a
        .group_cells
        .iter()
        .filter(|(group, ..)| *group == Some(g))
        .map(|(_, b, p, t)| (*b, *p, *t))
        .collect();
    let partners: std::collections::BTreeSet<u32> = a
        .need_cells
        .iter()
        .filter(|c| named.contains(&(c.besoin, c.public, c.territoire)))
        .map(|c| c.partner)
        .collect();
    if named.is_empty() {
        out.push(Block::Para(t(lang, "evaluation-groupe-aucun-besoin")));
    } else {
        group_figures(a, named.len(), partners.len(), gaps, min_cell, out);
    }
    corrections(a, &partners, out);
    for id in [
        "evaluation-objectifs",
        "evaluation-difficultes",
        "evaluation-resultats",
        "evaluation-propositions",
    ] {
        out.push(Block::Heading(2, t(lang, id)));
        out.extend(room_to_write());
    }
}

/// A group's figures in a sentence, then its gaps' table (or the sentence saying it has none).
fn group_figures(
    a: &Analysis,
    cells: usize,
    partners: usize,
    gaps: &[&Cell],
    min_cell: u64,
    out: &mut Vec<Block>,
) {
    let lang = a.lang;
    let of = |s: Status| gaps.iter().filter(|c| c.statut == s).count() as u64;
    let unmet: u64 = gaps.iter().filter_map(|c| c.personnes_non_couvertes).sum();
    out.push(Block::Para(t_args(
        lang,
        "evaluation-groupe-resume",
        &[
            ("cellules", n(cells as u64)),
            ("partenaires", n(partners as u64)),
            ("noncouvertes", n(of(Status::NonCouvert))),
            ("partielles", n(of(Status::Partiel))),
            ("personnes", text(people(Some(unmet), min_cell))),
        ],
    )));
    if gaps.is_empty() {
        out.push(Block::Para(t(lang, "evaluation-groupe-sans-manque")));
    } else {
        out.push(Block::Caption(t(lang, "evaluation-groupe-manques")));
        out.push(Block::Table(gap_table(a, gaps, min_cell)));
    }
}

/// The rows to correct that name one of the group's partners: how many, and the first few.
fn corrections(a: &Analysis, partners: &std::collections::BTreeSet<u32>, out: &mut Vec<Block>) {
    let lang = a.lang;
    let mine: Vec<_> = a
        .rejections
        .iter()
        .filter(|r| !r.partner.is_empty())
        .filter_map(|r| Some((a.partners.id(&r.partner).filter(|p| partners.contains(p))?, r)))
        .collect();
    if mine.is_empty() {
        return;
    }
    out.push(Block::Caption(t_args(
        lang,
        "evaluation-groupe-corrections",
        &[("n", n(mine.len() as u64))],
    )));
    let rows = mine
        .iter()
        .take(CORRECTIONS)
        .map(|(p, r)| {
            vec![
                a.partners.name(*p).to_string(),
                r.place.file.clone(),
                r.line.map_or(String::new(), |l| l.to_string()),
                r.reason.clone(),
            ]
        })
        .collect();
    let header = [
        "evaluation-col-partenaire",
        "rapport-col-fichier",
        "rapport-col-ligne",
        "rapport-col-probleme",
    ];
    out.push(Block::Table(Table {
        header: header.iter().map(|id| t(lang, id)).collect(),
        rows,
        widths: vec![30, 30, 12, 88],
    }));
    if mine.len() > CORRECTIONS {
        out.push(Block::Source(t_args(
            lang,
            "evaluation-groupe-corrections-plus",
            &[("n", n((mine.len() - CORRECTIONS) as u64))],
        )));
    }
}
