//! The run's tables as every format writes them: a named table of values, built once by
//! the render stage, and its parquet copy (also read back by `history`). Below the stages,
//! so that `render` and `history` both use it.

pub mod parquet;

use std::borrow::Cow;

/// One value of an output table. Text borrows from the analysis where it can: the tables
/// of a region's run hold hundreds of thousands of partner texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Int(u64),
    /// A count of people: shown as `<N` under `--min-cell N` when between 1 and N-1.
    People(u64),
    Empty,
}

impl<'a> Value<'a> {
    /// A count of people, or empty when unknown.
    pub fn people(v: Option<u64>) -> Value<'a> {
        v.map_or(Value::Empty, Value::People)
    }

    /// The value as CSV text. Partner text is made safe for spreadsheets.
    pub fn text(&self, min_cell: u64) -> Cow<'_, str> {
        match self {
            Value::Text(s) => crate::sanitize::spreadsheet_safe(s),
            Value::Int(n) => n.to_string().into(),
            Value::People(n) if *n > 0 && *n < min_cell => format!("<{min_cell}").into(),
            Value::People(n) => n.to_string().into(),
            Value::Empty => Cow::Borrowed(""),
        }
    }
}

/// A named table with its header, ready for any format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<'a> {
    /// File stem: `cadastre` gives `cadastre.csv`, `cadastre.parquet` and an xlsx sheet.
    pub name: &'static str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value<'a>>>,
}
