//! The taxonomy: domains, working groups, publics, territories and need categories, with
//! their labels and synonyms, and the look-ups that turn what a partner typed into a code.
//!
//! The default file `taxonomie/taxonomie.csv` is embedded in the binary; `--taxonomie FILE`
//! replaces it. The order of its lines is the display order of every table and chart.

use std::collections::HashMap;
use std::path::Path;

use crate::fold::{edit_distance, value_key};
use crate::model::Lang;

/// The default taxonomy, as shipped in the repository.
pub const DEFAULT_TAXONOMY: &str = include_str!("../taxonomie/taxonomie.csv");

/// The five lists of the taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Domaine,
    Groupe,
    Public,
    Territoire,
    Besoin,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Domaine,
        Kind::Groupe,
        Kind::Public,
        Kind::Territoire,
        Kind::Besoin,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Domaine => "domaine",
            Kind::Groupe => "groupe",
            Kind::Public => "public",
            Kind::Territoire => "territoire",
            Kind::Besoin => "besoin",
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (k, Lang::Fr) => k.code(),
            (Kind::Domaine, Lang::En | Lang::Nl) => "domain",
            (Kind::Groupe, Lang::En | Lang::Nl) => "group",
            (Kind::Public, Lang::En | Lang::Nl) => "audience",
            (Kind::Territoire, Lang::En | Lang::Nl) => "territory",
            (Kind::Besoin, Lang::En | Lang::Nl) => "need",
        }
    }

    fn from_code(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == value_key(s))
    }
}

/// One code with its labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub code: String,
    pub label_fr: String,
    pub label_en: String,
    /// For a need: the index of its domain.
    pub domain: Option<usize>,
}

impl Entry {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.label_fr,
            Lang::En | Lang::Nl => &self.label_en,
        }
    }
}

/// A broken taxonomy file: the message names the line and the fix.
#[derive(Debug, thiserror::Error)]
pub enum TaxonomyError {
    #[error("taxonomie {file}, ligne {line} : {message}")]
    Line {
        file: String,
        line: u64,
        message: String,
    },
    #[error("taxonomie {file} : {message}")]
    File { file: String, message: String },
}

/// A loaded taxonomy with its look-up tables.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    lists: [Vec<Entry>; 5],
    /// Folded code, label or synonym -> index, per kind.
    lookup: [HashMap<String, usize>; 5],
    /// Every folded spelling, per kind, in file order, for suggestions.
    spellings: [Vec<(String, usize)>; 5],
    /// Index of the public `tous` and of the territory `commune`: the wildcards of the gap
    /// rules.
    pub tous: usize,
    pub commune: usize,
}

/// The position of a kind in the per-kind arrays (here and in validation's caches).
pub(crate) fn slot(kind: Kind) -> usize {
    match kind {
        Kind::Domaine => 0,
        Kind::Groupe => 1,
        Kind::Public => 2,
        Kind::Territoire => 3,
        Kind::Besoin => 4,
    }
}

impl Taxonomy {
    /// The embedded default.
    pub fn default_embedded() -> Taxonomy {
        // The embedded file is tested below; failing here would be a build defect, not a
        // user error.
        Taxonomy::parse(DEFAULT_TAXONOMY, "taxonomie/taxonomie.csv").expect("the embedded taxonomy is valid")
    }

