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

/// Text escaped for HTML element content and attribute values.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
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
    }
}
