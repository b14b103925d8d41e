# Het rapport voor de coördinator (rapport.html), de evolutie van het ene kwartaal naar het
# andere (ook in de terminal van `cadastre analyse` en `cadastre comparer`), de noot bij
# --min-cell en de fouten van de historiek. De namen uit de taxonomie (behoeften,
# doelgroepen, gebieden, domeinen) komen uit de taxonomie; de namen van de statussen uit
# graphiques.ftl.

## Hoofding

rapport-titre = Behoeftekadaster, { $periode }
rapport-chapeau = De behoeften die de partners zien, het aanbod dat er al is, en de tekorten die nog open liggen: wie zou ze kunnen opnemen?

## De secties (inhoudstafel en titels)

rapport-section-chiffres = Kerncijfers
rapport-section-graphiques = Grafieken
rapport-section-manques = De tekorten die open liggen
rapport-section-evolution = Evolutie
rapport-section-domaines = Per domein
rapport-section-corrections = Verbeteringen te vragen aan de partners
rapport-section-fichiers = Ontvangen bestanden
rapport-section-methode = Hoe de cijfers berekend worden

## Kerncijfers (onder elk getal)

rapport-chiffre-partenaires = partners
rapport-chiffre-besoins = gemelde behoeften
rapport-chiffre-services = aangegeven diensten
rapport-chiffre-cellules = behoeftecellen
rapport-chiffre-non-couvertes = niet gedekt
rapport-chiffre-partielles = gedeeltelijk gedekt
rapport-chiffre-couvertes = gedekt
rapport-chiffre-sans-reponse = personen zonder antwoord (geraamd)
rapport-chiffres-lignes = { $lues } rijen gelezen in { $tableaux } tabellen: { $utilisees } gebruikt, { $rejetees } geweigerd (zie "Verbeteringen").

## Grafieken

# Onder elke grafiek: "Titel — bestand om af te drukken: graphiques/NAAM.png".
rapport-fichier-impression = bestand om af te drukken:

## De kolommen van de tabellen

rapport-col-priorite = Prioriteit
rapport-col-besoin = Behoefte
rapport-col-public = Doelgroep
rapport-col-territoire = Gebied
rapport-col-statut = Status
rapport-col-personnes-sans-reponse = Personen zonder antwoord
rapport-col-qui = Wie zou het kunnen opnemen?
rapport-col-partenaires = Partners
rapport-col-personnes = Personen
rapport-col-services = Diensten
rapport-col-places = Plaatsen
rapport-col-sans-reponse = Zonder antwoord
rapport-col-candidats = Kandidaten
rapport-col-avant = Voor
rapport-col-apres = Na
rapport-col-sans-reponse-avant = Zonder antwoord voor
rapport-col-sans-reponse-apres = Zonder antwoord na
rapport-col-fichier = Bestand
rapport-col-feuille = Blad
rapport-col-ligne = Rij
rapport-col-colonne = Kolom
rapport-col-valeur = Waarde
rapport-col-probleme = Probleem
rapport-col-tableau = Tabel
rapport-col-lues = Gelezen
rapport-col-utilisees = Gebruikt
rapport-col-rejetees = Geweigerd
rapport-col-remarque = Opmerking
rapport-total = Totaal

## De tekorten die open liggen

rapport-manques-intro = Alle niet of gedeeltelijk gedekte behoeftecellen, van de dringendste tot de minst dringende (gemelde prioriteit, dan personen zonder antwoord), met de partners die ze zouden kunnen opnemen.
rapport-manques-plus = … nog { $n } minder dringende tekorten: cadastre.csv geeft ze allemaal.

## Per domein

rapport-domaine-vide = Geen behoefte gemeld dit kwartaal.
rapport-domaine-plus = … nog { $n } cellen van dit domein: cadastre.csv geeft ze allemaal.
rapport-domaine-resume = { $cellules ->
    [one] { $cellules } behoeftecel
   *[other] { $cellules } behoeftecellen
}, waarvan { $manques } niet of gedeeltelijk gedekt.

## Verbeteringen

rapport-corrections-aucune = Geen geweigerde rij.
rapport-corrections-intro = De rijen die niet gebruikt konden worden, gegroepeerd per partner, om elke partner zijn eigen verbeteringen te sturen. Rij = het rijnummer in het bestand of het blad (de hoofding is rij 1).
# De titel van een groep rijen die geen partner noemen.
rapport-corrections-fichier = Bestand { $fichier }
rapport-corrections-plus = … nog { $n } rijen in rejets.csv en avertissements.csv

