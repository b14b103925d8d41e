# Le portail (`cadastre serve`) : ses pages, ses réponses d'erreur, ses avis et les lignes
# qu'il écrit dans le terminal. Les raisons de rejet viennent de lecture.ftl.

## Toutes les pages

portail-nom = Cadastre des besoins
portail-titre-suffixe = portail du PPI
portail-pied = Portail du cadastre des besoins · les fichiers déposés restent sur le serveur de la commune.
# Entre un mot et ce qui le suit (« Période 2026-T3 : … ») : une espace avant en français.
portail-deux-points = {" "}:

## Connexion

portail-connexion-titre = Connexion
portail-coordination = Coordination
portail-mot-de-passe = Mot de passe de la coordination
portail-se-connecter = Se connecter
portail-sans-mot-de-passe = Aucun mot de passe n'est encore défini. Sur le serveur, lancez :
portail-commande-mot-de-passe = cadastre portail coordination --donnees DOSSIER
portail-puis-mot-de-passe = puis tapez le mot de passe choisi.
portail-mot-de-passe-incorrect = Mot de passe incorrect.

## La page du partenaire

portail-periode-ouverte = Période ouverte :
portail-periode-avant-le = , à déposer avant le
portail-periode-fermee = Aucune période n'est ouverte pour l'instant : vous pourrez déposer votre tableau dès que la coordination l'aura ouverte.
portail-etape-modele-debut = Téléchargez le
portail-etape-modele-lien = modèle à remplir
portail-etape-modele-fin = (ou reprenez votre tableau habituel) : une feuille pour les besoins que vous voyez, une pour les services que vous proposez.
portail-etape-depot = Déposez-le ici : vous voyez tout de suite les lignes qui ne pourront pas être comptées, et comment les corriger.
portail-zone-glissez = Glissez votre fichier ici, ou
portail-zone-choisissez = choisissez-le
portail-choisir-fichier = Choisir un fichier
portail-zone-formats = .xlsx, .xls, .ods, .csv, .tsv ou .txt ; { $mo } Mo au plus
portail-deposer-fichier = Déposer le fichier
portail-vos-fichiers = Vos fichiers de la période
portail-aucun-fichier = Aucun fichier déposé pour cette période.
portail-col-fichier = Fichier
portail-col-depose-le = Déposé le
portail-col-utilisees = Utilisées
portail-col-rejetees = Rejetées
portail-col-lues = Lues
portail-col-periode = Période
portail-col-etat = État
portail-col-feuille = Feuille
portail-col-tableau = Tableau
portail-col-remarque = Remarque
portail-col-ligne = Ligne
portail-col-colonne = Colonne
portail-col-valeur = Valeur
portail-col-probleme = Problème
portail-col-probleme-correction = Problème et correction
portail-retirer = Retirer
portail-aide-remplacer = Pour remplacer un fichier, déposez-en un du même nom. Un fichier retiré ne compte plus dans l'analyse ; il reste archivé.
portail-votre-fiche = Votre fiche du trimestre
portail-lien-fiche = Votre fiche partenaire
portail-fiche-contenu = ce que vous avez envoyé, ce qu'il est advenu des besoins que vous avez signalés, et là où le partenariat pense que vous pourriez agir.
portail-historique = Historique de vos dépôts
portail-aucun-depot = Aucun dépôt pour l'instant.
portail-depot-en-cours = en cours
portail-depot-remplace = remplacé ou retiré
portail-lien-personnel = Ce lien est personnel : ne le transmettez qu'aux collègues de votre organisation. En cas de doute, la coordination peut le renouveler.

## La réponse à un dépôt

