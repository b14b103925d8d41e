//! `cadastre taxonomie`: prints the codes and labels partners may use.

use crate::config::TaxonomyConfig;
use crate::exit_codes::ExitStatus;
use crate::i18n::t;
use crate::model::Lang;
use crate::taxonomy::Kind;

/// The listing, as text.
pub fn listing(cfg: &TaxonomyConfig) -> String {
    let tax = &cfg.taxonomy;
    let lang = cfg.lang;
    let mut s = String::new();
    if lang == Lang::Nl && !tax.has_dutch() {
        s.push_str(&t(lang, "term-taxo-sans-nl"));
        s.push_str("\n\n");
    }
    for kind in Kind::ALL {
        let title = match kind {
            Kind::Domaine => t(lang, "term-taxo-domaine"),
            Kind::Groupe => t(lang, "term-taxo-groupe"),
            Kind::Public => t(lang, "term-taxo-public"),
            Kind::Territoire => t(lang, "term-taxo-territoire"),
            Kind::Besoin => t(lang, "term-taxo-besoin"),
        };
        s.push_str(&title);
        s.push('\n');
        if kind == Kind::Besoin {
            for (d, domain) in tax.list(Kind::Domaine).iter().enumerate() {
                s.push_str(&format!("  [{}]\n", domain.label(lang)));
                for e in tax.list(Kind::Besoin).iter().filter(|e| e.domain == Some(d)) {
                    s.push_str(&format!("    {:<32} {}\n", e.code, e.label(lang)));
                }
            }
        } else {
            for e in tax.list(kind) {
                s.push_str(&format!("  {:<32} {}\n", e.code, e.label(lang)));
            }
        }
        s.push('\n');
    }
    s.push_str(&t(lang, "term-taxo-fin"));
    s.push('\n');
    s
}

pub fn run(cfg: TaxonomyConfig) -> anyhow::Result<ExitStatus> {
    print!("{}", listing(&cfg));
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::Taxonomy;

    #[test]
    fn in_dutch_a_taxonomy_without_dutch_labels_says_so() {
        let old = "type;code;domaine;libelle_fr;libelle_en;synonymes\n\
                   domaine;social;;Social;Social;\nbesoin;isolement;social;Isolement;Isolation;\n\
                   public;tous;;Tous publics;All audiences;\nterritoire;commune;;Toute la commune;Whole municipality;\n";
        let cfg = |taxonomy, lang| TaxonomyConfig { taxonomy, lang };
        let listed = listing(&cfg(Taxonomy::parse(old, "t.csv").expect("taxonomy"), Lang::Nl));
        assert!(
            listed.starts_with("Deze taxonomie heeft geen Nederlandse labels"),
            "{listed}"
        );
        assert!(
            listed.contains("isolement                        Isolation"),
            "{listed}"
        );
        let with_dutch = listing(&cfg(Taxonomy::default_embedded(), Lang::Nl));
        assert!(with_dutch.starts_with("Domeinen\n"), "{with_dutch}");
        assert!(with_dutch.contains("Sociaal isolement"), "{with_dutch}");
        let french = listing(&cfg(Taxonomy::parse(old, "t.csv").expect("taxonomy"), Lang::Fr));
        assert!(french.starts_with("Domaines"), "{french}");
    }
}
