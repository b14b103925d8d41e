//! The services guide for field workers: who does what, for whom, where, and how to reach
//! them. A static website in one self-contained file (`guide/index.html`, no network, no
//! server: it works from a USB stick), laid out by `templates/guide/` with the words of the
//! `guide` catalog, and the same directory as a table (`guide.csv`, `guide.xlsx`).
//!
//! The filter lives in the address (`index.html#besoin=aide-alimentaire&public=aines&q=colis`)
//! so a filtered view can be bookmarked or mailed. Matching follows the gap rules: a service
//! for `tous` matches every public, one for `commune` every territory.

use std::borrow::Cow;
use std::fmt::Write as _;

use askama::Template;

use crate::i18n::{s as text, t_args};
use crate::pipeline::{Analysis, Service};
use crate::render::words::{lang_code, Words};
use crate::render::{OutputFile, Table, Value};
use crate::sanitize::html as esc;
use crate::taxonomy::Kind;

/// The columns of `guide.csv` and `guide.xlsx`.
pub const HEADERS: [&str; 10] = [
    "domaine",
    "partenaire",
    "service",
    "besoins",
    "public",
    "territoire",
    "capacite",
    "contact",
    "horaires",
    "adresse",
];

/// The services in guide order: by the domain of their first need, then partner (folded),
/// then file and line, i.e. in the order the partner listed them (never reading order).
pub fn ordered(a: &Analysis) -> Vec<&Service> {
    ordered_indices(a)
        .into_iter()
        .map(|i| &a.services[i as usize])
        .collect()
}