## Evolutie

rapport-evolution-premier = Eerste geregistreerde kwartaal: de evolutie verschijnt bij het volgende kwartaal dat in dezelfde uitvoermap geanalyseerd wordt.
# Een cel die in een van beide periodes ontbreekt, in plaats van haar status.
rapport-absent = afwezig
# Hoofdingen van de tabel met de aantallen en titels van de lijsten.
rapport-evolution-apparu = nieuwe tekorten
rapport-evolution-resolu = opgeloste tekorten
rapport-evolution-aggrave = verergerde tekorten
rapport-evolution-ameliore = verminderde tekorten
rapport-evolution-stable = ongewijzigd
# Na een getal, in de regel van de evolutie: "1 opgelost tekort", "2 opgeloste tekorten".
rapport-evolution-compte-apparu = { $n ->
    [one] nieuw tekort
   *[other] nieuwe tekorten
}
rapport-evolution-compte-resolu = { $n ->
    [one] opgelost tekort
   *[other] opgeloste tekorten
}
rapport-evolution-compte-aggrave = { $n ->
    [one] verergerd tekort
   *[other] verergerde tekorten
}
rapport-evolution-compte-ameliore = { $n ->
    [one] verminderd tekort
   *[other] verminderde tekorten
}
rapport-evolution-compte-stable = { $n ->
   *[other] ongewijzigd
}
rapport-evolution-ligne = Evolutie { $avant } → { $apres }: { $comptes }

## Methode en voettekst

rapport-methode-besoins = Elke partner meldt behoeften (een behoefte, voor een doelgroep, in een gebied, met een prioriteit van 1 tot 4 en, als hij het weet, het aantal betrokken personen) en geeft zijn diensten op (de behoeften die ze dekken, voor welke doelgroep, waar, met hoeveel plaatsen).
rapport-methode-cellule = Een behoeftecel is een behoefte voor een doelgroep in een gebied. Ze wordt gevraagd door de partners die haar melden; een partner die haar herhaalt, telt één keer, met zijn hoogste raming en zijn hoogste prioriteit. De betrokken personen zijn de som van de gegeven ramingen; de prioriteit is de hoogste die gemeld werd.
rapport-methode-service = Een dienst dekt een cel als hij die behoefte vermeldt, zich richt tot die doelgroep of tot alle doelgroepen, en werkt in dat gebied of in de hele gemeente. De plaatsen zijn de som van de capaciteiten die de dekkende diensten opgaven.
rapport-methode-statut = Status: "niet gedekt" als geen enkele dienst de cel dekt; "gedeeltelijk gedekt" als er minder plaatsen opgegeven zijn dan er personen gemeld werden; anders "gedekt" (als het aantal personen of plaatsen niet gekend is, telt een gedekte cel als gedekt). Personen zonder antwoord: alle gemelde personen als de cel niet gedekt is, het verschil als ze gedeeltelijk gedekt is.
rapport-methode-candidats = Wie zou het kunnen opnemen: hoogstens drie partners, eerst wie een dienst heeft voor dezelfde behoefte, dan wie een dienst heeft in hetzelfde domein voor die doelgroep of voor alle doelgroepen, dan de andere partners van hetzelfde domein; wie de cel al dekt, wordt niet voorgesteld; bij gelijke stand, de alfabetische volgorde.
rapport-methode-lignes = Elke ontvangen rij wordt ofwel gebruikt, ofwel geweigerd met de reden: gelezen = gebruikt + geweigerd voor elk bestand.
# Ook in LISEZMOI-min-cell.txt.
rapport-min-cell = In deze publicatie wordt elk aantal personen van 1 tot { $max } vervangen door "<{ $n }" (--min-cell { $n }).
# Onderaan de pagina: "Bron: … · rapport opgemaakt op 2026-10-05".
rapport-etabli-le = rapport opgemaakt op

## De fouten van de historiek (cadastre comparer)

rapport-historique-absent = periode { $periode } ontbreekt in de historiek ({ $chemin }): voer eerst cadastre analyse uit voor die periode
rapport-historique-illisible = historiek onleesbaar: { $chemin } ({ $erreur })
rapport-historique-statut = historiek { $chemin }: onbekende status '{ $statut }' op rij { $ligne }
