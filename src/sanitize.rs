//! Making partner text safe where it goes: one line without control characters for the
//! terminal and for messages, cut short where it is quoted back to a person, neutralised
//! formulas for spreadsheets, escaped HTML.

/// Partner text on one line: control characters (escape sequences, bells, line breaks)
/// become spaces, so that a cell cannot repaint the terminal or split a message.
pub fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// How many characters of a value are quoted back to a person (SPEC, "Bad input").
pub const QUOTED_CHARS: usize = 200;

/// The first `max` characters of `s` (characters, not bytes: a character is never split).
pub fn prefix(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((end, _)) => &s[..end],
        None => s,
    }
}

/// A value as it is quoted back to a person (`valeur` of `rejets.csv`, a reason, a page, a
/// terminal line, an error message): its first [`QUOTED_CHARS`] characters followed by `…`
/// when longer, borrowed when it is short enough, as almost every value is.
pub fn cut(s: &str) -> std::borrow::Cow<'_, str> {
    cut_to(s, QUOTED_CHARS)
}

/// Its first `max` characters followed by `…` when `s` is longer: the one cut every
/// bounded text goes through.
pub fn cut_to(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let kept = prefix(s, max);
    if kept.len() == s.len() {
        s.into()
    } else {
        format!("{kept}\u{2026}").into()
    }
}

/// The most characters of a spreadsheet cell: Excel holds 32,767 UTF-16 units, so at most
/// 16,383 characters (each two units at most) and the `…`.
pub const SPREADSHEET_CHARS: usize = 16_383;

/// A value quoted in a message or on the terminal: [`cut`], on [`one_line`].
pub fn quote(s: &str) -> String {
    one_line(&cut(s))
}

/// A path as an error message or a terminal line shows it: [`quote`] of its display.
pub fn path(p: &std::path::Path) -> String {
    quote(&p.display().to_string())
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
    fn long_values_are_cut_to_200_characters() {
        assert_eq!(cut("CPAS de Waremme"), "CPAS de Waremme");
        assert!(matches!(cut("CPAS"), std::borrow::Cow::Borrowed("CPAS")));
        let exact = "é".repeat(200);
        assert_eq!(cut(&exact), exact);
        // Characters, not bytes: 300 two-byte characters keep 200 of them, whole.
        let long = "é".repeat(300);
        let shown = cut(&long);
        assert_eq!(shown.chars().count(), 201);
        assert_eq!(shown, format!("{}\u{2026}", "é".repeat(200)));
        assert_eq!(prefix("aé€😀b", 4), "aé€😀");
        assert_eq!(prefix("ab", 60), "ab");
        assert_eq!(
            quote(&format!("a\n{}", "x".repeat(5_000_000))).chars().count(),
            201
        );
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
