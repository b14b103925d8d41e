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

/// One record of a text table: its fields as ranges of a text.
#[derive(Clone, Copy)]
pub enum Record<'a> {
    /// Cut straight from the file's text (a file without quotes).
    Split(&'a str, &'a [(usize, usize)]),
    /// Read by the csv reader (a file with quotes); its fields' bytes as one text.
    Csv(&'a csv::ByteRecord, &'a str),
}

impl<'a> Record<'a> {
    pub fn get(&self, i: usize) -> Option<&'a str> {
        match *self {
            Record::Split(text, bounds) => bounds.get(i).and_then(|(a, b)| text.get(*a..*b)),
            Record::Csv(r, text) => r.range(i).and_then(|range| text.get(range)),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Record::Split(_, bounds) => bounds.len(),
            Record::Csv(r, _) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when every field is blank.
    pub fn is_blank(&self) -> bool {
        match *self {
            Record::Split(text, bounds) => bounds
                .iter()
                .all(|(a, b)| text.get(*a..*b).is_none_or(|t| t.trim().is_empty())),
            Record::Csv(_, text) => text.trim().is_empty(),
        }
    }
}

/// Calls `f` with each record of a decoded text table and its line number as a text editor
/// shows it, without holding the records. An error is a sentence for the partner.
pub fn for_each_record(text: &str, hint: Option<u8>, f: impl FnMut(u32, Record)) -> Result<u8, String> {
    let (body, sep) = prepare(text, hint);
    if memchr::memchr(b'"', body.as_bytes()).is_none() {
        // No quote anywhere: records are lines and fields are cut at the separator, read in
        // place (what the csv reader would do, several times faster; a property test holds
        // the two to the same records and lines).
        split_records(body, sep, f);
        return Ok(sep);
    }
    csv_records(body, sep, f)?;
    Ok(sep)
}

/// The records of a text as the csv reader reads them (quotes undone).
fn csv_records(body: &str, sep: u8, mut f: impl FnMut(u32, Record)) -> Result<(), String> {
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
            Ok(false) => return Ok(()),
            Ok(true) => {
                // The text was valid UTF-8 and the reader only removes ASCII bytes, so the
                // fields are too; checked all the same, at the cost of one pass.
                let fields = std::str::from_utf8(record.as_slice()).unwrap_or("");
                f(line_of(record.position()), Record::Csv(&record, fields))
            }
            Err(e) => return Err(format!("ligne {} illisible ({e})", line_of(e.position()))),
        }
    }
}

/// The records of a text without quotes: a record ends at `\r\n`, `\n` or a lone `\r`,
/// empty lines make no record, and fields are cut at `sep`. One search runs over the whole
/// text for separators and line ends alike.
fn split_records(body: &str, sep: u8, mut f: impl FnMut(u32, Record)) {
    let bytes = body.as_bytes();
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut field = 0;
    let mut line: u32 = 1;
    // The `\n` of a `\r\n`: part of the line end already counted.
    let mut skip = usize::MAX;
    for p in memchr::memchr3_iter(sep, b'\n', b'\r', bytes) {
        if bytes[p] == sep {
            bounds.push((field, p));
            field = p + 1;
            continue;
        }
        if p == skip {
            field = p + 1;
            continue;
        }
        if !bounds.is_empty() || field < p {
            bounds.push((field, p));
            f(line, Record::Split(body, &bounds));
            bounds.clear();
        }
        line = line.saturating_add(1);
        if bytes[p] == b'\r' && bytes.get(p + 1) == Some(&b'\n') {
            skip = p + 1;
        }
        field = p + 1;
    }
    if !bounds.is_empty() || field < bytes.len() {
        bounds.push((field, bytes.len()));
        f(line, Record::Split(body, &bounds));
    }
}

/// Reads a decoded text table into rows (blank rows left out). `hint` is the separator
/// implied by the extension (tab for `.tsv`), used when the header line does not decide.
pub fn read_table(text: &str, hint: Option<u8>) -> Result<(RawSheet, u8), String> {
    let mut rows = Vec::new();
    let sep = for_each_record(text, hint, |line, record| {
        let cells: Vec<String> = (0..record.len())
            .map(|i| record.get(i).unwrap_or("").to_string())
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

    /// (line, fields) of every record, by one reader or the other.
    fn records(body: &str, sep: u8, csv: bool) -> Vec<(u32, Vec<String>)> {
        let mut out = Vec::new();
        let mut keep = |line: u32, r: Record| {
            let fields = (0..r.len())
                .map(|i| r.get(i).unwrap_or("?").to_string())
                .collect();
            out.push((line, fields));
        };
        if csv {
            csv_records(body, sep, &mut keep).unwrap();
        } else {
            split_records(body, sep, &mut keep);
        }
        out
    }

    proptest::proptest! {
        /// Without quotes, cutting lines in place reads the same records, on the same lines,
        /// as the csv reader: any mix of separators, line ends, blanks and accents.
        #[test]
        fn the_fast_reader_agrees_with_the_csv_reader(
            body in proptest::collection::vec(
                proptest::sample::select(vec!["a", "é", " ", ";", ",", "\t", "\n", "\r", "\r\n", "\u{a0}", "xyz"]),
                0..60,
            ),
            sep in proptest::sample::select(vec![b';', b',', b'\t']),
        ) {
            let body: String = body.concat();
            proptest::prop_assert_eq!(records(&body, sep, false), records(&body, sep, true));
        }
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
