# Les fiches partenaires (partenaires/SLUG.html, partenaires/index.html) et
# `cadastre partenaire` : tous leurs mots. Les libellés de la taxonomie (besoins, publics,
# territoires) viennent de la taxonomie, pas d'ici.

## La fiche

fiche-titre = Fiche partenaire : { $partenaire }, { $periode }
fiche-sous-titre = Rencontre bilatérale · période { $periode }
fiche-intro = Ce que le partenaire nous a envoyé ce trimestre, les lignes à corriger, ce que sont devenus les besoins qu'il a signalés, et où le plan pense qu'il pourrait prendre le relais.
lien-index = Toutes les fiches partenaires
chiffre-rejets = { $n ->
    [one] ligne à corriger
   *[other] lignes à corriger
}
chiffre-besoins = { $n ->
    [one] besoin signalé
   *[other] besoins signalés
}
chiffre-candidat = { $n ->
    [one] manque où il est candidat
   *[other] manques où il est candidat
}
chiffre-services = { $n ->
    [one] service déclaré
   *[other] services déclarés
}
pied = Cadastre des besoins, période { $periode } · fiche établie le { $date }
note-min-cell = Dans cette diffusion, tout nombre de personnes entre 1 et { $max } est remplacé par « <{ $n } » (--min-cell { $n }).

## 1. Ce qu'il a envoyé

envoi-titre = 1. Ce que le partenaire a envoyé
envoi-intro = Chaque fichier ou feuille où le partenaire est nommé. Les lignes d'un tableau comptent pour tous les partenaires qui y sont nommés.
envoi-resume = { $tableaux ->
    [one] Un tableau
   *[other] { $tableaux } tableaux
} dans { $fichiers ->
    [one] un fichier
   *[other] { $fichiers } fichiers
} : { $lues ->
    [one] { $lues } ligne lue
   *[other] { $lues } lignes lues
}, { $utilisees } utilisées, { $rejetees } rejetées.
col-fichier = Fichier
col-feuille = Feuille
col-tableau = Tableau
col-lues = Lues
col-utilisees = Utilisées
col-rejetees = Rejetées
col-remarque = Remarque
tableau-besoins = besoins
tableau-services = services
tableau-ignoree = ignoré
envoi-total = Total

## 2. Les lignes à corriger

