//! Shared types of the pipeline: the columns partners fill, the rows that pass validation,
//! the problems found in the others, and the per-table tally.
//!
//! Taxonomy values are held as indices into the [`crate::taxonomy::Taxonomy`] in use, so
//! rows stay small and sorting by index is sorting in taxonomy order.

use std::fmt;

/// The language of messages and outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// Français
    #[default]
    Fr,
    /// English
    En,
    /// Nederlands
    Nl,
}

impl Lang {
    /// Every language, in the order of the catalogs.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::En, Lang::Nl];
}

/// First cell of the template's helper sheets (`cadastre modele`): such a sheet is not
/// partner data, and validation skips it.
pub const TEMPLATE_MARKER: &str = "[cadastre:modele]";

/// A column of the survey tables, by its SPEC name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Partenaire,
    Besoin,
    Public,
    Territoire,
    Priorite,
    Personnes,
    Groupe,
    Domaine,
    Periode,
    Commentaire,
    Service,
    Capacite,
    Contact,
    Horaires,
    Adresse,
}

impl Field {
    pub const ALL: [Field; 15] = [
        Field::Partenaire,
        Field::Besoin,
        Field::Public,
        Field::Territoire,
        Field::Priorite,
        Field::Personnes,
        Field::Groupe,
        Field::Domaine,
        Field::Periode,
        Field::Commentaire,
        Field::Service,
        Field::Capacite,
        Field::Contact,
        Field::Horaires,
        Field::Adresse,
    ];

    /// The SPEC column name, as written in `rejets.csv`.
    pub fn code(self) -> &'static str {
        match self {
            Field::Partenaire => "partenaire",
            Field::Besoin => "besoin",
            Field::Public => "public",
            Field::Territoire => "territoire",
            Field::Priorite => "priorite",
            Field::Personnes => "personnes",
            Field::Groupe => "groupe",
            Field::Domaine => "domaine",
            Field::Periode => "periode",
            Field::Commentaire => "commentaire",
            Field::Service => "service",
            Field::Capacite => "capacite",
            Field::Contact => "contact",
            Field::Horaires => "horaires",
            Field::Adresse => "adresse",
        }
    }

    /// The English alias SPEC accepts.
    pub fn english(self) -> &'static str {
        match self {
            Field::Partenaire => "partner",
            Field::Besoin => "need",
            Field::Public => "audience",
            Field::Territoire => "territory",
            Field::Priorite => "priority",
            Field::Personnes => "people",
            Field::Groupe => "group",
            Field::Domaine => "domain",
            Field::Periode => "period",
            Field::Commentaire => "comment",
            Field::Service => "service",
            Field::Capacite => "capacity",
            Field::Contact => "contact",
            Field::Horaires => "hours",
            Field::Adresse => "address",
        }
    }

    /// The Dutch header word (`Behoefte`, `Aantal personen`…), lower case: read as an
    /// alias, and the column's name in Dutch messages.
    pub fn dutch(self) -> &'static str {
        match self {
            Field::Partenaire => "partner",
            Field::Besoin => "behoefte",
            Field::Public => "doelgroep",
            Field::Territoire => "gebied",
            Field::Priorite => "prioriteit",
            Field::Personnes => "aantal personen", // not words: a header partners type
            Field::Groupe => "werkgroep",
            Field::Domaine => "domein",
            Field::Periode => "periode",
            Field::Commentaire => "opmerking",
            Field::Service => "dienst",
            Field::Capacite => "capaciteit",
            Field::Contact => "contact",
            Field::Horaires => "openingsuren",
            Field::Adresse => "adres",
        }
    }

    /// Other header spellings seen in partners' sheets, beyond SPEC's own (folded by
    /// [`crate::fold::header_key`]), Dutch plurals and near words among them.
    fn extra_aliases(self) -> &'static [&'static str] {
        match self {
            Field::Partenaire => &["organisation", "organisme", "partnerorganisation"],
            Field::Besoin => &["behoeften"],
            Field::Public => &["publiccible", "targetaudience", "targetpublic", "doelgroepen"],
            Field::Territoire => &["regio"],
            Field::Personnes => &["nombredepersonne", "nbpersonne", "personneconcernee", "personen"],
            Field::Groupe => &["groupedetravail", "workinggroup"],
            Field::Periode => &["trimestre", "quarter", "kwartaal"],
            Field::Commentaire => &["remarque", "opmerkingen"],
            Field::Service => &["diensten"],
            Field::Capacite => &["placedisponible"],
            Field::Horaires => &["openinghour"],
            _ => &[],
        }
    }

    /// Recognises a header cell, by [`crate::fold::header_key`].
    pub fn from_header(cell: &str) -> Option<Field> {
        let key = crate::fold::header_key(cell);
        if key.is_empty() {
            return None;
        }
        Field::ALL.into_iter().find(|f| {
            crate::fold::header_key(f.code()) == key
                || crate::fold::header_key(f.english()) == key
                || crate::fold::header_key(f.dutch()) == key
                || f.extra_aliases().contains(&key.as_str())
        })
    }

    /// The column name in the chosen language, for messages.
    pub fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.code(),
            Lang::En => self.english(),
            Lang::Nl => self.dutch(),
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What a table holds, as `fichiers.csv` names it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum TableKind {
    #[default]
    Besoins,
    Services,
    Ignoree,
    Illisible,
}