/// [`ordered`], as indices into [`Analysis::services`].
pub fn ordered_indices(a: &Analysis) -> Vec<u32> {
    // Each table's rank in (file, sheet) order, so the sort compares numbers, not names.
    let mut tables: Vec<usize> = (0..a.tallies.len()).collect();
    tables.sort_by(|x, y| a.tallies[*x].place.cmp(&a.tallies[*y].place));
    let mut rank = vec![0u64; tables.len()];
    for (r, t) in tables.into_iter().enumerate() {
        rank[t] = r as u64;
    }
    // Partner ids follow the folded names; within a partner, the order it wrote them in.
    // The key is packed in one number, computed once per service: a million services sort
    // in a blink. Every part fits its bits (domains < 256, partners and tables < 2^32).
    let mut keyed: Vec<(u128, u32)> = a
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let domain = s.row.first_besoin().map_or(0, |b| a.taxonomy.domain_of(b)) as u128;
            let key = domain << 120
                | u128::from(s.partner) << 88
                | u128::from(rank[s.table as usize] as u32) << 56
                | u128::from(s.row.line) << 24;
            (key, i as u32)
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// `guide.csv` written straight from the services (a region may declare a million) to
/// `out`, in chunks formatted in parallel and written in order, a few at a time: the file
/// is never held whole in memory.
/// `hxl` adds the row of HXL hashtags under the header.
pub fn write_csv(a: &Analysis, hxl: bool, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use rayon::prelude::*;
    const CHUNK: usize = 20_000;
    out.write_all(format!("{}\n", HEADERS.join(",")).as_bytes())?;
    out.write_all(&super::hxl::row("guide", hxl).unwrap_or_default())?;
    let services = ordered(a);
    let threads = rayon::current_num_threads().max(1);
    // One buffer per chunk of a wave, emptied and filled again wave after wave: new
    // buffers for each wave had the system hand over (and zero) fresh memory every time.
    let mut parts: Vec<Vec<u8>> = vec![Vec::new(); threads];
    for wave in services.chunks(CHUNK * threads) {
        wave.par_chunks(CHUNK)
            .zip(parts.par_iter_mut())
            .for_each(|(c, buf)| csv_rows(a, c, buf));
        for p in parts.iter().take(wave.len().div_ceil(CHUNK)) {
            out.write_all(p)?;
        }
    }
    Ok(())
}

/// Puts the CSV lines of some services, without the header, in `out` (emptied first).
fn csv_rows(a: &Analysis, services: &[&Service], out: &mut Vec<u8>) {
    use crate::sanitize::spreadsheet_safe as safe;
    let t = &a.taxonomy;
    out.clear();
    out.reserve(services.len() * 160);
    let mut needs = String::new();
    let mut cap = String::new();
    for s in services {
        needs.clear();
        for (i, b) in s.row.besoins().enumerate() {
            if i > 0 {
                needs.push_str(" | ");
            }
            needs.push_str(t.code(Kind::Besoin, b));
        }
        cap.clear();
        if let Some(c) = s.row.capacite {
            let _ = write!(cap, "{c}");
        }
        super::csv::record(
            out,
            [
                t.code(Kind::Domaine, s.row.first_besoin().map_or(0, |b| t.domain_of(b))),
                &safe(a.partners.name(s.partner)),
                &safe(s.row.service()),
                &needs,
                t.code(Kind::Public, s.row.public()),
                t.code(Kind::Territoire, s.row.territoire()),
                &cap,
                &safe(s.row.contact()),
                &safe(s.row.horaires()),
                &safe(s.row.adresse()),
            ]
            .into_iter(),
        );
    }
}

fn needs_labels(a: &Analysis, s: &Service) -> String {
    s.row
        .besoins()
        .map(|b| a.taxonomy.entry(Kind::Besoin, b).label(a.lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `guide.csv` / `guide.xlsx`: one row per service.
pub fn table(a: &Analysis) -> Table<'_> {
    let t = &a.taxonomy;
    let rows = ordered(a)
        .into_iter()
        .map(|s| {
            vec![
                Value::Text(
                    t.code(Kind::Domaine, s.row.first_besoin().map_or(0, |b| t.domain_of(b)))
                        .into(),
                ),
                Value::Text(a.partners.name(s.partner).into()),
                Value::Text(s.row.service().into()),
                Value::Text(
                    s.row
                        .besoins()
                        .map(|b| t.code(Kind::Besoin, b))
                        .collect::<Vec<_>>()
                        .join(" | ")
                        .into(),
                ),
                Value::Text(t.code(Kind::Public, s.row.public()).into()),
                Value::Text(t.code(Kind::Territoire, s.row.territoire()).into()),
                s.row.capacite.map_or(Value::Empty, Value::Int),
                Value::Text(s.row.contact().into()),
                Value::Text(s.row.horaires().into()),
                Value::Text(s.row.adresse().into()),
            ]
        })
        .collect();
    Table {
        name: "guide",
        headers: HEADERS.map(String::from).to_vec(),
        rows,
    }
}

/// Partner contact text with links: `http(s)://` addresses, e-mail addresses (`mailto:`)
/// and phone numbers (`tel:`). Nothing else becomes a link, so `javascript:` never does.
pub fn linkify(text: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // A token runs to the next white space or separator.
        let start = i;
        if !chars[i].is_whitespace() && !matches!(chars[i], ';' | ',' | '(' | ')' | '<' | '>' | '"') {
            let mut j = i;
            while j < chars.len()
                && !chars[j].is_whitespace()
                && !matches!(chars[j], ';' | ',' | '(' | ')' | '<' | '>' | '"')
            {
                j += 1;
            }
            let token: String = chars[i..j].iter().collect();
            let token_trim = token.trim_end_matches(['.', ':']);
            let lower = token_trim.to_lowercase();
            let tail: String = token[token_trim.len()..].to_string();
            if (lower.starts_with("https://") || lower.starts_with("http://")) && token_trim.len() > 8 {
                let _ = write!(
                    out,
                    "<a href=\"{}\">{}</a>{}",
                    esc(token_trim),
                    esc(token_trim),
                    esc(&tail)
                );
                i = j;
                continue;
            }
            if let Some((user, domain)) = token_trim.split_once('@') {
                let ok = !user.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && token_trim
                        .chars()
                        .all(|c| c.is_alphanumeric() || "._%+-@".contains(c));
                if ok {
                    let _ = write!(
                        out,
                        "<a href=\"mailto:{}\">{}</a>{}",
                        esc(token_trim),
                        esc(token_trim),
                        esc(&tail)
                    );
                    i = j;
                    continue;
                }
            }
        }
        // A phone number: digits with spaces, dots, slashes or a leading +, at least 9 digits.
        if chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
        {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_ascii_digit() || matches!(chars[j], ' ' | '.' | '/' | '-'))
            {
                j += 1;
            }
            while j > i && !chars[j - 1].is_ascii_digit() {
                j -= 1;
            }
            let number: String = chars[i..j].iter().collect();
            let digits: String = number
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            if digits.chars().filter(char::is_ascii_digit).count() >= 9 {
                let _ = write!(out, "<a href=\"tel:{}\">{}</a>", esc(&digits), esc(&number));
                i = j;
                continue;
            }
        }
        out.push_str(&esc(&chars[start].to_string()));
        i = start + 1;
    }
    out
}

/// A choice of a filter's list: a code of the taxonomy and its label.
struct Choice {
    code: String,
    label: String,
}

/// The needs of a domain, a group of the needs' list.
struct NeedGroup {
    label: String,
    choices: Vec<Choice>,
}

/// A service's card: the partner's text as written, the taxonomy's labels.
struct Card<'a> {
    attrs: CardAttributes,
    service: Cow<'a, str>,
    partner: Cow<'a, str>,
    needs: String,
    public: &'a str,
    place: &'a str,
    places: Option<String>,
    /// The contact, escaped, with its links ([`linkify`]).
    contact_html: String,
    hours: &'a str,
    address: &'a str,
}

