//! What reading one workbook may cost, checked before and while it is read: a workbook is
//! a zip of compressed parts (or an OLE container) that a few megabytes can inflate into
//! gigabytes of cells. A workbook past a limit is refused with a sentence that says which
//! limit and what to do; it never takes the run, or the portal, down with it.
//!
//! The limits keep any workbook of up to 20 MB within about 10 s and 500 MB of memory,
//! far above what a partner survey needs (some thousands of rows of about ten columns).

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use crate::error::Said;

/// Rows of a sheet: no spreadsheet program writes past row 1,048,576 (Excel 2007 and
/// later, LibreOffice 7.4 and later). A sheet beyond is not a survey someone typed.
pub const MAX_ROWS: u32 = 1_048_576;
/// Columns of a sheet (XFD), for the same reason.
pub const MAX_COLUMNS: u32 = 16_384;
/// Cells holding a value, over the whole workbook. A survey of 10,000 rows of 10 columns
/// holds 100,000; ten times that still reads in about a second, and the text of a million
/// cells takes about 60 MB.
pub const MAX_CELLS: u64 = 1_000_000;
/// Bytes of all the parts of a zip workbook (xlsx, xlsm, xlsb, ods) once decompressed.
/// Parsing costs time in proportion to this, and the shared strings (read whole by the
/// reader) take at most about 2.5 times their xml in memory: 128 MB keeps both bounded
/// (about 3 s and 320 MB at worst) while a survey inflates to a few megabytes.
pub const MAX_INFLATED: u64 = 128 << 20;
/// A part that the reader parses whole when it opens the workbook (styles, workbook, rels,
/// theme…) holds in memory several times its size: a survey's take a few kilobytes,
/// Excel's most bloated styles (64,000 formats) about 6 MB.
pub const MAX_WHOLE_PART: u64 = 8 << 20;
/// The shared strings (every distinct text of an xlsx or xlsb) are also parsed whole, into
/// about 2.5 times their xml: 32 MB is a million texts of 20 characters.
pub const MAX_SHARED_STRINGS: u64 = 32 << 20;
/// The styles are parsed whole into a few hundred bytes per xml element (a format, a font,
/// a border…): an 8 MB part of empty `<xf/>` took 680 MB. Excel allows 64,000 formats, of
/// one to three elements each: 400,000 elements is above that, and about 160 MB at worst.
pub const MAX_STYLE_ELEMENTS: u64 = 400_000;
/// Parts of a zip workbook: each costs an entry in the zip's index; a workbook has a
/// few dozen.
pub const MAX_PARTS: usize = 10_000;
/// Cells of the rectangles an ods reader fills (the sheets are read whole, each as the
/// rectangle from its first to its last value, at about 56 bytes a cell): 2 million is
/// about 110 MB, for sheets that may hold 1,000,000 values in a few columns.
pub const MAX_ODS_AREA: u64 = 2_000_000;

/// Why a sheet is refused when it reaches `rows` rows or `cols` columns (counted from 1).
pub fn sheet_too_large(sheet: &str, rows: u64, cols: u64) -> Said {
    let (id, n) = if rows > u64::from(MAX_ROWS) {
        ("lecture-feuille-trop-de-lignes", rows)
    } else {
        ("lecture-feuille-trop-de-colonnes", cols)
    };
    Said::new(id, &[])
        .text("feuille", sheet)
        .count("n", n)
        .count("lignes", u64::from(MAX_ROWS))
        .count("colonnes", u64::from(MAX_COLUMNS))
}

/// Why a workbook is refused when it holds more than [`MAX_CELLS`] values.
pub fn too_many_cells(sheet: &str) -> Said {
    Said::new("lecture-classeur-trop-de-cellules", &[])
        .text("feuille", sheet)
        .count("max", MAX_CELLS)
}

fn too_wide_apart(sheet: &str) -> Said {
    Said::new("lecture-classeur-valeurs-ecartees", &[])
        .text("feuille", sheet)
        .count("max", MAX_ODS_AREA)
}

fn part_too_large(part: &str, limit: u64) -> Said {
    Said::new("lecture-classeur-partie-trop-grande", &[])
        .text("partie", part)
        .count("mo", limit >> 20)
}

fn too_many_styles(part: &str) -> Said {
    Said::new("lecture-classeur-trop-de-styles", &[])
        .text("partie", part)
        .count("max", MAX_STYLE_ELEMENTS)
}

fn too_much_inflated(part: &str) -> Said {
    Said::new("lecture-classeur-trop-decompresse", &[])
        .text("partie", part)
        .count("mo", MAX_INFLATED >> 20)
}