impl TableKind {
    pub fn code(self) -> &'static str {
        match self {
            TableKind::Besoins => "besoins",
            TableKind::Services => "services",
            TableKind::Ignoree => "ignoree",
            TableKind::Illisible => "illisible",
        }
    }
}

/// Where a row comes from, as the partner sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    /// Path relative to the input folder, with `/` separators.
    pub file: String,
    /// Sheet name; empty for text files.
    pub sheet: String,
}

/// A need cell as one partner expressed it in one table, its repeats folded: the highest
/// priority and the largest estimate, and where it was first said and first repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedAgg {
    pub priorite: u8,
    pub personnes: Option<u64>,
    pub first_line: u32,
    /// Line of the first repeat, when repeated.
    pub repeat_line: Option<u32>,
    /// How many rows repeat the first one.
    pub repeats: u32,
}

impl NeedAgg {
    /// Folds another row of the same partner and cell into this one.
    pub fn fold(&mut self, priorite: u8, personnes: Option<u64>, line: u32) {
        self.priorite = self.priorite.max(priorite);
        self.personnes = match (self.personnes, personnes) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.repeat_line = self.repeat_line.or(Some(line));
        self.repeats += 1;
    }
}

/// A need cell key with a partner: (partner, besoin, public, territoire).
pub type PartnerCellKey = (u32, u16, u8, u8);

/// A partner as written in one table: its folded name and each spelling with its count and
/// first line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalPartner {
    pub key: String,
    pub spellings: Vec<(String, u64, u32)>,
}

/// A service row that passed validation. Stored compactly, since a region may declare a
/// million services: its four texts share one allocation, its needs and lists are small
/// numbers (the taxonomy caps each list so they fit).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceRow {
    pub line: u32,
    public: u8,
    territoire: u8,
    pub capacite: Option<u64>,
    /// Need indices, in the order the partner listed them, without repeats.
    besoins: Box<[u16]>,
    /// `service`, `contact`, `horaires` and `adresse`, one after the other.
    text: Box<str>,
    /// Where the first three texts end in `text`.
    ends: [u32; 3],
}

/// The texts of a service row, as [`ServiceRow::new`] takes them.
pub struct ServiceText<'a> {
    pub service: &'a str,
    pub contact: &'a str,
    pub horaires: &'a str,
    pub adresse: &'a str,
}

