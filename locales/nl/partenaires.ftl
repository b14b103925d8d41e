# De partnerfiches (partenaires/SLUG.html, partenaires/index.html) en
# `cadastre partenaire`: al hun teksten. De labels van de taxonomie (behoeften, doelgroepen,
# gebieden) komen uit de taxonomie, niet van hier.

## De fiche

fiche-titre = Partnerfiche: { $partenaire }, { $periode }
fiche-sous-titre = Bilateraal overleg · periode { $periode }
fiche-intro = Wat de partner ons dit kwartaal bezorgd heeft, de te verbeteren rijen, wat er met de gesignaleerde behoeften gebeurd is, en waar het plan denkt dat de partner zou kunnen inspringen.
lien-index = Alle partnerfiches
chiffre-rejets = { $n ->
    [one] te verbeteren rij
   *[other] te verbeteren rijen
}
chiffre-besoins = { $n ->
    [one] gesignaleerde behoefte
   *[other] gesignaleerde behoeften
}
chiffre-candidat = { $n ->
    [one] tekort waarvoor de partner kandidaat is
   *[other] tekorten waarvoor de partner kandidaat is
}
chiffre-services = { $n ->
    [one] opgegeven dienst
   *[other] opgegeven diensten
}
pied = Behoeftekadaster, periode { $periode } · partnerfiche opgemaakt op { $date }
note-min-cell = In deze publicatie wordt elk aantal personen van 1 tot { $max } vervangen door ‘<{ $n }’ (--min-cell { $n }).

## 1. Wat de partner bezorgd heeft

envoi-titre = 1. Wat de partner bezorgd heeft
envoi-intro = Elk bestand of blad waarin de partner genoemd wordt. De rijen van een tabel tellen mee voor alle partners die erin genoemd worden.
envoi-resume = { $tableaux ->
    [one] Eén tabel
   *[other] { $tableaux } tabellen
} in { $fichiers ->
    [one] één bestand
   *[other] { $fichiers } bestanden
}: { $lues ->
    [one] { $lues } rij gelezen
   *[other] { $lues } rijen gelezen
}, { $utilisees } gebruikt, { $rejetees } geweigerd.
col-fichier = Bestand
col-feuille = Blad
col-tableau = Tabel
col-lues = Gelezen
col-utilisees = Gebruikt
col-rejetees = Geweigerd
col-remarque = Opmerking
tableau-besoins = behoeften
tableau-services = diensten
tableau-ignoree = genegeerd
envoi-total = Totaal

## 2. De te verbeteren rijen

rejets-titre = 2. De te verbeteren rijen
rejets-intro = Deze rijen konden niet gebruikt worden: hieronder staat per rij wat er verbeterd moet worden. Rij = rijnummer in het bestand of blad (de kopregel is rij 1); een rij met twee problemen staat er twee keer in.
rejets-aucun = Geen enkele rij geweigerd: niets te verbeteren.
rejets-fichier = { $fichier } ({ $n ->
    [one] één probleem
   *[other] { $n } problemen
})
rejets-fichier-entier = alles
rejets-sans-nom = rij zonder partnernaam: toegewezen aan elke partner die in deze tabel genoemd wordt
rejets-colonne = kolom { $colonne }: { $n ->
    [one] één probleem
   *[other] { $n } problemen
}, { $montres ->
    [0] hier geen getoond
    [one] het eerste hieronder
   *[other] de eerste { $montres } hieronder
}
rejets-plus = { $n ->
    [one] Nog één probleem van dit bestand staat hier niet
   *[other] Nog { $n } problemen van dit bestand staan hier niet
}: rejets.csv geeft ze allemaal, rij per rij.
col-ligne = Rij
col-colonne = Kolom
col-valeur = Waarde
col-probleme = Probleem en verbetering
rejets-reste-titre = De andere bestanden
rejets-reste-intro = Deze pagina toont de rijen van deze bestanden niet, alleen hun aantal per kolom: rejets.csv geeft ze allemaal, rij per rij.
col-problemes = Problemen
col-par-colonne = Per kolom

## 3. De behoeften van de partner

