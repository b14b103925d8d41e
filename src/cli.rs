//! The command line, as clap reads it. Every subcommand's arguments are turned once into a
//! validated plain config ([`crate::config`]) before any work starts.
//!
//! The help texts are not here: [`parse`] builds the command, finds the language asked on
//! the command line, and gives each subcommand and argument its text from the `aide`
//! catalog: `aide-SUBCOMMAND` (by the name its usage line shows) and
//! `aide-SUBCOMMAND-ARGUMENT` (by the option's French alias when it has one, else its
//! name). The comments below are for developers; clap's own words (errors,
//! "Usage:", "Options:") stay clap's.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::i18n::t;
use crate::model::Lang;
use crate::period::Period;

/// The whole command line.
#[derive(Debug, Parser)]
#[command(name = "cadastre", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyses a quarter.
    #[command(alias = "analyze")]
    Analyse(AnalyseArgs),
    /// Compares two analysed quarters.
    #[command(visible_alias = "comparer")]
    Compare(CompareArgs),
    /// Writes a synthetic benchmark corpus.
    #[command(visible_alias = "generer")]
    Generate(GenerateArgs),
    /// Writes the services guide.
    Guide(GuideArgs),
    /// Prints a partner's sheet.
    #[command(name = "partenaire", visible_alias = "partner")]
    Partner(PartnerArgs),
    /// Writes the blank survey files.
    #[command(visible_alias = "modele")]
    Template(TemplateArgs),
    /// Prints the accepted codes and labels.
    #[command(visible_alias = "taxonomie")]
    Taxonomy(TaxonomyArgs),
    /// Runs the web portal.
    Serve(ServeArgs),
    /// Sets the portal up: password, period, partners.
    #[command(name = "portail", visible_alias = "portal")]
    Portal(PortalArgs),
    /// Matches the council's volunteers with the associations' missions.
    #[command(name = "benevoles", visible_alias = "volunteers")]
    Volunteers(VolunteersArgs),
}

/// The portal's data folder, shared by `serve` and `portail`.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// The portal's data folder.
    #[arg(long, visible_alias = "donnees", value_name = "DOSSIER")]
    pub data: PathBuf,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Address to listen on.
    #[arg(
        long,
        visible_alias = "adresse",
        value_name = "ADRESSE",
        default_value = "127.0.0.1:8080"
    )]
    pub address: std::net::SocketAddr,
    /// Largest upload, in bytes or with a unit.
    #[arg(
        long,
        visible_alias = "max-depot",
        value_name = "TAILLE",
        default_value = "20MB"
    )]
    pub max_upload: String,
    /// Publishes the last guide at /guide.
    #[arg(long, visible_alias = "guide-public")]
    pub public_guide: bool,
    /// Taxonomy file instead of the embedded one.
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Language of the rejections and outputs.
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
    /// Days before the deadline the reminders go out on their own (7,2).
    #[arg(long, visible_alias = "rappels", value_name = "JOURS", value_delimiter = ',')]
    pub reminders: Vec<u16>,
    /// Time zone of the times shown.
    #[arg(
        long,
        visible_alias = "fuseau",
        value_name = "ZONE",
        default_value = "Europe/Brussels"
    )]
    pub zone: String,
    /// The reverse proxy's address, trusted for X-Forwarded-For.
    #[arg(long, value_name = "ADRESSE")]
    pub proxy: Option<std::net::IpAddr>,
}

