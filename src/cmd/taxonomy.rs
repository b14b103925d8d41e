//! `cadastre taxonomie`: prints the codes and labels partners may use.

use crate::config::TaxonomyConfig;
use crate::exit_codes::ExitStatus;
use crate::i18n::t;
use crate::taxonomy::Kind;

/// The listing, as text.
pub fn listing(cfg: &TaxonomyConfig) -> String {
    let tax = &cfg.taxonomy;
    let lang = cfg.lang;
    let mut s = String::new();
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
