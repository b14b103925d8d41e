//! Reading a weekly slot as people write it (SPEC "Volunteers"): `lun-matin` … `dim-soir`,
//! days in full (`lundi`…), parts `matin`, `apres-midi`, `soir`, with `-` or a space,
//! case and accents ignored; English (`mon-morning`, `tue afternoon`, `evening`) and Dutch
//! (`ma-ochtend`, `di namiddag`, `avond`, also written as one word: `dinsdagnamiddag`).

use super::{Day, Part, Slot};
use crate::fold::value_key;

/// The spellings of each day, folded (French, English, Dutch; short and in full).
const DAYS: [(Day, &[&str]); 7] = [
    (Day::Lun, &["lun", "lundi", "mon", "monday", "ma", "maandag"]),
    (
        Day::Mar,
        &["mar", "mardi", "tue", "tues", "tuesday", "di", "dinsdag"],
    ),
    (
        Day::Mer,
        &["mer", "mercredi", "wed", "wednesday", "wo", "woensdag"],
    ),
    (
        Day::Jeu,
        &[
            "jeu",
            "jeudi",
            "thu",
            "thur",
            "thurs",
            "thursday",
            "do",
            "donderdag",
        ],
    ),
    (Day::Ven, &["ven", "vendredi", "fri", "friday", "vr", "vrijdag"]),
    (Day::Sam, &["sam", "samedi", "sat", "saturday", "za", "zaterdag"]),
    (Day::Dim, &["dim", "dimanche", "sun", "sunday", "zo", "zondag"]),
];

/// The spellings of each part of the day, folded (`apres-midi` as [`value_key`] writes
/// it, and glued).
const PARTS: [(Part, &[&str]); 3] = [
    (
        Part::Matin,
        &[
            "matin",
            "matinee",
            "am",
            "morning",
            "ochtend",
            "voormiddag",
            "morgen",
        ],
    ),
    (
        Part::ApresMidi,
        &["apres-midi", "apresmidi", "pm", "afternoon", "namiddag", "middag"],
    ),
    (Part::Soir, &["soir", "soiree", "evening", "night", "avond"]),
];

fn part_of(folded: &str) -> Option<Part> {
    PARTS
        .iter()
        .find(|(_, spellings)| spellings.contains(&folded))
        .map(|(p, _)| *p)
}

/// A slot as written, or `None` when it is not one.
pub fn parse_slot(raw: &str) -> Option<Slot> {
    let key = value_key(raw);
    for (day, spellings) in DAYS {
        for spelling in spellings {
            let Some(rest) = key.strip_prefix(spelling) else {
                continue;
            };
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            if let Some(part) = part_of(rest) {
                return Some(Slot { day, part });
            }
        }
    }
    None
}

/// How far `typed` is from `spelling`: the edit distance to the whole spelling or to its
/// beginning (people shorten: "aprem", "mat").
fn distance(typed: &str, spelling: &str) -> usize {
    let head: String = spelling.chars().take(typed.chars().count()).collect();
    crate::fold::edit_distance(typed, spelling).min(crate::fold::edit_distance(typed, &head))
}

/// The slot code closest to a value that is not a slot (its first word against the days,
/// the rest against the parts of the day, in the three languages), for the reason of a
/// rejection.
pub fn closest_code(raw: &str) -> &'static str {
    let key = value_key(raw);
    let (typed_day, typed_part) = key.split_once('-').unwrap_or((key.as_str(), ""));
    let mut best = (usize::MAX, Slot::ALL[0]);
    for slot in Slot::ALL {
        let day = DAYS[slot.day as usize]
            .1
            .iter()
            .map(|s| distance(typed_day, s))
            .min();
        let part = PARTS[slot.part as usize]
            .1
            .iter()
            .map(|s| distance(typed_part, s))
            .min();
        let score = day.unwrap_or(0) + part.unwrap_or(0);
        if score < best.0 {
            best = (score, slot);
        }
    }
    best.1.code()
}

/// Codes joined by `|`, in week order (as in `appariements.csv`'s `creneaux_communs`).
pub fn join_codes(slots: &[Slot]) -> String {
    let mut sorted = slots.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.iter().map(|s| s.code()).collect::<Vec<_>>().join("|")
}

