//! Workbooks (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`): every sheet, each row numbered as
//! the spreadsheet shows it.
//!
//! The format is told from the content, not the name. A password-protected workbook is said
//! to be one. What reading may cost is bounded ([`super::bounds`]): xlsx and xlsb sheets are
//! streamed cell by cell and refused as soon as they pass a spreadsheet's size or the
//! workbook's cell budget; the parts of a zip workbook are measured before they are parsed.

use std::io::Cursor;

use calamine::{Data, Ods, OdsError, Reader, Xls, XlsError, Xlsb, XlsbError, Xlsx, XlsxError};

use super::bounds::{self, MAX_CELLS, MAX_COLUMNS, MAX_ROWS};
use super::{RawRow, RawSheet};
use crate::error::Said;

/// Said of any workbook encrypted with a password (Excel's "Encrypt with password", or
/// LibreOffice's "Save with password"): its cells cannot be read without it.
fn password() -> Said {
    Said::new("lecture-classeur-mot-de-passe", &[])
}

fn damaged() -> Said {
    Said::new("lecture-classeur-endommage", &[])
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0";

/// Turns a cell into the text a partner would read in it. Whole numbers lose their `.0`
/// (Excel stores every number as a float), dates become `AAAA-MM-JJ`.
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float_text(*f),
        Data::Bool(b) => if *b { "VRAI" } else { "FAUX" }.to_string(),
        Data::DateTime(dt) => serial_date(dt.as_f64()),
        Data::Error(e) => e.to_string(),
    }
}

fn float_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// An Excel serial date (days since 1899-12-30) as `AAAA-MM-JJ`.
fn serial_date(serial: f64) -> String {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return float_text(serial);
    }
    // Excel counts days from 1899-12-30, 25,569 days before 1970-01-01.
    let (year, month, day) = crate::period::civil_from_days(serial.floor() as i64 - 25_569);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads every sheet of a workbook held in memory. An error is a sentence for the partner,
/// worded in the run's language by [`Said::words`].
/// The portal calls this for each upload: its cost is bounded whatever the bytes.
pub fn read_workbook(bytes: Vec<u8>) -> Result<Vec<RawSheet>, Said> {
    // calamine is fed partner bytes; a malformed file must not take the run down with it,
    // so a panic inside it becomes an "unreadable file" like any other error.
    let outcome = std::panic::catch_unwind(move || read_sheets(&bytes));
    match outcome {
        Ok(result) => result,
        Err(_) => Err(Said::new("lecture-classeur-interrompu", &[])),
    }
}

fn read_sheets(bytes: &[u8]) -> Result<Vec<RawSheet>, Said> {
    // calamine's own messages are technical English: never shown to partners.
    if bytes.starts_with(ZIP_MAGIC) {
        read_zip_workbook(bytes)
    } else if bytes.starts_with(OLE_MAGIC) {
        read_ole_workbook(bytes)
    } else {
        Err(Said::new("lecture-classeur-inconnu", &[]))
    }
}

/// An xlsx, xlsm, xlsb or ods: a zip of parts.
fn read_zip_workbook(bytes: &[u8]) -> Result<Vec<RawSheet>, Said> {
    bounds::check_zip(bytes)?;
    let is_ods =
        zip::ZipArchive::new(Cursor::new(bytes)).is_ok_and(|zip| zip.index_for_name("content.xml").is_some());
    if is_ods {
        bounds::check_ods(bytes)?;
        return match Ods::new(Cursor::new(bytes)) {
            Ok(mut book) => read_ranges(&mut book),
            Err(OdsError::Password) => Err(password()),
            Err(_) => Err(damaged()),
        };
    }
    match Xlsx::new(Cursor::new(bytes)) {
        Ok(book) => return stream_xlsx(book),
        Err(XlsxError::Password) => return Err(password()),
        Err(_) => {}
    }
    match Xlsb::new(Cursor::new(bytes)) {
        Ok(book) => stream_xlsb(book),
        Err(XlsbError::Password) => Err(password()),
        Err(_) => Err(damaged()),
    }
}

/// An OLE container: an xls, or an xlsx/xlsb encrypted with a password (Excel then wraps
/// it in an OLE file holding `EncryptionInfo` and `EncryptedPackage`, which calamine's xlsx
/// reader recognises).
// calamine reads an xls whole when it opens it: it is measured first (bounds::check_xls).
fn read_ole_workbook(bytes: &[u8]) -> Result<Vec<RawSheet>, Said> {
    if let Err(XlsxError::Password) = Xlsx::new(Cursor::new(bytes)) {
        return Err(password());
    }
    bounds::check_xls(bytes)?;
    match Xls::new(Cursor::new(bytes)) {
        Ok(mut book) => read_ranges(&mut book),
        Err(XlsError::Password) => Err(password()),
        Err(_) => Err(damaged()),
    }
}

