//! The matching rules of SPEC "Volunteers": which volunteers are candidates for a mission,
//! in which order, and why, in words. A stage of its own: pure functions, no I/O, each
//! rule its own function. Uses [`crate::volunteers`] and [`crate::taxonomy`] only (and the
//! catalogs for the reason's words).

use std::cmp::Ordering;

use crate::i18n::{s, t_args};
use crate::model::Lang;
use crate::taxonomy::{Kind, Taxonomy};
use crate::volunteers::slots::shared;
use crate::volunteers::{Mission, Slot, Volunteer};

/// A volunteer who may take a mission, with what ranks them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Index into the slice given to [`rank`].
    pub volunteer: usize,
    /// The slots both sides gave, week order (empty when either side gave none).
    pub shared: Vec<Slot>,
    /// Rule 2: the volunteer names the mission's section (always, for a mission on the
    /// whole commune).
    pub names_territory: bool,
    /// Rule 3: the volunteer names the mission's public (always, for a mission without a
    /// public or for `tous`).
    pub names_public: bool,
}

/// Condition 1: the mission's need is among the volunteer's.
pub fn offers_need(v: &Volunteer, m: &Mission) -> bool {
    v.needs.contains(&m.need)
}

/// Condition 2: the volunteer goes where the mission is (its section, or anywhere).
pub fn reaches_territory(v: &Volunteer, m: &Mission, tax: &Taxonomy) -> bool {
    m.territory == tax.commune
        || v.territories
            .iter()
            .any(|t| *t == m.territory || *t == tax.commune)
}

/// Condition 3: the volunteer accepts the mission's public.
pub fn accepts_public(v: &Volunteer, m: &Mission, tax: &Taxonomy) -> bool {
    match m.public {
        None => true,
        Some(p) if p == tax.tous => true,
        Some(p) => v.publics.is_empty() || v.publics.iter().any(|q| *q == tax.tous || *q == p),
    }
}

/// Condition 4: one side said nothing of its slots, or they share one.
pub fn fits_slots(v: &Volunteer, m: &Mission) -> bool {
    v.slots.is_empty() || m.slots.is_empty() || !shared(&v.slots, &m.slots).is_empty()
}

/// Whether `v` is a candidate for `m`: the four conditions of SPEC.
pub fn is_candidate(v: &Volunteer, m: &Mission, tax: &Taxonomy) -> bool {
    offers_need(v, m) && reaches_territory(v, m, tax) && accepts_public(v, m, tax) && fits_slots(v, m)
}

/// Rule 2's test: the volunteer names the mission's section itself.
pub fn names_territory(v: &Volunteer, m: &Mission, tax: &Taxonomy) -> bool {
    m.territory == tax.commune || v.territories.contains(&m.territory)
}

/// Rule 3's test: the volunteer names the mission's public itself.
pub fn names_public(v: &Volunteer, m: &Mission, tax: &Taxonomy) -> bool {
    match m.public {
        None => true,
        Some(p) if p == tax.tous => true,
        Some(p) => v.publics.contains(&p),
    }
}

/// A candidate with what the rules compare.
fn candidate(index: usize, v: &Volunteer, m: &Mission, tax: &Taxonomy) -> Candidate {
    Candidate {
        volunteer: index,
        shared: shared(&v.slots, &m.slots),
        names_territory: names_territory(v, m, tax),
        names_public: names_public(v, m, tax),
    }
}

/// Rule 1: more shared slots first.
pub fn by_shared_slots(a: &Candidate, b: &Candidate) -> Ordering {
    b.shared.len().cmp(&a.shared.len())
}

/// Rule 2: the section named before the section reached through `commune`.
pub fn by_territory(a: &Candidate, b: &Candidate) -> Ordering {
    b.names_territory.cmp(&a.names_territory)
}

/// Rule 3: the public named before the public accepted through empty or `tous`.
pub fn by_public(a: &Candidate, b: &Candidate) -> Ordering {
    b.names_public.cmp(&a.names_public)
}

/// Rule 4: the folded name, in code-point order.
pub fn by_name(a: &Volunteer, b: &Volunteer) -> Ordering {
    a.key.cmp(&b.key)
}

/// Rule 5: the e-mail address, then the telephone, as written.
pub fn by_contact(a: &Volunteer, b: &Volunteer) -> Ordering {
    a.email.cmp(&b.email).then_with(|| a.phone.cmp(&b.phone))
}

/// The five rules in turn.
fn compare(a: &Candidate, b: &Candidate, volunteers: &[Volunteer]) -> Ordering {
    let (va, vb) = (&volunteers[a.volunteer], &volunteers[b.volunteer]);
    by_shared_slots(a, b)
        .then_with(|| by_territory(a, b))
        .then_with(|| by_public(a, b))
        .then_with(|| by_name(va, vb))
        .then_with(|| by_contact(va, vb))
        .then_with(|| a.volunteer.cmp(&b.volunteer))
}

/// Every candidate of `m`, best first (rules 1–5 of SPEC).
pub fn rank(volunteers: &[Volunteer], m: &Mission, tax: &Taxonomy) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = volunteers
        .iter()
        .enumerate()
        .filter(|(_, v)| is_candidate(v, m, tax))
        .map(|(i, v)| candidate(i, v, m, tax))
        .collect();
    out.sort_by(|a, b| compare(a, b, volunteers));
    out
}

/// The reason in words, from the catalog: "propose mardi après-midi, habite Oleye".
pub fn reason(c: &Candidate, v: &Volunteer, m: &Mission, tax: &Taxonomy, lang: Lang) -> String {
    let mut parts = Vec::new();
    if !c.shared.is_empty() {
        let slots: Vec<String> = c.shared.iter().map(|s| s.label(lang)).collect();
        parts.push(t_args(
            lang,
            "benevoles-raison-creneaux",
            &[("creneaux", s(slots.join(", ")))],
        ));
    } else if v.slots.is_empty() {
        parts.push(crate::i18n::t(lang, "benevoles-raison-sans-disponibilites"));
    } else {
        parts.push(crate::i18n::t(lang, "benevoles-raison-sans-creneaux"));
    }
    if m.territory != tax.commune {
        let place = tax.entry(Kind::Territoire, m.territory).label(lang).to_string();
        let id = if c.names_territory {
            "benevoles-raison-territoire"
        } else {
            "benevoles-raison-commune"
        };
        parts.push(t_args(lang, id, &[("territoire", s(place))]));
    }
    if let Some(p) = m.public.filter(|p| *p != tax.tous && c.names_public) {
        let public = tax.entry(Kind::Public, p).label(lang).to_string();
        parts.push(t_args(lang, "benevoles-raison-public", &[("public", s(public))]));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests;
