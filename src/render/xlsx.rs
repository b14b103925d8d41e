//! The workbooks (`cadastre.xlsx`, `guide.xlsx`), for the people who live in Excel or
//! LibreOffice: a sheet per table as [`super::sheets`] lays it out, headers frozen and
//! filterable, columns sized to their text, long text wrapped, statuses coloured; and set up
//! for paper: A4 landscape, one page wide, the header row on every page, the title in the
//! page header, page numbers in the footer, gridlines printed.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::book::{Book, Column, Sheet, Shown};
use crate::analyse::Status;

/// Background colours of the statuses: the same colour-blind-safe hues as the charts.
fn status_color(s: Status) -> u32 {
    match s {
        Status::NonCouvert => 0xE69F00, // orange
        Status::Partiel => 0xF0E442,    // yellow
        Status::Couvert => 0x9AD0EC,    // light blue
    }
}

/// Fixed document properties: the creation date comes from `date` (SOURCE_DATE_EPOCH or the
/// period), never from the clock, so the same inputs give the same bytes.
pub fn properties(title: &str, date: (u16, u8, u8)) -> Result<DocProperties, XlsxError> {
    let when = ExcelDateTime::from_ymd(date.0, date.1, date.2)?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_author("cadastre")
        .set_creation_datetime(&when))
}

/// Rows written per sheet: beyond, the sheet says where the rest is (the CSV has all),
/// so that a region-scale run does not make a workbook nobody can open.
pub const MAX_SHEET_ROWS: usize = 10_000;

/// The widest a column people read gets, in digits (the unit of column widths): wider text
/// wraps.
const MAX_WIDTH: f64 = 36.0;

/// The widest a column of codes gets: codes are short, and not printed.
const MAX_CODE_WIDTH: f64 = 24.0;

/// Paper size 9: A4.
const A4: u8 = 9;

/// The formats of a sheet's cells. Columns carry the format of their cells (text wrapped,
/// at the top of the row), so cells are written without one: no look-up per cell.
struct Styles {
    header: Format,
    code_header: Format,
    cell: Format,
    code: Format,
    /// The statuses' cells, in [`Status::ALL`] order.
    statuses: [Format; 3],
    /// The line that says where the rows past [`MAX_SHEET_ROWS`] are: not wrapped, it runs
    /// over the empty cells at its right.
    note: Format,
}

impl Styles {
    fn new() -> Styles {
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_background_color(Color::RGB(0xDDDDDD))
            .set_border_bottom(FormatBorder::Thin);
        let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let muted = Color::RGB(0x666666);
        Styles {
            code_header: header.clone().set_italic().set_font_color(muted),
            header,
            code: cell.clone().set_italic().set_font_color(muted),
            statuses: Status::ALL.map(|s| cell.clone().set_background_color(Color::RGB(status_color(s)))),
            cell,
            note: Format::new().set_italic(),
        }
    }

    fn status(&self, s: Status) -> &Format {
        let i = Status::ALL.iter().position(|x| *x == s).unwrap_or(0);
        &self.statuses[i]
    }
}

fn digits(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

/// Serialises a book as one workbook, a sheet per table.
pub fn to_bytes(book: &Book, min_cell: u64, date: (u16, u8, u8)) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&properties(&book.title, date)?);
    // The quickest deflate: a region's workbook (sheets capped at 10,000 rows) took 112 ms
    // instead of 136 on one thread, for 0.8 MB instead of 0.5.
    wb.set_zip_compression_level(1);
    let styles = Styles::new();
    for sheet in &book.sheets {
        let ws = wb.add_worksheet();
        // Sheet names are limited to 31 characters.
        let name: String = sheet.table.name.chars().take(31).collect();
        ws.set_name(name)?;
        let last_row = write_cells(ws, book, sheet, min_cell, &styles)?;
        ws.set_freeze_panes(1, 0)?;
        // The filter covers the rows, not the line that says where the others are.
        let rows = sheet.table.rows.len().min(MAX_SHEET_ROWS) as u32;
        let last_col = (sheet.columns.len() + sheet.codes.len()).saturating_sub(1) as u16;
        if rows > 0 {
            ws.autofilter(0, 0, rows, last_col)?;
        }
        page_setup(ws, book, sheet, last_row)?;
    }
    wb.save_to_buffer()
}

/// A column as written: what it shows, and whether it is a code kept for machines.
type Placed<'c> = (&'c Column, bool);

