# Le rapport du coordinateur (rapport.html), l'évolution d'un trimestre à l'autre (aussi
# dans le terminal de `cadastre analyse` et `cadastre comparer`), la note --min-cell et les
# erreurs de l'historique. Les libellés de la taxonomie (besoins, publics, territoires,
# domaines) viennent de la taxonomie ; les noms des statuts, de graphiques.ftl.

## En-tête

rapport-titre = Cadastre des besoins, { $periode }
rapport-chapeau = Les besoins que voient les partenaires, ce qui existe pour y répondre, et les manques à combler : qui devrait s'en charger ?

## Les sections (table des matières et titres)

rapport-section-chiffres = Chiffres clés
rapport-section-graphiques = Graphiques
rapport-section-manques = Les manques à combler
rapport-section-evolution = Évolution
rapport-section-domaines = Par domaine
rapport-section-corrections = Corrections à demander aux partenaires
rapport-section-fichiers = Fichiers reçus
rapport-section-methode = Comment les chiffres sont calculés

## Chiffres clés (sous chaque nombre)

rapport-chiffre-partenaires = partenaires
rapport-chiffre-besoins = besoins exprimés
rapport-chiffre-services = services déclarés
rapport-chiffre-cellules = cellules de besoin
rapport-chiffre-non-couvertes = non couvertes
rapport-chiffre-partielles = partiellement couvertes
rapport-chiffre-couvertes = couvertes
rapport-chiffre-sans-reponse = personnes sans réponse (estimées)
rapport-chiffres-lignes = { $lues } lignes lues dans { $tableaux } tableaux : { $utilisees } utilisées, { $rejetees } rejetées (voir « Corrections »).

## Graphiques

# Sous chaque graphique : « Titre — fichier pour impression : graphiques/NOM.png ».
rapport-fichier-impression = fichier pour impression :

## Les colonnes des tableaux

rapport-col-priorite = Priorité
rapport-col-besoin = Besoin
rapport-col-public = Public
rapport-col-territoire = Territoire
rapport-col-statut = Statut
rapport-col-personnes-sans-reponse = Personnes sans réponse
rapport-col-qui = Qui pourrait s'en charger ?
rapport-col-partenaires = Partenaires
rapport-col-personnes = Personnes
rapport-col-services = Services
rapport-col-places = Places
rapport-col-sans-reponse = Sans réponse
rapport-col-candidats = Candidats
rapport-col-avant = Avant
rapport-col-apres = Après
rapport-col-sans-reponse-avant = Sans réponse avant
rapport-col-sans-reponse-apres = Sans réponse après
rapport-col-fichier = Fichier
rapport-col-feuille = Feuille
rapport-col-ligne = Ligne
rapport-col-colonne = Colonne
rapport-col-valeur = Valeur
rapport-col-probleme = Problème
rapport-col-tableau = Tableau
rapport-col-lues = Lues
rapport-col-utilisees = Utilisées
rapport-col-rejetees = Rejetées
rapport-col-remarque = Remarque
rapport-total = Total

## Les manques à combler

rapport-manques-intro = Toutes les cellules non couvertes ou partiellement couvertes, de la plus urgente à la moins urgente (priorité exprimée, puis personnes sans réponse), avec les partenaires qui pourraient s'en charger.
rapport-manques-plus = … { $n } autres manques, moins urgents : cadastre.csv les donne tous.

## Par domaine

rapport-domaine-vide = Aucun besoin exprimé ce trimestre.
rapport-domaine-plus = … { $n } autres cellules de ce domaine : cadastre.csv les donne toutes.
rapport-domaine-resume = { $cellules } cellules de besoin, dont { $manques } non couvertes ou partielles.

## Corrections

rapport-corrections-aucune = Aucune ligne rejetée.
rapport-corrections-intro = Les lignes qui n'ont pas pu être utilisées, regroupées par partenaire, pour envoyer à chacun ses corrections. Ligne = numéro de ligne dans le fichier ou la feuille (l'en-tête est la ligne 1).
# Le titre d'un groupe de lignes qui ne nomment aucun partenaire.
rapport-corrections-fichier = Fichier { $fichier }
rapport-corrections-plus = … { $n } lignes de plus dans rejets.csv et avertissements.csv