portail-resultat-recu = { $fichier } : reçu, aucune ligne rejetée
portail-resultat-a-corriger = { $fichier } : reçu, { $n } { $n ->
    [one] ligne
   *[other] lignes
} à corriger
portail-resultat-lignes = { $lues } { $lues ->
    [one] ligne lue
   *[other] lignes lues
} : { $utilisees } { $utilisees ->
    [one] utilisée
   *[other] utilisées
}, { $rejetees } { $rejetees ->
    [one] rejetée
   *[other] rejetées
}. Le fichier est enregistré ;
portail-resultat-rien-a-faire = rien à faire de plus.
portail-resultat-corrigez = corrigez les lignes ci-dessous dans votre tableau, puis déposez-le à nouveau sous le même nom : il remplacera celui-ci.
portail-lignes-a-corriger = Lignes à corriger
# Le genre de tableau, dans la colonne « Tableau » (le code, en français).
portail-type-besoins = besoins
portail-type-services = services
portail-type-ignoree = ignoree
portail-type-illisible = illisible

## Le tableau de bord de la coordination

portail-tableau-de-bord = Tableau de bord
portail-se-deconnecter = Se déconnecter
portail-liens-titre = Liens personnels à transmettre
portail-liens-intro = Ils ne s'affichent qu'une fois : copiez-les maintenant. Chacun remplace le lien précédent du partenaire.
portail-col-partenaire = Partenaire
portail-col-courriel = Courriel
portail-col-lien = Lien
portail-col-fichiers = Fichiers
portail-col-dernier-depot = Dernier dépôt
portail-col-lignes-utilisees = Lignes utilisées
portail-periode = Période
portail-echeance = échéance
# Suivis du nombre de partenaires qui ont déposé, en gras.
portail-ont-depose = { $n ->
    [one] partenaire
   *[other] partenaires
} sur { $total } { $n ->
    [one] a
   *[other] ont
} déposé ;
# Suivis du nombre de ceux qui n'ont rien envoyé, en gras.
portail-rien-envoye = { $n ->
    [one] n'a
   *[other] n'ont
} encore rien envoyé.
portail-aucune-periode = Aucune période ouverte
portail-ouvrez-periode = Ouvrez une période pour que les partenaires puissent déposer leurs fichiers.
portail-rien-recu = rien reçu
portail-lien-actif = actif
portail-lien-revoque = révoqué
portail-nouveau-lien = Nouveau lien
portail-revoquer = Révoquer
portail-preparer-rappel = Préparer le rappel ({ $n } { $n ->
    [one] partenaire
   *[other] partenaires
} sans dépôt)
portail-rappel-aide = (un texte à coller dans un courriel, avec un nouveau lien pour chacun)
portail-analyse = Analyse
portail-analyse-en-cours = Analyse en cours…
portail-analyse-progression = { $fichiers } fichiers, { $lignes } lignes lues
portail-derniere-analyse = Dernière analyse : { $periode }, { $quand } :
portail-etat-terminee = terminée
portail-etat-en-cours = en cours
portail-etat-interrompue = interrompue (serveur arrêté)
portail-etat-echec = échec
portail-analyser = Analyser la période ouverte
portail-sortie-rapport = rapport
portail-sortie-guide = guide des services
portail-sortie-fiches = fiches partenaires
portail-sortie-evolution = évolution
portail-sortie-zip = tout en .zip
portail-ouvrir-periode = Ouvrir une période
portail-champ-periode = Période
portail-champ-echeance = Échéance
portail-ouvrir = Ouvrir
portail-inscrire-partenaires = Inscrire des partenaires
portail-champ-nom = Nom
portail-champ-courriel = Courriel
portail-inscrire = Inscrire
portail-ou-liste = Ou une liste, une ligne par partenaire :
portail-liste-format = nom;courriel
portail-liste-exemple = CPAS de Waremme;accueil@cpas.example
portail-inscrire-liste = Inscrire la liste
portail-deposer-pour = Déposer pour un partenaire
portail-champ-partenaire = Partenaire
portail-champ-fichier = Fichier
portail-deposer = Déposer
portail-il-faut = Il faut une période ouverte et au moins un partenaire inscrit.

## Les avis du tableau de bord

