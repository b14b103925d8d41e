//! Partner identity: names that match after trimming, collapsing spaces and ignoring case
//! and accents are one partner, shown with its most frequent spelling (ties: the first seen,
//! reading files in name order).

use std::collections::HashMap;

use crate::fold::{partner_key, tidy};

/// How often a spelling was written, and where first: (count, (table, line)).
pub type SpellingCount = (u64, (usize, u32));
/// Folded name -> spelling -> its count.
pub type SpellingCounts = HashMap<String, HashMap<String, SpellingCount>>;

/// The partners of a run. Ids follow the order of folded names, compared by code point,
/// which is SPEC's tie order for candidates.
#[derive(Debug, Clone, Default)]
pub struct Partners {
    /// Display name by id.
    pub names: Vec<String>,
    /// Folded name by id.
    pub keys: Vec<String>,
    ids: HashMap<String, u32>,
}

impl Partners {
    /// Builds the registry from every spelling used, in reading order.
    pub fn from_spellings<'a>(spellings: impl IntoIterator<Item = &'a str>) -> Partners {
        let mut seen: SpellingCounts = HashMap::new();
        for (pos, s) in spellings.into_iter().enumerate() {
            let entry = seen
                .entry(partner_key(s))
                .or_default()
                .entry(tidy(s))
                .or_insert((0, (pos, 0)));
            entry.0 += 1;
        }
        Partners::from_counts(seen)
    }

    /// Builds the registry from counted spellings: folded name -> spelling (trimmed, spaces
    /// collapsed) -> (count, first position in reading order).
    pub fn from_counts(seen: SpellingCounts) -> Partners {
        let mut keys: Vec<String> = seen.keys().cloned().collect();
        keys.sort();
        let names = keys
            .iter()
            .map(|k| {
                let mut best: Vec<(&String, &SpellingCount)> = seen[k].iter().collect();
                best.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
                best[0].0.clone()
            })
            .collect();
        let ids = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i as u32))
            .collect();
        Partners { names, keys, ids }
    }

    /// The id of a folded name (as in [`LocalPartner::key`](crate::model::LocalPartner)).
    pub fn id_of_key(&self, key: &str) -> u32 {
        // Every key of the tables was registered from the same tables.
        self.ids.get(key).copied().unwrap_or(0)
    }

    /// The id of a name as written.
    pub fn id(&self, name: &str) -> Option<u32> {
        self.ids.get(&partner_key(name)).copied()
    }

    pub fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_one_partner_with_the_most_frequent_spelling() {
        let p = Partners::from_spellings([
            "cpas de  waremme ",
            "CPAS de Waremme",
            "CPAS de Waremme",
            "Écrivain public",
        ]);
        assert_eq!(p.len(), 2);
        let id = p.id("CPAS DE WAREMME").unwrap();
        assert_eq!(p.name(id), "CPAS de Waremme");
        assert_eq!(p.id("cpas de waremme"), Some(id));
    }

    #[test]
    fn ties_go_to_the_first_seen() {
        let p = Partners::from_spellings(["Maison des Jeunes", "maison des jeunes"]);
        assert_eq!(p.names, ["Maison des Jeunes"]);
    }

    #[test]
    fn ids_follow_folded_names_by_code_point() {
        let p = Partners::from_spellings([
            "Alpha Hesbaye de Bovenistier",
            "Alpha Hesbaye d'Oleye",
            "Zèbre",
            "Ébène",
        ]);
        assert_eq!(
            p.names,
            [
                "Alpha Hesbaye d'Oleye",
                "Alpha Hesbaye de Bovenistier",
                "Ébène",
                "Zèbre"
            ]
        );
    }
}