/// The cells of the sheets being read, and the workbook's budget of cells.
struct Gather {
    /// Cells with a value, so far, in the whole workbook.
    values: u64,
}

/// The cells of one sheet as they come, (row, column, text), checked against the limits.
struct SheetCells<'g> {
    name: String,
    cells: Vec<(u32, u32, String)>,
    gather: &'g mut Gather,
}

impl SheetCells<'_> {
    fn push(&mut self, (row, col): (u32, u32), cell: &Data) -> Result<(), Said> {
        if row >= MAX_ROWS || col >= MAX_COLUMNS {
            let (rows, cols) = (u64::from(row) + 1, u64::from(col) + 1);
            return Err(bounds::sheet_too_large(&self.name, rows, cols));
        }
        let text = cell_text(cell);
        if text.is_empty() {
            return Ok(());
        }
        self.gather.values += 1;
        if self.gather.values > MAX_CELLS {
            return Err(bounds::too_many_cells(&self.name));
        }
        self.cells.push((row, col, text));
        Ok(())
    }

    /// The non-blank rows, numbered as the spreadsheet shows them; the first column is the
    /// leftmost one holding a value, and a row stops at its last value.
    fn finish(self) -> RawSheet {
        let mut cells = self.cells;
        cells.sort_by_key(|(row, col, _)| (*row, *col));
        let first_col = cells.iter().map(|(_, col, _)| *col).min().unwrap_or(0);
        let mut rows: Vec<RawRow> = Vec::new();
        for (row, col, text) in cells {
            if rows.last().is_none_or(|r| r.line != row + 1) {
                rows.push(RawRow {
                    line: row + 1,
                    cells: Vec::new(),
                });
            }
            if let Some(last) = rows.last_mut() {
                let at = (col - first_col) as usize;
                if last.cells.len() <= at {
                    last.cells.resize(at + 1, String::new());
                }
                last.cells[at] = text;
            }
        }
        rows.retain(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
        RawSheet {
            sheet: self.name,
            rows,
        }
    }
}

/// Refuses a sheet whose declared size (`<dimension ref>`, `BrtWsDim`) is past a
/// spreadsheet's: the cells are counted too, as the declaration can lie.
fn check_declared(name: &str, dims: calamine::Dimensions) -> Result<(), Said> {
    if dims.end.0 >= MAX_ROWS || dims.end.1 >= MAX_COLUMNS {
        let (rows, cols) = (u64::from(dims.end.0) + 1, u64::from(dims.end.1) + 1);
        return Err(bounds::sheet_too_large(name, rows, cols));
    }
    Ok(())
}

/// An xlsx or xlsm, sheet by sheet, cell by cell: nothing larger than the cells kept is
/// held in memory.
fn stream_xlsx<RS: std::io::Read + std::io::Seek>(mut book: Xlsx<RS>) -> Result<Vec<RawSheet>, Said> {
    let mut gather = Gather { values: 0 };
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let mut sheet = SheetCells {
            name: name.clone(),
            cells: Vec::new(),
            gather: &mut gather,
        };
        let mut reader = match book.worksheet_cells_reader(&name) {
            Ok(reader) => reader,
            // A chart sheet: no cells.
            Err(XlsxError::NotAWorksheet(_)) => {
                sheets.push(sheet.finish());
                continue;
            }
            Err(_) => return Err(sheet_unreadable(&name)),
        };
        check_declared(&name, reader.dimensions())?;
        while let Some(cell) = reader.next_cell().map_err(|_| sheet_unreadable(&name))? {
            sheet.push(cell.get_position(), &Data::from(cell.get_value().clone()))?;
        }
        sheets.push(sheet.finish());
    }
    Ok(sheets)
}

/// An xlsb, streamed like an xlsx.
fn stream_xlsb<RS: std::io::Read + std::io::Seek>(mut book: Xlsb<RS>) -> Result<Vec<RawSheet>, Said> {
    let mut gather = Gather { values: 0 };
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let mut sheet = SheetCells {
            name: name.clone(),
            cells: Vec::new(),
            gather: &mut gather,
        };
        let mut reader = book
            .worksheet_cells_reader(&name)
            .map_err(|_| sheet_unreadable(&name))?;
        check_declared(&name, reader.dimensions())?;
        while let Some(cell) = reader.next_cell().map_err(|_| sheet_unreadable(&name))? {
            sheet.push(cell.get_position(), &Data::from(cell.get_value().clone()))?;
        }
        sheets.push(sheet.finish());
    }
    Ok(sheets)
}