/// The most a part may inflate to, when it is read whole rather than streamed: sheets are
/// streamed (or measured, for an ods), pictures and macros are not parsed.
fn whole_part_limit(name: &str) -> Option<u64> {
    let name = name.to_ascii_lowercase();
    let streamed = ["worksheets/", "media/", "embeddings/", "pictures/", "thumbnails/"];
    if name.ends_with("sharedstrings.xml") || name.ends_with("sharedstrings.bin") {
        Some(MAX_SHARED_STRINGS)
    } else if name == "content.xml"
        || name.ends_with("vbaproject.bin")
        || streamed.iter().any(|s| name.contains(s))
    {
        None
    } else {
        Some(MAX_WHOLE_PART)
    }
}

/// Checks the parts of a zip workbook: their number, and the bytes they inflate to, in all
/// and for each part read whole (counted by inflating them, since the sizes a zip declares
/// can lie). A part that cannot be inflated is left to the workbook reader, which says the
/// file is damaged.
pub fn check_zip(bytes: &[u8]) -> Result<(), Said> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    if zip.len() > MAX_PARTS {
        return Err(Said::new("lecture-classeur-trop-de-parties", &[]).count("n", zip.len() as u64));
    }
    let mut inflated = 0u64;
    for i in 0..zip.len() {
        let Ok(part) = zip.by_index(i) else { continue };
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let limit = whole_part_limit(&name)
            .unwrap_or(u64::MAX)
            .min(MAX_INFLATED - inflated);
        let mut elements = ElementCount(0);
        let size = std::io::copy(&mut part.take(limit + 1), &mut elements).unwrap_or(0);
        inflated += size;
        if inflated > MAX_INFLATED {
            return Err(too_much_inflated(&name));
        }
        if size > limit {
            return Err(part_too_large(&name, limit));
        }
        let is_styles = name.to_ascii_lowercase().ends_with("styles.xml");
        if is_styles && elements.0 > MAX_STYLE_ELEMENTS {
            return Err(too_many_styles(&name));
        }
    }
    Ok(())
}

/// Counts the xml elements (their `<`) of what is written to it, and keeps nothing.
struct ElementCount(u64);

impl std::io::Write for ElementCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += memchr::memchr_iter(b'<', buf).count() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The extent of the values of one ods table, as the reader will fill it.
#[derive(Default)]
struct Extent {
    name: String,
    rows: Option<(u64, u64)>,
    cols: Option<(u64, u64)>,
}

impl Extent {
    fn area(&self) -> u64 {
        match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => (r1 - r0 + 1).saturating_mul(c1 - c0 + 1),
            _ => 0,
        }
    }
    fn add(&mut self, rows: (u64, u64), cols: (u64, u64)) {
        let widen = |have: Option<(u64, u64)>, new: (u64, u64)| {
            Some(have.map_or(new, |(a, b)| (a.min(new.0), b.max(new.1))))
        };
        self.rows = widen(self.rows, rows);
        self.cols = widen(self.cols, cols);
    }
}