/// The widest a column gets, in digits.
fn cap(code: bool) -> f64 {
    if code {
        MAX_CODE_WIDTH
    } else {
        MAX_WIDTH
    }
}

/// Height of a line of text, in points (the default row of Calibri 11).
const LINE: f64 = 15.0;

/// Writes the header row and the rows (at most [`MAX_SHEET_ROWS`]) and sizes the columns;
/// returns the last row written.
fn write_cells(
    ws: &mut Worksheet,
    book: &Book,
    sheet: &Sheet,
    min_cell: u64,
    styles: &Styles,
) -> Result<u32, XlsxError> {
    let columns: Vec<Placed> = sheet
        .columns
        .iter()
        .map(|c| (c, false))
        .chain(sheet.codes.iter().map(|c| (c, true)))
        .collect();
    let mut widths = write_header(ws, &columns, styles)?;
    let rows = &sheet.table.rows;
    for (r, row) in rows.iter().take(MAX_SHEET_ROWS).enumerate() {
        let r = r as u32 + 1;
        let mut lines = 1;
        for (c, (col, code)) in columns.iter().enumerate() {
            let Some(value) = row.get(col.source) else {
                continue;
            };
            let text = write_value(ws, r, c as u16, book.shown(value, col.show, min_cell), styles)?;
            let width = text_width(&text);
            widths[c] = widths[c].max(width);
            // Only text wider than the cap wraps: its column ends up at the cap.
            if width > cap(*code) {
                lines = lines.max(wrapped_lines(&text, cap(*code)));
            }
        }
        if lines > 1 {
            ws.set_row_height(r, LINE * lines as f64)?;
        }
    }
    let mut last = rows.len().min(MAX_SHEET_ROWS) as u32;
    if rows.len() > MAX_SHEET_ROWS {
        last += 1;
        let more = rows.len() - MAX_SHEET_ROWS;
        let name = sheet.table.name;
        let note = crate::i18n::t_args(
            book.lang(),
            "classeur-lignes-de-plus",
            &[
                ("n", crate::i18n::s(more.to_string())),
                ("fichier", crate::i18n::s(format!("{name}.csv"))),
            ],
        );
        ws.write_string_with_format(last, 0, note, &styles.note)?;
    }
    size_columns(ws, &columns, &widths, styles)?;
    Ok(last)
}

/// The header row; returns the width each header needs: its widest word (headers wrap at
/// their spaces) and two digits for the filter's button.
fn write_header(ws: &mut Worksheet, columns: &[Placed], styles: &Styles) -> Result<Vec<f64>, XlsxError> {
    let mut widths = Vec::with_capacity(columns.len());
    for (c, (col, code)) in columns.iter().enumerate() {
        let format = if *code {
            &styles.code_header
        } else {
            &styles.header
        };
        ws.write_string_with_format(0, c as u16, &col.header, format)?;
        let word = col.header.split(' ').map(text_width).fold(0.0, f64::max);
        widths.push(word + 2.0);
    }
    Ok(widths)
}

/// Writes one value; returns its text for the column's width (a number as as many digits,
/// borrowed: a u64 has at most 20).
fn write_value<'s>(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    shown: Shown<'s>,
    styles: &Styles,
) -> Result<std::borrow::Cow<'s, str>, XlsxError> {
    Ok(match shown {
        Shown::Number(n) => {
            ws.write_number(r, c, n as f64)?;
            const DIGITS: &str = "00000000000000000000";
            DIGITS[..digits(n)].into()
        }
        Shown::Text(s) => {
            // A cell past Excel's limit would stop the whole workbook: cut, as SPEC cuts
            // a value quoted back.
            let s = match crate::sanitize::cut_to(&s, crate::sanitize::SPREADSHEET_CHARS) {
                std::borrow::Cow::Borrowed(_) => s,
                std::borrow::Cow::Owned(cut) => cut.into(),
            };
            ws.write_string(r, c, s.as_ref())?;
            s
        }
        Shown::Status(word, s) => {
            ws.write_string_with_format(r, c, word, styles.status(s))?;
            word.into()
        }
        Shown::Empty => "".into(),
    })
}