/// An xls or ods, read whole by calamine when opened (an ods is measured before, by
/// [`bounds::check_ods`]); its cells go through the same checks.
fn read_ranges<RS, R: Reader<RS>>(book: &mut R) -> Result<Vec<RawSheet>, Said>
where
    RS: std::io::Read + std::io::Seek,
{
    let mut gather = Gather { values: 0 };
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|_| sheet_unreadable(&name))?;
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let mut sheet = SheetCells {
            name,
            cells: Vec::new(),
            gather: &mut gather,
        };
        for (row, col, cell) in range.used_cells() {
            sheet.push((row0 + row as u32, col0 + col as u32), cell)?;
        }
        sheets.push(sheet.finish());
    }
    Ok(sheets)
}

fn sheet_unreadable(name: &str) -> Said {
    Said::new("lecture-feuille-illisible", &[]).text("feuille", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_partners_see_them() {
        assert_eq!(cell_text(&Data::Float(12.0)), "12");
        assert_eq!(cell_text(&Data::Float(12.5)), "12.5");
        assert_eq!(cell_text(&Data::Int(-3)), "-3");
        assert_eq!(cell_text(&Data::String(" x ".into())), " x ");
        assert_eq!(cell_text(&Data::Empty), "");
    }

    #[test]
    fn serial_dates_become_iso_dates() {
        assert_eq!(serial_date(46204.0), "2026-07-01");
        assert_eq!(serial_date(25569.0), "1970-01-01");
        assert_eq!(serial_date(60.0), "1900-02-28");
    }

    /// A one-sheet xlsx whose sheet xml is `sheet`.
    fn xlsx_with_sheet(sheet: &str) -> Vec<u8> {
        let ns = "http://schemas.openxmlformats.org";
        super::super::bounds::zips::zip_of(&[
            (
                "_rels/.rels",
                &format!(
                    r#"<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
                ),
            ),
            (
                "xl/workbook.xml",
                &format!(
                    r#"<workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="Besoins" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                ),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                &format!(
                    r#"<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
                ),
            ),
            (
                "xl/worksheets/sheet1.xml",
                &format!(r#"<worksheet xmlns="{ns}/spreadsheetml/2006/main">{sheet}</worksheet>"#),
            ),
        ])
    }

    #[test]
    fn a_sheet_declared_or_found_past_the_limits_is_refused() {
        let declared = xlsx_with_sheet(r#"<dimension ref="A1:C2000000"/><sheetData/>"#);
        let err = read_workbook(declared).unwrap_err().to_string();
        assert!(
            err.starts_with("feuille « Besoins » trop grande : au moins 2 000 000 lignes"),
            "{err}"
        );
        let wide = xlsx_with_sheet(r#"<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>"#);
        let err = read_workbook(wide).unwrap_err().to_string();
        assert!(
            err.starts_with("feuille « Besoins » trop grande : au moins 16 385 colonnes"),
            "{err}"
        );
        let fine = xlsx_with_sheet(
            r#"<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>"#,
        );
        let sheets = read_workbook(fine).expect("the last cell of a sheet is fine");
        assert_eq!(
            sheets[0].rows,
            [RawRow {
                line: 1_048_576,
                cells: vec!["7".into()]
            }]
        );
    }

    #[test]
    fn the_cells_of_a_workbook_are_budgeted() {
        let row = r#"<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c></row>"#;
        let rows = row.repeat((MAX_CELLS / 4 + 1) as usize);
        let err = read_workbook(xlsx_with_sheet(&format!("<sheetData>{rows}</sheetData>")))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("classeur trop volumineux : plus de 1 000 000 cellules remplies (atteint dans la feuille « Besoins »)"), "{err}");
    }

    #[test]
    fn rows_keep_their_sheet_number_and_columns_their_place() {
        let sheet = r#"<sheetData><row r="3"><c r="C3" t="inlineStr"><is><t>a</t></is></c><c r="E3"><v>5</v></c></row><row r="5"><c r="D5"><v>1</v></c></row></sheetData>"#;
        let sheets = read_workbook(xlsx_with_sheet(sheet)).expect("read");
        assert_eq!(
            sheets[0].rows,
            [
                RawRow {
                    line: 3,
                    cells: vec!["a".into(), String::new(), "5".into()]
                },
                RawRow {
                    line: 5,
                    cells: vec![String::new(), "1".into()]
                },
            ]
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(read_workbook(b"PK\x03\x04garbage".to_vec()).is_err());
        assert!(read_workbook(Vec::new()).is_err());
    }
}