#[derive(Debug, Args)]
pub struct PortalArgs {
    #[command(subcommand)]
    pub command: PortalCommand,
    /// Language of the messages (given before or after the subcommand).
    #[arg(long, visible_alias = "langue", value_enum, global = true)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
pub enum PortalCommand {
    /// Sets the coordinator's password, read from stdin.
    Coordination {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Opens a period for uploads.
    #[command(name = "periode", visible_alias = "period")]
    Period {
        #[command(flatten)]
        data: DataArgs,
        /// The period.
        period: Period,
        /// Deadline of the uploads.
        #[arg(long, visible_alias = "echeance", value_name = "AAAA-MM-JJ")]
        deadline: Option<String>,
    },
    /// Registers a partner and prints a new personal link.
    #[command(name = "partenaire", visible_alias = "partner")]
    Partner {
        #[command(flatten)]
        data: DataArgs,
        /// The partner's name.
        name: String,
        /// The partner's email address.
        #[arg(long, visible_alias = "courriel", value_name = "ADRESSE")]
        email: Option<String>,
    },
    /// Imports the council's list of volunteers; prints each one's link.
    #[command(name = "benevoles", visible_alias = "volunteers")]
    Volunteers {
        #[command(flatten)]
        data: DataArgs,
        /// The council's list (any format the partner files come in).
        #[arg(value_name = "FICHIER")]
        file: PathBuf,
        /// Taxonomy file instead of the embedded one.
        #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
        taxonomy: Option<PathBuf>,
    },
    /// Sets the SMTP relay the invitations go through.
    #[command(name = "courriel", visible_alias = "mail")]
    Mail {
        #[command(flatten)]
        data: DataArgs,
        /// HOST:PORT of the relay.
        #[arg(long, visible_alias = "serveur", value_name = "HOTE:PORT")]
        server: String,
        /// The sender's address.
        #[arg(long, visible_alias = "expediteur", value_name = "ADRESSE")]
        sender: String,
        /// The portal's public address.
        #[arg(long, value_name = "URL")]
        url: String,
        /// starttls, tls or aucune.
        #[arg(long, visible_alias = "securite", value_enum, default_value = "starttls")]
        security: crate::portal::mail::Security,
        /// User name on the relay; the password is read from stdin.
        #[arg(long, visible_alias = "utilisateur", value_name = "NOM")]
        user: Option<String>,
    },
    /// E-mails partners a fresh personal link.
    #[command(name = "inviter", visible_alias = "invite")]
    Invite {
        #[command(flatten)]
        data: DataArgs,
        /// The partners (every one with an address when none is named).
        names: Vec<String>,
    },
    /// Reminds by e-mail the partners that sent nothing for the open period.
    #[command(name = "rappel", visible_alias = "remind")]
    Remind {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Writes a consistent copy of the data folder into one file.
    #[command(name = "sauvegarde", visible_alias = "backup")]
    Backup {
        #[command(flatten)]
        data: DataArgs,
        /// The backup file.
        #[arg(long, visible_alias = "vers", value_name = "FICHIER")]
        to: PathBuf,
    },
    /// Makes a working data folder of a backup.
    #[command(name = "restaurer", visible_alias = "restore")]
    Restore {
        /// The backup file.
        #[arg(long, visible_alias = "depuis", value_name = "FICHIER")]
        from: PathBuf,
        #[command(flatten)]
        data: DataArgs,
    },
}

impl Command {
    /// The language of the run's messages.
    pub fn lang(&self) -> Lang {
        match self {
            Command::Analyse(a) => a.input.lang,
            Command::Compare(a) => a.lang,
            Command::Generate(a) => a.lang,
            Command::Guide(a) => a.input.lang,
            Command::Template(a) => a.lang,
            Command::Taxonomy(a) => a.lang,
            Command::Partner(a) => a.input.lang,
            Command::Serve(a) => a.lang,
            Command::Portal(a) => a.lang.unwrap_or_default(),
            Command::Volunteers(a) => a.lang,
        }
    }
}

/// The arguments every command that reads a period folder shares.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// A quarter's folder, or a folder of quarters.
    pub dir: Option<PathBuf>,
    /// The period analysed.
    #[arg(long, visible_alias = "periode", value_name = "PERIODE")]
    pub period: Option<Period>,
    /// Output folder.
    #[arg(
        long,
        visible_alias = "sortie",
        value_name = "SORTIE",
        default_value = "output"
    )]
    pub out: PathBuf,
    /// Taxonomy file instead of the embedded one.
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Language of the messages and outputs.
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct AnalyseArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Exit code 1 on any rejection.
    #[arg(long)]
    pub strict: bool,
    /// Small counts of people shown as "<N".
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_cell: u64,
    /// HXL hashtags under the CSV headers.
    #[arg(long)]
    pub hxl: bool,
    /// The validated rows in Parquet too.
    #[arg(long)]
    pub parquet_lignes: bool,
    /// The council's volunteers and missions: counts of who could help with the gaps.
    #[arg(long = "volunteers", visible_alias = "benevoles", value_name = "DOSSIER")]
    pub volunteers: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct VolunteersArgs {
    /// The council's folder or file: volunteers and missions tables.
    pub dir: PathBuf,
    /// Output folder.
    #[arg(
        long,
        visible_alias = "sortie",
        value_name = "SORTIE",
        default_value = "output"
    )]
    pub out: PathBuf,
    /// Taxonomy file instead of the embedded one.
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Language of the messages and outputs.
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier quarter.
    pub p1: Period,
    /// The later quarter.
    pub p2: Period,
    /// Output folder of the analyses.
    #[arg(
        long,
        visible_alias = "sortie",
        value_name = "SORTIE",
        default_value = "output"
    )]
    pub out: PathBuf,
    /// Taxonomy file.
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Language of the messages.
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Number of need rows.
    #[arg(long, visible_alias = "lignes", value_name = "N", default_value_t = 1_000_000)]
    pub rows: u64,
    /// Number of partners.
    #[arg(long, visible_alias = "partenaires", value_name = "P", default_value_t = 500)]
    pub partners: u32,
    /// Random seed.
    #[arg(long, visible_alias = "graine", default_value_t = 1)]
    pub seed: u64,
    /// Rows per file.
    #[arg(long, visible_alias = "lignes-par-fichier", default_value_t = 100_000)]
    pub rows_per_file: u64,
    /// Output folder (empty or absent).
    #[arg(long, visible_alias = "sortie", value_name = "DOSSIER")]
    pub out: PathBuf,
    /// Language of the messages.
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// HXL hashtags under the CSV header.
    #[arg(long)]
    pub hxl: bool,
}

