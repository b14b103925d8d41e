//! The services guide in Open Referral's Human Services Data Specification (HSDS 3.0), the
//! format directories of social services exchange: `hsds/` holds the tabular form (a
//! Frictionless `datapackage.json` and the CSVs it lists) and the JSON form
//! (`hsds/services.json`, each service with its organization, locations, phones,
//! schedules, areas and taxonomy terms).
//!
//! Identifiers are UUID v5 of stable keys (`service:<folded partner>:<folded service>`…)
//! under the project's namespace: the same service keeps its id quarter after quarter.
//! Phones, opening hours and addresses are read from the partners' free text where they
//! follow the usual Belgian ways of writing them; the text is always kept as written.

use std::collections::HashMap;

use serde_json::{json, Map, Value as Json};

use crate::fold::partner_key;
use crate::i18n::{n as num, s as text, t, t_args};
use crate::model::Lang;
use crate::pipeline::{Analysis, Service};
use crate::render::OutputFile;
use crate::taxonomy::Kind;

mod text;

/// The project's namespace for UUID v5 identifiers. Never change it: every id depends on it.
pub const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0xd584_04fb_4f55_4894_8b77_2263_3ff2_88cc);

/// HSDS 3.0.0's tabular descriptor, as Open Referral publishes it.
const HSDS_DATAPACKAGE: &str = include_str!("../../assets/hsds/datapackage.json");

/// Services at most in an export, as in the guide page: beyond, `guide.csv` is the
/// directory (a region's million services is a table, not a directory to import).
pub const HSDS_MAX_SERVICES: usize = super::guide::GUIDE_MAX_SERVICES;

/// The id of a stable key.
pub fn id(key: &str) -> String {
    uuid::Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string()
}

/// One HSDS object: its non-empty fields, in the order they are set.
type Record = Vec<(&'static str, String)>;

/// Where each (list, code index) of the taxonomy is among the terms.
type TermIndex = HashMap<(&'static str, usize), usize>;

/// A service and the objects that hang from it.
struct Entry {
    record: Record,
    organization: usize,
    location: Option<usize>,
    at_location: Option<Record>,
    phones: Vec<Record>,
    schedules: Vec<Record>,
    areas: Vec<Record>,
    /// (attribute, index of its term).
    attributes: Vec<(Record, usize)>,
}

/// The whole export, built once, then written as CSVs and as JSON.
struct Directory {
    organizations: Vec<Record>,
    services: Vec<Entry>,
    /// Each location with its address, when the address text could be read.
    locations: Vec<(Record, Option<Record>)>,
    taxonomies: Vec<Record>,
    terms: Vec<Record>,
}

fn get<'r>(r: &'r Record, field: &str) -> Option<&'r str> {
    r.iter().find(|(f, _)| *f == field).map(|(_, v)| v.as_str())
}

