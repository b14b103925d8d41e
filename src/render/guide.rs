//! The services guide for field workers: who does what, for whom, where, and how to reach
//! them. A static website in one self-contained file (`guide/index.html`, no network, no
//! server: it works from a USB stick), and the same directory as a table (`guide.csv`,
//! `guide.xlsx`).
//!
//! The filter lives in the address (`index.html#besoin=aide-alimentaire&public=aines&q=colis`)
//! so a filtered view can be bookmarked or mailed. Matching follows the gap rules: a service
//! for `tous` matches every public, one for `commune` every territory.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::model::Lang;
use crate::pipeline::{Analysis, Service};
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

const STYLE: &str = r#"
:root { --ink:#222; --muted:#555; --rule:#d8d8d8; --accent:#0072B2; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 16px; line-height: 1.4; }
h1 { font-size: 1.7em; margin: 0 0 .2em; }
h2 { font-size: 1.3em; border-bottom: 2px solid var(--ink); margin-top: 1.6em; padding-bottom: .15em; }
.lead { color: var(--muted); margin-top: 0; }
form { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 8px; background: #f4f4f4; padding: 10px; border-radius: 6px; position: sticky; top: 0; z-index: 1; }
label { font-size: .85em; color: var(--muted); display: flex; flex-direction: column; gap: 2px; }
select, input { font: inherit; padding: 6px; border: 1px solid #aaa; border-radius: 4px; background: #fff; }
#count { margin: .6em 0; font-weight: bold; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }
article.service { border: 1px solid var(--rule); border-left: 5px solid var(--accent); border-radius: 6px; padding: 10px 12px; break-inside: avoid; page-break-inside: avoid; }
article.service h3 { margin: 0; font-size: 1.05em; }
article.service .who { margin: 0 0 .4em; color: var(--muted); }
article.service dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 0; font-size: .9em; }
article.service dt { color: var(--muted); }
article.service dd { margin: 0; }
[hidden] { display: none !important; }
.gaps li { margin: .2em 0; }
footer { color: var(--muted); font-size: .85em; margin-top: 2em; border-top: 1px solid var(--rule); padding-top: .4em; }
@media print {
  form, #count, .noprint { display: none !important; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  section.domain { break-before: page; page-break-before: always; }
  section.domain:first-of-type { break-before: auto; page-break-before: auto; }
  .cards { display: block; columns: 2; column-gap: 12px; }
  article.service { margin-bottom: 8px; border-left-width: 3px; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 14mm; }
"#;

/// The filtering script: reads the filter from the address, hides the cards that do not
/// match (the `hidden` attribute), keeps the address in step with the form.
const SCRIPT: &str = r#"
(function () {
  var fold = function (s) { return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var keys = ['domaine', 'besoin', 'public', 'territoire', 'q'];
  var form = document.getElementById('filtre');
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.service'));
  var texts = cards.map(function (c) { return fold(c.textContent); });
  function read() {
    var p = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf('=');
      var k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      var v = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' '));
      if (keys.indexOf(k) >= 0) p[k] = v;
    });
    return p;
  }
  function apply(p) {
    var words = fold(p.q).split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (c, i) {
      var ok = (!p.domaine || c.dataset.domaines.split(' ').indexOf(p.domaine) >= 0)
        && (!p.besoin || c.dataset.besoins.split(' ').indexOf(p.besoin) >= 0)
        && (!p.public || c.dataset.public === p.public || c.dataset.public === 'tous')
        && (!p.territoire || c.dataset.territoire === p.territoire || c.dataset.territoire === 'commune')
        && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      if (ok) { c.removeAttribute('hidden'); shown++; } else { c.setAttribute('hidden', ''); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.domain'), function (s) {
      var any = s.querySelector('article.service:not([hidden])');
      if (any) { s.removeAttribute('hidden'); } else { s.setAttribute('hidden', ''); }
    });
    // The needs with no service follow the same filter, so the reader sees the gap too.
    var gaps = Array.prototype.slice.call(document.querySelectorAll('#sans-service li'));
    gaps.forEach(function (li) {
      var ok = (!p.domaine || li.dataset.domaine === p.domaine)
        && (!p.besoin || li.dataset.besoin === p.besoin)
        && (!p.public || li.dataset.public === p.public || li.dataset.public === 'tous')
        && (!p.territoire || li.dataset.territoire === p.territoire || li.dataset.territoire === 'commune');
      if (ok) { li.removeAttribute('hidden'); } else { li.setAttribute('hidden', ''); }
    });
    var count = document.getElementById('count');
    count.textContent = count.dataset.template.replace('{n}', shown).replace('{total}', cards.length);
    var none = document.getElementById('none');
    if (shown === 0) { none.removeAttribute('hidden'); } else { none.setAttribute('hidden', ''); }
    keys.forEach(function (k) { if (form.elements[k]) form.elements[k].value = p[k] || ''; });
  }
  function write() {
    var parts = [];
    keys.forEach(function (k) { var v = form.elements[k].value; if (v) parts.push(k + '=' + encodeURIComponent(v)); });
    var h = parts.length ? '#' + parts.join('&') : '';
    if (history.replaceState) { history.replaceState(null, '', location.pathname + location.search + h); } else { location.hash = h; }
    apply(read());
  }
  form.addEventListener('input', write);
  form.addEventListener('change', write);
  form.addEventListener('submit', function (e) { e.preventDefault(); write(); });
  window.addEventListener('hashchange', function () { apply(read()); });
  apply(read());
})();
"#;

