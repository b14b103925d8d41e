# The Conseil du volontariat: the volunteers, the associations' missions, the matches
# (cadastre benevoles, analyse --benevoles).

## The slots of the week
benevoles-jour-lun = Monday
benevoles-jour-mar = Tuesday
benevoles-jour-mer = Wednesday
benevoles-jour-jeu = Thursday
benevoles-jour-ven = Friday
benevoles-jour-sam = Saturday
benevoles-jour-dim = Sunday
benevoles-moment-matin = morning
benevoles-moment-apres-midi = afternoon
benevoles-moment-soir = evening
# A slot: "Tuesday afternoon".
benevoles-creneau = { $jour } { $moment }

## The reason of a match, in pieces joined by commas:
## "offers Tuesday afternoon, lives in Oleye".
benevoles-raison-creneaux = offers { $creneaux }
benevoles-raison-sans-disponibilites = availability not given
benevoles-raison-sans-creneaux = the mission's times to be agreed
benevoles-raison-territoire = lives in { $territoire }
benevoles-raison-commune = goes anywhere in the municipality, { $territoire } included
benevoles-raison-public = chose the public { $public }

## cadastre analyse: the Conseil du volontariat's tables are listed, not read
benevoles-table-ignoree-benevoles = volunteers table (Conseil du volontariat): read by "cadastre benevoles", not by the analysis
benevoles-table-ignoree-missions = missions table for volunteers: read by "cadastre benevoles", not by the analysis

## Reading the lists of volunteers and missions
benevoles-creneau-inconnu = unknown slot '{ $valeur }'; did you mean { $code }? (a day and a part of the day: lun-matin … dim-soir, or "tue afternoon")
benevoles-contact-manquant = neither email nor phone: at least one is needed to reach the person
benevoles-courriel-invalide = invalid email '{ $valeur }': an address such as first.last@example.be is expected
benevoles-telephone-invalide = invalid phone '{ $valeur }': digits (at least six), spaces, dots or dashes, e.g. 0470 12 34 56
benevoles-nombre-invalide = invalid { $colonne } '{ $valeur }': a whole number of at least 1 is expected (e.g. 2)
benevoles-un-seul-besoin = need '{ $valeur }': a mission is about one need only; write one row per need
benevoles-doublon = { $nom } is already in { $fichier } line { $ligne } (same name and same email or phone): the two rows are merged
benevoles-pas-un-tableau = neither a list of volunteers nor a list of missions: no "benevole" or "mission" column in the header ({ $n } rows not read)

## cadastre benevoles: appariements.csv and appariements.xlsx
benevoles-aucun-candidat = no volunteer fits yet
benevoles-classeur-titre = Conseil du volontariat: volunteers proposed to the associations
# Sheet name (31 characters at most).
benevoles-classeur-feuille = Matches
benevoles-classeur-mission = { $mission } ({ $partenaire })
benevoles-classeur-details = Need: { $besoin } · Public: { $public } · Territory: { $territoire } · Slots: { $creneaux } · Volunteers sought: { $nombre }
benevoles-classeur-tout-public = all publics
benevoles-classeur-a-convenir = to be agreed
benevoles-classeur-aucune-mission = No mission was read: add a table with a "mission" column.
benevoles-col-rang = Rank
benevoles-col-benevole = Volunteer
benevoles-col-courriel = Email
benevoles-col-telephone = Phone
benevoles-col-creneaux = Shared slots
benevoles-col-raison = Why

## cadastre benevoles: the summary in the terminal
benevoles-term-bilan = { $benevoles ->
    [one] 1 volunteer
   *[other] { $benevoles } volunteers
  }, { $missions ->
    [one] 1 mission
   *[other] { $missions } missions
  } ({ $cherches } volunteers sought); { $sans ->
    [0] every mission has at least one candidate
    [one] 1 mission without a candidate:
   *[other] { $sans } missions without a candidate:
  }

## cadastre analyse --benevoles
benevoles-term-lus = Conseil du volontariat: { $benevoles } volunteers and { $missions } missions read{ $rejets ->
    [0] {""}
    [one] {""} (1 row rejected: "cadastre benevoles" details it)
   *[other] {""} ({ $rejets } rows rejected: "cadastre benevoles" details them)
  }
# The report (rapport.html): the volunteers' section, counts only.
benevoles-rapport-titre = What volunteers can bring
benevoles-rapport-intro = The Conseil du volontariat has { $benevoles } volunteers. For { $aides } of the { $manques } gaps, at least one volunteer could help or an association has opened a mission; most urgent first. The names stay with the council (cadastre benevoles).
benevoles-rapport-col-benevoles = Candidate volunteers
benevoles-rapport-col-missions = Open missions
# A partner's sheet: its missions open to volunteers.
benevoles-fiche-titre = We are looking for volunteers
benevoles-fiche-intro = The missions you entrusted to the Conseil du volontariat; it puts you in touch with the volunteers who accept.
benevoles-fiche-col-mission = Mission
benevoles-fiche-col-nombre = Volunteers sought
