//! CSV: comma-separated UTF-8 with a header row, text made safe for spreadsheets.

use super::Table;

/// Serialises a table.
pub fn to_bytes(table: &Table, min_cell: u64) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; the results are checked all the same.
    let mut ok = w.write_record(&table.headers).is_ok();
    for row in &table.rows {
        for v in row {
            ok &= w.write_field(v.text(min_cell).as_bytes()).is_ok();
        }
        ok &= w.write_record(None::<&[u8]>).is_ok();
    }
    debug_assert!(ok);
    w.into_inner().unwrap_or_default()
}

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
}