#[derive(Debug, Args)]
pub struct PartnerArgs {
    /// The partner's name.
    pub name: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// Small counts of people shown as "<N".
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_cell: u64,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Output folder.
    #[arg(
        long,
        visible_alias = "sortie",
        value_name = "DOSSIER",
        default_value = "modeles"
    )]
    pub out: PathBuf,
    /// Taxonomy file for the drop-down lists.
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Language of the instructions.
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

#[derive(Debug, Args)]
pub struct TaxonomyArgs {
    /// Taxonomy file to list instead of the embedded one.
    #[arg(long, visible_alias = "taxonomie", value_name = "FICHIER")]
    pub taxonomy: Option<PathBuf>,
    /// Language of the labels.
    #[arg(long, visible_alias = "langue", value_enum, default_value = "fr")]
    pub lang: Lang,
}

/// The language the command line asks for, read before clap parses it (the help must be
/// in that language): `--langue X`, `--lang X`, `--langue=X`, `--lang=X`; French when none
/// is given or the value is not a language (clap then says so).
pub fn asked_lang(args: &[OsString]) -> Lang {
    let mut asked = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.split_once('=') {
            Some(("--langue" | "--lang", v)) => Some(v.to_string()),
            None if word == "--langue" || word == "--lang" => words.next().map(|v| v.to_string()),
            _ => None,
        };
        if let Some(lang) = value.and_then(|v| Lang::from_str(&v, true).ok()) {
            asked = Some(lang);
        }
    }
    asked.unwrap_or_default()
}

/// The clap command with every help text from the `aide` catalog of `lang`.
pub fn command(lang: Lang) -> clap::Command {
    with_help(Cli::command(), "", &mut |path| t(lang, &format!("aide-{path}")))
}

/// The name an argument has in the catalog's ids: its first visible alias (the French
/// option) when it has one, else its name, `_` written `-`.
fn catalog_name(name: &str, aliases: Option<Vec<&str>>) -> String {
    aliases
        .and_then(|a| a.first().map(|a| a.to_string()))
        .unwrap_or_else(|| name.to_string())
        .replace('_', "-")
}

