# The workbooks (cadastre.xlsx, guide.xlsx), datapackage.json, and the blank templates sent
# to partners (cadastre modele): all their words. The sheet names of cadastre.xlsx are the
# CSVs' names, for machines: they are not here.

## The workbooks' titles (document properties, printed pages' header)

classeur-titre-cadastre = Needs map { $periode }
classeur-titre-guide = Services guide { $periode }

## What each sheet holds (printed pages' header)

classeur-feuille-cadastre = Needs, services and gaps
classeur-feuille-gap-domaine-public = Gaps by domain and public (cells not or partly covered)
classeur-feuille-gap-domaine-public-personnes = People not covered by domain and public
classeur-feuille-gap-domaine-territoire = Gaps by domain and territory (cells not or partly covered)
classeur-feuille-gap-groupe-domaine = Gaps raised by each working group, by domain
classeur-feuille-partenaires = Partners
classeur-feuille-rejets = Rejected values
classeur-feuille-avertissements = Duplicates, counted once
classeur-feuille-fichiers = Files read
# The matrices' row for the needs given without a working group.
classeur-sans-groupe = No group

## Column headers, by the CSV's column

classeur-col-domaine = Domain
classeur-col-besoin = Need
classeur-col-public = Public
classeur-col-territoire = Territory
classeur-col-demande-mentions = Partners
classeur-col-demande-personnes = People
classeur-col-priorite-max = Priority
classeur-col-offre-services = Services
classeur-col-offre-capacite = Places
classeur-col-statut = Status
classeur-col-personnes-non-couvertes = Not covered
classeur-col-candidats = Candidates
classeur-col-partenaire = Partner
classeur-col-service = Service
classeur-col-besoins = Needs
classeur-col-capacite = Places
classeur-col-contact = Contact
classeur-col-horaires = Opening hours
classeur-col-adresse = Address
classeur-col-groupe = Working group
classeur-col-besoins-exprimes = Needs expressed
classeur-col-services-offerts = Services offered
classeur-col-cellules-couvertes = Cells covered
classeur-col-cellules-candidat = Gaps where a candidate
classeur-col-fichier = File
classeur-col-feuille = Sheet
classeur-col-ligne = Line
classeur-col-colonne = Column
classeur-col-valeur = Value
classeur-col-raison = Reason
classeur-col-table = Table
classeur-col-lues = Read
classeur-col-utilisees = Used
classeur-col-rejetees = Rejected
classeur-col-remarque = Remark

## Under the last row of a sheet too long; printed pages' footer

classeur-lignes-de-plus = … { $n } more rows: see { $fichier }
classeur-page = Page

## datapackage.json

classeur-datapackage-titre = Needs map { $periode }
classeur-datapackage-description = The tables of a quarterly analysis of the needs map (the map itself, the gap matrices, partners, rejected rows, the count of files, the services guide).

## The blank template (cadastre modele): sheets, headers, lists, instructions.
## The headers are those the reading of files recognises.

classeur-modele-titre = Needs map: template
classeur-modele-feuille-besoins = Needs
classeur-modele-feuille-services = Services
classeur-modele-feuille-aide = Instructions
classeur-modele-feuille-listes = Lists

classeur-entete-partenaire = Partner
classeur-entete-besoin = Need
classeur-entete-public = Audience
classeur-entete-territoire = Territory
classeur-entete-priorite = Priority
classeur-entete-personnes = People
classeur-entete-groupe = Group
classeur-entete-domaine = Domain
classeur-entete-periode = Period
classeur-entete-commentaire = Comment
classeur-entete-service = Service
classeur-entete-capacite = Capacity
classeur-entete-contact = Contact
classeur-entete-horaires = Hours
classeur-entete-adresse = Address

# The priorities' drop-down list, from 1 to 4.
classeur-priorite-1 = low
classeur-priorite-2 = medium
classeur-priorite-3 = high
classeur-priorite-4 = urgent

# The instructions, a row of the sheet per line of text, a block per part.
# $commune, $tous, $exemple: the taxonomy's labels (territory "commune", public "tous",
# two needs), as the drop-down lists offer them.
classeur-aide-titre = Needs map: the survey to fill in each quarter
classeur-aide-besoins =
    Sheet 'Needs': one row per need you see in your public.
      Required: Partner (your organisation), Need, Audience, Priority.
      Territory: a section of Waremme, or '{ $commune }' (the default when empty).
      Priority: low, medium, high or urgent (or 1 to 4, 4 = most urgent).
      People: estimated number of people concerned this quarter (whole number), if known.
      Period: optional, e.g. 2026-T3.
classeur-aide-services =
    Sheet 'Services': one row per service you run.
      Required: Partner, Service (its name), Need, Audience.
      Need: one or more needs covered, separated by '|' (e.g. { $exemple }).
      Audience: '{ $tous }' if the service is open to everyone.
      Capacity: people the service can take this quarter, if known.
      Contact, Hours, Address: shown in the services guide for field workers.
classeur-aide-fin =
    Pick values from the drop-down lists: they are recognised as they are.
    Do not rename the columns; add rows, but no title rows above the headers.
    The full list of codes: command 'cadastre taxonomy'.
