//! Reading the council's volunteers and the associations' missions (SPEC "Volunteers"):
//! any file the partner files come in ([`crate::ingest`] gives the raw sheets), headers
//! folded, labels or codes in French, English or Dutch, lists separated by `|` or `,`.
//! Every row is used or reported with its file, sheet, line, column, value and a reason
//! naming the closest valid value; the rows of one person are merged (a warning).
//!
//! The portal registers a volunteer from a form with the same checks:
//! [`volunteer_from_fields`], [`mission_from_fields`].

use super::slots::closest_code;
use super::{parse_slot, Mission, Slot, Volunteer};
use crate::i18n::{s, t, t_args};
use crate::ingest::RawRow;
use crate::model::{Lang, Place, Rejection, RosterColumn, RosterKind};
use crate::taxonomy::{Kind, Taxonomy};

/// What a table of the folder is, as `fichiers.csv` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableRole {
    Roster(RosterKind),
    Ignoree,
    Illisible,
}

impl TableRole {
    /// The `table` column: `benevoles`, `missions`, `ignoree` or `illisible`.
    pub fn code(self) -> &'static str {
        match self {
            TableRole::Roster(kind) => kind.code(),
            TableRole::Ignoree => "ignoree",
            TableRole::Illisible => "illisible",
        }
    }
}

/// One row of `fichiers.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableTally {
    pub place: Place,
    pub table: TableRole,
    pub read: u64,
    pub used: u64,
    pub rejected: u64,
    pub remark: String,
}

/// Everything a folder (or one file) of the council gave.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// Merged, in the order first read.
    pub volunteers: Vec<Volunteer>,
    /// In the order read (files by name, rows in order).
    pub missions: Vec<Mission>,
    pub rejections: Vec<Rejection>,
    pub tables: Vec<TableTally>,
    /// A repeat of the same person, merged: one line per repeat, at the repeat.
    pub warnings: Vec<Rejection>,
}

/// A problem with one value of a form, for the portal's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub column: String,
    pub value: String,
    pub reason: String,
}

/// One row's values by column: `None` when the table has no such column.
#[derive(Debug, Default)]
struct Values {
    cells: [Option<String>; RosterColumn::ALL.len()],
}

impl Values {
    fn from_row(columns: &[(RosterColumn, usize)], row: &RawRow) -> Values {
        let mut v = Values::default();
        for (c, i) in columns {
            let cell = row.cells.get(*i).map_or("", |s| s.trim());
            v.cells[*c as usize] = Some(cell.to_string());
        }
        v
    }

    /// Form fields named as the columns; a list comes as repeated fields.
    fn from_fields(fields: &[(String, String)]) -> Values {
        let mut v = Values::default();
        for (name, value) in fields {
            let Some(c) = RosterColumn::from_header(name) else {
                continue;
            };
            let slot = v.cells[c as usize].get_or_insert_with(String::new);
            let value = value.trim();
            if !slot.is_empty() && !value.is_empty() {
                slot.push('|');
            }
            slot.push_str(value);
        }
        v
    }

    fn has(&self, c: RosterColumn) -> bool {
        self.cells[c as usize].is_some()
    }

    fn get(&self, c: RosterColumn) -> &str {
        self.cells[c as usize].as_deref().unwrap_or("")
    }
}

/// The items of a list cell: separated by `|`, `,` or a line break, trimmed, blanks left out.
fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(['|', ',', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Values quoted back to a person are cut to this many characters (SPEC, "Bad input").
const QUOTED: usize = 200;

/// A value as quoted in a reason or in `rejets.csv`: on one line, its first 200
/// characters followed by `…` when longer.
pub(crate) fn quoted(value: &str) -> String {
    let line = crate::sanitize::one_line(value);
    match line.char_indices().nth(QUOTED) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line,
    }
}

/// One row being checked: its values and the problems found so far.
struct Check<'a> {
    values: &'a Values,
    kind: RosterKind,
    tax: &'a Taxonomy,
    lang: Lang,
    problems: Vec<(RosterColumn, String, String)>,
}

