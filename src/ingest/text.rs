//! Text tables (`.csv`, `.tsv`, `.txt`): the encoding and the separator are detected, then
//! the records are read with the line number the partner sees in a text editor.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::{RawRow, RawSheet};

/// Decoded text and the name of the encoding it was read as.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes partner text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"),
/// and Windows-1252 for anything that is not valid UTF-8 (Excel's "CSV (séparateur : point-virgule)"
/// on a Belgian Windows).
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Decoded {
            text: String::from_utf8_lossy(rest).into_owned(),
            encoding: "UTF-8 (BOM)",
        };
    }
    if bytes.starts_with(b"\xFF\xFE") {
        let (text, _) = UTF_16LE.decode_with_bom_removal(bytes);
        return Decoded {
            text: text.into_owned(),
            encoding: "UTF-16",
        };
    }
    if bytes.starts_with(b"\xFE\xFF") {
        let (text, _) = UTF_16BE.decode_with_bom_removal(bytes);
        return Decoded {
            text: text.into_owned(),
            encoding: "UTF-16",
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            encoding: "UTF-8",
        },
        Err(_) => {
            let (text, _, _) = WINDOWS_1252.decode(bytes);
            Decoded {
                text: text.into_owned(),
                encoding: "Windows-1252",
            }
        }
    }
}

/// [`decode`], taking the bytes: valid UTF-8 (the usual case) is not copied.
pub fn decode_owned(bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(b"\xEF\xBB\xBF") || bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")
    {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            encoding: "UTF-8",
        },
        Err(e) => decode(e.as_bytes()),
    }
}

/// True when the bytes cannot be a text table: NUL bytes outside a UTF-16 text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    !utf16 && bytes.iter().take(64 * 1024).any(|b| *b == 0)
}

const SEPARATORS: [u8; 3] = [b';', b'\t', b','];

