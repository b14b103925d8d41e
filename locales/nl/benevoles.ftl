# De Conseil du volontariat: de vrijwilligers, de opdrachten van de verenigingen, de
# koppelingen (cadastre benevoles, analyse --benevoles).

## De tijdsloten van de week
benevoles-jour-lun = maandag
benevoles-jour-mar = dinsdag
benevoles-jour-mer = woensdag
benevoles-jour-jeu = donderdag
benevoles-jour-ven = vrijdag
benevoles-jour-sam = zaterdag
benevoles-jour-dim = zondag
benevoles-moment-matin = ochtend
benevoles-moment-apres-midi = namiddag
benevoles-moment-soir = avond
# Een tijdslot, in één woord: "dinsdagnamiddag".
benevoles-creneau = { $jour }{ $moment }

## De reden van een koppeling, in stukken gescheiden door komma's:
## "biedt dinsdagnamiddag aan, woont in Oleye".
benevoles-raison-creneaux = biedt { $creneaux } aan
benevoles-raison-sans-disponibilites = beschikbaarheid niet opgegeven
benevoles-raison-sans-creneaux = tijdstippen van de opdracht af te spreken
benevoles-raison-territoire = woont in { $territoire }
benevoles-raison-commune = gaat overal in de gemeente, { $territoire } inbegrepen
benevoles-raison-public = koos de doelgroep { $public }

## cadastre analyse: de tabellen van de Conseil du volontariat worden vermeld, niet gelezen
benevoles-table-ignoree-benevoles = tabel van vrijwilligers (Conseil du volontariat): gelezen door "cadastre benevoles", niet door de analyse
benevoles-table-ignoree-missions = tabel van opdrachten voor vrijwilligers: gelezen door "cadastre benevoles", niet door de analyse

## Het lezen van de lijsten van vrijwilligers en opdrachten
benevoles-creneau-inconnu = onbekend tijdslot '{ $valeur }'; bedoelde u { $code }? (een dag en een dagdeel: lun-matin … dim-soir, of "di namiddag")
benevoles-contact-manquant = geen e-mail en geen telefoon: er is er minstens één nodig om de persoon te bereiken
benevoles-courriel-invalide = ongeldig e-mailadres '{ $valeur }': een adres zoals voornaam.naam@voorbeeld.be wordt verwacht
benevoles-telephone-invalide = ongeldig telefoonnummer '{ $valeur }': cijfers (minstens zes), spaties, punten of streepjes, bv. 0470 12 34 56
benevoles-nombre-invalide = ongeldig { $colonne } '{ $valeur }': een geheel getal van minstens 1 wordt verwacht (bv. 2)
benevoles-un-seul-besoin = behoefte '{ $valeur }': een opdracht gaat over één behoefte; schrijf één rij per behoefte
benevoles-doublon = { $nom } staat al in { $fichier } rij { $ligne } (zelfde naam en zelfde e-mail of telefoon): de twee rijen worden samengevoegd
benevoles-pas-un-tableau = geen lijst van vrijwilligers en geen lijst van opdrachten: geen kolom "benevole" of "mission" in de kop ({ $n } rijen niet gelezen)

## cadastre benevoles: appariements.csv en appariements.xlsx
benevoles-aucun-candidat = nog geen vrijwilliger past
benevoles-classeur-titre = Conseil du volontariat: vrijwilligers voorgesteld aan de verenigingen
# Naam van het werkblad (hoogstens 31 tekens).
benevoles-classeur-feuille = Koppelingen
benevoles-classeur-mission = { $mission } ({ $partenaire })
benevoles-classeur-details = Behoefte: { $besoin } · Doelgroep: { $public } · Gebied: { $territoire } · Tijdsloten: { $creneaux } · Gezochte vrijwilligers: { $nombre }
benevoles-classeur-tout-public = alle doelgroepen
benevoles-classeur-a-convenir = af te spreken
benevoles-classeur-aucune-mission = Er werd geen opdracht gelezen: voeg een tabel toe met een kolom "mission".
benevoles-col-rang = Rang
benevoles-col-benevole = Vrijwilliger
benevoles-col-courriel = E-mail
benevoles-col-telephone = Telefoon
benevoles-col-creneaux = Gedeelde tijdsloten
benevoles-col-raison = Waarom

## cadastre benevoles: de samenvatting in de terminal
benevoles-term-bilan = { $benevoles ->
    [one] 1 vrijwilliger
   *[other] { $benevoles } vrijwilligers
  }, { $missions ->
    [one] 1 opdracht
   *[other] { $missions } opdrachten
  } ({ $cherches } vrijwilligers gezocht); { $sans ->
    [0] elke opdracht heeft minstens één kandidaat
    [one] 1 opdracht zonder kandidaat:
   *[other] { $sans } opdrachten zonder kandidaat:
  }

## cadastre analyse --benevoles
benevoles-term-lus = Conseil du volontariat: { $benevoles } vrijwilligers en { $missions } opdrachten gelezen{ $rejets ->
    [0] {""}
    [one] {""} (1 rij afgewezen: "cadastre benevoles" geeft de details)
   *[other] {""} ({ $rejets } rijen afgewezen: "cadastre benevoles" geeft de details)
  }
# Het rapport (rapport.html): de sectie van de vrijwilligers, enkel aantallen.
benevoles-rapport-titre = Wat vrijwilligers kunnen bijdragen
benevoles-rapport-intro = De Conseil du volontariat telt { $benevoles } vrijwilligers. Voor { $aides } van de { $manques } tekorten kan minstens één vrijwilliger helpen of heeft een vereniging een opdracht geopend; de dringendste eerst. De namen blijven bij de raad (cadastre benevoles).
benevoles-rapport-col-benevoles = Kandidaat-vrijwilligers
benevoles-rapport-col-missions = Open opdrachten
# De fiche van een partner: zijn opdrachten voor vrijwilligers.
benevoles-fiche-titre = Wij zoeken vrijwilligers
benevoles-fiche-intro = De opdrachten die u aan de Conseil du volontariat toevertrouwde; die brengt u in contact met de vrijwilligers die aanvaarden.
benevoles-fiche-col-mission = Opdracht
benevoles-fiche-col-nombre = Gezochte vrijwilligers