besoins-titre = 3. De gesignaleerde behoeften, en wat ermee gebeurd is
besoins-intro = Elke behoefte die de partner gesignaleerd heeft (een behoefte, voor een doelgroep, in een gebied), de status ervan voor het hele plan, en naar wie de hulpverleners van de partner personen kunnen doorverwijzen.
besoins-aucun = Dit kwartaal geen behoeften gesignaleerd.
col-besoin = Behoefte
col-public = Doelgroep
col-territoire = Gebied
col-priorite = Prioriteit
col-ses-personnes = Personen van de partner
col-statut = Status
col-sans-reponse = Zonder antwoord
col-suite = Doorverwijzen naar, of wie dit nog signaleert
besoins-orienter = Doorverwijzen naar:
besoins-aussi = Ook gesignaleerd door: { $noms }
besoins-seul = Geen enkele andere partner signaleert dit.
besoins-et-autres = en { $n ->
    [one] één andere
   *[other] { $n } andere
}
besoins-comptes = Deze partner meldde { $n } behoeften: voor elke behoefte geeft deze fiche het aantal diensten om naar door te verwijzen, zonder ze te noemen. De dienstengids (guide/index.html) en guide.csv geven ze allemaal, met hun contactgegevens.
besoins-services = { $n ->
    [one] één dienst om naar door te verwijzen
   *[other] { $n } diensten om naar door te verwijzen
}

## 4. Waar de partner kandidaat is

candidat-titre = 4. Waar de partner zou kunnen inspringen
candidat-intro = De tekorten (niet gedekt of gedeeltelijk gedekt) waarvoor het plan deze partner voorstelt, van meest naar minst dringend. Rang = de plaats van de partner onder de kandidaten (hoogstens drie).
candidat-aucun = De partner is dit kwartaal voor geen enkel tekort kandidaat.
candidat-plus = { $n ->
    [one] Nog één minder dringend tekort noemt deze partner
   *[other] Nog { $n } minder dringende tekorten noemen deze partner
}: cadastre.csv geeft ze allemaal (kolom candidats).
col-rang = Rang
col-pourquoi = Waarom deze partner
raison-besoin = biedt al een dienst aan voor deze behoefte
raison-domaine-public = biedt een dienst aan in hetzelfde domein voor deze doelgroep
raison-domaine = biedt een dienst aan in hetzelfde domein

## 5. De diensten van de partner

services-titre = 5. De diensten van de partner, zoals de gids ze toont
services-intro = Samen met de partner na te lezen: dit is wat de hulpverleners op het terrein in de dienstengids lezen.
services-aucun = Dit kwartaal geen diensten opgegeven.
services-plus = De partner geeft { $total } diensten op: de eerste { $montres } hieronder, in de volgorde van de gids. De dienstengids (guide/index.html) en guide.csv geven ze allemaal.
carte-besoins = Behoeften
carte-public = Doelgroep
carte-ou = Waar
carte-places = Plaatsen
carte-places-valeur = { $n } per kwartaal
carte-contact = Contact
carte-horaires = Openingsuren
carte-adresse = Adres

## 6. Wat er veranderd is

evolution-titre = 6. Wat er veranderd is sinds { $periode }
evolution-intro = De behoeften die de partner gesignaleerd heeft en de tekorten waarvoor de partner kandidaat is, die sinds het vorige kwartaal veranderd zijn.
evolution-aucun = Voor deze cellen is er sinds { $periode } niets veranderd.
evolution-stables = { $n ->
    [one] Eén andere cel is ongewijzigd.
   *[other] { $n } andere cellen zijn ongewijzigd.
}
col-evolution = Evolutie
col-avant = Voorheen
col-apres = Nu
evolution-apparu = nieuw tekort
evolution-resolu = tekort opgelost
evolution-aggrave = tekort verergerd
evolution-ameliore = tekort verminderd
statut-absent = afwezig

## De statussen

statut-non-couvert = niet gedekt
statut-partiel = gedeeltelijk gedekt
statut-couvert = gedekt

## De index

index-titre = Partnerfiches, { $periode }
index-intro = Eén fiche per partner om het bilaterale overleg voor te bereiden: wat de partner bezorgd heeft, de te verbeteren rijen, de behoeften, waar de partner zou kunnen inspringen, de diensten.
col-partenaire = Partner
col-besoins = Behoeften
col-candidat = Kandidaat
col-services = Diensten
col-a-corriger = Te verbeteren
index-orphelins-titre = Geweigerde rijen die bij geen enkele partner horen
index-orphelins-intro = Deze rijen komen uit bestanden waarin geen partnernaam gelezen kon worden: ze komen op geen enkele fiche terecht.
index-orphelins-aucun = Elke geweigerde rij is bij een partner terechtgekomen.

## cadastre partenaire

terminal-inconnu = Geen partner ‘{ $nom }’ in de periode { $periode }.
terminal-proches = Gelijkaardige namen: { $noms }
terminal-nom-cite = ‘{ $nom }’
terminal-aucun-proche = Geen gelijkaardige naam: de lijst van partners staat in partenaires.csv (cadastre analyse).
terminal-fiche = De partnerfiche in HTML (cadastre analyse): partenaires/{ $fichier }
