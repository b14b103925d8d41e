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

/// `analyse --benevoles`: how many volunteers would be candidates for a mission on the need
/// cell (`need`, `public`, `territory`) with no slots given.
pub fn cell_candidates(
    volunteers: &[Volunteer],
    need: usize,
    public: usize,
    territory: usize,
    tax: &Taxonomy,
) -> u64 {
    let m = Mission {
        partner: String::new(),
        title: String::new(),
        need,
        public: Some(public),
        territory,
        slots: Vec::new(),
        count: 1,
    };
    volunteers.iter().filter(|v| is_candidate(v, &m, tax)).count() as u64
}

/// `analyse --benevoles`: whether a mission is open on a need cell: the cell's besoin and
/// territoire, and the cell's public, no public or `tous`.
pub fn mission_on_cell(m: &Mission, need: usize, public: usize, territory: usize, tax: &Taxonomy) -> bool {
    m.need == need && m.territory == territory && m.public.is_none_or(|p| p == public || p == tax.tous)
}

/// What the council brings to the need cells `cells` (besoin, public, territoire), in
/// their order: counts only.
pub fn gap_help(
    volunteers: &[Volunteer],
    missions: &[Mission],
    cells: &[(usize, usize, usize)],
    tax: &Taxonomy,
) -> crate::volunteers::GapHelp {
    let counts = cells
        .iter()
        .map(|&(b, p, t)| {
            let open = missions
                .iter()
                .filter(|m| mission_on_cell(m, b, p, t, tax))
                .count() as u64;
            (cell_candidates(volunteers, b, p, t, tax), open)
        })
        .collect();
    crate::volunteers::GapHelp {
        volunteers: volunteers.len() as u64,
        cells: counts,
        missions: missions.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    // The matching rules case by case: each candidate condition and each ranking rule decides
    // at least one test; then a property test against a naive reading of SPEC.
    use super::*;
    use crate::volunteers::parse_slot;
    use proptest::prelude::*;

    fn tax() -> Taxonomy {
        Taxonomy::default_embedded()
    }

    fn idx(t: &Taxonomy, kind: Kind, code: &str) -> usize {
        t.resolve(kind, code).unwrap()
    }

    fn slots(codes: &[&str]) -> Vec<Slot> {
        let mut v: Vec<Slot> = codes.iter().map(|c| parse_slot(c).unwrap()).collect();
        v.sort();
        v
    }

    /// A volunteer offering the social taxi anywhere, to anyone, without slots.
    fn vol(t: &Taxonomy, name: &str) -> Volunteer {
        Volunteer {
            name: name.to_string(),
            key: crate::fold::partner_key(name),
            email: String::new(),
            phone: "0470 00 00 00".to_string(),
            needs: vec![idx(t, Kind::Besoin, "taxi-social")],
            territories: vec![t.commune],
            publics: vec![],
            slots: vec![],
            comment: String::new(),
        }
    }

    /// A mission for the social taxi in Oleye, for older people, on Tuesday afternoon.
    fn mission(t: &Taxonomy) -> Mission {
        Mission {
            partner: "CPAS de Waremme".to_string(),
            title: "Chauffeur".to_string(),
            need: idx(t, Kind::Besoin, "taxi-social"),
            public: Some(idx(t, Kind::Public, "aines")),
            territory: idx(t, Kind::Territoire, "oleye"),
            slots: slots(&["mar-apres-midi"]),
            count: 1,
        }
    }

    fn names(vs: &[Volunteer], m: &Mission, t: &Taxonomy) -> Vec<String> {
        rank(vs, m, t)
            .iter()
            .map(|c| vs[c.volunteer].name.clone())
            .collect()
    }

    #[test]
    fn condition_1_the_need_must_be_offered() {
        let t = tax();
        let m = mission(&t);
        let mut v = vol(&t, "Anne");
        assert!(is_candidate(&v, &m, &t));
        v.needs = vec![idx(&t, Kind::Besoin, "visites-domicile")];
        assert!(!is_candidate(&v, &m, &t));
        v.needs.push(idx(&t, Kind::Besoin, "taxi-social"));
        v.needs.sort();
        assert!(is_candidate(&v, &m, &t));
    }

    #[test]
    fn condition_2_the_section_must_be_reached() {
        let t = tax();
        let mut m = mission(&t);
        let mut v = vol(&t, "Anne");
        v.territories = vec![idx(&t, Kind::Territoire, "bleret")];
        assert!(!is_candidate(&v, &m, &t), "Bleret only, mission in Oleye");
        v.territories.push(idx(&t, Kind::Territoire, "oleye"));
        assert!(is_candidate(&v, &m, &t), "names Oleye");
        v.territories = vec![idx(&t, Kind::Territoire, "bleret"), t.commune];
        assert!(is_candidate(&v, &m, &t), "commune covers Oleye");
        v.territories = vec![idx(&t, Kind::Territoire, "bleret")];
        m.territory = t.commune;
        assert!(
            is_candidate(&v, &m, &t),
            "a mission on the whole commune takes anyone"
        );
    }

    #[test]
    fn condition_3_the_public_must_be_accepted() {
        let t = tax();
        let mut m = mission(&t);
        let mut v = vol(&t, "Anne");
        v.publics = vec![idx(&t, Kind::Public, "jeunes")];
        assert!(
            !is_candidate(&v, &m, &t),
            "young people only, mission for older people"
        );
        v.publics = vec![idx(&t, Kind::Public, "jeunes"), t.tous];
        assert!(is_candidate(&v, &m, &t), "tous");
        v.publics = vec![];
        assert!(is_candidate(&v, &m, &t), "empty = any");
        v.publics = vec![idx(&t, Kind::Public, "jeunes")];
        m.public = None;
        assert!(is_candidate(&v, &m, &t), "a mission without a public");
        m.public = Some(t.tous);
        assert!(is_candidate(&v, &m, &t), "a mission for everyone");
    }

    #[test]
    fn condition_4_slots_must_meet_when_both_are_given() {
        let t = tax();
        let mut m = mission(&t);
        let mut v = vol(&t, "Anne");
        v.slots = slots(&["mar-matin", "jeu-apres-midi"]);
        assert!(!is_candidate(&v, &m, &t), "no shared slot");
        v.slots = slots(&["mar-matin", "mar-apres-midi"]);
        assert!(is_candidate(&v, &m, &t), "Tuesday afternoon shared");
        v.slots = vec![];
        assert!(is_candidate(&v, &m, &t), "the volunteer said nothing");
        v.slots = slots(&["mar-matin"]);
        m.slots = vec![];
        assert!(is_candidate(&v, &m, &t), "the mission said nothing");
    }

    #[test]
    fn rule_1_more_shared_slots_first() {
        let t = tax();
        let mut m = mission(&t);
        m.slots = slots(&["mar-apres-midi", "jeu-apres-midi", "ven-matin"]);
        let mut a = vol(&t, "Anne");
        a.slots = slots(&["mar-apres-midi"]);
        let mut z = vol(&t, "Zoé");
        z.slots = slots(&["mar-apres-midi", "ven-matin", "dim-soir"]);
        let none = vol(&t, "Bruno");
        // Zoé shares two, Anne one, Bruno none (said nothing): against the names' order.
        assert_eq!(names(&[a, none, z], &m, &t), ["Zoé", "Anne", "Bruno"]);
        let c = rank(&[vol(&t, "X")], &m, &t);
        assert!(c[0].shared.is_empty());
    }

    #[test]
    fn rule_2_the_section_named_before_commune() {
        let t = tax();
        let m = mission(&t);
        let a = vol(&t, "Anne"); // commune
        let mut z = vol(&t, "Zoé");
        z.territories = vec![idx(&t, Kind::Territoire, "oleye")];
        assert_eq!(names(&[a.clone(), z.clone()], &m, &t), ["Zoé", "Anne"]);
        // A mission on the whole commune: both name it, the name decides.
        let mut mc = mission(&t);
        mc.territory = t.commune;
        assert_eq!(names(&[z, a], &mc, &t), ["Anne", "Zoé"]);
    }

    #[test]
    fn rule_3_the_public_named_before_any() {
        let t = tax();
        let m = mission(&t);
        let mut a = vol(&t, "Anne");
        a.publics = vec![t.tous];
        let mut z = vol(&t, "Zoé");
        z.publics = vec![idx(&t, Kind::Public, "aines")];
        let b = vol(&t, "Bruno"); // empty = any
        assert_eq!(
            names(&[a.clone(), b.clone(), z.clone()], &m, &t),
            ["Zoé", "Anne", "Bruno"]
        );
        let mut none = mission(&t);
        none.public = None;
        assert_eq!(names(&[z, b, a], &none, &t), ["Anne", "Bruno", "Zoé"]);
    }

    #[test]
    fn rule_2_comes_before_rule_3_and_rule_1_before_both() {
        let t = tax();
        let m = mission(&t);
        let mut sect = vol(&t, "Zoé");
        sect.territories = vec![idx(&t, Kind::Territoire, "oleye")];
        let mut public = vol(&t, "Yves");
        public.publics = vec![idx(&t, Kind::Public, "aines")];
        let mut slot = vol(&t, "Xavier");
        slot.slots = slots(&["mar-apres-midi"]);
        assert_eq!(names(&[public, sect, slot], &m, &t), ["Xavier", "Zoé", "Yves"]);
    }

    #[test]
    fn rule_4_the_folded_name_in_code_point_order() {
        let t = tax();
        let m = mission(&t);
        let vs = [
            "émile Dupont",
            "Anne d'Oleye",
            "Anne de Bleret",
            "  ZOÉ  martin",
            "bruno",
        ]
        .map(|n| vol(&t, n));
        // Folded: "emile dupont", "anne d'oleye", "anne de bleret", "zoe martin", "bruno";
        // `'` (U+0027) comes before `e`.
        assert_eq!(
            names(&vs, &m, &t),
            [
                "Anne d'Oleye",
                "Anne de Bleret",
                "bruno",
                "émile Dupont",
                "  ZOÉ  martin"
            ]
        );
    }

    #[test]
    fn rule_5_the_email_then_the_phone() {
        let t = tax();
        let m = mission(&t);
        let mut a = vol(&t, "Anne Leroy");
        a.email = "b@example.org".into();
        let mut b = vol(&t, "anne leroy");
        b.email = "a@example.org".into();
        let mut c = vol(&t, "ANNE LEROY");
        c.email = "a@example.org".into();
        c.phone = "0470 00 00 01".into();
        let mut d = vol(&t, "Anne Leroy");
        d.phone = "0499 00 00 00".into();
        // Empty e-mail first (as written: "" < anything), then a@ with the lower phone.
        let got: Vec<usize> = rank(&[a, b, c, d], &m, &t).iter().map(|c| c.volunteer).collect();
        assert_eq!(got, [3, 1, 2, 0]);
    }

    #[test]
    fn the_reason_says_why_in_words() {
        let t = tax();
        let m = mission(&t);
        let mut v = vol(&t, "Anne");
        v.territories = vec![idx(&t, Kind::Territoire, "oleye")];
        v.slots = slots(&["mar-apres-midi", "jeu-matin"]);
        let c = &rank(std::slice::from_ref(&v), &m, &t)[0];
        assert_eq!(
            reason(c, &v, &m, &t, Lang::Fr),
            "propose mardi après-midi, habite Oleye"
        );
        assert_eq!(
            reason(c, &v, &m, &t, Lang::En),
            "offers Tuesday afternoon, lives in Oleye"
        );
        assert_eq!(
            reason(c, &v, &m, &t, Lang::Nl),
            "biedt dinsdagnamiddag aan, woont in Oleye"
        );
        v.publics = vec![idx(&t, Kind::Public, "aines")];
        v.territories = vec![t.commune];
        v.slots = vec![];
        let c = &rank(std::slice::from_ref(&v), &m, &t)[0];
        assert_eq!(
            reason(c, &v, &m, &t, Lang::Fr),
            "disponibilités non précisées, se déplace dans toute la commune, Oleye compris, choisit le public Aînés"
        );
        let mut open = mission(&t);
        open.slots = vec![];
        v.slots = slots(&["lun-matin"]);
        let c = &rank(std::slice::from_ref(&v), &open, &t)[0];
        assert!(reason(c, &v, &open, &t, Lang::Fr).starts_with("créneaux de la mission à convenir"));
    }

    /// SPEC read literally, one volunteer at a time, to compare `rank` with.
    fn naive_candidate(v: &Volunteer, m: &Mission, t: &Taxonomy) -> bool {
        let need = v.needs.contains(&m.need);
        let place = m.territory == t.commune
            || v.territories.contains(&m.territory)
            || v.territories.contains(&t.commune);
        let public = match m.public {
            None => true,
            Some(p) => {
                p == t.tous || v.publics.is_empty() || v.publics.contains(&t.tous) || v.publics.contains(&p)
            }
        };
        let slot = v.slots.is_empty() || m.slots.is_empty() || v.slots.iter().any(|s| m.slots.contains(s));
        need && place && public && slot
    }

    fn naive_key(v: &Volunteer, m: &Mission, t: &Taxonomy) -> (usize, u8, u8, String, String, String) {
        let shared = v.slots.iter().filter(|s| m.slots.contains(s)).count();
        let terr = u8::from(!(m.territory == t.commune || v.territories.contains(&m.territory)));
        let publ = u8::from(!matches!(m.public, Some(p) if p != t.tous && !v.publics.contains(&p)));
        (
            usize::MAX - shared,
            terr,
            1 - publ,
            v.key.clone(),
            v.email.clone(),
            v.phone.clone(),
        )
    }

    fn arb_volunteer() -> impl Strategy<Value = Volunteer> {
        (
            prop::sample::subsequence((0..25usize).collect::<Vec<_>>(), 0..4),
            prop::sample::subsequence((0..8usize).collect::<Vec<_>>(), 0..3),
            prop::sample::subsequence((0..8usize).collect::<Vec<_>>(), 0..3),
            prop::sample::subsequence((0..21usize).collect::<Vec<_>>(), 0..5),
            "[a-c]{1,2}",
            "[xy]{0,1}",
            "[01]{0,1}",
        )
            .prop_map(|(needs, terr, publ, sl, name, email, phone)| Volunteer {
                key: name.clone(),
                name,
                email,
                phone,
                needs: needs.into_iter().map(|n| n % 3).collect(),
                territories: if terr.is_empty() { vec![7] } else { terr },
                publics: publ,
                slots: sl.into_iter().map(|i| Slot::ALL[i]).collect(),
                comment: String::new(),
            })
    }

    proptest! {
        #[test]
        fn rank_agrees_with_a_naive_reading_of_spec(
            vs in prop::collection::vec(arb_volunteer(), 0..12),
            need in 0..3usize,
            public in prop::option::of(0..8usize),
            territory in 0..8usize,
            sl in prop::sample::subsequence((0..21usize).collect::<Vec<_>>(), 0..4),
        ) {
            let t = tax();
            prop_assume!(t.commune == 7 && t.tous == 7);
            let m = Mission {
                partner: "P".into(),
                title: "M".into(),
                need,
                public,
                territory,
                slots: sl.into_iter().map(|i| Slot::ALL[i]).collect(),
                count: 1,
            };
            let mut want: Vec<usize> = (0..vs.len()).filter(|i| naive_candidate(&vs[*i], &m, &t)).collect();
            want.sort_by_key(|i| (naive_key(&vs[*i], &m, &t), *i));
            let got: Vec<usize> = rank(&vs, &m, &t).iter().map(|c| c.volunteer).collect();
            prop_assert_eq!(got, want);
        }
    }
}