/// A domain's section: the cards of the services whose first need is in it.
struct DomainSection<'a> {
    code: &'a str,
    label: &'a str,
    cards: Vec<Card<'a>>,
}

/// A need with no service, as codes (for the filter) and labels.
struct Gap<'a> {
    domaine: &'a str,
    besoin: &'a str,
    public: &'a str,
    territoire: &'a str,
    need: &'a str,
    audience: &'a str,
    area: &'a str,
    people: Option<String>,
}

/// What `templates/guide/index.html` shows.
struct Page<'a> {
    title: String,
    domains: Vec<Choice>,
    needs: Vec<NeedGroup>,
    publics: Vec<Choice>,
    territories: Vec<Choice>,
    /// The count of shown services, with `{n}` and `{total}` for the page's script.
    count_template: String,
    count: String,
    sections: Vec<DomainSection<'a>>,
    gaps: Vec<Gap<'a>>,
    footer: String,
    date: String,
}

#[derive(Template)]
#[template(path = "guide/index.html")]
struct GuidePage<'a> {
    p: Page<'a>,
    w: Words,
    lang_code: &'static str,
}

#[derive(Template)]
#[template(path = "guide/trop-grand.html")]
struct TooLargePage {
    text: String,
    w: Words,
    lang_code: &'static str,
}

/// `guide/index.html`.
pub fn html(a: &Analysis, date: (u16, u8, u8)) -> askama::Result<String> {
    let t = &a.taxonomy;
    let lang = a.lang;
    // (code, label) of a list, less its wildcard: "all" is the empty choice.
    let choices = |kind: Kind, except: &str| -> Vec<Choice> {
        t.list(kind)
            .iter()
            .filter(|e| e.code != except)
            .map(|e| Choice {
                code: e.code.clone(),
                label: e.label(lang).to_string(),
            })
            .collect()
    };
    let needs = t
        .list(Kind::Domaine)
        .iter()
        .enumerate()
        .map(|(d, domain)| NeedGroup {
            label: domain.label(lang).to_string(),
            choices: t
                .list(Kind::Besoin)
                .iter()
                .filter(|e| e.domain == Some(d))
                .map(|e| Choice {
                    code: e.code.clone(),
                    label: e.label(lang).to_string(),
                })
                .collect(),
        })
        .collect();
    let services = ordered(a);
    let total = services.len().to_string();
    let count = |n: &str, total: &str| {
        t_args(
            lang,
            "guide-compte",
            &[("n", text(n.to_string())), ("total", text(total.to_string()))],
        )
    };

    // The cards, one section per domain (a service sits under the domain of its first need).
    let sections = t
        .list(Kind::Domaine)
        .iter()
        .enumerate()
        .filter_map(|(d, domain)| {
            let cards: Vec<Card> = services
                .iter()
                .filter(|s| s.row.first_besoin().map(|b| t.domain_of(b)) == Some(d))
                .map(|s| card(a, s))
                .collect();
            (!cards.is_empty()).then_some(DomainSection {
                code: &domain.code,
                label: domain.label(lang),
                cards,
            })
        })
        .collect();

    // Where nobody can help yet.
    let gaps = a
        .cells
        .iter()
        .filter(|c| c.statut == crate::analyse::Status::NonCouvert)
        .map(|c| Gap {
            domaine: t.code(Kind::Domaine, c.domaine),
            besoin: t.code(Kind::Besoin, c.besoin),
            public: t.code(Kind::Public, c.public),
            territoire: t.code(Kind::Territoire, c.territoire),
            need: t.entry(Kind::Besoin, c.besoin).label(lang),
            audience: t.entry(Kind::Public, c.public).label(lang),
            area: t.entry(Kind::Territoire, c.territoire).label(lang),
            people: c
                .demande_personnes
                .map(|n| t_args(lang, "guide-manques-personnes", &[("n", crate::i18n::n(n))])),
        })
        .collect();
    let period = || text(a.period.to_string());
    let page = Page {
        title: t_args(lang, "guide-titre", &[("periode", period())]),
        domains: choices(Kind::Domaine, ""),
        needs,
        publics: choices(Kind::Public, "tous"),
        territories: choices(Kind::Territoire, "commune"),
        count_template: count("{n}", "{total}"),
        count: count(&total, &total),
        sections,
        gaps,
        footer: t_args(
            lang,
            "guide-pied",
            &[
                ("n", crate::i18n::n(a.partners.len() as u64)),
                ("periode", period()),
            ],
        ),
        date: format!("{:04}-{:02}-{:02}", date.0, date.1, date.2),
    };
    GuidePage {
        p: page,
        w: Words(lang),
        lang_code: lang_code(lang),
    }
    .render()
}

