//! The taxonomy: domains, working groups, publics, territories and need categories, with
//! their labels and synonyms, and the look-ups that turn what a partner typed into a code.
//!
//! The default file `taxonomie/taxonomie.csv` is embedded in the binary; `--taxonomie FILE`
//! replaces it. The order of its lines is the display order of every table and chart.

use std::collections::HashMap;
use std::path::Path;

use crate::error::Said;
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

    /// The kind's name in messages (`lecture-sorte-besoin`…): in French its code.
    pub fn name(self, lang: Lang) -> &'static str {
        crate::i18n::word(lang, &format!("lecture-sorte-{}", self.code())).unwrap_or(self.code())
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
    /// The English label when the file has no `libelle_nl` column.
    pub label_nl: String,
    /// For a need: the index of its domain.
    pub domain: Option<usize>,
}

impl Entry {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.label_fr,
            Lang::En => &self.label_en,
            Lang::Nl => &self.label_nl,
        }
    }
}

// The error type lives with the program's other errors, below `os_error`, which words
// every error of a run.
pub use crate::error::TaxonomyError;

/// Where each column sits in a taxonomy file: SPEC's order, `type;code;domaine;libelle_fr;
/// libelle_en;synonymes`, unless a header line names them (then `libelle_nl` may be among
/// them, anywhere).
#[derive(Debug, Clone, Copy)]
struct Columns {
    domain: usize,
    fr: usize,
    en: usize,
    nl: Option<usize>,
    synonyms: Option<usize>,
    /// The fewest cells a line must have.
    needed: usize,
}

impl Columns {
    const SPEC: Columns = Columns {
        domain: 2,
        fr: 3,
        en: 4,
        nl: None,
        synonyms: Some(5),
        needed: 5,
    };

