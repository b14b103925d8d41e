//! The identity rule of SPEC: volunteers are the same person when their folded names match
//! and their e-mail addresses (or telephones, when either has no address) match. Their rows
//! merge (the union of their lists) and each repeat is a warning.

use std::collections::HashMap;

use crate::i18n::{n, s, t_args};
use crate::model::{Lang, Place, Rejection};
use crate::volunteers::Volunteer;

/// An e-mail address compared as addresses are: trimmed, case ignored.
fn email_key(v: &Volunteer) -> String {
    v.email.trim().to_lowercase()
}

/// A telephone compared by its digits (`0470 12 34 56` = `0470/12.34.56`).
fn phone_key(v: &Volunteer) -> String {
    v.phone.chars().filter(char::is_ascii_digit).collect()
}

/// Whether two volunteers with the same folded name are the same person.
pub(super) fn same_person(a: &Volunteer, b: &Volunteer) -> bool {
    if a.key != b.key {
        return false;
    }
    if !a.email.is_empty() && !b.email.is_empty() {
        email_key(a) == email_key(b)
    } else {
        !a.phone.is_empty() && phone_key(a) == phone_key(b)
    }
}

/// Sorted union of two sorted lists.
fn union<T: Ord + Copy>(a: &mut Vec<T>, b: &[T]) {
    a.extend_from_slice(b);
    a.sort_unstable();
    a.dedup();
}

/// Folds `b` into `a`: lists united as SPEC says (each row's lists as read, defaults
/// included: a row without territories adds `commune`, a row without publics adds none),
/// a contact filled when `a` had none, comments kept side by side.
fn fold_into(a: &mut Volunteer, b: &Volunteer) {
    union(&mut a.needs, &b.needs);
    union(&mut a.territories, &b.territories);
    union(&mut a.publics, &b.publics);
    union(&mut a.slots, &b.slots);
    if a.email.is_empty() {
        a.email = b.email.clone();
    }
    if a.phone.is_empty() {
        a.phone = b.phone.clone();
    }
    if !b.comment.is_empty() && !a.comment.split(" | ").any(|c| c == b.comment) {
        if !a.comment.is_empty() {
            a.comment.push_str(" | ");
        }
        a.comment.push_str(&b.comment);
    }
}

/// The volunteers merged so far, with where each was first read and its spellings.
#[derive(Default)]
pub(super) struct Merger {
    pub volunteers: Vec<Volunteer>,
    pub warnings: Vec<Rejection>,
    first: Vec<(Place, u32)>,
    /// Spellings of each volunteer's name, with their counts, in order first seen.
    spellings: Vec<Vec<(String, u32)>>,
    by_key: HashMap<String, Vec<usize>>,
}

impl Merger {
    /// Adds one row's volunteer, read at `place`, `line`.
    pub fn add(&mut self, v: Volunteer, place: &Place, line: u32, lang: Lang) {
        let found = self.by_key.get(&v.key).and_then(|list| {
            list.iter()
                .copied()
                .find(|i| same_person(&self.volunteers[*i], &v))
        });
        let Some(i) = found else {
            self.by_key
                .entry(v.key.clone())
                .or_default()
                .push(self.volunteers.len());
            self.first.push((place.clone(), line));
            self.spellings.push(vec![(v.name.clone(), 1)]);
            self.volunteers.push(v);
            return;
        };
        let (first_place, first_line) = &self.first[i];
        let reason = t_args(
            lang,
            "benevoles-doublon",
            &[
                ("nom", s(super::quoted(&v.name))),
                ("fichier", s(first_place.file.as_str())),
                ("ligne", n(u64::from(*first_line))),
            ],
        );
        self.warnings.push(Rejection {
            place: place.clone(),
            line: Some(line),
            column: "benevole".to_string(),
            value: v.name.clone(),
            reason,
            partner: String::new(),
        });
        match self.spellings[i].iter_mut().find(|(sp, _)| *sp == v.name) {
            Some((_, count)) => *count += 1,
            None => self.spellings[i].push((v.name.clone(), 1)),
        }
        fold_into(&mut self.volunteers[i], &v);
    }

    /// The volunteers, each under its most frequent spelling (ties: the first seen).
    pub fn finish(mut self) -> (Vec<Volunteer>, Vec<Rejection>) {
        for (v, spellings) in self.volunteers.iter_mut().zip(&self.spellings) {
            let mut best = &spellings[0];
            for sp in spellings {
                if sp.1 > best.1 {
                    best = sp;
                }
            }
            v.name = best.0.clone();
        }
        (self.volunteers, self.warnings)
    }
}