/// The taxonomies (domains, needs, publics) and their terms; needs have their domain as
/// parent. Returns the index of each (kind, code index) in the terms.
fn taxonomy(a: &Analysis) -> (Vec<Record>, Vec<Record>, TermIndex) {
    let tax = &a.taxonomy;
    let lang = a.lang;
    let kinds = [
        (Kind::Domaine, t(lang, "guide-hsds-domaines")),
        (Kind::Besoin, t(lang, "guide-hsds-besoins")),
        (Kind::Public, t(lang, "guide-hsds-publics")),
    ];
    // A code found in two lists is written with its list's name, so codes stay unique.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (kind, _) in &kinds {
        for e in tax.list(*kind) {
            *seen.entry(e.code.as_str()).or_default() += 1;
        }
    }
    let (mut taxonomies, mut terms, mut index) = (Vec::new(), Vec::new(), HashMap::new());
    for (kind, title) in &kinds {
        let kind = *kind;
        let tax_id = id(&format!("taxonomy:{}", kind.code()));
        let name = format!("cadastre-{}", kind.code());
        taxonomies.push(vec![
            ("id", tax_id.clone()),
            ("name", name.clone()),
            (
                "description",
                t_args(lang, "guide-hsds-taxonomie", &[("liste", text(title.as_str()))]),
            ),
        ]);
        for (i, e) in tax.list(kind).iter().enumerate() {
            let code = if seen[e.code.as_str()] > 1 {
                format!("{}:{}", kind.code(), e.code)
            } else {
                e.code.clone()
            };
            let mut r: Record = vec![
                ("id", id(&format!("taxonomy_term:{}:{}", kind.code(), e.code))),
                ("code", code),
                ("name", e.label(lang).to_string()),
                (
                    "description",
                    t_args(
                        lang,
                        "guide-hsds-terme",
                        &[("liste", text(title.as_str())), ("libelle", text(e.label(lang)))],
                    ),
                ),
            ];
            if let Some(d) = e.domain.filter(|_| kind == Kind::Besoin) {
                r.push((
                    "parent_id",
                    id(&format!("taxonomy_term:domaine:{}", tax.code(Kind::Domaine, d))),
                ));
            }
            r.push(("taxonomy", name.clone()));
            r.push(("language", language_code(lang).to_string()));
            r.push(("taxonomy_id", tax_id.clone()));
            index.insert((kind.code(), i), terms.len());
            terms.push(r);
        }
    }
    (taxonomies, terms, index)
}

/// The language of the terms, as HSDS writes it (ISO 639-1).
fn language_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
        Lang::Nl => "nl",
    }
}

/// The organization of each partner with a service, by partner id.
fn organizations(a: &Analysis, services: &[&Service]) -> (Vec<Record>, HashMap<u32, usize>) {
    let mut count: std::collections::BTreeMap<u32, usize> = Default::default();
    for s in services {
        *count.entry(s.partner).or_default() += 1;
    }
    let mut index = HashMap::new();
    let mut out = Vec::new();
    for (p, n) in count {
        index.insert(p, out.len());
        let name = a.partners.name(p).to_string();
        let description = t_args(
            a.lang,
            "guide-hsds-organisation",
            &[("nom", text(name.as_str())), ("n", num(n as u64))],
        );
        out.push(vec![
            ("id", id(&format!("organization:{}", a.partners.keys[p as usize]))),
            ("name", name),
            ("description", description),
        ]);
    }
    (out, index)
}

/// The description of a service: its needs, public, territory and capacity, in words.
fn description(a: &Analysis, s: &Service) -> String {
    let t = &a.taxonomy;
    let lang = a.lang;
    let needs: Vec<&str> = s
        .row
        .besoins()
        .map(|b| t.entry(Kind::Besoin, b).label(lang))
        .collect();
    let mut args = vec![
        ("besoins", text(needs.join(", "))),
        ("public", text(t.entry(Kind::Public, s.row.public()).label(lang))),
        (
            "territoire",
            text(t.entry(Kind::Territoire, s.row.territoire()).label(lang)),
        ),
    ];
    match s.row.capacite {
        Some(c) => {
            args.push(("capacite", text(c.to_string())));
            t_args(lang, "guide-hsds-service-capacite", &args)
        }
        None => t_args(lang, "guide-hsds-service", &args),
    }
}

/// Locations are shared by the services of a partner at the same address.
struct Locations {
    list: Vec<(Record, Option<Record>)>,
    index: HashMap<String, usize>,
    /// The language of the provinces' names.
    lang: Lang,
}