    /// Reads a taxonomy file given with `--taxonomie`; a system error is given in `lang`.
    pub fn load(path: &Path, lang: crate::model::Lang) -> Result<Taxonomy, TaxonomyError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| TaxonomyError::File {
            file: name.clone(),
            message: format!("lecture impossible ({})", crate::os_error::describe(&e, lang)),
        })?;
        let text = crate::ingest::text::decode(&bytes).text;
        Taxonomy::parse(&text, &name)
    }

    /// Parses the `;`-separated taxonomy text; `name` is used in messages.
    pub fn parse(text: &str, name: &str) -> Result<Taxonomy, TaxonomyError> {
        let err = |line: u64, message: String| TaxonomyError::Line {
            file: name.to_string(),
            line,
            message,
        };
        let mut lists: [Vec<Entry>; 5] = Default::default();
        let mut lookup: [HashMap<String, usize>; 5] = Default::default();
        let mut spellings: [Vec<(String, usize)>; 5] = Default::default();
        let mut pending_domains: Vec<(u64, usize, String)> = Vec::new();
        let mut seen_header = false;
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                err(line, format!("ligne illisible ({e})"))
            })?;
            let line = record.position().map_or(0, |p| p.line());
            let cells: Vec<&str> = record.iter().map(str::trim).collect();
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            if !seen_header {
                seen_header = true;
                if value_key(cells[0]) == "type" {
                    continue;
                }
            }
            if cells.len() < 5 {
                return Err(err(
                    line,
                    format!(
                        "{} colonnes trouvées, 5 ou 6 attendues : type;code;domaine;libelle_fr;libelle_en;synonymes",
                        cells.len()
                    ),
                ));
            }
            let kind = Kind::from_code(cells[0]).ok_or_else(|| {
                err(
                    line,
                    format!(
                        "type '{}' inconnu ; types admis : domaine, groupe, public, territoire, besoin",
                        cells[0]
                    ),
                )
            })?;
            let code = value_key(cells[1]);
            if code.is_empty() {
                return Err(err(line, "code vide".into()));
            }
            let s = slot(kind);
            let index = lists[s].len();
            // Cells are packed small: besoins in 16 bits, the other lists in 8.
            let room = if kind == Kind::Besoin { 65_535 } else { 255 };
            if index >= room {
                return Err(err(
                    line,
                    format!("trop de lignes de type « {} » : {room} au plus", kind.code()),
                ));
            }
            let label_fr = if cells[3].is_empty() {
                code.clone()
            } else {
                cells[3].to_string()
            };
            let label_en = if cells[4].is_empty() {
                label_fr.clone()
            } else {
                cells[4].to_string()
            };
            let mut spell = vec![code.clone(), value_key(&label_fr), value_key(&label_en)];
            if let Some(syn) = cells.get(5) {
                spell.extend(syn.split('|').map(value_key).filter(|k| !k.is_empty()));
            }
            spell.sort();
            spell.dedup();
            for key in spell {
                if let Some(&other) = lookup[s].get(&key) {
                    return Err(err(
                        line,
                        format!(
                            "'{key}' désigne déjà le {} '{}' : chaque écriture doit désigner un seul code",
                            kind.code(),
                            lists[s][other].code
                        ),
                    ));
                }
                lookup[s].insert(key.clone(), index);
                spellings[s].push((key, index));
            }
            if kind == Kind::Besoin {
                if cells[2].is_empty() {
                    return Err(err(
                        line,
                        format!("le besoin '{code}' n'a pas de domaine (3e colonne)"),
                    ));
                }
                pending_domains.push((line, index, value_key(cells[2])));
            }
            lists[s].push(Entry {
                code,
                label_fr,
                label_en,
                domain: None,
            });
        }
        for (line, need, domain) in pending_domains {
            let d = lists[slot(Kind::Domaine)]
                .iter()
                .position(|e| e.code == domain)
                .ok_or_else(|| {
                    err(
                        line,
                        format!(
                            "domaine '{domain}' inconnu : déclarez-le sur une ligne « domaine » du fichier"
                        ),
                    )
                })?;
            lists[slot(Kind::Besoin)][need].domain = Some(d);
        }
        for kind in [Kind::Domaine, Kind::Public, Kind::Territoire, Kind::Besoin] {
            if lists[slot(kind)].is_empty() {
                return Err(TaxonomyError::File {
                    file: name.to_string(),
                    message: format!("aucune ligne de type « {} »", kind.code()),
                });
            }
        }
        let find = |kind: Kind, code: &str| lists[slot(kind)].iter().position(|e| e.code == code);
        let tous = find(Kind::Public, "tous").ok_or_else(|| TaxonomyError::File {
            file: name.to_string(),
            message: "le public « tous » est obligatoire (il couvre tous les publics)".into(),
        })?;
        let commune = find(Kind::Territoire, "commune").ok_or_else(|| TaxonomyError::File {
            file: name.to_string(),
            message: "le territoire « commune » est obligatoire (il couvre toutes les sections)".into(),
        })?;
        Ok(Taxonomy {
            lists,
            lookup,
            spellings,
            tous,
            commune,
        })
    }

    /// The codes of one kind, in taxonomy order.
    pub fn list(&self, kind: Kind) -> &[Entry] {
        &self.lists[slot(kind)]
    }

    pub fn entry(&self, kind: Kind, index: usize) -> &Entry {
        &self.lists[slot(kind)][index]
    }

    pub fn code(&self, kind: Kind, index: usize) -> &str {
        &self.lists[slot(kind)][index].code
    }

    /// The domain index of a need.
    pub fn domain_of(&self, need: usize) -> usize {
        self.lists[slot(Kind::Besoin)][need].domain.unwrap_or(0)
    }

    /// Resolves a code, label or synonym, as SPEC's folding says.
    pub fn resolve(&self, kind: Kind, raw: &str) -> Option<usize> {
        self.lookup[slot(kind)].get(&value_key(raw)).copied()
    }

    /// Up to three codes close to an unknown value, closest first: those whose spelling
    /// contains it or is contained in it, and those a few edits away.
    pub fn suggest(&self, kind: Kind, raw: &str) -> Vec<&str> {
        let key = value_key(raw);
        if key.is_empty() {
            return Vec::new();
        }
        let budget = (key.chars().count() / 3).clamp(2, 4);
        let mut scored: Vec<(usize, usize)> = Vec::new();
        for (spelling, index) in &self.spellings[slot(kind)] {
            let contains = key.len() >= 3 && (spelling.contains(&key) || key.contains(spelling.as_str()));
            let distance = edit_distance(&key, spelling);
            let score = if distance <= budget {
                distance
            } else if contains {
                budget + 1
            } else {
                continue;
            };
            scored.push((score, *index));
        }
        scored.sort();
        let mut out: Vec<&str> = Vec::new();
        for (_, index) in scored {
            let code = self.code(kind, index);
            if !out.contains(&code) {
                out.push(code);
            }
            if out.len() == 3 {
                break;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_taxonomy_has_spec_codes_in_order() {
        let t = Taxonomy::default_embedded();
        let codes = |k| t.list(k).iter().map(|e| e.code.as_str()).collect::<Vec<_>>();
        assert_eq!(
            codes(Kind::Domaine),
            [
                "social",
                "sante",
                "emploi",
                "enseignement-formation",
                "logement",
                "culture",
                "sport",
                "securite"
            ]
        );
        assert_eq!(
            codes(Kind::Public),
            [
                "enfants",
                "jeunes",
                "familles",
                "aines",
                "personnes-isolees",
                "demandeurs-emploi",
                "personnes-precarisees",
                "tous"
            ]
        );
        assert_eq!(codes(Kind::Territoire).len(), 8);
        assert_eq!(codes(Kind::Groupe).len(), 6);
        assert_eq!(codes(Kind::Besoin).len(), 25);
        assert_eq!(t.code(Kind::Public, t.tous), "tous");
        assert_eq!(t.code(Kind::Territoire, t.commune), "commune");
        let need = t.resolve(Kind::Besoin, "sentiment-insecurite").unwrap();
        assert_eq!(t.code(Kind::Domaine, t.domain_of(need)), "securite");
    }

    #[test]
    fn resolves_codes_labels_and_synonyms() {
        let t = Taxonomy::default_embedded();
        for s in [
            "Décrochage scolaire",
            "DECROCHAGE SCOLAIRE ",
            "decrochage scolaire",
            "decrochage_scolaire",
        ] {
            assert_eq!(
                t.resolve(Kind::Besoin, s).map(|i| t.code(Kind::Besoin, i)),
                Some("decrochage-scolaire")
            );
        }
        assert_eq!(
            t.resolve(Kind::Public, "Personnes âgées")
                .map(|i| t.code(Kind::Public, i)),
            Some("aines")
        );
        assert_eq!(
            t.resolve(Kind::Public, "Demandeurs d'emploi")
                .map(|i| t.code(Kind::Public, i)),
            Some("demandeurs-emploi")
        );
        assert_eq!(
            t.resolve(Kind::Territoire, "Grand Axhe")
                .map(|i| t.code(Kind::Territoire, i)),
            Some("grand-axhe")
        );
        assert_eq!(t.resolve(Kind::Besoin, "ados"), None);
    }

    #[test]
    fn suggests_the_closest_codes() {
        let t = Taxonomy::default_embedded();
        assert_eq!(
            t.suggest(Kind::Besoin, "decrochage scolair"),
            ["decrochage-scolaire"]
        );
        assert_eq!(t.suggest(Kind::Besoin, "aide alimentair")[0], "aide-alimentaire");
        assert_eq!(t.suggest(Kind::Territoire, "Oleie"), ["oleye"]);
        assert!(t.suggest(Kind::Besoin, "zzzzzzzzzz").is_empty());
    }

    #[test]
    fn a_broken_file_names_its_line() {
        let bad = "type;code;domaine;libelle_fr;libelle_en;synonymes\ndomaine;social;;Social;Social;\nbesoin;x;nulle-part;X;X;\npublic;tous;;Tous;All;\nterritoire;commune;;C;C;\n";
        let e = Taxonomy::parse(bad, "t.csv").unwrap_err().to_string();
        assert!(e.contains("ligne 3") && e.contains("nulle-part"), "{e}");
        let bad = "domaine;social;;Social;Social;\nfoo;x;;X;X;\n";
        let e = Taxonomy::parse(bad, "t.csv").unwrap_err().to_string();
        assert!(e.contains("ligne 2") && e.contains("'foo'"), "{e}");
        let bad = "domaine;social;;Social;Social;\ndomaine;sociale;;Social;Social;\n";
        let e = Taxonomy::parse(bad, "t.csv").unwrap_err().to_string();
        assert!(e.contains("ligne 2"), "{e}");
        let no_tous = "domaine;d;;D;D;\nbesoin;b;d;B;B;\npublic;p;;P;P;\nterritoire;commune;;C;C;\n";
        assert!(Taxonomy::parse(no_tous, "t.csv")
            .unwrap_err()
            .to_string()
            .contains("tous"));
        // A 256th public would not fit the packed cells: refused on its line.
        let mut many =
            "domaine;d;;D;D;\nbesoin;b;d;B;B;\nterritoire;commune;;C;C;\npublic;tous;;T;T;\n".to_string();
        for i in 1..=255 {
            many.push_str(&format!("public;p{i};;P{i};P{i};\n"));
        }
        let e = Taxonomy::parse(&many, "t.csv").unwrap_err().to_string();
        assert!(e.contains("ligne 259") && e.contains("255 au plus"), "{e}");
    }
}