impl ServiceRow {
    /// A row from its parts; `besoins`, `public` and `territoire` are taxonomy indices,
    /// which fit their packed sizes (the taxonomy refuses longer lists).
    pub fn new(
        line: u32,
        besoins: &[usize],
        public: usize,
        territoire: usize,
        capacite: Option<u64>,
        text: ServiceText,
    ) -> ServiceRow {
        let parts = [text.service, text.contact, text.horaires, text.adresse];
        let mut all = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        let mut ends = [0u32; 3];
        for (i, p) in parts.iter().enumerate() {
            all.push_str(p);
            if i < 3 {
                ends[i] = u32::try_from(all.len()).unwrap_or(u32::MAX);
            }
        }
        ServiceRow {
            line,
            public: u8::try_from(public).unwrap_or(u8::MAX),
            territoire: u8::try_from(territoire).unwrap_or(u8::MAX),
            capacite,
            besoins: besoins
                .iter()
                .map(|b| u16::try_from(*b).unwrap_or(u16::MAX))
                .collect(),
            text: all.into_boxed_str(),
            ends,
        }
    }

    fn part(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        let end = self.ends.get(i).map_or(self.text.len(), |e| *e as usize);
        self.text.get(start..end).unwrap_or("")
    }

    pub fn service(&self) -> &str {
        self.part(0)
    }
    pub fn contact(&self) -> &str {
        self.part(1)
    }
    pub fn horaires(&self) -> &str {
        self.part(2)
    }
    pub fn adresse(&self) -> &str {
        self.part(3)
    }
    pub fn public(&self) -> usize {
        usize::from(self.public)
    }
    pub fn territoire(&self) -> usize {
        usize::from(self.territoire)
    }
    /// The needs it lists, in the partner's order.
    pub fn besoins(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.besoins.iter().map(|b| usize::from(*b))
    }
    /// The first need it lists: the guide files the service under its domain.
    pub fn first_besoin(&self) -> Option<usize> {
        self.besoins.first().map(|b| usize::from(*b))
    }
}

/// One line of `rejets.csv` (or of the warnings): a problem with one value of one row, or
/// with a whole file when `line` is `None`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rejection {
    pub place: Place,
    pub line: Option<u32>,
    /// SPEC column name; empty when the problem is not about one column.
    pub column: String,
    pub value: String,
    pub reason: String,
    /// The partner named on the row (trimmed, spaces collapsed), to send each partner its
    /// own corrections; empty when the row names none or the problem is a whole file.
    pub partner: String,
}

/// One line of `fichiers.csv`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub place: Place,
    pub kind: TableKind,
    pub read: u64,
    pub used: u64,
    pub rejected: u64,
    pub remark: String,
}

/// Everything one table (a text file, or a sheet of a workbook) gave, already folded:
/// memory grows with the partners and cells of the table, not with its rows.
#[derive(Debug, Clone, Default)]
pub struct TableOutcome {
    pub tally: Tally,
    pub rejections: Vec<Rejection>,
    /// The table's partners; the ids in `need_cells` and `services` index this list.
    pub partners: Vec<LocalPartner>,
    /// Need cells per partner, in order of first appearance.
    pub need_cells: Vec<(PartnerCellKey, NeedAgg)>,
    /// (working group or none, besoin, public, territoire) mentioned in the table.
    pub groups: Vec<(Option<u8>, u16, u8, u8)>,
    /// Need rows used.
    pub need_rows: u64,
    pub services: Vec<(u32, ServiceRow)>,
}

/// The two tables of the Conseil du volontariat (SPEC "Volunteers"), decided before the
/// needs and services tables: a `benevole` column makes a volunteers table, a `mission`
/// column a missions table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RosterKind {
    Benevoles,
    Missions,
}

