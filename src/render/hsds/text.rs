//! Reading the partners' free text for HSDS: Belgian phone numbers, e-mail and web
//! addresses in the contact, weekly opening hours ("lun-ven 9h-12h", "Mon-Fri 9am-5pm"),
//! and Belgian postal addresses ("rue de Huy 18, 4300 Waremme"). What cannot be read is
//! left out: the text itself is kept elsewhere.

/// Tokens of a text, split at white space and at `;` `,` `(` `)` `<` `>`.
fn tokens(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '(' | ')' | '<' | '>'))
        .map(|t| t.trim_end_matches(['.', ':']))
        .filter(|t| !t.is_empty())
}

/// The first web address of a contact.
pub fn url(contact: &str) -> Option<String> {
    tokens(contact)
        .find(|t| {
            let l = t.to_ascii_lowercase();
            (l.starts_with("https://") || l.starts_with("http://")) && t.len() > 10 && t.is_ascii()
        })
        .map(str::to_string)
}

/// The first e-mail address of a contact.
pub fn email(contact: &str) -> Option<String> {
    tokens(contact)
        .find(|t| {
            let Some((user, domain)) = t.split_once('@') else {
                return false;
            };
            let part = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c))
            };
            part(user)
                && part(domain)
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        })
        .map(str::to_string)
}

/// The Belgian phone numbers of a contact, as written, with their HSDS type (`cell` for a
/// mobile number, 04…, else `voice`): 9 digits after the leading 0 for a fixed line, 10
/// for a mobile, or the same after +32 or 0032.
pub fn phones(contact: &str) -> Vec<(String, &'static str)> {
    let chars: Vec<char> = contact.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts || (i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && (chars[j].is_ascii_digit() || matches!(chars[j], ' ' | '.' | '/' | '-')) {
            j += 1;
        }
        while j > i && !chars[j - 1].is_ascii_digit() {
            j -= 1;
        }
        let written: String = chars[i..j].iter().collect();
        let digits: String = written.chars().filter(char::is_ascii_digit).collect();
        let national = if written.starts_with("+32") {
            format!("0{}", &digits[2..])
        } else if let Some(rest) = digits.strip_prefix("0032") {
            format!("0{rest}")
        } else {
            digits
        };
        let mobile = national.starts_with("04") && national.len() == 10;
        if national.starts_with('0') && (national.len() == 9 || mobile) {
            out.push((written, if mobile { "cell" } else { "voice" }));
        }
        i = j.max(i + 1);
    }
    out
}

/// A week's opening: the days (RRULE's `MO`…`SU`) and, when given, one opening and closing
/// time (`09:00:00`).
#[derive(Debug, PartialEq, Eq)]
pub struct Weekly {
    pub days: Vec<&'static str>,
    pub hours: Option<(String, String)>,
}

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

fn day(word: &str) -> Option<usize> {
    let w = crate::fold::value_key(word);
    let names: [&[&str]; 7] = [
        &["lun", "lundi", "mon", "monday"],
        &["mar", "mardi", "tue", "tuesday"],
        &["mer", "mercredi", "wed", "wednesday"],
        &["jeu", "jeudi", "thu", "thursday"],
        &["ven", "vendredi", "fri", "friday"],
        &["sam", "samedi", "sat", "saturday"],
        &["dim", "dimanche", "sun", "sunday"],
    ];
    names.iter().position(|n| n.contains(&w.as_str()))
}

/// The days of "lun-ven", "mar et jeu", "lun, mer, ven", "Mon-Fri".
fn days(s: &str) -> Option<Vec<&'static str>> {
    let mut on = [false; 7];
    let words = s
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && !matches!(*w, "et" | "and" | "&"));
    let mut any = false;
    for w in words {
        match w.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                let mut d = a;
                loop {
                    on[d] = true;
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => on[day(w)?] = true,
        }
        any = true;
    }
    any.then(|| (0..7).filter(|d| on[*d]).map(|d| DAYS[d]).collect())
}

/// A time of day: "9h", "15h30", "9am", "5pm", "8.30am", "14:00".
fn time(s: &str) -> Option<String> {
    let s = s.trim().to_ascii_lowercase();
    let (s, pm) = match (s.strip_suffix("am"), s.strip_suffix("pm")) {
        (Some(x), _) => (x.to_string(), Some(false)),
        (_, Some(x)) => (x.to_string(), Some(true)),
        _ => (s, None),
    };
    let (h, m) = match s.split_once(['h', ':', '.']) {
        Some((h, m)) => (h, m),
        None if pm.is_some() => (s.as_str(), ""),
        None => return None,
    };
    let num = |x: &str| {
        (!x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit()))
            .then(|| x.parse::<u32>().ok())
            .flatten()
    };
    let mut h = num(h)?;
    let m = if m.is_empty() {
        0
    } else {
        num(m).filter(|_| m.len() == 2)?
    };
    if pm == Some(true) && h < 12 {
        h += 12;
    }
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}:00"))
}

