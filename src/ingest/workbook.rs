//! Workbooks (`.xlsx`, `.xls`, `.ods`, and `.xlsb`): every sheet, each row numbered as the
//! spreadsheet shows it.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use super::{RawRow, RawSheet};

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

/// Reads every sheet of a workbook held in memory. An error is a sentence for the partner.
pub fn read_workbook(bytes: Vec<u8>) -> Result<Vec<RawSheet>, String> {
    // calamine is fed partner bytes; a malformed file must not take the run down with it,
    // so a panic inside it becomes an "unreadable file" like any other error.
    let outcome = std::panic::catch_unwind(move || read_sheets(bytes));
    match outcome {
        Ok(result) => result,
        Err(_) => Err("classeur endommagé (lecture interrompue)".to_string()),
    }
}

fn read_sheets(bytes: Vec<u8>) -> Result<Vec<RawSheet>, String> {
    // A zip (xlsx, ods) or OLE (xls) signature means a damaged workbook; anything else is
    // not a workbook at all. calamine's own message is technical English: not shown.
    let looks_like_workbook = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0");
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| {
        if looks_like_workbook {
            "classeur illisible, endommagé ou incomplet : ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau".to_string()
        } else {
            "classeur illisible : le contenu n'est ni xlsx, ni xls, ni ods ; enregistrez le tableau en .xlsx, .ods ou .csv".to_string()
        }
    })?;
    let names = workbook.sheet_names();
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| format!("feuille « {name} » illisible ({e})"))?;
        let first_row = range.start().map_or(0, |(r, _)| r);
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let cells: Vec<String> = row.iter().map(cell_text).collect();
            if cells.iter().any(|c| !c.trim().is_empty()) {
                rows.push(RawRow {
                    line: first_row + i as u32 + 1,
                    cells,
                });
            }
        }
        sheets.push(RawSheet { sheet: name, rows });
    }
    Ok(sheets)
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

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(read_workbook(b"PK\x03\x04garbage".to_vec()).is_err());
        assert!(read_workbook(Vec::new()).is_err());
    }
}