impl Locations {
    /// The location of a partner's address text, created on first sight.
    fn of(&mut self, partner: &str, org_id: &str, address: &str) -> usize {
        let key = format!("location:{partner}:{}", partner_key(address));
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let loc_id = id(&key);
        let record = vec![
            ("id", loc_id.clone()),
            ("location_type", "physical".to_string()),
            ("organization_id", org_id.to_string()),
            ("name", address.to_string()),
        ];
        let parsed = text::address(address).map(|p| {
            let mut r: Record = vec![("id", id(&format!("address:{key}"))), ("location_id", loc_id)];
            r.push(("address_1", p.address_1));
            if let Some(x) = p.address_2 {
                r.push(("address_2", x));
            }
            r.push(("city", p.city));
            r.push((
                "state_province",
                t(self.lang, &format!("guide-province-{}", p.province)),
            ));
            r.push(("postal_code", p.postal_code));
            r.push(("country", "BE".to_string()));
            r.push(("address_type", "physical".to_string()));
            r
        });
        self.index.insert(key, self.list.len());
        self.list.push((record, parsed));
        self.list.len() - 1
    }
}

/// A service's own record and the records that hang from it.
fn entry(
    a: &Analysis,
    s: &Service,
    key: &str,
    org: (usize, &str),
    locations: &mut Locations,
    terms: &TermIndex,
    term_ids: &[Record],
) -> Entry {
    let sid = id(key);
    let mut record: Record = vec![
        ("id", sid.clone()),
        ("organization_id", org.1.to_string()),
        ("name", s.row.service().to_string()),
        ("description", description(a, s)),
    ];
    let contact = s.row.contact();
    if let Some(url) = text::url(contact) {
        record.push(("url", url));
    }
    if let Some(mail) = text::email(contact) {
        record.push(("email", mail));
    }
    record.push(("status", "active".to_string()));
    let link = |sub: &str| id(&format!("{sub}:{key}"));
    let phones = text::phones(contact)
        .into_iter()
        .enumerate()
        .map(|(i, (number, kind))| {
            vec![
                ("id", link(&format!("phone:{i}"))),
                ("service_id", sid.clone()),
                ("number", number),
                ("type", kind.to_string()),
            ]
        })
        .collect();
    let schedules = schedule(s.row.horaires(), link("schedule"), &sid);
    let t = &a.taxonomy;
    let areas = vec![vec![
        ("id", link("service_area")),
        ("service_id", sid.clone()),
        (
            "name",
            t.entry(Kind::Territoire, s.row.territoire())
                .label(a.lang)
                .to_string(),
        ),
        (
            "description",
            t_args(
                a.lang,
                "guide-hsds-zone",
                &[("code", text(t.code(Kind::Territoire, s.row.territoire())))],
            ),
        ),
    ]];
    let (location, at_location) = match s.row.adresse() {
        "" => (None, None),
        address => {
            let l = locations.of(&a.partners.keys[s.partner as usize], org.1, address);
            let lid = locations.list[l].0[0].1.clone();
            (
                Some(l),
                Some(vec![
                    ("id", link("service_at_location")),
                    ("service_id", sid.clone()),
                    ("location_id", lid),
                ]),
            )
        }
    };
    let mut attributes = Vec::new();
    let tagged = s
        .row
        .besoins()
        .map(|b| ("besoin", b))
        .chain([("public", s.row.public())]);
    for (kind, i) in tagged {
        let Some(&term) = terms.get(&(kind, i)) else {
            continue;
        };
        let code = t.code(
            if kind == "besoin" {
                Kind::Besoin
            } else {
                Kind::Public
            },
            i,
        );
        attributes.push((
            vec![
                ("id", link(&format!("attribute:{kind}:{code}"))),
                ("link_id", sid.clone()),
                ("taxonomy_term_id", term_ids[term][0].1.clone()),
                ("link_type", kind.to_string()),
                ("link_entity", "service".to_string()),
            ],
            term,
        ));
    }
    Entry {
        record,
        organization: org.0,
        location,
        at_location,
        phones,
        schedules,
        areas,
        attributes,
    }
}

/// The schedule of a service's opening-hours text: weekly days and hours when they can be
/// read ("lun-ven 9h-12h"), the text itself as the description always.
fn schedule(hours: &str, sched_id: String, sid: &str) -> Vec<Record> {
    if hours.is_empty() {
        return Vec::new();
    }
    let mut r: Record = vec![("id", sched_id), ("service_id", sid.to_string())];
    if let Some(w) = text::weekly(hours) {
        r.push(("freq", "WEEKLY".to_string()));
        r.push(("byday", w.days.join(",")));
        if let Some((open, close)) = w.hours {
            r.push(("opens_at", open));
            r.push(("closes_at", close));
        }
    }
    r.push(("description", hours.to_string()));
    vec![r]
}

