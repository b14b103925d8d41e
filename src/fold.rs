//! Text folding: the comparisons SPEC defines between what partners type and what the
//! engine knows.
//!
//! Three foldings, because SPEC gives three rules:
//! - [`value_key`] for codes, labels and synonyms: case, accents, surrounding spaces and the
//!   separators between words do not matter ("Décrochage  scolaire" = `decrochage-scolaire`);
//! - [`header_key`] for column headers: the same, plus a final `s` or `(s)` is dropped and
//!   separators vanish entirely ("Personne(s)" = "PERSONNES" = `personne`);
//! - [`partner_key`] for partner names: trimmed, spaces collapsed, lower case, accents removed,
//!   but punctuation kept, because "Alpha Hesbaye d'Oleye" and "Alpha Hesbaye de Oleye" are
//!   different organisations.

/// Replaces a Latin letter carrying a diacritic with its base letter(s). Covers the letters
/// of French, Dutch, German and the other Latin-script languages partners write in; anything
/// else is kept as it is.
fn strip_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'Ď' | 'đ' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "i",
        'ł' | 'Ł' | 'ľ' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ŕ' | 'ř' | 'Ŕ' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'Ť' | 'ţ' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => return None,
    })
}

/// Lower case without accents, character by character.
fn push_plain(out: &mut String, c: char) {
    match strip_accent(c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_lowercase()),
    }
}

/// Key of a code, label or synonym: lower case, no accents, and every run of characters that
/// are not letters or digits (spaces, `_`, `-`, apostrophes, dots) becomes one `-`, with none
/// at either end.
pub fn value_key(s: &str) -> String {
    let mut plain = String::with_capacity(s.len());
    for c in s.chars() {
        push_plain(&mut plain, c);
    }
    let mut out = String::with_capacity(plain.len());
    let mut pending_sep = false;
    for c in plain.chars() {
        if c.is_alphanumeric() {
            if pending_sep && !out.is_empty() {
                out.push('-');
            }
            pending_sep = false;
            out.push(c);
        } else {
            pending_sep = true;
        }
    }
    out
}

/// Key of a column header: [`value_key`] without the separators, then a final `(s)` or `s`
/// removed.
pub fn header_key(s: &str) -> String {
    let trimmed = s.trim();
    let base = trimmed
        .strip_suffix("(s)")
        .or_else(|| trimmed.strip_suffix("(S)"))
        .unwrap_or(trimmed);
    let mut key: String = value_key(base).chars().filter(|c| *c != '-').collect();
    if key.len() > 1 && key.ends_with('s') {
        key.pop();
    }
    key
}

/// Key of a partner name: trimmed, inner white space collapsed to one space, lower case,
/// accents removed; punctuation kept.
pub fn partner_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            push_plain(&mut out, c);
        }
    }
    out
}

/// A partner's name as written, trimmed with inner white space collapsed: two spellings that
/// differ only by spacing are the same spelling.
pub fn tidy(s: &str) -> String {
    tidy_cow(s).into_owned()
}

/// [`tidy`] without a copy when there is nothing to change (the usual case: single ASCII
/// spaces between words, none at the ends).
pub fn tidy_cow(s: &str) -> std::borrow::Cow<'_, str> {
    // Unchanged unless some whitespace is not a single space between two words.
    let mut after_space = true;
    let mut changed = false;
    for c in s.chars() {
        if c == ' ' {
            if after_space {
                changed = true;
                break;
            }
            after_space = true;
        } else if c.is_whitespace() {
            changed = true;
            break;
        } else {
            after_space = false;
        }
    }
    if !changed && (!after_space || s.is_empty()) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Levenshtein distance over characters, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_fold_as_spec_says() {
        for s in [
            "Décrochage scolaire",
            "DECROCHAGE SCOLAIRE ",
            "decrochage scolaire",
            "decrochage_scolaire",
            "  décrochage--scolaire",
            "decrochage-scolaire",
        ] {
            assert_eq!(value_key(s), "decrochage-scolaire", "{s:?}");
        }
        assert_eq!(value_key("Demandeurs d’emploi"), "demandeurs-d-emploi");
        assert_eq!(value_key("Aînés"), "aines");
        assert_eq!(value_key("   "), "");
    }

    #[test]
    fn headers_fold_as_spec_says() {
        for s in [
            "Personne(s)",
            "PERSONNES",
            "personne",
            " Personnes ",
            "personne (s)",
        ] {
            assert_eq!(header_key(s), "personne", "{s:?}");
        }
        assert_eq!(header_key("Priorité"), "priorite");
        assert_eq!(header_key("Capacité"), "capacite");
        assert_eq!(header_key("TERRI_TOIRE"), "territoire");
        assert_eq!(header_key("Besoins"), "besoin");
        assert_eq!(header_key("Horaires"), "horaire");
    }

    #[test]
    fn partners_fold_as_spec_says() {
        assert_eq!(partner_key("CPAS de Waremme"), partner_key("cpas de  waremme "));
        assert_eq!(partner_key("Écrivain Public"), "ecrivain public");
        assert!(partner_key("Alpha Hesbaye d'Oleye") < partner_key("Alpha Hesbaye de Bovenistier"));
        assert_eq!(tidy("  CPAS  de Waremme "), "CPAS de Waremme");
        for (raw, tidied) in [
            ("CPAS de Waremme", "CPAS de Waremme"),
            ("Athénée", "Athénée"),
            ("", ""),
            (" ", ""),
            ("a ", "a"),
            (" a", "a"),
            ("a\u{a0}b", "a b"),
            ("a\tb", "a b"),
        ] {
            assert_eq!(tidy_cow(raw), tidied, "{raw:?}");
            assert_eq!(
                matches!(tidy_cow(raw), std::borrow::Cow::Borrowed(_)),
                raw == tidied,
                "{raw:?}"
            );
        }
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("decrochage-scolair", "decrochage-scolaire"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