rejets-titre = 2. Les lignes à corriger
rejets-intro = Ces lignes n'ont pas pu être utilisées : voici, pour chacune, ce qu'il faut corriger. Ligne = numéro de ligne dans le fichier ou la feuille (l'en-tête est la ligne 1) ; une ligne qui a deux problèmes apparaît deux fois.
rejets-aucun = Aucune ligne rejetée : rien à corriger.
rejets-fichier = { $fichier } ({ $n ->
    [one] un problème
   *[other] { $n } problèmes
})
rejets-fichier-entier = tout
rejets-sans-nom = ligne sans nom de partenaire : attribuée à chaque partenaire nommé dans ce tableau
rejets-colonne = colonne { $colonne } : { $n ->
    [one] un problème
   *[other] { $n } problèmes
}, { $montres ->
    [0] aucun repris ici
    [one] le premier ci-dessous
   *[other] les { $montres } premiers ci-dessous
}
rejets-plus = { $n ->
    [one] Un autre problème de ce fichier n'est pas repris ici
   *[other] { $n } autres problèmes de ce fichier ne sont pas repris ici
} : rejets.csv les donne tous, ligne par ligne.
col-ligne = Ligne
col-colonne = Colonne
col-valeur = Valeur
col-probleme = Problème et correction
rejets-reste-titre = Les autres fichiers
rejets-reste-intro = La page ne reprend pas les lignes de ces fichiers, seulement leur nombre par colonne : rejets.csv les donne toutes, ligne par ligne.
col-problemes = Problèmes
col-par-colonne = Par colonne

## 3. Ses besoins

besoins-titre = 3. Les besoins signalés, et ce qu'ils sont devenus
besoins-intro = Chaque besoin que le partenaire a signalé (un besoin, pour un public, sur un territoire), son statut pour l'ensemble du plan, et vers qui ses intervenants peuvent orienter les personnes.
besoins-aucun = Aucun besoin signalé ce trimestre.
col-besoin = Besoin
col-public = Public
col-territoire = Territoire
col-priorite = Priorité
col-ses-personnes = Ses personnes
col-statut = Statut
col-sans-reponse = Sans réponse
col-suite = Orienter vers, ou qui d'autre le signale
besoins-orienter = Orienter vers :
besoins-aussi = Aussi signalé par : { $noms }
besoins-seul = Aucun autre partenaire ne le signale.
besoins-et-autres = et { $n ->
    [one] un autre
   *[other] { $n } autres
}
besoins-comptes = Ce partenaire a signalé { $n } besoins : pour chacun, cette fiche donne le nombre de services vers qui orienter, sans les nommer. Le guide des services (guide/index.html) et guide.csv les donnent tous, avec leurs contacts.
besoins-services = { $n ->
    [one] un service vers qui orienter
   *[other] { $n } services vers qui orienter
}

## 4. Là où il est candidat

candidat-titre = 4. Là où il pourrait prendre le relais
candidat-intro = Les manques (non couverts ou partiellement couverts) pour lesquels le plan propose ce partenaire, du plus urgent au moins urgent. Rang = sa place parmi les candidats (au plus trois).
candidat-aucun = Le partenaire n'est candidat pour aucun manque ce trimestre.
candidat-plus = { $n ->
    [one] Un autre manque, moins urgent, le propose aussi
   *[other] { $n } autres manques, moins urgents, le proposent aussi
} : cadastre.csv les donne tous (colonne candidats).
col-rang = Rang
col-pourquoi = Pourquoi lui
raison-besoin = il offre déjà un service pour ce besoin
raison-domaine-public = il offre un service du même domaine pour ce public
raison-domaine = il offre un service du même domaine

## 5. Ses services

services-titre = 5. Ses services, tels que le guide les montre
services-intro = À relire avec le partenaire : c'est ce que les intervenants de terrain lisent dans le guide des services.
services-aucun = Aucun service déclaré ce trimestre.
services-plus = Le partenaire déclare { $total } services : les { $montres } premiers ci-dessous, dans l'ordre du guide. Le guide des services (guide/index.html) et guide.csv les donnent tous.
carte-besoins = Besoins
carte-public = Public
carte-ou = Où
carte-places = Places
carte-places-valeur = { $n } par trimestre
carte-contact = Contact
carte-horaires = Horaires
carte-adresse = Adresse

## 6. Ce qui a changé

evolution-titre = 6. Ce qui a changé depuis { $periode }
evolution-intro = Les besoins qu'il a signalés et les manques où il est candidat qui ont changé depuis le trimestre précédent.
evolution-aucun = Rien n'a changé pour ces cellules depuis { $periode }.
evolution-stables = { $n ->
    [one] Une autre cellule est sans changement.
   *[other] { $n } autres cellules sont sans changement.
}
col-evolution = Évolution
col-avant = Avant
col-apres = Après
evolution-apparu = nouveau manque
evolution-resolu = manque résolu
evolution-aggrave = manque aggravé
evolution-ameliore = manque réduit
statut-absent = absent

## Les statuts

statut-non-couvert = non couvert
statut-partiel = partiellement couvert
statut-couvert = couvert

## L'index

index-titre = Fiches partenaires, { $periode }
index-intro = Une fiche par partenaire pour préparer la rencontre bilatérale : ce qu'il a envoyé, ses lignes à corriger, ses besoins, là où il pourrait prendre le relais, ses services.
col-partenaire = Partenaire
col-besoins = Besoins
col-candidat = Candidat
col-services = Services
col-a-corriger = À corriger
index-orphelins-titre = Lignes rejetées qui ne sont à aucun partenaire
index-orphelins-intro = Ces lignes viennent de fichiers où aucun nom de partenaire n'a pu être lu : elles ne vont sur aucune fiche.
index-orphelins-aucun = Chaque ligne rejetée a trouvé son partenaire.

## cadastre partenaire

terminal-inconnu = Aucun partenaire « { $nom } » dans la période { $periode }.
terminal-proches = Noms proches : { $noms }
terminal-nom-cite = « { $nom } »
terminal-aucun-proche = Aucun nom proche : la liste des partenaires est dans partenaires.csv (cadastre analyse).
terminal-fiche = La fiche HTML (cadastre analyse) : partenaires/{ $fichier }