## Évolution

rapport-evolution-premier = Premier trimestre enregistré : l'évolution apparaîtra au prochain trimestre analysé avec le même dossier de sortie.
# Une cellule absente d'une des deux périodes, à la place de son statut.
rapport-absent = absent
# En-têtes du tableau des comptes et titres des listes.
rapport-evolution-apparu = nouveaux manques
rapport-evolution-resolu = manques résolus
rapport-evolution-aggrave = manques aggravés
rapport-evolution-ameliore = manques réduits
rapport-evolution-stable = sans changement
# Après un nombre, dans la ligne d'évolution : « 1 manque résolu », « 2 manques résolus ».
rapport-evolution-compte-apparu = { $n ->
    [one] nouveau manque
   *[other] nouveaux manques
}
rapport-evolution-compte-resolu = { $n ->
    [one] manque résolu
   *[other] manques résolus
}
rapport-evolution-compte-aggrave = { $n ->
    [one] manque aggravé
   *[other] manques aggravés
}
rapport-evolution-compte-ameliore = { $n ->
    [one] manque réduit
   *[other] manques réduits
}
rapport-evolution-compte-stable = { $n ->
   *[other] sans changement
}
rapport-evolution-ligne = Évolution { $avant } → { $apres } : { $comptes }

## Méthode et pied de page

rapport-methode-besoins = Chaque partenaire signale des besoins (un besoin, pour un public, sur un territoire, avec une priorité de 1 à 4 et, s'il le peut, le nombre de personnes concernées) et déclare ses services (les besoins qu'ils couvrent, pour quel public, où, avec combien de places).
rapport-methode-cellule = Une cellule de besoin est un besoin pour un public sur un territoire. Elle est demandée par les partenaires qui la signalent ; un partenaire qui la répète compte une fois, avec sa plus grande estimation et sa plus haute priorité. Les personnes concernées sont la somme des estimations données ; la priorité est la plus haute exprimée.
rapport-methode-service = Un service couvre une cellule s'il cite ce besoin, s'adresse à ce public ou à tous les publics, et agit sur ce territoire ou sur toute la commune. Les places sont la somme des capacités déclarées par les services qui la couvrent.
rapport-methode-statut = Statut : « non couvert » si aucun service ne couvre la cellule ; « partiellement couvert » si les places déclarées sont moins nombreuses que les personnes signalées ; « couvert » sinon (quand le nombre de personnes ou de places n'est pas connu, une cellule couverte compte comme couverte). Personnes sans réponse : toutes les personnes signalées si la cellule n'est pas couverte, la différence si elle l'est partiellement.
rapport-methode-candidats = Qui pourrait s'en charger : au plus trois partenaires, d'abord ceux qui ont un service pour ce même besoin, puis ceux qui ont un service du même domaine pour ce public ou pour tous, puis les autres partenaires du même domaine ; ceux qui couvrent déjà la cellule ne sont pas proposés ; à égalité, l'ordre alphabétique.
rapport-methode-lignes = Chaque ligne reçue est soit utilisée, soit rejetée avec sa raison : lues = utilisées + rejetées pour chaque fichier.
# Aussi dans LISEZMOI-min-cell.txt.
rapport-min-cell = Dans cette diffusion, tout nombre de personnes entre 1 et { $max } est remplacé par « <{ $n } » (--min-cell { $n }).
# Au pied de la page : « Source : … · rapport établi le 2026-10-05 ».
rapport-etabli-le = rapport établi le

## Les erreurs de l'historique (cadastre comparer)

rapport-historique-absent = période { $periode } absente de l'historique ({ $chemin }) : lancez d'abord cadastre analyse pour cette période
rapport-historique-illisible = historique illisible : { $chemin } ({ $erreur })
rapport-historique-statut = historique { $chemin } : statut '{ $statut }' inconnu ligne { $ligne }