/// The slots two sorted lists share, in week order.
pub fn shared(a: &[Slot], b: &[Slot]) -> Vec<Slot> {
    let mut mask = 0u32;
    for s in a {
        mask |= 1 << s.index();
    }
    let mut out: Vec<Slot> = b
        .iter()
        .copied()
        .filter(|s| mask & (1 << s.index()) != 0)
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(raw: &str) -> Option<&'static str> {
        parse_slot(raw).map(Slot::code)
    }

    #[test]
    fn every_code_reads_as_itself() {
        for s in Slot::ALL {
            assert_eq!(parse_slot(s.code()), Some(s), "{}", s.code());
        }
    }

    #[test]
    fn french_spellings() {
        let cases = [
            ("Mardi après-midi", "mar-apres-midi"),
            ("mardi apres midi", "mar-apres-midi"),
            ("MAR APRES-MIDI", "mar-apres-midi"),
            ("mar-après-midi", "mar-apres-midi"),
            (" lundi matin ", "lun-matin"),
            ("Lun matin", "lun-matin"),
            ("mercredi-soir", "mer-soir"),
            ("jeudi Matin", "jeu-matin"),
            ("vendredi soir", "ven-soir"),
            ("Samedi après-midi", "sam-apres-midi"),
            ("dimanche matin", "dim-matin"),
            ("dim soir", "dim-soir"),
            ("sam apres_midi", "sam-apres-midi"),
        ];
        for (raw, want) in cases {
            assert_eq!(code(raw), Some(want), "{raw}");
        }
    }

    #[test]
    fn english_spellings() {
        let cases = [
            ("mon-morning", "lun-matin"),
            ("tue afternoon", "mar-apres-midi"),
            ("Wednesday evening", "mer-soir"),
            ("thu-morning", "jeu-matin"),
            ("Thursday afternoon", "jeu-apres-midi"),
            ("fri evening", "ven-soir"),
            ("Saturday morning", "sam-matin"),
            ("sun-afternoon", "dim-apres-midi"),
        ];
        for (raw, want) in cases {
            assert_eq!(code(raw), Some(want), "{raw}");
        }
    }

    #[test]
    fn dutch_spellings() {
        let cases = [
            ("ma-ochtend", "lun-matin"),
            ("di namiddag", "mar-apres-midi"),
            ("wo avond", "mer-soir"),
            ("Donderdag ochtend", "jeu-matin"),
            ("vr-namiddag", "ven-apres-midi"),
            ("zaterdag avond", "sam-soir"),
            ("zo-ochtend", "dim-matin"),
            ("dinsdagnamiddag", "mar-apres-midi"),
            ("Maandagavond", "lun-soir"),
            ("woensdag voormiddag", "mer-matin"),
        ];
        for (raw, want) in cases {
            assert_eq!(code(raw), Some(want), "{raw}");
        }
    }

    #[test]
    fn what_is_not_a_slot_is_refused() {
        for raw in [
            "",
            "mardi",
            "après-midi",
            "evening",
            "mardi midi",
            "mar-nuit",
            "tous les jours",
            "lun-matin-soir",
        ] {
            assert_eq!(parse_slot(raw), None, "{raw}");
        }
    }

    #[test]
    fn a_near_miss_gets_the_closest_slot() {
        assert_eq!(closest_code("mardi aprem"), "mar-apres-midi");
        assert_eq!(closest_code("merc soir"), "mer-soir");
        assert_eq!(closest_code("jeudi mat"), "jeu-matin");
        assert_eq!(closest_code("samedi soirr"), "sam-soir");
    }

    #[test]
    fn codes_are_joined_in_week_order() {
        let slots: Vec<Slot> = ["dim-soir", "mar-apres-midi", "lun-matin", "mar-apres-midi"]
            .iter()
            .filter_map(|r| parse_slot(r))
            .collect();
        assert_eq!(join_codes(&slots), "lun-matin|mar-apres-midi|dim-soir");
        assert_eq!(join_codes(&[]), "");
    }

    #[test]
    fn shared_slots_are_in_week_order() {
        let p = |v: &[&str]| -> Vec<Slot> { v.iter().filter_map(|r| parse_slot(r)).collect() };
        let a = p(&["lun-matin", "mar-apres-midi", "dim-soir"]);
        let b = p(&["dim-soir", "mar-apres-midi", "mer-matin"]);
        assert_eq!(join_codes(&shared(&a, &b)), "mar-apres-midi|dim-soir");
        assert!(shared(&a, &[]).is_empty());
    }
}
