# De grafieken (graphiques/*.png en *.svg, en hun kopieën in rapport.html): titels,
# ondertitels, legenden, notities aan het eind van de staven, bron. De namen van domeinen,
# doelgroepen en werkgroepen komen uit de taxonomie, niet van hier.

## De statussen (legenden, en overal waar een status genoemd wordt)

graph-statut-non-couvert = niet gedekt
graph-statut-partiel = gedeeltelijk gedekt
graph-statut-couvert = gedekt

## De bron, onderaan elke grafiek

graph-source = Bron: behoeftekadaster, { $partenaires } partners, { $besoins } gemelde behoeften, periode { $periode }

## Niet-gedekte behoeften per domein

graph-domaines-titre = Niet-gedekte behoeften per domein, { $periode }
graph-domaines-sous-titre = Behoeftecellen (behoefte × doelgroep × gebied) per status; bovenaan: niet of gedeeltelijk gedekte cellen, op het totaal
# Boven elke kolom: "40 op 61".
graph-domaines-note = { $manques } op { $total }

## Personen zonder antwoord per domein

graph-personnes-titre = Personen zonder antwoord per domein, { $periode }
graph-personnes-sous-titre = Ramingen van de partners, min de plaatsen van de diensten; behoeften zonder raming worden niet meegeteld

## Domein × doelgroep

graph-carte-titre = Waar zijn de tekorten? Domein × doelgroep, { $periode }
graph-carte-sous-titre = Aantal niet of gedeeltelijk gedekte behoeftecellen

## Dekking per werkgroep

graph-groupes-titre = Dekking per werkgroep, { $periode }
graph-groupes-sous-titre = Behoeftecellen die elke werkgroep aanbracht, per status
graph-sans-groupe = Zonder werkgroep
graph-groupes-note = { $pourcent } % gedekt op { $total }

## De tien dringendste tekorten

graph-urgents-titre = De tien dringendste tekorten, { $periode }
graph-urgents-sous-titre = Volgens gemelde prioriteit, dan volgens het aantal personen zonder antwoord
graph-urgents-personnes = { $n } pers.
graph-urgents-inconnu = aantal onbekend
# Aan het eind van elke staaf: "130 pers., prioriteit 4".
graph-urgents-note = { $qui }, prioriteit { $priorite }

## Kwartaal na kwartaal (vanaf twee periodes)

graph-evolution-manques-titre = Tekorten per domein, kwartaal na kwartaal, { $periodes }
graph-evolution-manques-sous-titre = Niet of gedeeltelijk gedekte behoeftecellen
graph-evolution-personnes-titre = Personen zonder antwoord per domein, { $periodes }
graph-evolution-personnes-sous-titre = Ramingen van de partners, min de plaatsen van de diensten
