//! `appariements.xlsx`, laid out to print: one block per mission (its title and
//! association, what it asks for, then its candidates with how to reach them and why they
//! fit), a page break before each mission so that each association's page can be handed
//! over alone; A4 landscape, one page wide, the title on every page.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::Matches;
use crate::i18n::{n, s, t, t_args};
use crate::matching::{reason, Candidate};
use crate::model::Lang;
use crate::sanitize::spreadsheet_safe;
use crate::taxonomy::{Kind, Taxonomy};
use crate::volunteers::{Mission, Slot};

/// Paper size 9: A4.
const A4: u8 = 9;

/// The columns of a block: catalog id of the header, width in digits.
const COLUMNS: [(&str, f64); 6] = [
    ("benevoles-col-rang", 6.0),
    ("benevoles-col-benevole", 24.0),
    ("benevoles-col-courriel", 30.0),
    ("benevoles-col-telephone", 16.0),
    ("benevoles-col-creneaux", 26.0),
    ("benevoles-col-raison", 50.0),
];

/// Excel keeps at most 1,023 manual page breaks in a sheet.
const MAX_BREAKS: usize = 1023;

struct Styles {
    title: Format,
    mission: Format,
    details: Format,
    header: Format,
    cell: Format,
    none: Format,
}

impl Styles {
    fn new() -> Styles {
        let cell = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin);
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            mission: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_border_top(FormatBorder::Medium),
            details: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            header: cell.clone().set_bold().set_background_color(Color::RGB(0xDDDDDD)),
            none: cell.clone().set_italic(),
            cell,
        }
    }
}

/// Slots in words, separated by commas; `none` when there are none.
fn slot_words(slots: &[Slot], lang: Lang, none: &str) -> String {
    if slots.is_empty() {
        return t(lang, none);
    }
    slots.iter().map(|s| s.label(lang)).collect::<Vec<_>>().join(", ")
}

/// The line under a mission's title: what it asks for, in words.
fn details(m: &Mission, tax: &Taxonomy, lang: Lang) -> String {
    let public = match m.public {
        Some(p) => tax.entry(Kind::Public, p).label(lang).to_string(),
        None => t(lang, "benevoles-classeur-tout-public"),
    };
    t_args(
        lang,
        "benevoles-classeur-details",
        &[
            ("besoin", s(tax.entry(Kind::Besoin, m.need).label(lang))),
            ("public", s(public)),
            (
                "territoire",
                s(tax.entry(Kind::Territoire, m.territory).label(lang)),
            ),
            (
                "creneaux",
                s(slot_words(&m.slots, lang, "benevoles-classeur-a-convenir")),
            ),
            ("nombre", n(u64::from(m.count))),
        ],
    )
}

/// Writes one mission's block from row `r`; returns the row after it.
fn block(
    ws: &mut Worksheet,
    m: &Matches,
    mission: &Mission,
    cands: &[Candidate],
    mut r: u32,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let lang = m.lang;
    let last = COLUMNS.len() as u16 - 1;
    let title = t_args(
        lang,
        "benevoles-classeur-mission",
        &[
            ("mission", s(mission.title.as_str())),
            ("partenaire", s(mission.partner.as_str())),
        ],
    );
    ws.merge_range(r, 0, r, last, &spreadsheet_safe(&title), &st.mission)?;
    ws.set_row_height(r, 20.0)?;
    r += 1;
    ws.merge_range(r, 0, r, last, &details(mission, m.tax, lang), &st.details)?;
    ws.set_row_height(r, 30.0)?;
    r += 1;
    for (c, (id, _)) in COLUMNS.iter().enumerate() {
        ws.write_string_with_format(r, c as u16, t(lang, id), &st.header)?;
    }
    r += 1;
    if cands.is_empty() {
        ws.merge_range(r, 0, r, last, &t(lang, "benevoles-aucun-candidat"), &st.none)?;
        return Ok(r + 2);
    }
    for (rank, c) in cands.iter().enumerate() {
        let v = m.volunteer(c);
        let cells = [
            (rank + 1).to_string(),
            v.name.clone(),
            v.email.clone(),
            v.phone.clone(),
            slot_words(&c.shared, lang, "benevoles-classeur-a-convenir"),
            reason(c, v, mission, m.tax, lang),
        ];
        for (col, text) in cells.iter().enumerate() {
            ws.write_string_with_format(r, col as u16, spreadsheet_safe(text), &st.cell)?;
        }
        // The reason is the longest text: two lines when it runs past its column.
        let lines = (cells[5].chars().count() as f64 / (COLUMNS[5].1 * 0.95))
            .ceil()
            .max(1.0);
        ws.set_row_height(r, 15.0 * lines)?;
        r += 1;
    }
    Ok(r + 1)
}

/// Paper: A4 landscape, one page wide, the title row (and the blank row under it) on every
/// page, page numbers below.
fn page_setup(ws: &mut Worksheet, lang: Lang, breaks: &[u32]) -> Result<(), XlsxError> {
    ws.set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0)
        .set_margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3)
        .set_header_footer_scale_with_doc(false)
        .set_footer(format!(
            "&C{} &P / &N",
            t(lang, "classeur-page").replace('&', "&&")
        ));
    ws.set_repeat_rows(0, 1)?;
    if !breaks.is_empty() {
        ws.set_page_breaks(&breaks[..breaks.len().min(MAX_BREAKS)])?;
    }
    Ok(())
}

/// The workbook's bytes; `date` (SOURCE_DATE_EPOCH or a fixed day) dates it, never the
/// clock.
pub fn workbook(m: &Matches, date: (u16, u8, u8)) -> Result<Vec<u8>, XlsxError> {
    let lang = m.lang;
    let title = t(lang, "benevoles-classeur-titre");
    let mut wb = Workbook::new();
    wb.set_properties(&crate::render::xlsx::properties(&title, date)?);
    let st = Styles::new();
    let ws = wb.add_worksheet();
    let name: String = t(lang, "benevoles-classeur-feuille").chars().take(31).collect();
    ws.set_name(name)?;
    for (c, (_, width)) in COLUMNS.iter().enumerate() {
        ws.set_column_width(c as u16, *width)?;
    }
    ws.write_string_with_format(0, 0, &title, &st.title)?;
    ws.set_row_height(0, 22.0)?;
    let mut r = 2;
    let mut breaks = Vec::new();
    for (i, (mission, cands)) in m.missions().enumerate() {
        if i > 0 {
            breaks.push(r);
        }
        r = block(ws, m, mission, cands, r, &st)?;
    }
    if m.roster.missions.is_empty() {
        ws.write_string(r, 0, t(lang, "benevoles-classeur-aucune-mission"))?;
    }
    page_setup(ws, lang, &breaks)?;
    wb.save_to_buffer()
}
