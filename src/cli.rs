//! The command line, as clap reads it. Every subcommand's arguments are turned once into a
//! validated plain config ([`crate::config`]) before any work starts.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::model::Lang;
use crate::period::Period;

/// Cadastre des besoins : les besoins que voient les partenaires, face aux services qui
/// existent, et les manques à combler.
#[derive(Debug, Parser)]
#[command(name = "cadastre", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse un trimestre : cadastre, matrices des manques, rejets (analyse a quarter)
    #[command(alias = "analyze")]
    Analyse(AnalyseArgs),
    /// Compare deux trimestres déjà analysés : ce qui est apparu, résolu, aggravé, réduit
    #[command(visible_alias = "comparer")]
    Compare(CompareArgs),
    /// Écrit un corpus synthétique pour les mesures de performance (synthetic benchmark corpus)
    #[command(visible_alias = "generer")]
    Generate(GenerateArgs),
    /// Écrit le guide des services pour les intervenants (services guide for field workers)
    Guide(GuideArgs),
    /// Affiche la fiche d'un partenaire pour la rencontre bilatérale (a partner's sheet)
    #[command(name = "partenaire", visible_alias = "partner")]
    Partner(PartnerArgs),
    /// Écrit les fichiers vierges à envoyer aux partenaires (blank survey files)
    #[command(visible_alias = "modele")]
    Template(TemplateArgs),
    /// Affiche les codes et libellés admis (the accepted codes and labels)
    #[command(visible_alias = "taxonomie")]
    Taxonomy(TaxonomyArgs),
    /// Ouvre le portail : les partenaires déposent, la coordination analyse (web portal)
    Serve(ServeArgs),
    /// Règle le portail, serveur lancé ou non : mot de passe, période, partenaires
    #[command(name = "portail", visible_alias = "portal")]
    Portal(PortalArgs),
}

/// The portal's data folder, shared by `serve` and `portail`.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// Dossier des données du portail (base, dépôts, archives, sorties), créé s'il manque
    #[arg(long, visible_alias = "donnees", value_name = "DOSSIER")]
    pub data: PathBuf,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Adresse d'écoute ; derrière un proxy inverse (TLS), gardez 127.0.0.1
    #[arg(
        long,
        visible_alias = "adresse",
        value_name = "ADRESSE",
        default_value = "127.0.0.1:8080"
    )]
    pub address: std::net::SocketAddr,
    /// Taille maximale d'un fichier déposé, en octets ou avec une unité (20MB, 500kB)
    #[arg(
        long,
        visible_alias = "max-depot",
        value_name = "TAILLE",
        default_value = "20MB"
    )]
    pub max_upload: String,
    /// Publie le guide des services de la dernière analyse à /guide, sans connexion
    #[arg(long, visible_alias = "guide-public")]
    pub public_guide: bool,
    /// Fichier de taxonomie à utiliser à la place de celui fourni
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Langue des rejets et des sorties
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct PortalArgs {
    #[command(subcommand)]
    pub command: PortalCommand,
}