fn option_list(h: &mut String, name: &str, label: &str, all: &str, options: &[(String, String)]) {
    let _ = write!(
        h,
        "<label>{}<select name=\"{name}\"><option value=\"\">{}</option>",
        esc(label),
        esc(all)
    );
    for (value, text) in options {
        let _ = write!(h, "<option value=\"{}\">{}</option>", esc(value), esc(text));
    }
    h.push_str("</select></label>");
}

/// `guide/index.html`.
pub fn html(a: &Analysis, date: (u16, u8, u8)) -> String {
    let t = &a.taxonomy;
    let lang = a.lang;
    let fr = lang == Lang::Fr;
    let title = if fr {
        format!("Guide des services, {}", a.period)
    } else {
        format!("Services guide, {}", a.period)
    };
    let mut h = String::with_capacity(128 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        if fr { "fr" } else { "en" },
        esc(&title)
    );
    let _ = writeln!(h, "<header><h1>{}</h1><p class=\"lead\">{}</p></header>", esc(&title), esc(lang.pick(
        "Qui fait quoi, pour qui, où, et comment joindre les partenaires : les services déclarés par les partenaires du plan de prévention. Choisissez un besoin, un public, une section, ou tapez un mot.",
        "Who does what, for whom, where, and how to reach them: the services declared by the partners. Pick a need, a public, a section, or type a word."
    )));

    // The form: every list in taxonomy order, labels in the chosen language.
    h.push_str("<form id=\"filtre\" role=\"search\">");
    // (code, label) of a list, less its wildcard: "all" is the empty choice.
    let choices = |kind: Kind, except: &str| -> Vec<(String, String)> {
        t.list(kind)
            .iter()
            .filter(|e| e.code != except)
            .map(|e| (e.code.clone(), e.label(lang).to_string()))
            .collect()
    };
    let domains = choices(Kind::Domaine, "");
    option_list(
        &mut h,
        "domaine",
        lang.pick("Domaine", "Domain"),
        lang.pick("tous les domaines", "all domains"),
        &domains,
    );
    let _ = write!(
        h,
        "<label>{}<select name=\"besoin\"><option value=\"\">{}</option>",
        esc(lang.pick("Besoin", "Need")),
        esc(lang.pick("tous les besoins", "all needs"))
    );
    for (d, domain) in t.list(Kind::Domaine).iter().enumerate() {
        let _ = write!(h, "<optgroup label=\"{}\">", esc(domain.label(lang)));
        for e in t.list(Kind::Besoin).iter().filter(|e| e.domain == Some(d)) {
            let _ = write!(
                h,
                "<option value=\"{}\">{}</option>",
                esc(&e.code),
                esc(e.label(lang))
            );
        }
        h.push_str("</optgroup>");
    }
    h.push_str("</select></label>");
    let publics = choices(Kind::Public, "tous");
    option_list(
        &mut h,
        "public",
        lang.pick("Public", "Public"),
        lang.pick("tous les publics", "all publics"),
        &publics,
    );
    let territories = choices(Kind::Territoire, "commune");
    option_list(
        &mut h,
        "territoire",
        lang.pick("Section", "Section"),
        lang.pick("toute la commune", "whole municipality"),
        &territories,
    );
    let _ = writeln!(
        h,
        "<label>{}<input type=\"search\" name=\"q\" placeholder=\"{}\" autocomplete=\"off\"></label></form>",
        esc(lang.pick("Recherche", "Search")),
        esc(lang.pick("ex. colis, épicerie, CPAS…", "e.g. parcel, grocery, CPAS…"))
    );
    let services = ordered(a);
    let template = lang.pick("{n} services sur {total}", "{n} services of {total}");
    let _ = writeln!(
        h,
        "<p id=\"count\" data-template=\"{}\">{}</p>",
        esc(template),
        esc(&template
            .replace("{n}", &services.len().to_string())
            .replace("{total}", &services.len().to_string()))
    );
    let _ = writeln!(
        h,
        "<p id=\"none\" class=\"noprint\" hidden>{}</p>",
        esc(lang.pick(
            "Aucun service ne correspond. Élargissez la recherche (toute la commune, tous les publics), et voyez plus bas les besoins sans service.",
            "No service matches. Widen the search (whole municipality, all publics), and see the needs with no service below."
        ))
    );

    // The cards, one section per domain (a service sits under the domain of its first need).
    for (d, domain) in t.list(Kind::Domaine).iter().enumerate() {
        let in_domain: Vec<&&Service> = services
            .iter()
            .filter(|s| s.row.first_besoin().map(|b| t.domain_of(b)) == Some(d))
            .collect();
        if in_domain.is_empty() {
            continue;
        }
        let _ = writeln!(
            h,
            "<section class=\"domain\" id=\"domaine-{}\"><h2>{}</h2><div class=\"cards\">",
            esc(&domain.code),
            esc(domain.label(lang))
        );
        for s in in_domain {
            card(&mut h, a, s);
        }
        h.push_str("</div></section>\n");
    }

    // Where nobody can help yet.
    let gaps: Vec<_> = a
        .cells
        .iter()
        .filter(|c| c.statut == crate::analyse::Status::NonCouvert)
        .collect();
    let _ = writeln!(h, "<section class=\"gaps\" id=\"sans-service\"><h2>{}</h2><p>{}</p><ul>",
        esc(lang.pick("Besoins sans service", "Needs with no service")),
        esc(lang.pick("Les besoins signalés par les partenaires pour lesquels aucun service n'est déclaré ce trimestre.", "Needs reported by partners for which no service is declared this quarter.")));
    for c in gaps {
        let people = match (c.demande_personnes, lang) {
            (Some(n), Lang::Fr) => format!(", {n} personnes"),
            (Some(n), Lang::En | Lang::Nl) => format!(", {n} people"),
            (None, _) => String::new(),
        };
        let _ = writeln!(
            h,
            "<li data-domaine=\"{}\" data-besoin=\"{}\" data-public=\"{}\" data-territoire=\"{}\"><b>{}</b> · {} · {}{}</li>",
            esc(t.code(Kind::Domaine, c.domaine)),
            esc(t.code(Kind::Besoin, c.besoin)),
            esc(t.code(Kind::Public, c.public)),
            esc(t.code(Kind::Territoire, c.territoire)),
            esc(t.entry(Kind::Besoin, c.besoin).label(lang)),
            esc(t.entry(Kind::Public, c.public).label(lang)),
            esc(t.entry(Kind::Territoire, c.territoire).label(lang)),
            esc(&people)
        );
    }
    h.push_str("</ul></section>\n");
    let _ = writeln!(
        h,
        "<footer>{} · {:04}-{:02}-{:02}</footer>\n<script>{SCRIPT}</script>\n</body>\n</html>",
        esc(&match lang {
            Lang::Fr => format!(
                "Source : services déclarés par {} partenaires, période {}",
                a.partners.len(),
                a.period
            ),
            Lang::En | Lang::Nl => format!(
                "Source: services declared by {} partners, period {}",
                a.partners.len(),
                a.period
            ),
        }),
        date.0,
        date.1,
        date.2
    );
    h
}

