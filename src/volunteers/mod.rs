//! The volunteers of the Conseil du volontariat and the missions the associations post
//! (SPEC "Volunteers"): the shared types of the matching stage, the reader and the portal.
//!
//! A bottom layer: it uses only [`crate::fold`], [`crate::model`], [`crate::taxonomy`]
//! and the catalogs ([`crate::i18n`]) for the slots' words. Taxonomy values are indices
//! into the [`crate::taxonomy::Taxonomy`] in use, as in the partners' rows.

pub mod read;
pub mod slots;

use crate::model::Lang;

pub use slots::{join_codes, parse_slot};

/// A day of the week; `Ord` is the week's order, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Day {
    Lun,
    Mar,
    Mer,
    Jeu,
    Ven,
    Sam,
    Dim,
}

impl Day {
    pub const ALL: [Day; 7] = [
        Day::Lun,
        Day::Mar,
        Day::Mer,
        Day::Jeu,
        Day::Ven,
        Day::Sam,
        Day::Dim,
    ];

    /// The SPEC code: `lun` … `dim`.
    pub fn code(self) -> &'static str {
        match self {
            Day::Lun => "lun",
            Day::Mar => "mar",
            Day::Mer => "mer",
            Day::Jeu => "jeu",
            Day::Ven => "ven",
            Day::Sam => "sam",
            Day::Dim => "dim",
        }
    }

    /// The day's name in the language (`mardi`, `Tuesday`, `dinsdag`), from the catalog.
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::t(lang, &format!("benevoles-jour-{}", self.code()))
    }
}

/// A part of the day; `Ord` is the day's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Matin,
    ApresMidi,
    Soir,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Matin, Part::ApresMidi, Part::Soir];

    /// The SPEC code: `matin`, `apres-midi`, `soir`.
    pub fn code(self) -> &'static str {
        match self {
            Part::Matin => "matin",
            Part::ApresMidi => "apres-midi",
            Part::Soir => "soir",
        }
    }

    /// The part's name in the language (`après-midi`, `afternoon`, `namiddag`).
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::t(lang, &format!("benevoles-moment-{}", self.code()))
    }
}

/// A weekly slot: a day and a part of the day. `Ord` is the week's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub day: Day,
    pub part: Part,
}

/// The 21 slots in week order, built at compile time.
const fn all_slots() -> [Slot; 21] {
    let mut out = [Slot {
        day: Day::Lun,
        part: Part::Matin,
    }; 21];
    let mut i = 0;
    while i < 21 {
        out[i] = Slot {
            day: Day::ALL[i / 3],
            part: Part::ALL[i % 3],
        };
        i += 1;
    }
    out
}

/// The codes of the 21 slots, in the order of [`Slot::ALL`].
const CODES: [&str; 21] = [
    "lun-matin",
    "lun-apres-midi",
    "lun-soir",
    "mar-matin",
    "mar-apres-midi",
    "mar-soir",
    "mer-matin",
    "mer-apres-midi",
    "mer-soir",
    "jeu-matin",
    "jeu-apres-midi",
    "jeu-soir",
    "ven-matin",
    "ven-apres-midi",
    "ven-soir",
    "sam-matin",
    "sam-apres-midi",
    "sam-soir",
    "dim-matin",
    "dim-apres-midi",
    "dim-soir",
];

impl Slot {
    /// `lun-matin` … `dim-soir`, in week order.
    pub const ALL: [Slot; 21] = all_slots();

    /// The slot's place in the week, 0 (`lun-matin`) to 20 (`dim-soir`).
    pub fn index(self) -> usize {
        self.day as usize * 3 + self.part as usize
    }

    /// The SPEC code: `mar-apres-midi`.
    pub fn code(self) -> &'static str {
        CODES[self.index()]
    }

    /// The slot in words: "mardi après-midi", "Tuesday afternoon", "dinsdagnamiddag".
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::t_args(
            lang,
            "benevoles-creneau",
            &[
                ("jour", crate::i18n::s(self.day.label(lang))),
                ("moment", crate::i18n::s(self.part.label(lang))),
            ],
        )
    }
}

/// A volunteer as the council knows them (rows of one person merged).
#[derive(Debug, Clone, PartialEq)]
pub struct Volunteer {
    /// As written (the most frequent spelling).
    pub name: String,
    /// The folded name ([`crate::fold::partner_key`], the partners' identity rule).
    pub key: String,
    /// `""` when not given.
    pub email: String,
    /// `""` when not given.
    pub phone: String,
    /// Taxonomy need indices, sorted, no repeats.
    pub needs: Vec<usize>,
    /// Taxonomy territory indices, sorted; `[taxonomy.commune]` when not given.
    pub territories: Vec<usize>,
    /// Taxonomy public indices, sorted; empty = any.
    pub publics: Vec<usize>,
    /// Sorted (week order), no repeats; empty = not said.
    pub slots: Vec<Slot>,
    pub comment: String,
}

/// What an association asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Mission {
    /// The association's display name as written.
    pub partner: String,
    pub title: String,
    pub need: usize,
    /// `None` = any public.
    pub public: Option<usize>,
    /// `taxonomy.commune` when not given.
    pub territory: usize,
    /// Sorted, no repeats; empty = not said.
    pub slots: Vec<Slot>,
    /// Volunteers sought, at least 1.
    pub count: u32,
}

/// What the council can bring to the gaps of a period (`analyse --benevoles`): counts and
/// the associations' open missions, never a volunteer's name or contact.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GapHelp {
    /// Volunteers read (merged).
    pub volunteers: u64,
    /// Per need cell of the analysis, in its order: (benevoles_candidats, missions_ouvertes).
    pub cells: Vec<(u64, u64)>,
    /// The associations' missions, in the order read.
    pub missions: Vec<Mission>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slots_are_in_week_order_with_their_codes() {
        assert_eq!(Slot::ALL.len(), 21);
        assert!(Slot::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Slot::ALL[0].code(), "lun-matin");
        assert_eq!(Slot::ALL[4].code(), "mar-apres-midi");
        assert_eq!(Slot::ALL[20].code(), "dim-soir");
        for (i, s) in Slot::ALL.iter().enumerate() {
            assert_eq!(s.index(), i);
            assert_eq!(s.code(), format!("{}-{}", s.day.code(), s.part.code()));
        }
    }

    #[test]
    fn a_slot_is_worded_in_each_language() {
        let tue_pm = Slot {
            day: Day::Mar,
            part: Part::ApresMidi,
        };
        assert_eq!(tue_pm.label(Lang::Fr), "mardi après-midi");
        assert_eq!(tue_pm.label(Lang::En), "Tuesday afternoon");
        assert_eq!(tue_pm.label(Lang::Nl), "dinsdagnamiddag");
        let sun = Slot {
            day: Day::Dim,
            part: Part::Soir,
        };
        assert_eq!(sun.label(Lang::Nl), "zondagavond");
    }
}
