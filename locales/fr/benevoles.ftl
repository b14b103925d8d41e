# Le Conseil du volontariat : les bénévoles, les missions des associations, les
# appariements (cadastre benevoles, analyse --benevoles).

## Les créneaux de la semaine
benevoles-jour-lun = lundi
benevoles-jour-mar = mardi
benevoles-jour-mer = mercredi
benevoles-jour-jeu = jeudi
benevoles-jour-ven = vendredi
benevoles-jour-sam = samedi
benevoles-jour-dim = dimanche
benevoles-moment-matin = matin
benevoles-moment-apres-midi = après-midi
benevoles-moment-soir = soir
# Un créneau : « mardi après-midi ».
benevoles-creneau = { $jour } { $moment }

## La raison d'un appariement, en morceaux joints par des virgules :
## « propose mardi après-midi, habite Oleye ».
benevoles-raison-creneaux = propose { $creneaux }
benevoles-raison-sans-disponibilites = disponibilités non précisées
benevoles-raison-sans-creneaux = créneaux de la mission à convenir
benevoles-raison-territoire = habite { $territoire }
benevoles-raison-commune = se déplace dans toute la commune, { $territoire } compris
benevoles-raison-public = choisit le public { $public }

## cadastre analyse : les tableaux du Conseil du volontariat sont listés, pas lus
benevoles-table-ignoree-benevoles = tableau de bénévoles (Conseil du volontariat) : lu par « cadastre benevoles », pas par l'analyse
benevoles-table-ignoree-missions = tableau de missions pour bénévoles : lu par « cadastre benevoles », pas par l'analyse

## La lecture des listes de bénévoles et des missions
benevoles-creneau-inconnu = créneau '{ $valeur }' inconnu ; vouliez-vous dire { $code } ? (un jour et un moment : lun-matin … dim-soir, ou « mardi après-midi »)
benevoles-contact-manquant = ni courriel ni téléphone : il en faut au moins un pour joindre la personne
benevoles-courriel-invalide = courriel '{ $valeur }' invalide : une adresse comme prenom.nom@exemple.be est attendue
benevoles-telephone-invalide = téléphone '{ $valeur }' invalide : des chiffres (au moins six), espaces, points ou tirets, ex. 0470 12 34 56
benevoles-nombre-invalide = { $colonne } '{ $valeur }' invalide : un nombre entier d'au moins 1 est attendu (ex. 2)
benevoles-un-seul-besoin = besoin '{ $valeur }' : une mission ne porte que sur un besoin ; faites une ligne par besoin
benevoles-doublon = { $nom } figure déjà dans { $fichier } ligne { $ligne } (même nom et même courriel ou téléphone) : les deux lignes sont fusionnées
benevoles-pas-un-tableau = ni une liste de bénévoles ni une liste de missions : aucune colonne « benevole » ou « mission » dans l'en-tête ({ $n } lignes non lues)

## cadastre benevoles : appariements.csv et appariements.xlsx
benevoles-aucun-candidat = aucun bénévole ne correspond pour l'instant
benevoles-classeur-titre = Conseil du volontariat : bénévoles proposés aux associations
# Nom de la feuille (31 caractères au plus).
benevoles-classeur-feuille = Appariements
benevoles-classeur-mission = { $mission } ({ $partenaire })
benevoles-classeur-details = Besoin : { $besoin } · Public : { $public } · Territoire : { $territoire } · Créneaux : { $creneaux } · Bénévoles cherchés : { $nombre }
benevoles-classeur-tout-public = tous publics
benevoles-classeur-a-convenir = à convenir
benevoles-classeur-aucune-mission = Aucune mission n'a été lue : ajoutez un tableau avec une colonne « mission ».
benevoles-col-rang = Rang
benevoles-col-benevole = Bénévole
benevoles-col-courriel = Courriel
benevoles-col-telephone = Téléphone
benevoles-col-creneaux = Créneaux communs
benevoles-col-raison = Pourquoi

## cadastre benevoles : le résumé dans le terminal
benevoles-term-bilan = { $benevoles ->
    [one] 1 bénévole
   *[other] { $benevoles } bénévoles
  }, { $missions ->
    [one] 1 mission
   *[other] { $missions } missions
  } ({ $cherches } bénévoles cherchés) ; { $sans ->
    [0] chaque mission a au moins un candidat
    [one] 1 mission sans candidat :
   *[other] { $sans } missions sans candidat :
  }

## cadastre analyse --benevoles
benevoles-term-lus = Conseil du volontariat : { $benevoles } bénévoles et { $missions } missions lus{ $rejets ->
    [0] {""}
    [one] {""} (1 ligne rejetée : « cadastre benevoles » la détaille)
   *[other] {""} ({ $rejets } lignes rejetées : « cadastre benevoles » les détaille)
  }
# Le rapport (rapport.html) : la section des bénévoles, des comptes seulement.
benevoles-rapport-titre = Ce que les bénévoles peuvent apporter
benevoles-rapport-intro = Le Conseil du volontariat compte { $benevoles } bénévoles. Pour { $aides } des { $manques } manques, au moins un bénévole pourrait aider ou une association a ouvert une mission ; les plus urgents d'abord. Les noms restent au Conseil (cadastre benevoles).
benevoles-rapport-col-benevoles = Bénévoles candidats
benevoles-rapport-col-missions = Missions ouvertes
# La fiche d'un partenaire : ses missions ouvertes aux bénévoles.
benevoles-fiche-titre = Nous cherchons des bénévoles
benevoles-fiche-intro = Les missions que vous avez confiées au Conseil du volontariat ; il vous met en contact avec les bénévoles qui acceptent.
benevoles-fiche-col-mission = Mission
benevoles-fiche-col-nombre = Bénévoles cherchés