portail-periode-ouverte-avis = Période { $periode } ouverte aux dépôts.
portail-inscrits = { $n } partenaire(s) inscrit(s) ou renouvelé(s).
portail-revoque-avis = Lien de { $partenaire } révoqué : sa page ne s'ouvre plus.
portail-depose-pour = { $fichier } déposé pour { $partenaire } : { $n } ligne(s) rejetée(s).

## Le rappel à coller dans un courriel

portail-rappel-bonjour = Bonjour,
portail-rappel-periode = Le cadastre des besoins du plan de prévention attend votre tableau pour la période { $periode }.
portail-rappel-periode-echeance = Le cadastre des besoins du plan de prévention attend votre tableau pour la période { $periode }, avant le { $date }.
portail-rappel-sans-periode = Voici votre lien pour déposer le tableau du cadastre des besoins.
portail-rappel-deposez = Déposez-le sur votre page personnelle : vous y verrez tout de suite les lignes à corriger.
portail-rappel-lien = { $partenaire } : { $lien }
portail-rappel-personnel = Ce lien est personnel ; il remplace le précédent.
portail-rappel-merci = Merci,
portail-rappel-signature = La coordination

## Les demandes refusées

portail-periode-illisible = période « { $valeur } » illisible : écrivez-la 2026-T4
portail-echeance-illisible = échéance « { $valeur } » illisible : écrivez-la AAAA-MM-JJ
portail-nom-vide = nom de partenaire vide ou trop long
portail-choisissez-partenaire = choisissez le partenaire
portail-analyse-deja = une analyse est déjà en cours : attendez qu'elle se termine
portail-aucun-fichier-recu = aucun fichier reçu : choisissez un fichier avant d'envoyer
portail-fichier-sans-nom = le fichier n'a pas de nom utilisable
portail-envoi-mal-forme = envoi incomplet ou mal formé ({ $detail })
portail-formulaire-trop-long = formulaire trop long
portail-formulaire-incomplet = formulaire incomplet ({ $detail })

## Les pages d'erreur

portail-accueil = Partenaires : utilisez le lien personnel que la coordination vous a envoyé. Coordination : /coordination.
portail-introuvable-titre = Page introuvable
portail-introuvable = Cette adresse ne mène à rien : le lien est peut-être incomplet, ou il a été remplacé par un nouveau. Demandez votre lien à la coordination.
portail-perime-titre = Formulaire périmé
portail-perime = Ce formulaire a expiré. Revenez à la page précédente, rechargez-la et recommencez.
portail-trop-gros-titre = Fichier trop volumineux
portail-trop-gros = Le fichier dépasse la taille permise ({ $mo } Mo) : il n'a pas été enregistré. Un tableau de besoins et de services pèse bien moins ; enregistrez-le sans images ni feuilles superflues.
portail-tentatives-titre = Trop de tentatives
portail-tentatives = Cinq mots de passe erronés en une minute : réessayez dans { $secondes } secondes.
portail-refus-titre = Demande refusée
portail-sans-periode-titre = Aucune période ouverte
portail-sans-periode = La coordination n'a pas encore ouvert de période pour les dépôts : le fichier n'a pas été enregistré.
portail-erreur-titre = Erreur du serveur
portail-erreur = Le serveur n'a pas pu terminer cette demande. Réessayez ; si cela se répète, prévenez la coordination.

## Le terminal du serveur

portail-ouvert = Portail ouvert : { $adresse }
portail-arrete = Portail arrêté.
portail-adresse-indisponible = adresse { $adresse } indisponible : { $detail }
portail-journal-erreur = cadastre serve : erreur : { $detail }
portail-journal-gabarit = cadastre serve : erreur de gabarit : { $detail }

## Le dossier de données

portail-creation-dossier = création de { $chemin }
portail-ouverture-base = ouverture de { $chemin }
portail-schema-base = mise à jour du schéma de portail.db
portail-nom-partenaire-vide = nom de partenaire vide
