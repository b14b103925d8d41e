//! HXL, the Humanitarian Exchange Language: with `--hxl`, a row of hashtags under the
//! header of `cadastre.csv` and `guide.csv` says what each column holds, so that HXL tools
//! (libhxl, HXL Proxy, HDX) filter and join them without knowing French column names.
//!
//! Hashtags and attributes come from the HXL dictionary (1.1); the README lists them.

/// The hashtags of `cadastre.csv`, in SPEC's column order.
const CADASTRE: [&str; 13] = [
    "#date +reported",
    "#sector +code",
    "#subsector +code",
    "#beneficiary +code",
    "#adm5 +code",
    "#org +reporting +num",
    "#inneed +num",
    "#severity +max",
    "#activity +num",
    "#capacity +num",
    "#status +code",
    "#inneed +unmet +num",
    "#org +candidate +list",
];

/// The hashtags of `guide.csv`, in its column order.
const GUIDE: [&str; 10] = [
    "#sector +code",
    "#org +name",
    "#activity +name",
    "#subsector +code +list",
    "#beneficiary +code",
    "#adm5 +code",
    "#capacity +num",
    "#contact",
    "#date +hours",
    "#loc +address",
];

/// The hashtag row of a table, for the tables that carry one.
pub fn tags(table: &str) -> Option<&'static [&'static str]> {
    match table {
        "cadastre" => Some(&CADASTRE),
        "guide" => Some(&GUIDE),
        _ => None,
    }
}

/// The hashtag row as a CSV line, when `on` and the table carries one.
pub fn row(table: &str, on: bool) -> Option<Vec<u8>> {
    let tags = tags(table).filter(|_| on)?;
    let mut out = Vec::new();
    super::csv::record(&mut out, tags.iter().copied());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_tag_per_column() {
        assert_eq!(CADASTRE.len(), 13);
        assert_eq!(GUIDE.len(), super::super::guide::HEADERS.len());
        let line = String::from_utf8(row("cadastre", true).unwrap()).unwrap();
        assert!(line.starts_with("#date +reported,#sector +code,"));
        assert_eq!(row("rejets", true), None);
        assert_eq!(row("cadastre", false), None);
    }
}
