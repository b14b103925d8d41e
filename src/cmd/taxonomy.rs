//! `cadastre taxonomie`: prints the codes and labels partners may use.

use crate::config::TaxonomyConfig;
use crate::exit_codes::ExitStatus;
use crate::model::Lang;
use crate::taxonomy::Kind;

/// The listing, as text.
pub fn listing(cfg: &TaxonomyConfig) -> String {
    let t = &cfg.taxonomy;
    let lang = cfg.lang;
    let mut s = String::new();
    for kind in Kind::ALL {
        let title = match (kind, lang) {
            (Kind::Domaine, Lang::Fr) => "Domaines",
            (Kind::Domaine, Lang::En | Lang::Nl) => "Domains",
            (Kind::Groupe, Lang::Fr) => "Groupes de travail (colonne groupe)",
            (Kind::Groupe, Lang::En | Lang::Nl) => "Working groups (column group)",
            (Kind::Public, Lang::Fr) => "Publics (colonne public)",
            (Kind::Public, Lang::En | Lang::Nl) => "Publics (column audience)",
            (Kind::Territoire, Lang::Fr) => "Territoires (colonne territoire ; commune = toute la commune)",
            (Kind::Territoire, Lang::En | Lang::Nl) => {
                "Territories (column territory; commune = the whole municipality)"
            }
            (Kind::Besoin, Lang::Fr) => "Besoins (colonne besoin), par domaine",
            (Kind::Besoin, Lang::En | Lang::Nl) => "Needs (column need), by domain",
        };
        s.push_str(title);
        s.push('\n');
        if kind == Kind::Besoin {
            for (d, domain) in t.list(Kind::Domaine).iter().enumerate() {
                s.push_str(&format!("  [{}]\n", domain.label(lang)));
                for e in t.list(Kind::Besoin).iter().filter(|e| e.domain == Some(d)) {
                    s.push_str(&format!("    {:<32} {}\n", e.code, e.label(lang)));
                }
            }
        } else {
            for e in t.list(kind) {
                s.push_str(&format!("  {:<32} {}\n", e.code, e.label(lang)));
            }
        }
        s.push('\n');
    }
    s.push_str(lang.pick(
        "Priorité : 1 (faible), 2 (moyenne), 3 (haute, élevée), 4 (urgente).\nLes libellés sont acceptés à la place des codes, sans tenir compte des majuscules ni des accents.\n",
        "Priority: 1 (low), 2 (medium), 3 (high), 4 (urgent).\nLabels are accepted instead of codes, whatever the case and accents.\n",
    ));
    s
}

pub fn run(cfg: TaxonomyConfig) -> anyhow::Result<ExitStatus> {
    print!("{}", listing(&cfg));
    Ok(ExitStatus::Success)
}
