# Les graphiques (graphiques/*.png et *.svg, et leurs copies dans rapport.html) : titres,
# sous-titres, légendes, notes au bout des barres, source. Les libellés des domaines,
# publics, groupes viennent de la taxonomie, pas d'ici.

## Les statuts (légendes, et partout où un statut est nommé)

graph-statut-non-couvert = non couvert
graph-statut-partiel = partiellement couvert
graph-statut-couvert = couvert

## La source, au pied de chaque graphique

graph-source = Source : cadastre des besoins, { $partenaires } partenaires, { $besoins } besoins exprimés, période { $periode }

## Besoins non couverts par domaine

graph-domaines-titre = Besoins non couverts par domaine, { $periode }
graph-domaines-sous-titre = Cellules de besoin (besoin × public × territoire) par statut ; au-dessus : cellules non couvertes ou partielles, sur le total
# Au-dessus de chaque colonne : « 40 sur 61 ».
graph-domaines-note = { $manques } sur { $total }

## Personnes sans réponse par domaine

graph-personnes-titre = Personnes sans réponse par domaine, { $periode }
graph-personnes-sous-titre = Estimations des partenaires, moins les places des services ; les besoins sans estimation ne sont pas comptés

## Domaine × public

graph-carte-titre = Où sont les manques ? Domaine × public, { $periode }
graph-carte-sous-titre = Nombre de cellules de besoin non couvertes ou partielles

## Couverture par groupe de travail

graph-groupes-titre = Couverture par groupe de travail, { $periode }
graph-groupes-sous-titre = Cellules de besoin évoquées par chaque groupe, par statut
graph-sans-groupe = Sans groupe
graph-groupes-note = { $pourcent } % couvertes sur { $total }

## Les dix manques les plus urgents

graph-urgents-titre = Les dix manques les plus urgents, { $periode }
graph-urgents-sous-titre = Par priorité exprimée, puis par nombre de personnes sans réponse
graph-urgents-personnes = { $n } pers.
graph-urgents-inconnu = nombre inconnu
# Au bout de chaque barre : « 130 pers., priorité 4 ».
graph-urgents-note = { $qui }, priorité { $priorite }

## Trimestre après trimestre (dès deux périodes)

graph-evolution-manques-titre = Manques par domaine, trimestre après trimestre, { $periodes }
graph-evolution-manques-sous-titre = Cellules de besoin non couvertes ou partiellement couvertes
graph-evolution-personnes-titre = Personnes sans réponse par domaine, { $periodes }
graph-evolution-personnes-sous-titre = Estimations des partenaires, moins les places des services
