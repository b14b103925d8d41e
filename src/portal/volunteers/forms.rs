//! What the volunteer's form and the mission's form show: the taxonomy's needs in plain
//! words grouped by domain, the sections, the publics, the week grid of slots, each box
//! checked as the person last gave it (a refused form keeps what was typed).

use crate::i18n::word;
use crate::model::Lang;
use crate::taxonomy::{Kind, Taxonomy};
use crate::volunteers::Slot;

use super::store::{MissionRow, VolunteerRow};
use super::Problem;

/// One box to tick, or one option to choose.
pub struct Choice {
    pub code: String,
    pub label: String,
    /// The need in plain words, under its label (empty for the other lists).
    pub hint: String,
    pub checked: bool,
}

/// The needs of one domain.
pub struct Group {
    pub legend: String,
    pub choices: Vec<Choice>,
}

/// One day of the week grid: its name and its three parts.
pub struct GridRow {
    pub day: String,
    pub cells: Vec<Choice>,
}

/// What was given, as codes: from a posted form or from the store.
#[derive(Default)]
pub struct Given {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub comment: String,
    pub needs: Vec<String>,
    pub territories: Vec<String>,
    pub publics: Vec<String>,
    pub slots: Vec<String>,
    pub consent: bool,
    /// The mission's fields.
    pub title: String,
    pub count: String,
}

fn split(stored: &str) -> Vec<String> {
    stored
        .split('|')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

impl Given {
    /// What a posted form holds (every value of a repeated field).
    pub fn posted(fields: &[(String, String)]) -> Given {
        let all = |name: &str| -> Vec<String> {
            fields
                .iter()
                .filter(|(n, _)| n == name)
                .flat_map(|(_, v)| v.split('|').map(|c| c.trim().to_string()))
                .filter(|c| !c.is_empty())
                .collect()
        };
        let one = |name: &str| super::field(fields, name).unwrap_or("").to_string();
        let mut needs = all("besoins");
        needs.extend(all("besoin"));
        let mut territories = all("territoires");
        territories.extend(all("territoire"));
        let mut publics = all("publics");
        publics.extend(all("public"));
        let mut slots = all("disponibilites");
        slots.extend(all("creneaux"));
        Given {
            name: one("benevole"),
            email: one("courriel"),
            phone: one("telephone"),
            comment: one("commentaire"),
            needs,
            territories,
            publics,
            slots,
            consent: super::field(fields, "consentement").is_some_and(is_yes),
            title: one("mission"),
            count: one("nombre"),
        }
    }

    /// What a volunteer gave, as stored.
    pub fn stored(v: &VolunteerRow) -> Given {
        Given {
            name: v.nom.clone(),
            email: v.courriel.clone(),
            phone: v.telephone.clone(),
            comment: v.commentaire.clone(),
            needs: split(&v.besoins),
            territories: split(&v.territoires),
            publics: split(&v.publics),
            slots: split(&v.disponibilites),
            consent: true,
            ..Given::default()
        }
    }
}

/// The consent as SPEC writes it: `consentement=oui`.
pub fn is_yes(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case("oui")
}

/// The volunteer's form.
pub struct VolunteerForm {
    pub action: String,
    pub given: Given,
    pub needs: Vec<Group>,
    pub territories: Vec<Choice>,
    pub publics: Vec<Choice>,
    pub parts: Vec<String>,
    pub grid: Vec<GridRow>,
    pub problems: Vec<Problem>,
    /// The registration asks for the consent; the volunteer's own page does not.
    pub ask_consent: bool,
}

/// The association's mission form.
pub struct MissionForm {
    pub action: String,
    pub given: Given,
    pub needs: Vec<Group>,
    pub territories: Vec<Choice>,
    pub publics: Vec<Choice>,
    pub parts: Vec<String>,
    pub grid: Vec<GridRow>,
    pub problems: Vec<Problem>,
}

fn matches(tax: &Taxonomy, kind: Kind, index: usize, given: &[String]) -> bool {
    given.iter().any(|g| tax.resolve(kind, g) == Some(index))
}

/// The needs, grouped by domain in taxonomy order, each with its plain words.
pub fn need_groups(tax: &Taxonomy, lang: Lang, given: &[String]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for (d, domain) in tax.list(Kind::Domaine).iter().enumerate() {
        let choices: Vec<Choice> = tax
            .list(Kind::Besoin)
            .iter()
            .enumerate()
            .filter(|(i, _)| tax.domain_of(*i) == d)
            .map(|(i, e)| Choice {
                code: e.code.clone(),
                label: e.label(lang).to_string(),
                hint: word(lang, &format!("pb-offre-{}", e.code))
                    .unwrap_or("")
                    .to_string(),
                checked: matches(tax, Kind::Besoin, i, given),
            })
            .collect();
        if !choices.is_empty() {
            groups.push(Group {
                legend: domain.label(lang).to_string(),
                choices,
            });
        }
    }
    groups
}

/// The entries of a list; `tous` left out where an empty choice already means any public.
fn choices(tax: &Taxonomy, lang: Lang, kind: Kind, given: &[String], skip: Option<usize>) -> Vec<Choice> {
    tax.list(kind)
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != skip)
        .map(|(i, e)| Choice {
            code: e.code.clone(),
            label: e.label(lang).to_string(),
            hint: String::new(),
            checked: matches(tax, kind, i, given),
        })
        .collect()
}