/// Builds the directory from the guide's services, in guide order.
fn directory(a: &Analysis) -> Directory {
    let services = super::guide::ordered(a);
    let (organizations, org_index) = organizations(a, &services);
    let (taxonomies, terms, term_index) = taxonomy(a);
    let mut locations = Locations {
        list: Vec::new(),
        index: HashMap::new(),
        lang: a.lang,
    };
    let mut keys: HashMap<String, usize> = HashMap::new();
    let mut entries = Vec::with_capacity(services.len());
    for s in services {
        let pkey = &a.partners.keys[s.partner as usize];
        let base = format!("service:{pkey}:{}", partner_key(s.row.service()));
        // A partner's second service of the same name gets `#2`, and so on.
        let n = keys.entry(base.clone()).or_default();
        *n += 1;
        let key = if *n == 1 { base } else { format!("{base}#{n}") };
        let o = org_index.get(&s.partner).copied().unwrap_or(0);
        let org_id = organizations[o][0].1.clone();
        entries.push(entry(
            a,
            s,
            &key,
            (o, &org_id),
            &mut locations,
            &term_index,
            &terms,
        ));
    }
    Directory {
        organizations,
        services: entries,
        locations: locations.list,
        taxonomies,
        terms,
    }
}

fn object(r: &Record) -> Map<String, Json> {
    r.iter()
        .map(|(f, v)| (f.to_string(), Json::String(v.clone())))
        .collect()
}

/// One service of `services.json`, with everything that hangs from it.
fn service_json(d: &Directory, e: &Entry) -> Json {
    let mut o = object(&e.record);
    o.insert(
        "organization".into(),
        Json::Object(object(&d.organizations[e.organization])),
    );
    let mut at = Vec::new();
    if let (Some(sal), Some(l)) = (&e.at_location, e.location) {
        let (loc, address) = &d.locations[l];
        let mut location = object(loc);
        location.insert(
            "addresses".into(),
            Json::Array(address.iter().map(|a| Json::Object(object(a))).collect()),
        );
        let mut sal = object(sal);
        sal.insert("location".into(), Json::Object(location));
        at.push(Json::Object(sal));
    }
    o.insert("service_at_locations".into(), Json::Array(at));
    let list = |rs: &[Record]| Json::Array(rs.iter().map(|r| Json::Object(object(r))).collect());
    o.insert("phones".into(), list(&e.phones));
    o.insert("schedules".into(), list(&e.schedules));
    o.insert("service_areas".into(), list(&e.areas));
    let attributes = e.attributes.iter().map(|(r, term)| {
        let mut term_o = object(&d.terms[*term]);
        let tax = get(&d.terms[*term], "taxonomy_id")
            .and_then(|tid| d.taxonomies.iter().find(|t| get(t, "id") == Some(tid)));
        if let Some(t) = tax {
            term_o.insert("taxonomy_detail".into(), Json::Object(object(t)));
        }
        let mut a = object(r);
        a.insert("taxonomy_term".into(), Json::Object(term_o));
        Json::Object(a)
    });
    o.insert("attributes".into(), Json::Array(attributes.collect()));
    Json::Object(o)
}