/// The page written instead of the guide when there are too many services for one page.
pub fn too_large(a: &Analysis, max: usize) -> askama::Result<String> {
    TooLargePage {
        text: t_args(
            a.lang,
            "guide-trop-grand",
            &[
                ("n", crate::i18n::n(a.services.len() as u64)),
                ("max", text(max.to_string())),
            ],
        ),
        w: Words(a.lang),
        lang_code: lang_code(a.lang),
    }
    .render()
}

/// The attributes of a service's `<article class="service">`, as codes: its needs and
/// their domains (space-separated, in the partner's order, each once), its public and its
/// territory. The partner sheets carry the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardAttributes {
    pub besoins: String,
    pub domaines: String,
    pub public: String,
    pub territoire: String,
}

/// The attributes of a service's card.
pub fn card_attributes(a: &Analysis, s: &Service) -> CardAttributes {
    let t = &a.taxonomy;
    let mut domains: Vec<&str> = Vec::new();
    for b in s.row.besoins() {
        let d = t.code(Kind::Domaine, t.domain_of(b));
        if !domains.contains(&d) {
            domains.push(d);
        }
    }
    CardAttributes {
        besoins: s
            .row
            .besoins()
            .map(|b| t.code(Kind::Besoin, b))
            .collect::<Vec<_>>()
            .join(" "),
        domaines: domains.join(" "),
        public: t.code(Kind::Public, s.row.public()).to_string(),
        territoire: t.code(Kind::Territoire, s.row.territoire()).to_string(),
    }
}

fn card<'a>(a: &'a Analysis, s: &'a Service) -> Card<'a> {
    let t = &a.taxonomy;
    let lang = a.lang;
    Card {
        attrs: card_attributes(a, s),
        service: crate::sanitize::cut(s.row.service()),
        partner: crate::sanitize::cut(a.partners.name(s.partner)),
        needs: needs_labels(a, s),
        public: t.entry(Kind::Public, s.row.public()).label(lang),
        place: t.entry(Kind::Territoire, s.row.territoire()).label(lang),
        places: s
            .row
            .capacite
            .map(|c| t_args(lang, "guide-carte-places-valeur", &[("n", text(c.to_string()))])),
        contact_html: linkify(s.row.contact()),
        hours: s.row.horaires(),
        address: s.row.adresse(),
    }
}

/// Services in one guide page at most: beyond, the page says to use `guide.csv` (a region's
/// directory of a million services is a table, not a page to browse).
pub const GUIDE_MAX_SERVICES: usize = 20_000;

/// The guide's files but `guide.csv`: `guide/index.html` and `guide.xlsx`. `guide.csv`,
/// which a region's run makes 150 MB long, is written piece by piece by
/// [`write_csv`].
pub fn files(a: &Analysis, date: (u16, u8, u8)) -> anyhow::Result<Vec<OutputFile>> {
    if a.services.len() > GUIDE_MAX_SERVICES {
        let page = too_large(a, GUIDE_MAX_SERVICES)?;
        return Ok(vec![("guide/index.html".into(), page.into_bytes())]);
    }
    let table = table(a);
    let book = crate::render::book::Book::guide(a, &table);
    Ok(vec![
        ("guide/index.html".into(), html(a, date)?.into_bytes()),
        (
            "guide.xlsx".into(),
            crate::render::xlsx::to_bytes(&book, 0, date)?,
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_only_for_web_mail_and_phone() {
        assert_eq!(
            linkify("019 32 00 90"),
            "<a href=\"tel:019320090\">019 32 00 90</a>"
        );
        assert_eq!(
            linkify("+32 19 32 00 90"),
            "<a href=\"tel:+3219320090\">+32 19 32 00 90</a>"
        );
        assert_eq!(
            linkify("epicerie@panier.be, https://x.be/a?b=1&c=2."),
            "<a href=\"mailto:epicerie@panier.be\">epicerie@panier.be</a>, <a href=\"https://x.be/a?b=1&amp;c=2\">https://x.be/a?b=1&amp;c=2</a>."
        );
        assert_eq!(linkify("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(linkify("<b>\"x\"</b>"), "&lt;b&gt;&quot;x&quot;&lt;/b&gt;");
        assert_eq!(linkify("lun 9h-12h"), "lun 9h-12h");
        assert_eq!(linkify("http://"), "http://");
    }
}