/// Weekly hours as partners write them: days, then one span of hours or none.
pub fn weekly(text: &str) -> Option<Weekly> {
    let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
    let days = days(&text[..at])?;
    let span = text[at..].trim();
    if span.is_empty() {
        return Some(Weekly { days, hours: None });
    }
    let (open, close) = span.split_once('-')?;
    let (open, close) = (time(open)?, time(close)?);
    (open < close).then_some(Weekly {
        days,
        hours: Some((open, close)),
    })
}

/// A Belgian postal address, read from "street 12, 4300 City (Section)".
#[derive(Debug, PartialEq, Eq)]
pub struct Address {
    pub address_1: String,
    pub address_2: Option<String>,
    pub city: String,
    pub postal_code: String,
    /// The province's key: its name in the run's language is the catalog's
    /// `guide-province-KEY`.
    pub province: &'static str,
}

/// The province (or region, for Brussels) of a Belgian postal code, by its key.
fn province(code: u32) -> Option<&'static str> {
    Some(match code {
        1000..=1299 => "bruxelles",
        1300..=1499 => "brabant-wallon",
        1500..=1999 | 3000..=3499 => "brabant-flamand",
        2000..=2999 => "anvers",
        3500..=3999 => "limbourg",
        4000..=4999 => "liege",
        5000..=5999 => "namur",
        6000..=6599 | 7000..=7999 => "hainaut",
        6600..=6999 => "luxembourg",
        8000..=8999 => "flandre-occidentale",
        9000..=9999 => "flandre-orientale",
        _ => return None,
    })
}

/// The address, when its last part is a 4-digit postal code and a city, after a street.
pub fn address(text: &str) -> Option<Address> {
    let parts: Vec<&str> = text.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let (last, before) = parts.split_last()?;
    let (code, city) = last.split_once(' ')?;
    let n: u32 = code.parse().ok().filter(|_| code.len() == 4)?;
    let (city, section) = match city.split_once('(') {
        Some((c, s)) => (c.trim(), Some(s.trim_end_matches(')').trim().to_string())),
        None => (city.trim(), None),
    };
    if before.is_empty() || city.is_empty() {
        return None;
    }
    Some(Address {
        address_1: before.join(", "),
        address_2: section.filter(|s| !s.is_empty()),
        city: city.to_string(),
        postal_code: code.to_string(),
        province: province(n)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_phones_and_addresses() {
        assert_eq!(phones("019 32 00 30"), [("019 32 00 30".to_string(), "voice")]);
        assert_eq!(
            phones("tél. +32 475 12 34 56 ou 019/32.00.10"),
            [
                ("+32 475 12 34 56".to_string(), "cell"),
                ("019/32.00.10".to_string(), "voice")
            ]
        );
        assert!(phones("un jeudi sur 2, 13h-16h ; 2026").is_empty());
        assert_eq!(email("pcs@waremme.be"), Some("pcs@waremme.be".into()));
        assert_eq!(
            url("voir https://www.waremme.be/pcs."),
            Some("https://www.waremme.be/pcs".into())
        );
        let a = address("Espace citoyen, rue du Marché 3, 4300 Waremme (Bleret)").unwrap();
        assert_eq!(
            (
                a.address_1.as_str(),
                a.address_2.as_deref(),
                a.city.as_str(),
                a.province
            ),
            (
                "Espace citoyen, rue du Marché 3",
                Some("Bleret"),
                "Waremme",
                "liege"
            )
        );
        assert_eq!(address("Hall omnisports"), None);
    }

    #[test]
    fn weekly_hours() {
        let w = weekly("lun-ven 9h-12h").unwrap();
        assert_eq!(w.days, ["MO", "TU", "WE", "TH", "FR"]);
        assert_eq!(w.hours, Some(("09:00:00".into(), "12:00:00".into())));
        assert_eq!(weekly("mar et jeu 13h-16h").unwrap().days, ["TU", "TH"]);
        assert_eq!(weekly("lun, mer, ven 9h-12h").unwrap().days, ["MO", "WE", "FR"]);
        assert_eq!(
            weekly("Mon-Thu 8.30am-4pm").unwrap().hours,
            Some(("08:30:00".into(), "16:00:00".into()))
        );
        assert_eq!(
            weekly("lun-jeu 15h30-17h30").unwrap().hours,
            Some(("15:30:00".into(), "17:30:00".into()))
        );
        assert_eq!(weekly("lun-ven").unwrap().hours, None);
        for no in [
            "1er jeudi du mois 19h-21h",
            "sur rendez-vous",
            "dim 9h",
            "juillet-août",
            "2e mardi du mois",
        ] {
            assert_eq!(weekly(no), None, "{no}");
        }
    }
}