/// Splits one line with a separator, honouring quotes.
fn split_line(line: &str, sep: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    match reader.records().next() {
        Some(Ok(r)) => r.iter().map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

/// Picks the separator that makes the most recognised headers out of the first non-empty
/// line, then the most fields; `;` wins ties, as partners' Excel writes it.
fn sniff_separator(first_line: &str) -> u8 {
    let mut best = (0usize, 0usize, b';');
    for sep in SEPARATORS {
        let cells = split_line(first_line, sep);
        let known = cells
            .iter()
            .filter(|c| crate::model::Field::from_header(c).is_some())
            .count();
        let score = (known, cells.len());
        if score > (best.0, best.1) {
            best = (known, cells.len(), sep);
        }
    }
    best.2
}

/// Line numbers as a text editor shows them: a line ends at `\r\n`, `\n` or a lone `\r`.
/// The csv reader's own line count skips blank lines, so lines are counted from byte
/// offsets; records come in order, so each stretch of text is counted once.
struct LineCounter {
    /// Where the last record started, and its line.
    at: usize,
    line: u32,
}

impl LineCounter {
    fn new() -> LineCounter {
        LineCounter { at: 0, line: 1 }
    }

    /// The 1-based line of a record whose reported offset is `byte`: the csv reader reports
    /// the end of the previous record, so line breaks are skipped first. Offsets only grow.
    fn line_of_record(&mut self, text: &[u8], byte: usize) -> u32 {
        let mut start = byte.min(text.len());
        while start < text.len() && matches!(text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.at {
            // Not expected (offsets grow); counted from the top rather than trusted.
            self.at = 0;
            self.line = 1;
        }
        // `start` is past any break, so a `\r` inside the stretch is never the first half
        // of a `\r\n` that straddles its end.
        let stretch = &text[self.at..start];
        let breaks = stretch.iter().filter(|b| **b == b'\n').count()
            + stretch
                .iter()
                .enumerate()
                .filter(|(i, b)| **b == b'\r' && stretch.get(i + 1) != Some(&b'\n'))
                .count();
        self.line = self.line.saturating_add(breaks as u32);
        self.at = start;
        self.line
    }
}

/// The separator of a text table, and the text that follows an Excel `sep=;` line.
fn prepare(text: &str, hint: Option<u8>) -> (&str, u8) {
    let mut body = text;
    let mut forced = None;
    // Excel's "sep=;" first line names the separator; Excel hides it, so the header the
    // partner sees is still line 1.
    if let Some(first) = body.lines().next() {
        let t = first.trim();
        if t.len() == 5 && t.to_ascii_lowercase().starts_with("sep=") {
            forced = t.as_bytes().get(4).copied();
            body = &body[first.len()..];
            body = body
                .strip_prefix("\r\n")
                .or_else(|| body.strip_prefix('\n'))
                .unwrap_or(body);
        }
    }
    let first_line = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let sep = forced.unwrap_or_else(|| {
        let sniffed = sniff_separator(first_line);
        match hint {
            Some(h) if split_line(first_line, sniffed).len() <= 1 => h,
            _ => sniffed,
        }
    });
    (body, sep)
}

/// Calls `f` with each record of a decoded text table and its line number as a text editor
/// shows it, without holding the records. An error is a sentence for the partner.
pub fn for_each_record(
    text: &str,
    hint: Option<u8>,
    mut f: impl FnMut(u32, &csv::ByteRecord),
) -> Result<u8, String> {
    let (body, sep) = prepare(text, hint);
    let mut lines = LineCounter::new();
    let mut line_of = |pos: Option<&csv::Position>| {
        pos.map_or(0, |p| lines.line_of_record(body.as_bytes(), p.byte() as usize))
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => return Ok(sep),
            Ok(true) => f(line_of(record.position()), &record),
            Err(e) => return Err(format!("ligne {} illisible ({e})", line_of(e.position()))),
        }
    }
}

/// Reads a decoded text table into rows (blank rows left out). `hint` is the separator
/// implied by the extension (tab for `.tsv`), used when the header line does not decide.
pub fn read_table(text: &str, hint: Option<u8>) -> Result<(RawSheet, u8), String> {
    let mut rows = Vec::new();
    let sep = for_each_record(text, hint, |line, record| {
        let cells: Vec<String> = record
            .iter()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect();
        if cells.iter().any(|c| !c.trim().is_empty()) {
            rows.push(RawRow { line, cells });
        }
    })?;
    Ok((
        RawSheet {
            sheet: String::new(),
            rows,
        },
        sep,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_encoding() {
        assert_eq!(decode("é;à".as_bytes()).encoding, "UTF-8");
        let bom = [b"\xEF\xBB\xBF".as_slice(), "é".as_bytes()].concat();
        let d = decode(&bom);
        assert_eq!((d.text.as_str(), d.encoding), ("é", "UTF-8 (BOM)"));
        let d = decode(b"Priorit\xe9;\x80");
        assert_eq!((d.text.as_str(), d.encoding), ("Priorité;€", "Windows-1252"));
        let d = decode(b"\xFF\xFEa\x00\xe9\x00");
        assert_eq!((d.text.as_str(), d.encoding), ("aé", "UTF-16"));
    }

    #[test]
    fn sniffs_separators() {
        assert_eq!(sniff_separator("partenaire;besoin;public"), b';');
        assert_eq!(sniff_separator("partenaire,besoin,public"), b',');
        assert_eq!(sniff_separator("partenaire\tbesoin\tpublic"), b'\t');
        // A comma inside a `;` header does not fool it.
        assert_eq!(
            sniff_separator("partenaire;besoin;public;commentaire, remarques"),
            b';'
        );
    }

    #[test]
    fn keeps_line_numbers_across_blank_and_multiline_records() {
        let text = "sep=;\r\npartenaire;besoin\r\n\r\nA;\"deux\nlignes\"\r\nB;x\r\n;\r\n";
        let (sheet, sep) = read_table(text, None).unwrap();
        assert_eq!(sep, b';');
        let lines: Vec<u32> = sheet.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [1, 3, 5]);
        assert_eq!(sheet.rows[1].cells[1], "deux\nlignes");
        for text in [
            "h;b\n\nA;x\n\n\nB;y\n",
            "h;b\r\n\r\nA;x\r\n\r\n\r\nB;y",
            "h;b\r\rA;x\r\r\rB;y\r",
        ] {
            let (sheet, _) = read_table(text, None).unwrap();
            let lines: Vec<u32> = sheet.rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [1, 3, 6], "{text:?}");
        }
    }
}