#[derive(Debug, Subcommand)]
pub enum PortalCommand {
    /// Définit le mot de passe de la coordination, lu sur une ligne de l'entrée standard
    Coordination {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Ouvre une période aux dépôts (une seule est ouverte à la fois)
    #[command(name = "periode", visible_alias = "period")]
    Period {
        #[command(flatten)]
        data: DataArgs,
        /// La période, ex. 2026-T4
        period: Period,
        /// Date limite des dépôts, AAAA-MM-JJ
        #[arg(long, visible_alias = "echeance", value_name = "AAAA-MM-JJ")]
        deadline: Option<String>,
    },
    /// Inscrit un partenaire s'il est nouveau et affiche son nouveau lien personnel
    #[command(name = "partenaire", visible_alias = "partner")]
    Partner {
        #[command(flatten)]
        data: DataArgs,
        /// Le nom du partenaire
        name: String,
        /// Son adresse de courriel
        #[arg(long, visible_alias = "courriel", value_name = "ADRESSE")]
        email: Option<String>,
    },
}

impl Command {
    /// The language of the run's messages (`generer` has no `--langue`: French).
    pub fn lang(&self) -> Lang {
        match self {
            Command::Analyse(a) => a.input.lang,
            Command::Compare(a) => a.lang,
            Command::Generate(_) => Lang::default(),
            Command::Guide(a) => a.input.lang,
            Command::Template(a) => a.lang,
            Command::Taxonomy(a) => a.lang,
            Command::Partner(a) => a.input.lang,
            Command::Serve(a) => a.lang,
            Command::Portal(_) => Lang::default(),
        }
    }
}

/// The arguments every command that reads a period folder shares.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Dossier du trimestre, avec les fichiers des partenaires, ou dossier de trimestres
    /// (un sous-dossier 2026-T3 par trimestre) [défaut : l'exemple fourni, datasets/waremme]
    pub dir: Option<PathBuf>,
    /// Période analysée, ex. 2026-T3 [défaut : lue dans le nom du dossier ou les fichiers]
    #[arg(long, visible_alias = "periode", value_name = "PERIODE")]
    pub period: Option<Period>,
    /// Dossier de sortie ; les résultats vont dans SORTIE/PERIODE/
    #[arg(
        long,
        visible_alias = "sortie",
        value_name = "SORTIE",
        default_value = "output"
    )]
    pub out: PathBuf,
    /// Fichier de taxonomie à utiliser à la place de celui fourni
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Langue des messages et des sorties
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct AnalyseArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Échoue (code 1) s'il y a le moindre rejet, après avoir tout écrit
    #[arg(long)]
    pub strict: bool,
    /// Affiche « <N » pour tout nombre de personnes entre 1 et N-1 (diffusion hors partenariat)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_cell: u64,
    /// Ajoute une ligne de hashtags HXL sous l'en-tête de cadastre.csv et guide.csv
    #[arg(long)]
    pub hxl: bool,
    /// Écrit aussi les lignes validées en Parquet (besoins_partenaires, services_valides,
    /// taxonomie, partenaires_orthographes) pour sql/cadastre.sql
    #[arg(long)]
    pub parquet_lignes: bool,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Le trimestre de départ, ex. 2026-T2
    pub p1: Period,
    /// Le trimestre d'arrivée, ex. 2026-T3
    pub p2: Period,
    /// Dossier de sortie des analyses (son historique est lu ; la comparaison y est écrite)
    #[arg(
        long,
        visible_alias = "sortie",
        value_name = "SORTIE",
        default_value = "output"
    )]
    pub out: PathBuf,
    /// Fichier de taxonomie (pour l'ordre des lignes)
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Langue des messages
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Nombre de lignes de besoins (les services en font un dixième)
    #[arg(long, visible_alias = "lignes", value_name = "N", default_value_t = 1_000_000)]
    pub rows: u64,
    /// Nombre de partenaires
    #[arg(long, visible_alias = "partenaires", value_name = "P", default_value_t = 500)]
    pub partners: u32,
    /// Graine : la même graine donne les mêmes fichiers
    #[arg(long, visible_alias = "graine", default_value_t = 1)]
    pub seed: u64,
    /// Lignes par fichier
    #[arg(long, visible_alias = "lignes-par-fichier", default_value_t = 100_000)]
    pub rows_per_file: u64,
    /// Dossier où écrire le corpus (il doit être vide ou absent)
    #[arg(long, visible_alias = "sortie", value_name = "DOSSIER")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Ajoute une ligne de hashtags HXL sous l'en-tête de guide.csv
    #[arg(long)]
    pub hxl: bool,
}

#[derive(Debug, Args)]
pub struct PartnerArgs {
    /// Nom du partenaire (majuscules, accents et espaces ne comptent pas)
    pub name: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// Affiche « <N » pour tout nombre de personnes entre 1 et N-1
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_cell: u64,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Dossier où écrire les modèles
    #[arg(
        long,
        visible_alias = "sortie",
        value_name = "DOSSIER",
        default_value = "modeles"
    )]
    pub out: PathBuf,
    /// Fichier de taxonomie pour les listes déroulantes
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Langue des instructions
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct TaxonomyArgs {
    /// Fichier de taxonomie à afficher à la place de celui fourni
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Langue des libellés
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}