fn repeats(e: &BytesStart, attr: &str) -> u64 {
    e.try_get_attribute(attr)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

/// Counts, before an ods is read, what its `content.xml` expands to: a row or a cell can
/// be "repeated" a million times in a few bytes. Refuses a sheet past a spreadsheet's
/// size, more than [`MAX_CELLS`] values or rectangles larger than [`MAX_ODS_AREA`].
/// Content that is not xml (an encrypted workbook) is left to the reader.
pub fn check_ods(bytes: &[u8]) -> Result<(), Said> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut buf = Vec::new();
    let (mut table, mut area, mut values) = (Extent::default(), 0u64, 0u64);
    let (mut row, mut row_repeat, mut col) = (0u64, 1u64, 0u64);
    loop {
        buf.clear();
        let (e, empty) = match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(row_repeat);
                continue;
            }
            Ok(Event::End(e)) if e.name().as_ref() == "table:table" => {
                area = area.saturating_add(table.area());
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        match e.name().as_ref() {
            "table:table" => {
                let name = e.try_get_attribute("table:name").ok().flatten();
                table = Extent {
                    name: name.map_or_else(String::new, |a| a.value.into_owned()),
                    ..Extent::default()
                };
                row = 0;
            }
            "table:table-row" => {
                row_repeat = repeats(&e, "table:number-rows-repeated");
                col = 0;
                if empty {
                    row = row.saturating_add(row_repeat);
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let n = repeats(&e, "table:number-columns-repeated");
                let has_value = e.try_get_attribute("office:value-type").ok().flatten().is_some()
                    || e.try_get_attribute("table:formula").ok().flatten().is_some();
                if has_value {
                    let (last_row, last_col) =
                        (row.saturating_add(row_repeat) - 1, col.saturating_add(n) - 1);
                    if last_row >= u64::from(MAX_ROWS) || last_col >= u64::from(MAX_COLUMNS) {
                        return Err(sheet_too_large(&table.name, last_row + 1, last_col + 1));
                    }
                    table.add((row, last_row), (col, last_col));
                    values = values.saturating_add(row_repeat.saturating_mul(n));
                    if values > MAX_CELLS {
                        return Err(too_many_cells(&table.name));
                    }
                    if area.saturating_add(table.area()) > MAX_ODS_AREA {
                        return Err(too_wide_apart(&table.name));
                    }
                }
                col = col.saturating_add(n);
            }
            _ => {}
        }
    }
    Ok(())
}

/// Measures an xls before it is read: calamine reads it whole when it opens it, each sheet
/// into the rectangle from its first to its last cell (and reserves the rectangle its
/// DIMENSIONS record declares), so two cells far apart would cost gigabytes. Refuses
/// rectangles larger than [`MAX_ODS_AREA`] in all, and more than [`MAX_CELLS`] cells.
/// A file whose records cannot be found is left to the reader.
pub fn check_xls(bytes: &[u8]) -> Result<(), Said> {
    let Some(stream) = super::ole::stream(bytes, &["Workbook", "Book"]) else {
        return Ok(());
    };
    let (mut sheet, mut area, mut cells) = (Extent::default(), 0u64, 0u64);
    // BOUNDSHEET records: each sheet's name and where its substream starts.
    let mut names: Vec<(u32, String)> = Vec::new();
    let mut at = 0usize;
    while let (Some(typ), Some(len)) = (u16_le(&stream, at), u16_le(&stream, at + 2)) {
        let data = stream.get(at + 4..at + 4 + usize::from(len)).unwrap_or(&[]);
        let start = at;
        at += 4 + usize::from(len);
        let (row, col) = (u16_le(data, 0).map(u64::from), u16_le(data, 2).map(u64::from));
        match (typ, row, col) {
            (0x0085, ..) => names.extend(u32_le(data, 0).map(|pos| (pos, sheet_name(data)))),
            // BOF: a new substream (the globals, then each sheet).
            (0x0809, ..) => {
                area = area.saturating_add(sheet.area());
                let name = names.iter().find(|(pos, _)| *pos as usize == start);
                sheet = Extent {
                    name: name.map_or_else(String::new, |(_, n)| n.clone()),
                    ..Extent::default()
                };
            }
            // DIMENSIONS (BIFF8): rows as u32, columns as u16; calamine reserves them.
            (0x0200, ..) if data.len() >= 12 => {
                let (r0, r1) = (u32_le(data, 0), u32_le(data, 4));
                let (c0, c1) = (u16_le(data, 8), u16_le(data, 10));
                if let (Some(r0), Some(r1), Some(c0), Some(c1)) = (r0, r1, c0, c1) {
                    let declared =
                        u64::from(r1.saturating_sub(r0)).saturating_mul(u64::from(c1.saturating_sub(c0)));
                    if declared > MAX_ODS_AREA {
                        return Err(xls_too_large(&sheet.name));
                    }
                }
            }
            // Cells: NUMBER, LABEL, RSTRING, BOOLERR, RK, LABELSST, FORMULA, and MULRK
            // (several cells of a row, its last column at the end).
            (0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 | 0x00BD, Some(r), Some(c)) => {
                let last = if typ == 0x00BD {
                    u16_le(data, data.len().saturating_sub(2)).map_or(c, u64::from)
                } else {
                    c
                };
                sheet.add((r, r), (c, last.max(c)));
                cells = cells.saturating_add(last.max(c) - c + 1);
                if cells > MAX_CELLS {
                    return Err(too_many_cells(&sheet.name));
                }
                if area.saturating_add(sheet.area()) > MAX_ODS_AREA {
                    return Err(xls_too_large(&sheet.name));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The name in a BOUNDSHEET record: a length, a flag (bit 0: two bytes a character), the
/// characters.
fn sheet_name(data: &[u8]) -> String {
    let len = data.get(6).map_or(0, |n| usize::from(*n));
    let wide = data.get(7).is_some_and(|f| f & 1 == 1);
    let chars = data.get(8..).unwrap_or(&[]);
    if wide {
        let units: Vec<u16> = (0..len).filter_map(|i| u16_le(chars, 2 * i)).collect();
        String::from_utf16_lossy(&units)
    } else {
        chars.iter().take(len).map(|b| char::from(*b)).collect()
    }
}

fn u16_le(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_le(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

fn xls_too_large(sheet: &str) -> Said {
    Said::new("lecture-classeur-xls-trop-grand", &[])
        .text("feuille", sheet)
        .count("max", MAX_ODS_AREA)
}

#[cfg(test)]
mod tests {
    use super::zips::zip_of;
    use super::*;

    fn ods_with_row(row: &str) -> Vec<u8> {
        let content = format!(
            "<office:document-content><office:body><office:spreadsheet>\
             <table:table table:name=\"Besoins\">{row}</table:table>\
             </office:spreadsheet></office:body></office:document-content>"
        );
        zip_of(&[("content.xml", &content)])
    }

    #[test]
    fn ods_repeats_are_counted_before_reading() {
        // A few bytes that expand to a million rows of 16 values.
        let cell = r#"<table:table-cell table:number-columns-repeated="16" office:value-type="float" office:value="1"/>"#;
        let bomb = ods_with_row(&format!(
            r#"<table:table-row table:number-rows-repeated="1000000">{cell}</table:table-row>"#
        ));
        let err = check_ods(&bomb).unwrap_err().to_string();
        assert!(err.starts_with("classeur trop volumineux : plus de 1 000 000 cellules remplies (atteint dans la feuille « Besoins »)"), "{err}");
        // Past the last row a spreadsheet has.
        let tall = ods_with_row(&format!(
            r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row><table:table-row>{cell}</table:table-row>"#
        ));
        let err = check_ods(&tall).unwrap_err().to_string();
        assert!(
            err.starts_with("feuille « Besoins » trop grande : au moins 1 048 577 lignes"),
            "{err}"
        );
        // Two values far apart: the rectangle between them would be filled.
        let apart = ods_with_row(
            r#"<table:table-row><table:table-cell office:value-type="string"/></table:table-row><table:table-row table:number-rows-repeated="500000"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="10"/><table:table-cell office:value-type="string"/></table:table-row>"#,
        );
        assert!(check_ods(&apart)
            .unwrap_err()
            .to_string()
            .contains("couvrent plus de 2 000 000 cellules"));
        // What LibreOffice writes: empty rows repeated to the last row are not values.
        let fine = ods_with_row(&format!(
            r#"<table:table-row>{cell}</table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        ));
        assert_eq!(check_ods(&fine), Ok(()));
    }

    #[test]
    fn inflated_bytes_are_counted_not_declared() {
        let big = "<x/>".repeat((MAX_INFLATED / 4 + 1) as usize);
        let err = check_zip(&zip_of(&[("a.xml", "<a/>"), ("xl/worksheets/sheet1.xml", &big)]))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("classeur trop volumineux une fois décompressé : plus de 128 Mo de données (atteint dans la partie « xl/worksheets/sheet1.xml »)"), "{err}");
        assert_eq!(check_zip(&zip_of(&[("a.xml", "<a/>")])), Ok(()));
        let strings = "<si><t>a</t></si>".repeat((MAX_SHARED_STRINGS / 17 + 1) as usize);
        let err = check_zip(&zip_of(&[("xl/sharedStrings.xml", &strings)]))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("classeur trop volumineux : la partie « xl/sharedStrings.xml » dépasse 32 Mo une fois décompressée"), "{err}");
        let styles = "<xf/>".repeat((MAX_WHOLE_PART / 5 + 1) as usize);
        assert!(check_zip(&zip_of(&[("xl/styles.xml", &styles)])).is_err());
        let styles = "<xf/>".repeat((MAX_STYLE_ELEMENTS + 1) as usize);
        let err = check_zip(&zip_of(&[("xl/styles.xml", &styles)]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("décrit plus de 400 000 éléments de mise en forme"),
            "{err}"
        );
        assert_eq!(
            check_zip(&zip_of(&[("xl/worksheets/sheet1.xml", &styles)])),
            Ok(())
        );
    }
}

/// Workbooks for the tests, here and in [`super::workbook`].
#[cfg(test)]
pub(crate) mod zips {
    use std::io::Cursor;

    /// A zip holding `parts`, (name, content), deflated.
    pub(crate) fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in parts {
            zip.start_file(*name, options).expect("zip part");
            zip.write_all(content.as_bytes()).expect("zip write");
        }
        zip.finish().expect("zip").into_inner()
    }
}
