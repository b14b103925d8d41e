//! Making partner text safe where it goes: one line without control characters for the
//! terminal and for messages, neutralised formulas for spreadsheets, escaped HTML.

/// Partner text on one line: control characters (escape sequences, bells, line breaks)
/// become spaces, so that a cell cannot repaint the terminal or split a message.
pub fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A text cell that a spreadsheet will not run as a formula: a value starting with `=`,
/// `+`, `-`, `@`, tab or carriage return gets a leading apostrophe (SPEC, "Outputs").
pub fn spreadsheet_safe(s: &str) -> std::borrow::Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// Text escaped for HTML element content and attribute values; borrowed when there is
/// nothing to escape, as for most partner text (a region's report escapes megabytes).
pub fn html(s: &str) -> std::borrow::Cow<'_, str> {
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    let Some(first) = s.as_bytes().iter().position(special) else {
        return s.into();
    };
    let mut out = String::with_capacity(s.len() + 16);
    let mut from = 0;
    // The special characters are ASCII: cutting at them keeps UTF-8 intact.
    for (i, b) in s.bytes().enumerate().skip(first) {
        let with = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(with);
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(one_line("a\u{1b}[31mb\nc\td"), "a [31mb c d");
    }

    #[test]
    fn formulas_are_neutralised() {
        for s in ["=HYPERLINK(\"x\")", "+1", "-3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(spreadsheet_safe(s).starts_with('\''), "{s:?}");
        }
        assert_eq!(spreadsheet_safe("CPAS"), "CPAS");
        assert_eq!(spreadsheet_safe(""), "");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(html("<script>\"'&"), "&lt;script&gt;&quot;&#39;&amp;");
        assert_eq!(html("Aînés « A&B » à Waremme"), "Aînés « A&amp;B » à Waremme");
        assert!(matches!(html("Aînés"), std::borrow::Cow::Borrowed("Aînés")));
    }
}