impl RosterKind {
    /// The `table` of `fichiers.csv` in `cadastre benevoles`.
    pub fn code(self) -> &'static str {
        match self {
            RosterKind::Benevoles => "benevoles",
            RosterKind::Missions => "missions",
        }
    }

    /// The kind of a header row, if it names a `benevole` or a `mission` column.
    pub fn of_header(cells: &[String]) -> Option<RosterKind> {
        let columns: Vec<RosterColumn> = cells
            .iter()
            .filter_map(|c| RosterColumn::from_header(c))
            .collect();
        if columns.contains(&RosterColumn::Benevole) {
            Some(RosterKind::Benevoles)
        } else if columns.contains(&RosterColumn::Mission) {
            Some(RosterKind::Missions)
        } else {
            None
        }
    }
}

/// A column of the volunteers and missions tables. `besoins` and `besoin` fold to one
/// header key, so one variant serves both tables; [`RosterColumn::code`] gives the SPEC
/// name of each table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RosterColumn {
    Benevole,
    Courriel,
    Telephone,
    Besoin,
    Territoire,
    Public,
    Disponibilite,
    Commentaire,
    Partenaire,
    Mission,
    Creneau,
    Nombre,
}

impl RosterColumn {
    pub const ALL: [RosterColumn; 12] = [
        RosterColumn::Benevole,
        RosterColumn::Courriel,
        RosterColumn::Telephone,
        RosterColumn::Besoin,
        RosterColumn::Territoire,
        RosterColumn::Public,
        RosterColumn::Disponibilite,
        RosterColumn::Commentaire,
        RosterColumn::Partenaire,
        RosterColumn::Mission,
        RosterColumn::Creneau,
        RosterColumn::Nombre,
    ];