/// Gives `cmd` its summary, its arguments their help and its subcommands theirs, down the
/// tree: `text(path)` is the text of `aide-{path}`, where the path is `cadastre` for the
/// program, `SUB`, `SUB-ARG`, `SUB-SUB2-ARG`… below it. clap's own `--help` and
/// `--version` keep clap's words.
fn with_help(mut cmd: clap::Command, path: &str, text: &mut dyn FnMut(&str) -> String) -> clap::Command {
    let at = |name: &str| {
        if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}-{name}")
        }
    };
    let summary = text(if path.is_empty() { "cadastre" } else { path });
    cmd = cmd.about(summary).long_about(None);
    let args: Vec<(clap::Id, String)> = cmd
        .get_arguments()
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .map(|a| {
            let name = catalog_name(a.get_id().as_str(), a.get_visible_aliases());
            (a.get_id().clone(), at(&name))
        })
        .collect();
    for (id, arg_path) in args {
        let help = text(&arg_path);
        cmd = cmd.mut_arg(id, |a| a.help(help).long_help(None));
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for sub in subs {
        let sub_path = at(&sub);
        cmd = cmd.mut_subcommand(sub, |s| with_help(s, &sub_path, text));
    }
    cmd
}

/// The command line of this process, parsed with the help in the language it asks for;
/// exits as clap does on `--help`, `--version` or a mistake.
pub fn parse() -> Cli {
    parse_from(std::env::args_os().collect())
}

/// [`parse`] for the given arguments (the first is the program's name).
pub fn parse_from(args: Vec<OsString>) -> Cli {
    let lang = asked_lang(&args);
    let mut cmd = command(lang);
    let matches = cmd.clone().get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        assert_eq!(asked_lang(&args("cadastre analyse --help")), Lang::Fr);
        assert_eq!(asked_lang(&args("cadastre analyse --help --langue nl")), Lang::Nl);
        assert_eq!(asked_lang(&args("cadastre analyse --lang en -h")), Lang::En);
        assert_eq!(asked_lang(&args("cadastre analyse --langue=nl")), Lang::Nl);
        assert_eq!(asked_lang(&args("cadastre analyse --lang=EN")), Lang::En);
        // Not a language: French, and clap then says what is wrong.
        assert_eq!(asked_lang(&args("cadastre analyse --langue xx")), Lang::Fr);
        assert_eq!(asked_lang(&args("cadastre analyse --langue")), Lang::Fr);
        // After `--`, a value is not an option.
        assert_eq!(asked_lang(&args("cadastre partenaire -- --langue nl")), Lang::Fr);
    }

    /// Every subcommand and argument has its `aide-…` message, and every `aide-…` message
    /// of the catalogs belongs to one (the catalogs' test counts them all named through
    /// the `"aide-{…}"` prefix).
    #[test]
    fn each_help_text_has_its_message_and_each_message_its_place() {
        let mut asked = std::collections::BTreeSet::new();
        let cmd = with_help(Cli::command(), "", &mut |path| {
            asked.insert(format!("aide-{path}"));
            String::new()
        });
        cmd.debug_assert();
        for (lang, _, families) in crate::i18n::CATALOGS {
            let aide = families[crate::i18n::FAMILIES.iter().position(|f| *f == "aide").unwrap()];
            let ids: std::collections::BTreeSet<String> = aide
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_string()))
                .filter(|id| id.starts_with("aide-"))
                .collect();
            assert_eq!(ids, asked, "{lang:?}");
        }
    }

    #[test]
    fn the_help_is_in_the_language_asked() {
        let help = |lang| {
            let mut cmd = command(lang);
            let analyse = cmd.find_subcommand_mut("analyse").unwrap();
            analyse.render_long_help().to_string()
        };
        assert!(help(Lang::Fr).contains("Période analysée, ex. 2026-T3"));
        assert!(help(Lang::En).contains("Period analysed, e.g. 2026-T3"));
        assert!(help(Lang::Nl).contains("Geanalyseerde periode, bv. 2026-T3"));
        assert!(help(Lang::Nl).starts_with("Analyseert een kwartaal"));
    }
}
