//! CSV: comma-separated UTF-8 with a header row, text made safe for spreadsheets.
//!
//! Written by hand rather than through the `csv` crate's writer: a region's run writes
//! hundreds of megabytes of text that almost never needs quoting, and one SIMD search per
//! field (memchr) decides that, where the crate looks at each byte. The output is the same
//! bytes as the crate's "necessary" quoting style (a property test holds them together).

use std::io::Write as _;

use super::{Table, Value};

/// Appends one field, quoted (quotes doubled) when it holds a comma, a quote or a line
/// break. `only` says that it is a record's only field: an empty one is then written `""`,
/// so that the line is not blank.
fn field(out: &mut Vec<u8>, s: &[u8], only: bool) {
    let quote = memchr::memchr3(b',', b'"', b'\n', s).is_some()
        || memchr::memchr(b'\r', s).is_some()
        || (only && s.is_empty());
    if !quote {
        out.extend_from_slice(s);
        return;
    }
    out.push(b'"');
    let mut from = 0;
    for at in memchr::memchr_iter(b'"', s) {
        out.extend_from_slice(&s[from..=at]);
        out.push(b'"');
        from = at + 1;
    }
    out.extend_from_slice(&s[from..]);
    out.push(b'"');
}

/// Appends one record of text fields, ended by `\n`. Making the text safe for spreadsheets
/// is the caller's choice (codes and headers need not be).
pub fn record<'s>(out: &mut Vec<u8>, fields: impl ExactSizeIterator<Item = &'s str>) {
    let only = fields.len() == 1;
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        field(out, f.as_bytes(), only);
    }
    out.push(b'\n');
}

/// Appends one value as [`Value::text`] shows it (the one place for the spreadsheet and
/// `--min-cell` rules); only whole numbers, which never need quoting, skip building a string.
fn value(out: &mut Vec<u8>, v: &Value, min_cell: u64, only: bool) {
    match v {
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        other => field(out, other.text(min_cell).as_bytes(), only),
    }
}

/// Serialises a table.
pub fn to_bytes(table: &Table, min_cell: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 * (table.rows.len() + 1));
    let _ = write(table, min_cell, &mut out);
    out
}

/// Serialises a table to `sink` in pieces of about [`PIECE`] bytes: a region's warnings
/// table is tens of megabytes, which need never be held whole (nor the memory for them
/// be taken from the system, zeroed, and copied as a buffer doubles).
pub fn write(table: &Table, min_cell: u64, sink: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_tagged(table, min_cell, None, sink)
}

/// [`write`], with a line (an HXL hashtag row) under the header when `tags` is given.
pub fn write_tagged(
    table: &Table,
    min_cell: u64,
    tags: Option<&[u8]>,
    sink: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = Vec::with_capacity(PIECE + 4096);
    record(&mut out, table.headers.iter().map(String::as_str));
    out.extend_from_slice(tags.unwrap_or_default());
    let only = table.headers.len() == 1;
    for row in &table.rows {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            value(&mut out, v, min_cell, only);
        }
        out.push(b'\n');
        if out.len() >= PIECE {
            sink.write_all(&out)?;
            out.clear();
        }
    }
    sink.write_all(&out)
}

/// The size of the pieces [`write`] hands to its sink.
const PIECE: usize = 256 << 10;

#[cfg(test)]
mod tests {
    use super::super::{Table, Value};
    use super::*;

    #[test]
    fn writes_header_rows_and_safe_text() {
        let t = Table {
            name: "t",
            headers: vec!["a".into(), "b".into(), "c".into()],
            rows: vec![vec![Value::Text("=1+1".into()), Value::People(3), Value::Empty]],
        };
        assert_eq!(String::from_utf8(to_bytes(&t, 0)).unwrap(), "a,b,c\n'=1+1,3,\n");
        assert_eq!(String::from_utf8(to_bytes(&t, 5)).unwrap(), "a,b,c\n'=1+1,<5,\n");
    }

    #[test]
    fn a_large_table_goes_to_the_sink_in_pieces_with_every_row_once() {
        let rows: Vec<Vec<Value>> = (0..30_000u64)
            .map(|i| vec![Value::Int(i), Value::Text(format!("partenaire, n° {i}").into())])
            .collect();
        let t = Table {
            name: "t",
            headers: vec!["n".into(), "texte".into()],
            rows,
        };
        /// Keeps each piece it is handed.
        struct Pieces(Vec<Vec<u8>>);
        impl std::io::Write for Pieces {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0.push(buf.to_vec());
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut sink = Pieces(Vec::new());
        write(&t, 0, &mut sink).unwrap();
        // About 800 KB: several pieces, each cut at the end of a line.
        assert!(sink.0.len() >= 3, "{} pieces", sink.0.len());
        assert!(sink
            .0
            .iter()
            .all(|p| p.ends_with(b"\n") && p.len() < PIECE + 4096));
        let mut want = String::from("n,texte\n");
        for i in 0..30_000 {
            want.push_str(&format!("{i},\"partenaire, n° {i}\"\n"));
        }
        assert_eq!(String::from_utf8(sink.0.concat()).unwrap(), want);
        assert_eq!(to_bytes(&t, 0), want.as_bytes());
    }

    /// The `csv` crate's writer, as every output was written before: the reference.
    fn reference(rows: &[Vec<String>]) -> Vec<u8> {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::Any(b'\n'))
            .flexible(true)
            .from_writer(Vec::new());
        for r in rows {
            w.write_record(r).unwrap();
        }
        w.into_inner().unwrap()
    }

    #[test]
    fn quotes_as_the_csv_crate_does() {
        let rows: Vec<Vec<String>> = vec![
            vec!["plain".into(), "a,b".into(), "say \"hi\"".into(), "".into()],
            vec![
                "two\nlines".into(),
                "cr\rhere".into(),
                "\"".into(),
                "é ; à".into(),
            ],
            vec!["".into()],
            vec!["x".into()],
        ];
        let mut ours = Vec::new();
        for r in &rows {
            record(&mut ours, r.iter().map(String::as_str));
        }
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(reference(&rows)).unwrap()
        );
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        #[test]
        fn same_bytes_as_the_csv_crate(
            rows in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::collection::vec(
                        proptest::sample::select(vec!["a", "é", " ", ",", ";", "\"", "\n", "\r", "'", "="]),
                        0..6,
                    ).prop_map(|parts| parts.concat()),
                    1..5,
                ),
                1..6,
            )
        ) {
            let mut ours = Vec::new();
            for r in &rows {
                record(&mut ours, r.iter().map(String::as_str));
            }
            proptest::prop_assert_eq!(ours, reference(&rows));
        }
    }
}