    /// The columns a header line names; SPEC's position for a column it does not name.
    fn from_header(cells: &[&str]) -> Columns {
        let at = |name: &str| cells.iter().position(|c| value_key(c) == name);
        let spec = Columns::SPEC;
        let domain = at("domaine").unwrap_or(spec.domain);
        let fr = at("libelle-fr").unwrap_or(spec.fr);
        let en = at("libelle-en").unwrap_or(spec.en);
        let nl = at("libelle-nl");
        let synonyms = at("synonymes").or(if nl.is_some() { None } else { spec.synonyms });
        let needed = [1, domain, fr, en].into_iter().max().unwrap_or(4) + 1;
        Columns {
            domain,
            fr,
            en,
            nl,
            synonyms,
            needed,
        }
    }
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
    /// The file has a `libelle_nl` column (else Dutch shows the English labels).
    dutch: bool,
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
        let defect = "the embedded taxonomy is valid"; // not words: a build defect, tested below
        Taxonomy::parse(DEFAULT_TAXONOMY, "taxonomie/taxonomie.csv").expect(defect)
    }

    /// Reads a taxonomy file given with `--taxonomie`; a system error is given in `lang`.
    pub fn load(path: &Path, lang: crate::model::Lang) -> Result<Taxonomy, TaxonomyError> {
        let name = crate::sanitize::path(path);
        let bytes = std::fs::read(path).map_err(|e| TaxonomyError::File {
            file: name.clone(),
            message: Said::new(
                "lecture-taxo-lecture",
                &[("erreur", crate::os_error::describe(&e, lang))],
            ),
        })?;
        let text = crate::ingest::text::decode(&bytes).text;
        Taxonomy::parse(&text, &name)
    }

    /// Parses the `;`-separated taxonomy text; `name` is used in messages.
    pub fn parse(text: &str, name: &str) -> Result<Taxonomy, TaxonomyError> {
        let err = |line: u64, message: Said| TaxonomyError::Line {
            file: name.to_string(),
            line,
            message,
        };
        let mut built = Builder::default();
        let mut seen_header = false;
        let mut cols = Columns::SPEC;
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                err(
                    line,
                    Said::new("lecture-taxo-ligne-illisible", &[("erreur", e.to_string())]),
                )
            })?;
            let line = record.position().map_or(0, |p| p.line());
            let cells: Vec<&str> = record.iter().map(str::trim).collect();
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            if !seen_header {
                seen_header = true;
                if value_key(cells[0]) == "type" {
                    cols = Columns::from_header(&cells);
                    continue;
                }
            }
            built.line(line, &cells, &cols).map_err(|m| err(line, m))?;
        }
        built.finish(name, cols.nl.is_some())
    }

    /// Whether the file gave Dutch labels (`libelle_nl`); without them Dutch pages show the
    /// English labels.
    pub fn has_dutch(&self) -> bool {
        self.dutch
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
        let chars = key.chars().count();
        let budget = (chars / 3).clamp(2, 4);
        let mut scored: Vec<(usize, usize)> = Vec::new();
        for (spelling, index) in &self.spellings[slot(kind)] {
            let contains = key.len() >= 3 && (spelling.contains(&key) || key.contains(spelling.as_str()));
            // Lengths further apart than the budget are further apart in edits too: a
            // hostile 5 MB value is not compared character by character with each spelling.
            let distance = if chars.abs_diff(spelling.chars().count()) > budget {
                budget + 1
            } else {
                edit_distance(&key, spelling)
            };
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

/// A taxonomy being read, line by line.
#[derive(Default)]
struct Builder {
    lists: [Vec<Entry>; 5],
    lookup: [HashMap<String, usize>; 5],
    spellings: [Vec<(String, usize)>; 5],
    /// Needs whose domain is checked once every line is read: (line, need, folded domain).
    pending_domains: Vec<(u64, usize, String)>,
}

impl Builder {
    /// Adds the entry of one line (its `cells`, trimmed), or says what is wrong with it.
    fn line(&mut self, line: u64, cells: &[&str], cols: &Columns) -> Result<(), Said> {
        if cells.len() < cols.needed {
            return Err(Said::new(
                "lecture-taxo-colonnes",
                &[
                    ("n", cells.len().to_string()),
                    ("attendu", cols.needed.to_string()),
                ],
            ));
        }
        let kind = Kind::from_code(cells[0])
            .ok_or_else(|| Said::new("lecture-taxo-type-inconnu", &[("type", cells[0].to_string())]))?;
        let code = value_key(cells[1]);
        if code.is_empty() {
            return Err(Said::new("lecture-taxo-code-vide", &[]));
        }
        let s = slot(kind);
        let index = self.lists[s].len();
        // Cells are packed small: besoins in 16 bits, the other lists in 8.
        let room = if kind == Kind::Besoin { 65_535 } else { 255 };
        if index >= room {
            return Err(Said::new(
                "lecture-taxo-trop-de-lignes",
                &[("type", kind.code().to_string()), ("max", room.to_string())],
            ));
        }
        let cell = |i: usize| cells.get(i).copied().unwrap_or("");
        let entry = entry(code, cells, cols);
        self.spell(
            kind,
            index,
            spellings(&entry, cols.synonyms.and_then(|i| cells.get(i))),
        )?;
        if kind == Kind::Besoin {
            if cell(cols.domain).is_empty() {
                return Err(Said::new(
                    "lecture-taxo-sans-domaine",
                    &[("code", entry.code.clone())],
                ));
            }
            self.pending_domains
                .push((line, index, value_key(cell(cols.domain))));
        }
        self.lists[s].push(entry);
        Ok(())
    }

    /// Records the spellings of entry `index` of `kind`; a spelling already taken is an
    /// error naming the code that has it.
    fn spell(&mut self, kind: Kind, index: usize, spell: Vec<String>) -> Result<(), Said> {
        let s = slot(kind);
        for key in spell {
            if let Some(&other) = self.lookup[s].get(&key) {
                return Err(Said::new(
                    "lecture-taxo-deja",
                    &[
                        ("ecriture", key.clone()),
                        ("type", kind.code().to_string()),
                        ("code", self.lists[s][other].code.clone()),
                    ],
                ));
            }
            self.lookup[s].insert(key.clone(), index);
            self.spellings[s].push((key, index));
        }
        Ok(())
    }

    /// The taxonomy, once each need's domain is known and every list SPEC requires is there.
    fn finish(mut self, name: &str, dutch: bool) -> Result<Taxonomy, TaxonomyError> {
        let file_error = |message: Said| TaxonomyError::File {
            file: name.to_string(),
            message,
        };
        for (line, need, domain) in std::mem::take(&mut self.pending_domains) {
            let d = self.lists[slot(Kind::Domaine)]
                .iter()
                .position(|e| e.code == domain)
                .ok_or_else(|| TaxonomyError::Line {
                    file: name.to_string(),
                    line,
                    message: Said::new("lecture-taxo-domaine-inconnu", &[("domaine", domain.clone())]),
                })?;
            self.lists[slot(Kind::Besoin)][need].domain = Some(d);
        }
        for kind in [Kind::Domaine, Kind::Public, Kind::Territoire, Kind::Besoin] {
            if self.lists[slot(kind)].is_empty() {
                return Err(file_error(Said::new(
                    "lecture-taxo-aucune-ligne",
                    &[("type", kind.code().to_string())],
                )));
            }
        }
        let find = |kind: Kind, code: &str| self.lists[slot(kind)].iter().position(|e| e.code == code);
        let tous =
            find(Kind::Public, "tous").ok_or_else(|| file_error(Said::new("lecture-taxo-sans-tous", &[])))?;
        let commune = find(Kind::Territoire, "commune")
            .ok_or_else(|| file_error(Said::new("lecture-taxo-sans-commune", &[])))?;
        Ok(Taxonomy {
            dutch,
            lists: self.lists,
            lookup: self.lookup,
            spellings: self.spellings,
            tous,
            commune,
        })
    }
}

/// The entry of a line: its labels, each falling back on the one before (French on the
/// code, English on French, Dutch on English).
fn entry(code: String, cells: &[&str], cols: &Columns) -> Entry {
    let cell = |i: usize| cells.get(i).copied().unwrap_or("");
    let label_fr = if cell(cols.fr).is_empty() {
        code.clone()
    } else {
        cell(cols.fr).to_string()
    };
    let label_en = if cell(cols.en).is_empty() {
        label_fr.clone()
    } else {
        cell(cols.en).to_string()
    };
    let label_nl = match cols.nl.map(cell) {
        Some(nl) if !nl.is_empty() => nl.to_string(),
        _ => label_en.clone(),
    };
    Entry {
        code,
        label_fr,
        label_en,
        label_nl,
        domain: None,
    }
}

/// Every folded spelling of an entry: its code, its labels and its synonyms (`|`-separated),
/// sorted, each once.
fn spellings(entry: &Entry, synonyms: Option<&&str>) -> Vec<String> {
    let mut spell = vec![
        entry.code.clone(),
        value_key(&entry.label_fr),
        value_key(&entry.label_en),
        value_key(&entry.label_nl),
    ];
    if let Some(syn) = synonyms {
        spell.extend(syn.split('|').map(value_key).filter(|k| !k.is_empty()));
    }
    spell.sort();
    spell.dedup();
    spell
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

    #[test]
    fn dutch_labels_are_shown_and_read() {
        let t = Taxonomy::default_embedded();
        assert!(t.has_dutch());
        let need = t
            .resolve(Kind::Besoin, "Vroegtijdig schoolverlaten")
            .expect("a Dutch label");
        assert_eq!(t.code(Kind::Besoin, need), "decrochage-scolaire");
        assert_eq!(
            t.entry(Kind::Besoin, need).label(Lang::Nl),
            "Vroegtijdig schoolverlaten"
        );
        assert_eq!(t.entry(Kind::Besoin, need).label(Lang::Fr), "Décrochage scolaire");
        assert_eq!(
            t.entry(Kind::Territoire, t.commune).label(Lang::Nl),
            "Hele gemeente"
        );
        assert_eq!(t.entry(Kind::Public, t.tous).label(Lang::Nl), "Alle doelgroepen");
        // Waremme's sections keep their names.
        let oleye = t.resolve(Kind::Territoire, "oleye").expect("oleye");
        assert_eq!(t.entry(Kind::Territoire, oleye).label(Lang::Nl), "Oleye");
        // Every code has its own Dutch label, and synonyms still read.
        for kind in Kind::ALL {
            for e in t.list(kind) {
                assert!(!e.label_nl.is_empty(), "{}", e.code);
            }
        }
        assert_eq!(
            t.resolve(Kind::Public, "ados").map(|i| t.code(Kind::Public, i)),
            Some("jeunes")
        );
        assert_eq!(Kind::Public.name(Lang::Nl), "doelgroep");
        assert_eq!(Kind::Public.name(Lang::En), "audience");
        assert_eq!(Kind::Public.name(Lang::Fr), "public");
    }

    #[test]
    fn a_file_without_libelle_nl_shows_the_english_in_dutch() {
        let old = "type;code;domaine;libelle_fr;libelle_en;synonymes\n\
                   domaine;social;;Social;Social;\n\
                   besoin;isolement;social;Isolement;Isolation;solitude\n\
                   public;tous;;Tous publics;All publics;\n\
                   territoire;commune;;Toute la commune;Whole municipality;\n";
        let t = Taxonomy::parse(old, "t.csv").expect("an older taxonomy");
        assert!(!t.has_dutch());
        assert_eq!(t.entry(Kind::Besoin, 0).label(Lang::Nl), "Isolation");
        assert_eq!(t.resolve(Kind::Besoin, "solitude"), Some(0));
        // No header line at all: SPEC's order.
        let bare = "domaine;social;;Social;Social;\nbesoin;isolement;social;Isolement;Isolation;solitude\n\
                    public;tous;;Tous;All;\nterritoire;commune;;C;C;\n";
        let t = Taxonomy::parse(bare, "t.csv").expect("no header");
        assert_eq!(t.resolve(Kind::Besoin, "solitude"), Some(0));
        assert_eq!(t.entry(Kind::Besoin, 0).label(Lang::Nl), "Isolation");
        // libelle_nl anywhere the header puts it, an empty cell falling back to English.
        let moved = "type;code;domaine;libelle_nl;libelle_fr;libelle_en;synonymes\n\
                     domaine;social;;Sociaal;Social;Social;\n\
                     besoin;isolement;social;;Isolement;Isolation;solitude\n\
                     public;tous;;Alle doelgroepen;Tous;All;\n\
                     territoire;commune;;Hele gemeente;C;C;\n";
        let t = Taxonomy::parse(moved, "t.csv").expect("libelle_nl fourth");
        assert!(t.has_dutch());
        assert_eq!(t.entry(Kind::Domaine, 0).label(Lang::Nl), "Sociaal");
        assert_eq!(t.entry(Kind::Domaine, 0).label(Lang::Fr), "Social");
        assert_eq!(t.entry(Kind::Besoin, 0).label(Lang::Nl), "Isolation");
        assert_eq!(t.resolve(Kind::Public, "alle doelgroepen"), Some(0));
        assert_eq!(t.resolve(Kind::Besoin, "solitude"), Some(0));
    }

    #[test]
    fn a_broken_file_is_told_in_each_language() {
        let short = "type;code;domaine;libelle_fr;libelle_en;synonymes;libelle_nl\ndomaine;social;;Social\n";
        let e = Taxonomy::parse(short, "t.csv").unwrap_err();
        assert_eq!(
            e.message(Lang::Fr),
            "taxonomie t.csv, ligne 2 : 4 colonnes trouvées, 5 au moins attendues : \
             type;code;domaine;libelle_fr;libelle_en;synonymes, et libelle_nl si l'en-tête la nomme"
        );
        assert_eq!(e.to_string(), e.message(Lang::Fr));
        assert_eq!(
            e.message(Lang::En),
            "taxonomy t.csv, line 2: 4 columns found, at least 5 expected: \
             type;code;domaine;libelle_fr;libelle_en;synonymes, and libelle_nl if the header names it"
        );
        assert!(e
            .message(Lang::Nl)
            .starts_with("taxonomie t.csv, rij 2: 4 kolommen gevonden, minstens 5 verwacht"));
        let no_tous = "domaine;d;;D;D;\nbesoin;b;d;B;B;\npublic;p;;P;P;\nterritoire;commune;;C;C;\n";
        let e = Taxonomy::parse(no_tous, "t.csv").unwrap_err();
        assert_eq!(
            e.message(Lang::Nl),
            "taxonomie t.csv: de doelgroep „tous” is verplicht (ze dekt alle doelgroepen)"
        );
        let bad_type = "foo;x;;X;X;\n";
        let e = Taxonomy::parse(bad_type, "t.csv").unwrap_err();
        assert!(
            e.message(Lang::Nl).contains("onbekend type 'foo'"),
            "{}",
            e.message(Lang::Nl)
        );
        // Only this family's misses: another test asks for a missing message on purpose.
        let misses: Vec<String> = crate::i18n::misses()
            .into_iter()
            .filter(|m| m.contains("lecture-"))
            .collect();
        assert!(misses.is_empty(), "{misses:?}");
    }
}