/// The HSDS resources written, by their HSDS name, with their records.
fn tables(d: &Directory) -> Vec<(&'static str, Vec<&Record>)> {
    let each = |f: fn(&Entry) -> Vec<&Record>| d.services.iter().flat_map(f).collect::<Vec<_>>();
    vec![
        ("organization", d.organizations.iter().collect()),
        ("service", each(|e| vec![&e.record])),
        ("location", d.locations.iter().map(|(l, _)| l).collect()),
        (
            "address",
            d.locations.iter().filter_map(|(_, a)| a.as_ref()).collect(),
        ),
        ("service_at_location", each(|e| e.at_location.iter().collect())),
        ("phone", each(|e| e.phones.iter().collect())),
        ("schedule", each(|e| e.schedules.iter().collect())),
        ("service_area", each(|e| e.areas.iter().collect())),
        ("taxonomy", d.taxonomies.iter().collect()),
        ("taxonomy_term", d.terms.iter().collect()),
        (
            "attribute",
            each(|e| e.attributes.iter().map(|(r, _)| r).collect()),
        ),
    ]
}

/// HSDS's descriptor of a resource, with only the foreign keys to resources written.
fn resource(spec: &Json, name: &str, written: &[&str]) -> Option<Json> {
    let mut r = spec["resources"]
        .as_array()?
        .iter()
        .find(|r| r["name"] == name)?
        .clone();
    if let Some(fks) = r["schema"].get_mut("foreignKeys").and_then(Json::as_array_mut) {
        fks.retain(|fk| {
            fk["reference"]["resource"]
                .as_str()
                .is_some_and(|t| written.contains(&t))
        });
    }
    Some(r)
}

/// One table as CSV, its columns in HSDS's order, partner text safe for spreadsheets.
fn csv(fields: &[String], records: &[&Record]) -> Vec<u8> {
    let mut out = Vec::new();
    super::csv::record(&mut out, fields.iter().map(String::as_str));
    for r in records {
        let cells: Vec<std::borrow::Cow<str>> = fields
            .iter()
            .map(|f| get(r, f).map_or("".into(), crate::sanitize::spreadsheet_safe))
            .collect();
        super::csv::record(&mut out, cells.iter().map(|c| c.as_ref()));
    }
    out
}

fn pretty(v: &Json) -> anyhow::Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(v)?;
    out.push(b'\n');
    Ok(out)
}

/// The files of the export, under `hsds/`: the CSVs, their `datapackage.json`, and
/// `services.json`. Over [`HSDS_MAX_SERVICES`] services, a note says to use `guide.csv`.
pub fn files(a: &Analysis) -> anyhow::Result<Vec<OutputFile>> {
    if a.services.len() > HSDS_MAX_SERVICES {
        let note = t_args(
            a.lang,
            "guide-hsds-trop-grand",
            &[("max", text(HSDS_MAX_SERVICES.to_string()))],
        ) + "\n";
        return Ok(vec![("hsds/LISEZMOI.txt".into(), note.into_bytes())]);
    }
    let spec: Json = serde_json::from_str(HSDS_DATAPACKAGE)?;
    let d = directory(a);
    let tables = tables(&d);
    let written: Vec<&str> = tables.iter().map(|(n, _)| *n).collect();
    let mut out = Vec::new();
    let mut resources = Vec::new();
    for (name, records) in &tables {
        let r = resource(&spec, name, &written)
            .ok_or_else(|| anyhow::anyhow!("HSDS: ressource {name} inconnue"))?;
        let fields: Vec<String> = r["schema"]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["name"].as_str().map(String::from))
            .collect();
        let path = r["path"].as_str().unwrap_or_default().to_string();
        out.push((format!("hsds/{path}"), csv(&fields, records)));
        resources.push(r);
    }
    let package = json!({
        "profile": "tabular-data-package",
        "name": "cadastre-hsds",
        "title": t_args(a.lang, "guide-hsds-titre", &[("periode", text(a.period.to_string()))]),
        "description": "Human Services Data Specification (HSDS) 3.0.0, Open Referral: https://docs.openreferral.org", // not words: the standard's name and address
        "version": "3.0.0",
        "resources": resources,
    });
    out.push(("hsds/datapackage.json".into(), pretty(&package)?));
    let services: Vec<Json> = d.services.iter().map(|e| service_json(&d, e)).collect();
    out.push(("hsds/services.json".into(), pretty(&Json::Array(services))?));
    Ok(out)
}