/// The names of the parts of the day, the grid's columns.
pub fn part_names(lang: Lang) -> Vec<String> {
    Slot::ALL[..3]
        .iter()
        .map(|s| {
            let part = s.code().split_once('-').map_or("", |(_, p)| p);
            crate::i18n::t(lang, &format!("pb-partie-{part}"))
        })
        .collect()
}

/// The week grid: one row a day, one box a part of the day, labelled in full ("mardi
/// après-midi") for a screen reader.
pub fn week_grid(lang: Lang, given: &[String]) -> Vec<GridRow> {
    let chosen: Vec<Slot> = given
        .iter()
        .filter_map(|g| crate::volunteers::slots::parse_slot(g))
        .collect();
    Slot::ALL
        .chunks(3)
        .map(|day| {
            let code = day[0].code().split_once('-').map_or("", |(d, _)| d);
            GridRow {
                day: crate::i18n::t(lang, &format!("pb-jour-{code}")),
                cells: day
                    .iter()
                    .map(|s| Choice {
                        code: s.code().to_string(),
                        label: s.label(lang),
                        hint: String::new(),
                        checked: chosen.contains(s),
                    })
                    .collect(),
            }
        })
        .collect()
}

impl VolunteerForm {
    pub fn new(
        tax: &Taxonomy,
        lang: Lang,
        action: String,
        given: Given,
        problems: Vec<Problem>,
    ) -> VolunteerForm {
        VolunteerForm {
            action,
            needs: need_groups(tax, lang, &given.needs),
            territories: choices(tax, lang, Kind::Territoire, &given.territories, None),
            publics: choices(tax, lang, Kind::Public, &given.publics, Some(tax.tous)),
            parts: part_names(lang),
            grid: week_grid(lang, &given.slots),
            problems,
            ask_consent: true,
            given,
        }
    }
}

impl MissionForm {
    pub fn new(
        tax: &Taxonomy,
        lang: Lang,
        action: String,
        given: Given,
        problems: Vec<Problem>,
    ) -> MissionForm {
        let mut given = given;
        if given.count.is_empty() {
            given.count = "1".to_string();
        }
        MissionForm {
            action,
            needs: need_groups(tax, lang, &given.needs),
            territories: choices(tax, lang, Kind::Territoire, &given.territories, None),
            publics: choices(tax, lang, Kind::Public, &given.publics, Some(tax.tous)),
            parts: part_names(lang),
            grid: week_grid(lang, &given.slots),
            problems,
            given,
        }
    }
}

/// A list of stored codes in words: "Taxi social, Isolement".
pub fn labels(tax: &Taxonomy, lang: Lang, kind: Kind, stored: &str) -> String {
    stored
        .split('|')
        .filter(|c| !c.is_empty())
        .map(|c| match tax.resolve(kind, c) {
            Some(i) => tax.entry(kind, i).label(lang).to_string(),
            None => c.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Stored slot codes in words: "mardi après-midi, jeudi matin".
pub fn slot_labels(lang: Lang, stored: &str) -> String {
    stored
        .split('|')
        .filter_map(crate::volunteers::slots::parse_slot)
        .map(|s| s.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A mission in words: its need, public, place and slots.
pub struct MissionWords {
    pub need: String,
    pub public: String,
    pub territory: String,
    pub slots: String,
}

impl MissionWords {
    pub fn of(m: &MissionRow, tax: &Taxonomy, lang: Lang) -> MissionWords {
        MissionWords {
            need: labels(tax, lang, Kind::Besoin, &m.besoin),
            public: labels(tax, lang, Kind::Public, &m.public),
            territory: labels(tax, lang, Kind::Territoire, &m.territoire),
            slots: slot_labels(lang, &m.creneaux),
        }
    }
}