/// The page written instead of the guide when there are too many services for one page.
pub fn too_large(a: &Analysis, max: usize) -> String {
    let text = match a.lang {
        Lang::Fr => format!(
            "{} services déclarés : au-delà de {max}, le guide ne tient pas en une page. L'annuaire complet est dans guide.csv.",
            a.services.len()
        ),
        Lang::En | Lang::Nl => format!(
            "{} services declared: beyond {max}, the guide does not fit in one page. The full directory is in guide.csv.",
            a.services.len()
        ),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n<p>{}</p>\n</body>\n</html>\n",
        if a.lang == Lang::Fr { "fr" } else { "en" },
        esc(a.lang.pick("Guide des services", "Services guide")),
        esc(&text)
    )
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

fn card(h: &mut String, a: &Analysis, s: &Service) {
    let t = &a.taxonomy;
    let lang = a.lang;
    let attrs = card_attributes(a, s);
    let _ = write!(
        h,
        "<article class=\"service\" data-besoins=\"{}\" data-domaines=\"{}\" data-public=\"{}\" data-territoire=\"{}\">",
        esc(&attrs.besoins),
        esc(&attrs.domaines),
        esc(&attrs.public),
        esc(&attrs.territoire),
    );
    let _ = write!(
        h,
        "<h3>{}</h3><p class=\"who\">{}</p><dl>",
        esc(s.row.service()),
        esc(a.partners.name(s.partner))
    );
    let mut field = |name: &str, value: Cow<str>| {
        if !value.is_empty() {
            let _ = write!(h, "<dt>{}</dt><dd>{value}</dd>", esc(name));
        }
    };
    field(lang.pick("Besoins", "Needs"), esc(&needs_labels(a, s)));
    field(
        lang.pick("Public", "Public"),
        esc(t.entry(Kind::Public, s.row.public()).label(lang)),
    );
    field(
        lang.pick("Où", "Where"),
        esc(t.entry(Kind::Territoire, s.row.territoire()).label(lang)),
    );
    field(
        lang.pick("Places", "Places"),
        s.row.capacite.map_or(Cow::Borrowed(""), |c| match lang {
            Lang::Fr => format!("{c} par trimestre").into(),
            Lang::En | Lang::Nl => format!("{c} per quarter").into(),
        }),
    );
    field(lang.pick("Contact", "Contact"), linkify(s.row.contact()).into());
    field(lang.pick("Horaires", "Hours"), esc(s.row.horaires()));
    field(lang.pick("Adresse", "Address"), esc(s.row.adresse()));
    h.push_str("</dl></article>\n");
}

/// Services in one guide page at most: beyond, the page says to use `guide.csv` (a region's
/// directory of a million services is a table, not a page to browse).
pub const GUIDE_MAX_SERVICES: usize = 20_000;

/// The guide's files but `guide.csv`: `guide/index.html` and `guide.xlsx`. `guide.csv`,
/// which a region's run makes 150 MB long, is written piece by piece by
/// [`write_csv`].
pub fn files(a: &Analysis, date: (u16, u8, u8)) -> anyhow::Result<Vec<OutputFile>> {
    if a.services.len() > GUIDE_MAX_SERVICES {
        let page = too_large(a, GUIDE_MAX_SERVICES);
        return Ok(vec![("guide/index.html".into(), page.into_bytes())]);
    }
    let table = table(a);
    let book = crate::render::book::Book::guide(a, &table);
    Ok(vec![
        ("guide/index.html".into(), html(a, date).into_bytes()),
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
