# The charts (graphiques/*.png and *.svg, and their copies in rapport.html): titles,
# subtitles, legends, notes at the end of the bars, source. Labels of domains, publics and
# groups come from the taxonomy, not from here.

## Statuses (legends, and wherever a status is named)

graph-statut-non-couvert = not covered
graph-statut-partiel = partly covered
graph-statut-couvert = covered

## The source, at the foot of every chart

graph-source = Source: needs map, { $partenaires } partners, { $besoins } needs expressed, period { $periode }

## Unmet needs per domain

graph-domaines-titre = Unmet needs per domain, { $periode }
graph-domaines-sous-titre = Need cells (need × public × territory) by status; on top: cells not covered or partly covered, of all
# Above each column: "40 of 61".
graph-domaines-note = { $manques } of { $total }

## People not covered per domain

graph-personnes-titre = People not covered per domain, { $periode }
graph-personnes-sous-titre = Partners' estimates minus the services' places; needs without an estimate are not counted

## Domain × public

graph-carte-titre = Where are the gaps? Domain × public, { $periode }
graph-carte-sous-titre = Number of need cells not covered or partly covered

## Coverage per working group

graph-groupes-titre = Coverage per working group, { $periode }
graph-groupes-sous-titre = Need cells raised by each group, by status
graph-sans-groupe = No group
graph-groupes-note = { $pourcent }% covered of { $total }

## The ten most urgent gaps

graph-urgents-titre = The ten most urgent gaps, { $periode }
graph-urgents-sous-titre = By priority expressed, then by number of people not covered
graph-urgents-personnes = { $n } people
graph-urgents-inconnu = number unknown
# At the end of each bar: "130 people, priority 4".
graph-urgents-note = { $qui }, priority { $priorite }

## Quarter after quarter (from two periods on)

graph-evolution-manques-titre = Gaps per domain, quarter after quarter, { $periodes }
graph-evolution-manques-sous-titre = Need cells not covered or partly covered
graph-evolution-personnes-titre = People not covered per domain, { $periodes }
graph-evolution-personnes-sous-titre = Partners' estimates minus the services' places