    /// The header words (French, English, Dutch and near spellings), as
    /// [`crate::fold::header_key`] folds them.
    fn keys(self) -> &'static [&'static str] {
        match self {
            RosterColumn::Benevole => &[
                "benevole",
                "volunteer",
                "vrijwilliger",
                "vrijwilligers",
                "nomdubenevole",
            ],
            RosterColumn::Courriel => &[
                "courriel",
                "email",
                "mail",
                "adressecourriel",
                "adresseemail",
                "emailadre",
                "emailaddre",
            ],
            RosterColumn::Telephone => &[
                "telephone",
                "phone",
                "telefoon",
                "tel",
                "gsm",
                "telefoonnummer",
                "phonenumber",
                "portable",
                "mobile",
            ],
            RosterColumn::Besoin => &["besoin", "need", "behoefte", "behoeften"],
            RosterColumn::Territoire => &[
                "territoire",
                "territory",
                "territorie",
                "gebied",
                "gebieden",
                "section",
            ],
            RosterColumn::Public => &["public", "audience", "doelgroep", "doelgroepen"],
            RosterColumn::Disponibilite => &[
                "disponibilite",
                "availability",
                "availabilitie",
                "beschikbaarheid",
                "beschikbaarheden",
            ],
            RosterColumn::Commentaire => &["commentaire", "comment", "opmerking", "opmerkingen", "remarque"],
            RosterColumn::Partenaire => &[
                "partenaire",
                "partner",
                "association",
                "organisation",
                "vereniging",
            ],
            RosterColumn::Mission => &["mission", "missie", "opdracht"],
            RosterColumn::Creneau => &["creneau", "creneaux", "slot", "tijdslot", "tijdsloten"],
            RosterColumn::Nombre => &[
                "nombre",
                "number",
                "aantal",
                "nombredebenevole",
                "numberofvolunteer",
                "aantalvrijwilliger",
            ],
        }
    }

    /// Recognises a header cell, by [`crate::fold::header_key`].
    pub fn from_header(cell: &str) -> Option<RosterColumn> {
        let key = crate::fold::header_key(cell);
        if key.is_empty() {
            return None;
        }
        RosterColumn::ALL
            .into_iter()
            .find(|c| c.keys().contains(&key.as_str()))
    }

    /// The SPEC column name in a table of `kind`, as written in `rejets.csv`.
    pub fn code(self, kind: RosterKind) -> &'static str {
        let volunteers = kind == RosterKind::Benevoles;
        match self {
            RosterColumn::Benevole => "benevole",
            RosterColumn::Courriel => "courriel",
            RosterColumn::Telephone => "telephone",
            RosterColumn::Besoin if volunteers => "besoins",
            RosterColumn::Besoin => "besoin",
            RosterColumn::Territoire if volunteers => "territoires",
            RosterColumn::Territoire => "territoire",
            RosterColumn::Public if volunteers => "publics",
            RosterColumn::Public => "public",
            RosterColumn::Disponibilite => "disponibilites",
            RosterColumn::Commentaire => "commentaire",
            RosterColumn::Partenaire => "partenaire",
            RosterColumn::Mission => "mission",
            RosterColumn::Creneau => "creneaux",
            RosterColumn::Nombre => "nombre",
        }
    }

    /// The column's name in messages: its SPEC name, its English alias, its Dutch word.
    pub fn name(self, kind: RosterKind, lang: Lang) -> &'static str {
        let volunteers = kind == RosterKind::Benevoles;
        match lang {
            Lang::Fr => self.code(kind),
            Lang::En => match self {
                RosterColumn::Benevole => "volunteer",
                RosterColumn::Courriel => "email",
                RosterColumn::Telephone => "phone",
                RosterColumn::Besoin if volunteers => "needs",
                RosterColumn::Besoin => "need",
                RosterColumn::Territoire if volunteers => "territories",
                RosterColumn::Territoire => "territory",
                RosterColumn::Public if volunteers => "audiences",
                RosterColumn::Public => "audience",
                RosterColumn::Disponibilite => "availability",
                RosterColumn::Commentaire => "comment",
                RosterColumn::Partenaire => "partner",
                RosterColumn::Mission => "mission",
                RosterColumn::Creneau => "slots",
                RosterColumn::Nombre => "number",
            },
            Lang::Nl => match self {
                RosterColumn::Benevole => "vrijwilliger",
                RosterColumn::Courriel => "e-mail",
                RosterColumn::Telephone => "telefoon",
                RosterColumn::Besoin if volunteers => "behoeften",
                RosterColumn::Besoin => "behoefte",
                RosterColumn::Territoire if volunteers => "gebieden",
                RosterColumn::Territoire => "gebied",
                RosterColumn::Public if volunteers => "doelgroepen",
                RosterColumn::Public => "doelgroep",
                RosterColumn::Disponibilite => "beschikbaarheid",
                RosterColumn::Commentaire => "opmerking",
                RosterColumn::Partenaire => "partner",
                RosterColumn::Mission => "missie",
                RosterColumn::Creneau => "tijdsloten",
                RosterColumn::Nombre => "aantal",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_headers_are_read() {
        let cases = [
            ("Partner", Field::Partenaire),
            ("Behoefte", Field::Besoin),
            ("Behoeften", Field::Besoin),
            ("Doelgroep", Field::Public),
            ("Doelgroepen", Field::Public),
            ("Gebied", Field::Territoire),
            ("Regio", Field::Territoire),
            ("Prioriteit", Field::Priorite),
            ("Aantal personen", Field::Personnes),
            ("Personen", Field::Personnes),
            ("Werkgroep", Field::Groupe),
            ("Domein", Field::Domaine),
            ("Periode", Field::Periode),
            ("Kwartaal", Field::Periode),
            ("Opmerking", Field::Commentaire),
            ("Opmerkingen", Field::Commentaire),
            ("Dienst", Field::Service),
            ("Diensten", Field::Service),
            ("Capaciteit", Field::Capacite),
            ("Contact", Field::Contact),
            ("Openingsuren", Field::Horaires),
            ("Adres", Field::Adresse),
        ];
        for (header, field) in cases {
            assert_eq!(Field::from_header(header), Some(field), "{header}");
        }
        // The French and English headers still read as before.
        assert_eq!(Field::from_header("Personne(s)"), Some(Field::Personnes));
        assert_eq!(Field::from_header("address"), Some(Field::Adresse));
        assert_eq!(Field::from_header("Adresse"), Some(Field::Adresse));
    }

    #[test]
    fn each_column_is_named_in_each_language() {
        assert_eq!(Field::Personnes.name(Lang::Fr), "personnes");
        assert_eq!(Field::Personnes.name(Lang::En), "people");
        assert_eq!(Field::Personnes.name(Lang::Nl), "aantal personen");
        assert_eq!(Field::Public.name(Lang::Nl), "doelgroep");
        for f in Field::ALL {
            assert_eq!(Field::from_header(f.dutch()), Some(f), "{f}");
        }
    }

    #[test]
    fn volunteers_and_missions_headers_are_read_in_three_languages() {
        let kind =
            |cells: &[&str]| RosterKind::of_header(&cells.iter().map(|c| c.to_string()).collect::<Vec<_>>());
        assert_eq!(
            kind(&["Bénévole", "Courriel", "Besoins"]),
            Some(RosterKind::Benevoles)
        );
        assert_eq!(
            kind(&["Volunteer", "E-mail", "Needs"]),
            Some(RosterKind::Benevoles)
        );
        assert_eq!(
            kind(&["Vrijwilliger", "Telefoon", "Behoeften"]),
            Some(RosterKind::Benevoles)
        );
        assert_eq!(
            kind(&["Partenaire", "Mission", "Besoin"]),
            Some(RosterKind::Missions)
        );
        assert_eq!(
            kind(&["Partner", "Missie", "Behoefte"]),
            Some(RosterKind::Missions)
        );
        assert_eq!(kind(&["partenaire", "besoin", "public"]), None);
        let cases = [
            ("Téléphone", RosterColumn::Telephone),
            ("GSM", RosterColumn::Telephone),
            ("Territoires", RosterColumn::Territoire),
            ("Territories", RosterColumn::Territoire),
            ("Gebieden", RosterColumn::Territoire),
            ("Publics", RosterColumn::Public),
            ("Audiences", RosterColumn::Public),
            ("Doelgroepen", RosterColumn::Public),
            ("Disponibilités", RosterColumn::Disponibilite),
            ("Availability", RosterColumn::Disponibilite),
            ("Beschikbaarheid", RosterColumn::Disponibilite),
            ("Créneaux", RosterColumn::Creneau),
            ("Slots", RosterColumn::Creneau),
            ("Tijdsloten", RosterColumn::Creneau),
            ("Nombre", RosterColumn::Nombre),
            ("Number", RosterColumn::Nombre),
            ("Aantal", RosterColumn::Nombre),
        ];
        for (header, column) in cases {
            assert_eq!(RosterColumn::from_header(header), Some(column), "{header}");
        }
        assert_eq!(RosterColumn::Besoin.code(RosterKind::Benevoles), "besoins");
        assert_eq!(RosterColumn::Besoin.code(RosterKind::Missions), "besoin");
        assert_eq!(
            RosterColumn::Creneau.name(RosterKind::Missions, Lang::Nl),
            "tijdsloten"
        );
    }

    #[test]
    fn a_service_row_gives_back_each_of_its_parts() {
        let text = ServiceText {
            service: "Épicerie sociale",
            contact: "",
            horaires: "mar 9h-12h",
            adresse: "rue de la Station 1, 4300 Waremme",
        };
        let r = ServiceRow::new(7, &[3, 1], 2, 5, Some(40), text);
        assert_eq!(r.service(), "Épicerie sociale");
        assert_eq!(r.contact(), "");
        assert_eq!(r.horaires(), "mar 9h-12h");
        assert_eq!(r.adresse(), "rue de la Station 1, 4300 Waremme");
        assert_eq!(r.besoins().collect::<Vec<_>>(), [3, 1]);
        assert_eq!(r.first_besoin(), Some(3));
        assert_eq!(
            (r.line, r.public(), r.territoire(), r.capacite),
            (7, 2, 5, Some(40))
        );
    }
}