/// The width of a character in Calibri (and Carlito, its metric twin in LibreOffice), in
/// digits, the unit of column widths, rounded up to a few classes.
fn char_width(c: char) -> f64 {
    match c {
        ' ' | 'i' | 'j' | 'l' | 'I' | '|' | '.' | ',' | ';' | ':' | '\'' | '!' | '(' | ')' => 0.5,
        'f' | 'r' | 't' | '-' | '/' => 0.7,
        's' | 'c' | 'z' | 'J' => 0.85,
        'm' | 'w' => 1.6,
        'M' | 'W' | '@' => 1.8,
        c if c.is_uppercase() => 1.2,
        _ => 1.0,
    }
}

/// The width of a text on one line, in digits.
fn text_width(text: &str) -> f64 {
    text.chars().map(char_width).sum()
}

/// The lines a text takes in a cell with `room` digits for text (a column's width less its
/// padding), wrapped at its spaces as a spreadsheet does (a word wider than a line is cut).
/// The widths err on the wide side: too many lines leave some room, too few would hide
/// text.
fn wrapped_lines(text: &str, room: f64) -> usize {
    let room = room.max(1.0);
    let (mut lines, mut used) = (1, 0.0);
    for word in text.split(' ') {
        let w = text_width(word);
        if used == 0.0 || used + char_width(' ') + w > room {
            lines += usize::from(used > 0.0);
            used = w;
        } else {
            used += char_width(' ') + w;
        }
        while used > room {
            lines += 1;
            used -= room;
        }
    }
    lines
}

/// Columns sized to their widest text, capped (Excel's "autofit" reckoned from character
/// widths, which costs a pass over what was written rather than rust_xlsxwriter's pixel
/// measure), plus a digit of padding; wider text wraps, within the column's format. The
/// header row grows to its longest wrapped header.
fn size_columns(
    ws: &mut Worksheet,
    columns: &[Placed],
    widths: &[f64],
    styles: &Styles,
) -> Result<(), XlsxError> {
    let mut header_lines = 1;
    for (c, ((col, code), width)) in columns.iter().zip(widths).enumerate() {
        let width = width.min(cap(*code)).ceil();
        ws.set_column_format(c as u16, if *code { &styles.code } else { &styles.cell })?;
        ws.set_column_width(c as u16, width + 1.0)?;
        header_lines = header_lines.max(wrapped_lines(&col.header, width - 2.0));
    }
    if header_lines > 1 {
        ws.set_row_height(0, LINE * header_lines as f64)?;
    }
    Ok(())
}

/// Paper: A4 landscape, one page wide and as many tall as needed, the header row on every
/// page, the book's and the sheet's titles in the page header, page numbers in the footer,
/// gridlines printed; only the people's columns when the sheet keeps codes at the right.
fn page_setup(ws: &mut Worksheet, book: &Book, sheet: &Sheet, last_row: u32) -> Result<(), XlsxError> {
    ws.set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0)
        .set_print_gridlines(true)
        .set_margins(0.4, 0.4, 0.7, 0.6, 0.3, 0.3)
        .set_header_footer_scale_with_doc(false)
        // `&` starts a control code in page headers: a literal one is doubled.
        .set_header(format!(
            "&C&\"-,Bold\"{}",
            book.page_title(sheet).replace('&', "&&")
        ))
        .set_footer(format!(
            "&C{} &P / &N",
            crate::i18n::t(book.lang(), "classeur-page").replace('&', "&&")
        ));
    ws.set_repeat_rows(0, 0)?;
    if !sheet.codes.is_empty() {
        let last_col = sheet.columns.len().saturating_sub(1) as u16;
        ws.set_print_area(0, 0, last_row, last_col)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{text_width, wrapped_lines};

    #[test]
    fn text_wraps_at_spaces_and_a_long_word_is_cut() {
        assert_eq!(wrapped_lines("Santé mentale", 20.0), 1);
        // As LibreOffice wraps them with Carlito in a column 31 wide.
        let room = 30.0;
        assert_eq!(
            wrapped_lines(
                "AMO Le Tremplin | ONE - consultations de Waremme | AIS Hesbaye Habitat",
                room
            ),
            3
        );
        assert_eq!(
            wrapped_lines("Bibliothèque communale de Waremme | Centre culturel de Waremme | Croix-Rouge - section de Waremme", room),
            4
        );
        assert!(text_width("communale de Waremme | ONE -") <= room);
        assert!(text_width("Bibliothèque communale de Waremme") > room);
        assert_eq!(wrapped_lines(&"x".repeat(50), 20.0), 3);
        assert_eq!(wrapped_lines("", 20.0), 1);
    }
}