impl Check<'_> {
    fn problem(&mut self, c: RosterColumn, value: &str, reason: String) {
        self.problems.push((c, quoted(value), reason));
    }

    fn column_name(&self, c: RosterColumn) -> &'static str {
        c.name(self.kind, self.lang)
    }

    /// A required cell: reported when empty or when the column is absent.
    fn required(&mut self, c: RosterColumn) -> Option<String> {
        let v = self.values.get(c);
        if !v.is_empty() {
            return Some(crate::fold::tidy(v));
        }
        let id = if self.values.has(c) {
            "lecture-valeur-manquante"
        } else {
            "lecture-colonne-absente"
        };
        let reason = t_args(self.lang, id, &[("colonne", s(self.column_name(c)))]);
        self.problem(c, "", reason);
        None
    }

    /// One taxonomy value; unknown ones are reported with the closest codes.
    fn code(&mut self, c: RosterColumn, kind: Kind, raw: &str) -> Option<usize> {
        let found = self.tax.resolve(kind, raw);
        if found.is_none() {
            let list = self.tax.list(kind);
            let problem = crate::validate::Problem::Unknown {
                kind,
                suggestions: self
                    .tax
                    .suggest(kind, raw)
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                allowed: if list.len() <= 10 {
                    list.iter().map(|e| e.code.clone()).collect()
                } else {
                    Vec::new()
                },
            };
            let reason = problem.reason(&quoted(raw), self.lang);
            self.problem(c, raw, reason);
        }
        found
    }

    /// A list of taxonomy values, sorted, without repeats.
    fn codes(&mut self, c: RosterColumn, kind: Kind) -> Vec<usize> {
        let cell = self.values.get(c).to_string();
        let mut out: Vec<usize> = items(&cell).filter_map(|raw| self.code(c, kind, raw)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A list of slots, in week order, without repeats.
    fn slots(&mut self, c: RosterColumn) -> Vec<Slot> {
        let cell = self.values.get(c).to_string();
        let mut out = Vec::new();
        for raw in items(&cell) {
            match parse_slot(raw) {
                Some(slot) => out.push(slot),
                None => {
                    let args = [("valeur", s(quoted(raw))), ("code", s(closest_code(raw)))];
                    let reason = t_args(self.lang, "benevoles-creneau-inconnu", &args);
                    self.problem(c, raw, reason);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The problems as rejection lines of one row.
    fn into_problems(self) -> Vec<(RosterColumn, String, String)> {
        self.problems
    }
}

/// An e-mail address as people write one: something, `@`, a domain with a dot.
fn looks_like_email(v: &str) -> bool {
    match v.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
        }
        None => false,
    }
}

/// A telephone number: digits with spaces, dots, dashes, slashes, brackets, a leading `+`;
/// at least six digits.
fn looks_like_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    digits >= 6
        && v.chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || " ./-()".contains(c) || (c == '+' && i == 0))
}

/// The contact columns: at least one, each well formed.
fn check_contact(c: &mut Check) -> (String, String) {
    let email = c.values.get(RosterColumn::Courriel).to_string();
    let phone = c.values.get(RosterColumn::Telephone).to_string();
    if email.is_empty() && phone.is_empty() {
        let reason = t(c.lang, "benevoles-contact-manquant");
        c.problem(RosterColumn::Courriel, "", reason);
    }
    if !email.is_empty() && !looks_like_email(&email) {
        let reason = t_args(
            c.lang,
            "benevoles-courriel-invalide",
            &[("valeur", s(quoted(&email)))],
        );
        c.problem(RosterColumn::Courriel, &email, reason);
    }
    if !phone.is_empty() && !looks_like_phone(&phone) {
        let reason = t_args(
            c.lang,
            "benevoles-telephone-invalide",
            &[("valeur", s(quoted(&phone)))],
        );
        c.problem(RosterColumn::Telephone, &phone, reason);
    }
    (email, phone)
}

/// Checks one volunteer row.
fn check_volunteer(
    values: &Values,
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Volunteer, Vec<(RosterColumn, String, String)>> {
    let mut c = Check {
        values,
        kind: RosterKind::Benevoles,
        tax,
        lang,
        problems: Vec::new(),
    };
    let name = c.required(RosterColumn::Benevole);
    let (email, phone) = check_contact(&mut c);
    let needs = match c.required(RosterColumn::Besoin) {
        Some(_) => c.codes(RosterColumn::Besoin, Kind::Besoin),
        None => Vec::new(),
    };
    let mut territories = c.codes(RosterColumn::Territoire, Kind::Territoire);
    if territories.is_empty() {
        territories.push(tax.commune);
    }
    let publics = c.codes(RosterColumn::Public, Kind::Public);
    let slots = c.slots(RosterColumn::Disponibilite);
    let comment = crate::fold::tidy(values.get(RosterColumn::Commentaire));
    match name {
        Some(name) if c.problems.is_empty() => Ok(Volunteer {
            key: crate::fold::partner_key(&name),
            name,
            email,
            phone,
            needs,
            territories,
            publics,
            slots,
            comment,
        }),
        _ => Err(c.into_problems()),
    }
}

/// The `nombre` of a mission: 1 when empty, else a whole number of at least 1.
fn check_count(c: &mut Check) -> u32 {
    let raw = c.values.get(RosterColumn::Nombre).to_string();
    match crate::validate::parse_count(&raw) {
        Ok(None) => 1,
        Ok(Some(n)) if n >= 1 && n <= u64::from(u32::MAX) => n as u32,
        _ => {
            let args = [
                ("colonne", s(c.column_name(RosterColumn::Nombre))),
                ("valeur", s(quoted(&raw))),
            ];
            let reason = t_args(c.lang, "benevoles-nombre-invalide", &args);
            c.problem(RosterColumn::Nombre, &raw, reason);
            1
        }
    }
}

/// Checks one mission row.
fn check_mission(
    values: &Values,
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Mission, Vec<(RosterColumn, String, String)>> {
    let mut c = Check {
        values,
        kind: RosterKind::Missions,
        tax,
        lang,
        problems: Vec::new(),
    };
    let partner = c.required(RosterColumn::Partenaire);
    let title = c.required(RosterColumn::Mission);
    let need = match c.required(RosterColumn::Besoin) {
        Some(raw) if items(&raw).count() > 1 => {
            let reason = t_args(lang, "benevoles-un-seul-besoin", &[("valeur", s(quoted(&raw)))]);
            c.problem(RosterColumn::Besoin, &raw, reason);
            None
        }
        Some(raw) => c.code(RosterColumn::Besoin, Kind::Besoin, &raw),
        None => None,
    };
    let public_raw = values.get(RosterColumn::Public).to_string();
    let public = if public_raw.is_empty() {
        None
    } else {
        c.code(RosterColumn::Public, Kind::Public, &public_raw)
    };
    let territory_raw = values.get(RosterColumn::Territoire).to_string();
    let territory = if territory_raw.is_empty() {
        Some(tax.commune)
    } else {
        c.code(RosterColumn::Territoire, Kind::Territoire, &territory_raw)
    };
    let slots = c.slots(RosterColumn::Creneau);
    let count = check_count(&mut c);
    match (partner, title, need, territory) {
        (Some(partner), Some(title), Some(need), Some(territory)) if c.problems.is_empty() => Ok(Mission {
            partner,
            title,
            need,
            public,
            territory,
            slots,
            count,
        }),
        _ => Err(c.into_problems()),
    }
}

fn field_problems(kind: RosterKind, problems: Vec<(RosterColumn, String, String)>) -> Vec<FieldProblem> {
    problems
        .into_iter()
        .map(|(c, value, reason)| FieldProblem {
            column: c.code(kind).to_string(),
            value,
            reason,
        })
        .collect()
}

/// One volunteer from form fields (the portal's `POST /benevoles`): the same checks as a
/// row of the council's list, the problems as (colonne, valeur, raison).
pub fn volunteer_from_fields(
    fields: &[(String, String)],
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Volunteer, Vec<FieldProblem>> {
    let mut values = Values::from_fields(fields);
    // A form always has every column, empty or not: a missing field is an empty value.
    for c in [
        RosterColumn::Benevole,
        RosterColumn::Courriel,
        RosterColumn::Telephone,
        RosterColumn::Besoin,
    ] {
        values.cells[c as usize].get_or_insert_with(String::new);
    }
    check_volunteer(&values, tax, lang).map_err(|p| field_problems(RosterKind::Benevoles, p))
}

/// One mission from form fields (the portal's `POST /p/TOKEN/missions`), for `partner`.
pub fn mission_from_fields(
    partner: &str,
    fields: &[(String, String)],
    tax: &Taxonomy,
    lang: Lang,
) -> Result<Mission, Vec<FieldProblem>> {
    let mut values = Values::from_fields(fields);
    values.cells[RosterColumn::Partenaire as usize] = Some(partner.trim().to_string());
    for c in [RosterColumn::Mission, RosterColumn::Besoin] {
        values.cells[c as usize].get_or_insert_with(String::new);
    }
    check_mission(&values, tax, lang).map_err(|p| field_problems(RosterKind::Missions, p))
}

mod merge;
mod tables;

pub use tables::{read_dir, read_file};

#[cfg(test)]
mod tests {
    // The reader: labels in three languages, slots, lists, the merge, each rejection reason.
    use super::*;
    use crate::volunteers::join_codes;

    fn tax() -> Taxonomy {
        Taxonomy::default_embedded()
    }

    /// Reads `text` as a `;`-separated CSV file named `name`.
    fn read_csv(name: &str, text: &str, lang: Lang) -> Roster {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        read_file(name, &path, &tax(), lang)
    }

    fn codes(t: &Taxonomy, kind: Kind, list: &[usize]) -> Vec<String> {
        list.iter().map(|i| t.code(kind, *i).to_string()).collect()
    }

    fn reasons(r: &Roster) -> Vec<(u32, String, String, String)> {
        r.rejections
            .iter()
            .map(|x| {
                (
                    x.line.unwrap_or(0),
                    x.column.clone(),
                    x.value.clone(),
                    x.reason.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_french_list_with_labels_is_read() {
        let t = tax();
        let r = read_csv(
            "conseil.csv",
            "Bénévole;Courriel;Téléphone;Besoins;Territoires;Publics;Disponibilités;Commentaire\n\
             Anne Lambert;anne@exemple.be;;Taxi social, Visites à domicile;Oleye|Bleret;Aînés;Mardi après-midi | jeudi matin;a une voiture\n\
             Marc Dupuis;;0470 12 34 56;isolement;;;;\n",
            Lang::Fr,
        );
        assert_eq!(r.rejections, []);
        assert_eq!(r.volunteers.len(), 2);
        let a = &r.volunteers[0];
        assert_eq!(
            (a.name.as_str(), a.key.as_str(), a.email.as_str()),
            ("Anne Lambert", "anne lambert", "anne@exemple.be")
        );
        assert_eq!(
            codes(&t, Kind::Besoin, &a.needs),
            ["visites-domicile", "taxi-social"]
        );
        assert_eq!(codes(&t, Kind::Territoire, &a.territories), ["bleret", "oleye"]);
        assert_eq!(codes(&t, Kind::Public, &a.publics), ["aines"]);
        assert_eq!(join_codes(&a.slots), "mar-apres-midi|jeu-matin");
        assert_eq!(a.comment, "a une voiture");
        let m = &r.volunteers[1];
        assert_eq!(m.phone, "0470 12 34 56");
        assert_eq!(m.territories, [t.commune], "no territory: the whole commune");
        assert!(m.publics.is_empty() && m.slots.is_empty());
        let tally = &r.tables[0];
        assert_eq!(
            (tally.table.code(), tally.read, tally.used, tally.rejected),
            ("benevoles", 2, 2, 0)
        );
    }

    #[test]
    fn english_and_dutch_headers_and_labels_are_read() {
        let t = tax();
        let en = read_csv(
            "council.csv",
            "Volunteer;Email;Phone;Needs;Territories;Audiences;Availability\n\
             Ann Lambert;ann@example.org;;Social taxi|Food aid;Oleye;Older people;tue afternoon, Saturday morning\n",
            Lang::En,
        );
        assert_eq!(en.rejections, []);
        let v = &en.volunteers[0];
        assert_eq!(
            codes(&t, Kind::Besoin, &v.needs),
            ["taxi-social", "aide-alimentaire"]
        );
        assert_eq!(codes(&t, Kind::Public, &v.publics), ["aines"]);
        assert_eq!(join_codes(&v.slots), "mar-apres-midi|sam-matin");
        let nl = read_csv(
            "raad.csv",
            "Vrijwilliger;E-mail;Telefoon;Behoeften;Gebieden;Doelgroepen;Beschikbaarheid\n\
             An Lambrechts;;0470/12.34.56;Sociale taxi, Huisbezoeken;Oleye;Ouderen;di namiddag | wo-avond | zaterdagochtend\n",
            Lang::Nl,
        );
        assert_eq!(nl.rejections, []);
        let v = &nl.volunteers[0];
        assert_eq!(
            codes(&t, Kind::Besoin, &v.needs),
            ["visites-domicile", "taxi-social"]
        );
        assert_eq!(join_codes(&v.slots), "mar-apres-midi|mer-soir|sam-matin");
    }

    #[test]
    fn a_missions_table_is_read() {
        let t = tax();
        let r = read_csv(
            "missions.csv",
            "Partenaire;Mission;Besoin;Public;Territoire;Créneaux;Nombre\n\
             CPAS de Waremme;Chauffeur pour le taxi social;Taxi social;aines;Oleye;mardi après-midi;2\n\
             Espace Seniors;Visites;visites-domicile;;;;\n",
            Lang::Fr,
        );
        assert_eq!(r.rejections, []);
        let m = &r.missions[0];
        assert_eq!(
            (m.partner.as_str(), m.title.as_str(), m.count),
            ("CPAS de Waremme", "Chauffeur pour le taxi social", 2)
        );
        assert_eq!(t.code(Kind::Besoin, m.need), "taxi-social");
        assert_eq!(m.public.map(|p| t.code(Kind::Public, p)), Some("aines"));
        assert_eq!(t.code(Kind::Territoire, m.territory), "oleye");
        assert_eq!(join_codes(&m.slots), "mar-apres-midi");
        let d = &r.missions[1];
        assert_eq!(
            (d.public, d.territory, d.count, d.slots.len()),
            (None, t.commune, 1, 0)
        );
        assert_eq!(r.tables[0].table.code(), "missions");
    }

    #[test]
    fn each_volunteer_problem_is_one_line_with_the_closest_value() {
        let r = read_csv(
            "conseil.csv",
            "benevole;courriel;telephone;besoins;territoires;publics;disponibilites\n\
             ;a@b.be;;isolement;;;\n\
             Jean;;;isolement;;;\n\
             Luc;luc-at-home;12;isolement;;;\n\
             Rita;rita@exemple.be;;taxi socail|isolement;Olaye;ainés;mardi aprem\n\
             Paul;paul@exemple.be;;;;;\n",
            Lang::Fr,
        );
        assert!(r.volunteers.is_empty());
        let got = reasons(&r);
        let want: Vec<(u32, &str, &str, &str)> = vec![
            (2, "benevole", "", "valeur obligatoire manquante dans la colonne benevole"),
            (3, "courriel", "", "ni courriel ni téléphone : il en faut au moins un pour joindre la personne"),
            (4, "courriel", "luc-at-home", "courriel 'luc-at-home' invalide : une adresse comme prenom.nom@exemple.be est attendue"),
            (4, "telephone", "12", "téléphone '12' invalide : des chiffres (au moins six), espaces, points ou tirets, ex. 0470 12 34 56"),
            (5, "besoins", "taxi socail", "besoin 'taxi socail' inconnu ; vouliez-vous dire taxi-social ?"),
            (5, "territoires", "Olaye", "territoire 'Olaye' inconnu ; vouliez-vous dire oleye ?"),
            (5, "disponibilites", "mardi aprem", "créneau 'mardi aprem' inconnu ; vouliez-vous dire mar-apres-midi ? (un jour et un moment : lun-matin … dim-soir, ou « mardi après-midi »)"),
            (6, "besoins", "", "valeur obligatoire manquante dans la colonne besoins"),
        ];
        let want: Vec<(u32, String, String, String)> = want
            .into_iter()
            .map(|(l, c, v, x)| (l, c.into(), v.into(), x.into()))
            .collect();
        assert_eq!(got, want);
        let tally = &r.tables[0];
        assert_eq!((tally.read, tally.used, tally.rejected), (5, 0, 5));
    }

    #[test]
    fn a_long_value_is_quoted_cut_to_200_characters() {
        let long = format!("mar-{}", "x".repeat(300));
        let r = read_csv(
            "c.csv",
            &format!("benevole;courriel;besoins;disponibilites\nAnne;a@b.be;isolement;{long}\n"),
            Lang::Fr,
        );
        let value = &r.rejections[0].value;
        assert_eq!(value.chars().count(), 201);
        assert!(value.ends_with('…') && value.starts_with("mar-xxx"));
        assert!(
            r.rejections[0].reason.contains(&format!("'{value}'")),
            "{}",
            r.rejections[0].reason
        );
    }

    #[test]
    fn each_mission_problem_is_one_line() {
        let r = read_csv(
            "missions.csv",
            "partenaire;mission;besoin;public;territoire;creneaux;nombre\n\
             ;Chauffeur;taxi-social;;;;\n\
             CPAS;;taxi-social;;;;0\n\
             CPAS;Visites;taxi-social, isolement;;;;deux\n\
             CPAS;Courses;aide alimentair;jeune;;lun-nuit;\n",
            Lang::Fr,
        );
        assert!(r.missions.is_empty());
        let got: Vec<(u32, String, String)> = r
            .rejections
            .iter()
            .map(|x| (x.line.unwrap_or(0), x.column.clone(), x.value.clone()))
            .collect();
        let want = [
            (2, "partenaire", ""),
            (3, "mission", ""),
            (3, "nombre", "0"),
            (4, "besoin", "taxi-social, isolement"),
            (4, "nombre", "deux"),
            (5, "besoin", "aide alimentair"),
            (5, "creneaux", "lun-nuit"),
        ];
        let want: Vec<(u32, String, String)> = want
            .iter()
            .map(|(l, c, v)| (*l, c.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, want);
        assert!(
            r.rejections[2].reason.contains("au moins 1"),
            "{}",
            r.rejections[2].reason
        );
        assert!(
            r.rejections[5].reason.contains("aide-alimentaire"),
            "{}",
            r.rejections[5].reason
        );
        // A mission's rejection belongs to its partner, for the partner's sheet.
        assert_eq!(r.rejections[1].partner, "CPAS");
        // `jeune` is a synonym of `jeunes`: not a problem.
        assert!(!r.rejections.iter().any(|x| x.column == "public"));
    }

    #[test]
    fn a_repeat_of_the_same_person_is_merged_and_reported() {
        let t = tax();
        let r = read_csv(
            "conseil.csv",
            "benevole;courriel;telephone;besoins;territoires;publics;disponibilites;commentaire\n\
             anne  lambert;Anne@Exemple.be;;taxi-social;oleye;aines;mar-apres-midi;voiture\n\
             Anne Lambert;anne@exemple.be;;isolement;bleret;;jeu-matin;\n\
             Anne Lambert;;0470 11 22 33;isolement;;;;\n\
             Anne Lambert;autre@exemple.be;;isolement;;;;\n\
             ANNE LAMBERT;;0470/11.22.33;visites-domicile;;;;parle néerlandais\n\
             ANNE LAMBERT;;0470112233;isolement;;;;\n",
            Lang::Fr,
        );
        assert_eq!(r.rejections, []);
        // Rows 2 and 3 share the address; rows 4, 6 and 7 the phone (no address on any);
        // row 5 has another address: another person of the same name.
        assert_eq!(r.volunteers.len(), 3);
        let a = &r.volunteers[0];
        assert_eq!(a.name, "anne lambert", "one spelling each: the first seen");
        assert_eq!(codes(&t, Kind::Besoin, &a.needs), ["isolement", "taxi-social"]);
        assert_eq!(codes(&t, Kind::Territoire, &a.territories), ["bleret", "oleye"]);
        assert_eq!(
            codes(&t, Kind::Public, &a.publics),
            ["aines"],
            "the union of the lists"
        );
        assert_eq!(join_codes(&a.slots), "mar-apres-midi|jeu-matin");
        let b = &r.volunteers[1];
        assert_eq!(b.name, "ANNE LAMBERT", "the most frequent spelling");
        assert_eq!(
            (b.phone.as_str(), b.comment.as_str()),
            ("0470 11 22 33", "parle néerlandais")
        );
        assert_eq!(
            codes(&t, Kind::Besoin, &b.needs),
            ["isolement", "visites-domicile"]
        );
        assert_eq!(r.volunteers[2].email, "autre@exemple.be");
        let w: Vec<(u32, &str)> = r
            .warnings
            .iter()
            .map(|w| (w.line.unwrap_or(0), w.reason.as_str()))
            .collect();
        let said = |name: &str, line: u32| {
            format!("{name} figure déjà dans conseil.csv ligne {line} (même nom et même courriel ou téléphone) : les deux lignes sont fusionnées")
        };
        let want = [
            (3, said("Anne Lambert", 2)),
            (6, said("ANNE LAMBERT", 4)),
            (7, said("ANNE LAMBERT", 4)),
        ];
        assert_eq!(w, want.iter().map(|(l, s)| (*l, s.as_str())).collect::<Vec<_>>());
        assert_eq!((r.tables[0].read, r.tables[0].used), (6, 6));
    }

    #[test]
    fn both_kinds_sit_in_one_workbook_and_others_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conseil.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let rows: [(&str, &[&[&str]]); 3] = [
            (
                "Bénévoles",
                &[
                    &["Bénévole", "Courriel", "Besoins"],
                    &["Anne", "anne@exemple.be", "taxi-social"],
                ],
            ),
            (
                "Missions",
                &[
                    &["Liste des missions"],
                    &["Partenaire", "Mission", "Besoin"],
                    &["CPAS", "Chauffeur", "taxi-social"],
                ],
            ),
            ("Notes", &[&["réunion du 3 mars"], &["rien"]]),
        ];
        for (name, lines) in rows {
            let sheet = book.add_worksheet().set_name(name).unwrap();
            for (r, line) in lines.iter().enumerate() {
                for (c, cell) in line.iter().enumerate() {
                    sheet.write_string(r as u32, c as u16, *cell).unwrap();
                }
            }
        }
        book.save(&path).unwrap();
        let r = read_file("conseil.xlsx", &path, &tax(), Lang::Fr);
        assert_eq!((r.volunteers.len(), r.missions.len()), (1, 1));
        let tables: Vec<(&str, &str, u64)> = r
            .tables
            .iter()
            .map(|t| (t.place.sheet.as_str(), t.table.code(), t.used))
            .collect();
        assert_eq!(
            tables,
            [
                ("Bénévoles", "benevoles", 1),
                ("Missions", "missions", 1),
                ("Notes", "ignoree", 0)
            ]
        );
        assert_eq!(r.rejections.len(), 1);
        assert_eq!(
            (r.rejections[0].place.sheet.as_str(), r.rejections[0].line),
            ("Notes", None)
        );
        assert!(r.rejections[0].reason.contains("ni une liste de bénévoles"));
    }

    #[test]
    fn the_analysis_lists_these_tables_as_ignored_naming_their_kind() {
        let ctx = crate::validate::Context {
            taxonomy: &tax(),
            period: crate::period::Period::parse("2026-T3").unwrap(),
            lang: Lang::Fr,
        };
        let sheet = |cells: &[&str]| crate::ingest::RawSheet {
            sheet: String::new(),
            rows: vec![
                crate::ingest::RawRow {
                    line: 1,
                    cells: cells.iter().map(|c| c.to_string()).collect(),
                },
                crate::ingest::RawRow {
                    line: 2,
                    cells: cells.iter().map(|_| "x".to_string()).collect(),
                },
            ],
        };
        let place = Place::default();
        let v = crate::validate::validate_sheet(
            place.clone(),
            &sheet(&["benevole", "courriel", "besoins"]),
            false,
            &ctx,
        );
        assert_eq!(v.tally.kind, crate::model::TableKind::Ignoree);
        assert!(
            v.tally.remark.starts_with("tableau de bénévoles"),
            "{}",
            v.tally.remark
        );
        assert!(v.rejections.is_empty() && v.need_rows == 0);
        let m = crate::validate::validate_sheet(
            place,
            &sheet(&["partenaire", "mission", "besoin", "public"]),
            false,
            &ctx,
        );
        assert_eq!(m.tally.kind, crate::model::TableKind::Ignoree);
        assert!(
            m.tally.remark.starts_with("tableau de missions"),
            "{}",
            m.tally.remark
        );
    }

    #[test]
    fn the_portal_form_gives_the_same_checks() {
        let t = tax();
        let f = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        let v = volunteer_from_fields(
            &f(&[
                ("benevole", "Anne"),
                ("courriel", "anne@exemple.be"),
                ("besoins", "taxi-social"),
                ("besoins", "isolement"),
                ("disponibilites", "mar-apres-midi"),
                ("disponibilites", "jeudi matin"),
                ("consentement", "oui"),
            ]),
            &t,
            Lang::Fr,
        )
        .unwrap();
        assert_eq!(codes(&t, Kind::Besoin, &v.needs), ["isolement", "taxi-social"]);
        assert_eq!(join_codes(&v.slots), "mar-apres-midi|jeu-matin");
        let err = volunteer_from_fields(&f(&[("benevole", "Anne"), ("besoins", "taxi")]), &t, Lang::En)
            .unwrap_err();
        let cols: Vec<&str> = err.iter().map(|p| p.column.as_str()).collect();
        assert_eq!(cols, ["courriel", "besoins"]);
        assert!(err[1].reason.contains("taxi-social"), "{}", err[1].reason);
        let m = mission_from_fields(
            "CPAS de Waremme",
            &f(&[
                ("mission", "Chauffeur"),
                ("besoin", "taxi-social"),
                ("nombre", "3"),
            ]),
            &t,
            Lang::Fr,
        )
        .unwrap();
        assert_eq!((m.partner.as_str(), m.count), ("CPAS de Waremme", 3));
        let err = mission_from_fields("CPAS", &f(&[("besoin", "taxi-social")]), &t, Lang::Fr).unwrap_err();
        assert_eq!(
            err[0],
            FieldProblem {
                column: "mission".into(),
                value: String::new(),
                reason: "valeur obligatoire manquante dans la colonne mission".into()
            }
        );
    }
}
