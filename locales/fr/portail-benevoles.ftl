# Le Conseil du volontariat dans le portail : la page publique des bénévoles, leur page
# personnelle, la section « Nous cherchons des bénévoles » des associations, le tableau du
# conseil pour la coordination, son classeur et l'import de sa liste. Les créneaux
# (« mardi après-midi ») viennent de benevoles.ftl.

## Toutes les pages

pb-conseil = Conseil du volontariat

## La page publique

pb-titre = Donner un peu de son temps
pb-intro-conseil = Le Conseil du volontariat du plan de prévention met en relation les personnes qui souhaitent offrir un peu de leur temps et les associations de la commune qui en ont besoin : conduire le taxi social, rendre visite à une personne seule, donner un coup de main à l'aide alimentaire… Une heure par semaine ou un samedi par mois, tout compte.
pb-comment-titre = Comment ça marche
pb-comment-1 = Vous dites ci-dessous ce que vous aimeriez faire, où et quand.
pb-comment-2 = Quand une association cherche quelqu'un comme vous, la coordination vous le propose : vous le voyez sur votre page personnelle.
pb-comment-3 = Si vous acceptez, l'association reçoit votre nom et votre contact, et vous appelle ou vous écrit. Si vous refusez, personne d'autre ne le sait.
pb-formulaire-titre = Vous inscrire

## Le formulaire

pb-erreurs-titre = Le formulaire n'a pas été enregistré : voici ce qui est à corriger.
pb-champ-nom = Votre nom
pb-contact-legende = Comment vous joindre
pb-contact-aide = Au moins l'un des deux.
pb-champ-courriel = Adresse électronique
pb-champ-telephone = Téléphone
pb-besoins-legende = Ce que vous aimeriez faire
pb-besoins-aide = Cochez tout ce qui vous tente, même une seule chose.
pb-territoires-legende = Où
pb-territoires-aide = Les sections de la commune où vous pouvez vous rendre. Sans rien cocher : toute la commune.
pb-publics-legende = Avec qui
pb-publics-aide = Sans rien cocher : avec tout le monde.
pb-disponibilites-legende = Quand
pb-disponibilites-aide = Les moments de la semaine où vous êtes d'habitude libre. Sans rien cocher : à convenir ensemble.
pb-col-jour = Jour
pb-jour-lun = Lundi
pb-jour-mar = Mardi
pb-jour-mer = Mercredi
pb-jour-jeu = Jeudi
pb-jour-ven = Vendredi
pb-jour-sam = Samedi
pb-jour-dim = Dimanche
pb-partie-matin = Matin
pb-partie-apres-midi = Après-midi
pb-partie-soir = Soir
pb-champ-commentaire = Un mot à ajouter (facultatif)
pb-consentement-titre = Vos données : ce que nous gardons, qui les voit, pour combien de temps
pb-consentement-quoi = Nous gardons ce que vous écrivez dans ce formulaire, et rien d'autre : votre nom, votre adresse électronique ou votre téléphone, ce que vous aimeriez faire, où, avec qui et quand, et votre mot.
pb-consentement-qui = Seule la coordination du plan de prévention les voit. Quand elle vous propose une mission et que vous l'acceptez, l'association de cette mission reçoit votre nom et votre contact, et elle seule.
pb-consentement-duree = Nous les gardons 24 mois. Passé ce délai sans que vous les ayez confirmées, nous vous le rappelons ; sans confirmation dans les 30 jours qui suivent, elles sont effacées.
pb-consentement-retrait = Vous pouvez les changer ou les effacer à tout moment sur votre page personnelle, avec le bouton « Effacer mes données » : tout est effacé, tout de suite.
pb-consentement-case = J'accepte que le Conseil du volontariat garde ces données pour me proposer des missions.
pb-consentement-manquant = Cochez la case du consentement : sans votre accord, nous ne pouvons rien garder.
pb-inscrire = M'inscrire
pb-enregistrer = Enregistrer les changements
pb-formulaire-illisible = Ce formulaire n'a pas pu être lu ; rechargez la page et recommencez.
pb-trop-d-inscriptions = Trop d'inscriptions depuis cette adresse en une heure : réessayez dans { $minutes } minutes.

## Ce que l'on peut proposer, en mots simples (sous le libellé de chaque besoin)

pb-offre-detresse-familiale = Être là pour une famille qui traverse un moment difficile
pb-offre-maltraitance-enfance = Aider une association qui protège les enfants
pb-offre-soutien-parentalite = Accompagner des parents : écoute, sorties, devoirs
pb-offre-isolement = Rendre visite ou téléphoner à une personne seule
pb-offre-accueil-communautaire = Accueillir les gens dans un lieu de rencontre, servir un café
pb-offre-visites-domicile = Passer voir une personne chez elle
pb-offre-taxi-social = Conduire quelqu'un à ses rendez-vous (médecin, courses, administration)
pb-offre-information-services = Aider à trouver le bon service, à remplir un papier
pb-offre-volontariat = Aider à faire connaître le volontariat
pb-offre-aide-alimentaire = Trier, préparer ou distribuer des colis alimentaires
pb-offre-acces-droits = Accompagner quelqu'un dans ses démarches
pb-offre-assuetudes = Soutenir une association de prévention des dépendances
pb-offre-sante-mentale = Écouter, accompagner des personnes fragiles
pb-offre-canicule = Appeler ou visiter les aînés pendant les fortes chaleurs
pb-offre-insertion-emploi = Aider à préparer un CV, un entretien d'embauche
pb-offre-rencontre-employeurs = Partager votre métier, présenter votre entreprise
pb-offre-decrochage-scolaire = Aider des jeunes à faire leurs devoirs
pb-offre-formation-adultes = Aider des adultes à lire, écrire, compter ou utiliser un ordinateur
pb-offre-logement-urgence = Aider à accueillir des personnes sans logement
pb-offre-logement-abordable = Aider à chercher un logement, à déménager
pb-offre-activites-rencontre = Animer une activité où l'on se rencontre : jeux, repas, balades
pb-offre-activites-culturelles = Accompagner des sorties culturelles, animer un atelier
pb-offre-activites-sportives = Encadrer une activité sportive
pb-offre-incivilites-violences = Aider à apaiser la vie du quartier
pb-offre-sentiment-insecurite = Accompagner à pied des personnes qui n'osent pas sortir seules

## La page personnelle du bénévole

pb-page-titre = Votre page de bénévole
pb-lien-personnel = Gardez l'adresse de cette page (dans vos favoris, par exemple) : c'est votre lien personnel pour revenir voir les propositions, changer vos données ou les effacer. Ne la partagez pas.
pb-avis-modifie = Vos changements sont enregistrés.
pb-avis-confirme = Merci : vos données sont confirmées pour 24 mois.
pb-avis-accepte = Merci ! L'association a reçu votre nom et votre contact : elle va vous joindre.
pb-avis-refuse = C'est noté : vous avez refusé cette proposition.
pb-rappel-avis = Vos données n'ont pas été confirmées depuis 24 mois : elles seront effacées le { $date } si vous ne les confirmez pas d'ici là.
pb-propositions-titre = Les missions que l'on vous propose
pb-aucune-proposition = Pas encore de proposition : la coordination vous en fera une dès qu'une association cherche quelqu'un comme vous.
pb-pour-association = pour { $partenaire }
pb-col-besoin = Pour
pb-col-ou = Où
pb-col-public = Avec qui
pb-col-quand = Quand
pb-etat-attente = Elle attend votre réponse.
pb-etat-accepte = Vous avez accepté : l'association a reçu votre nom et votre contact.
pb-etat-refuse = Vous avez refusé.
pb-accepter = J'accepte
pb-refuser = Je refuse
pb-confirmer-titre = Vos données sont-elles toujours justes ?
pb-conservation = Confirmées le { $date }. Sans nouvelle confirmation, nous vous le redemanderons le { $rappel }.
pb-confirmer = Oui, je confirme
pb-donnees-titre = Ce que vous nous avez donné
pb-effacer-titre = Effacer mes données
pb-effacer-aide = Tout ce que vous nous avez donné, et les propositions reçues, sont effacés tout de suite et complètement ; cette page cesse d'exister. Vous pourrez vous réinscrire quand vous voulez.
pb-effacer = Effacer mes données
pb-efface-titre = Vos données sont effacées
pb-efface = Il ne reste rien de vous dans le portail. Merci de votre intérêt pour le Conseil du volontariat.
pb-reponse-inconnue = La réponse doit être « accepte » ou « refuse ».

## La section des associations

pb-partenaire-titre = Nous cherchons des bénévoles
pb-partenaire-intro = Décrivez ce que vous cherchez : la coordination du Conseil du volontariat vous propose des bénévoles. Leur nom et leur contact apparaissent ici quand une personne a accepté.
pb-vos-missions = Vos missions
pb-mission-ouverte = ouverte
pb-mission-pourvue = pourvue
pb-mission-fermee = fermée
pb-compte = { $acceptes } sur { $nombre } { $acceptes ->
    [one] a accepté
   *[other] ont accepté
 } · { $attente } { $attente ->
    [one] proposition en attente
   *[other] propositions en attente
 }
pb-ont-accepte = Ont accepté :
pb-fermer = Fermer la mission
pb-rouvrir = Rouvrir la mission
pb-nouvelle-mission = Demander des bénévoles
pb-champ-mission = Intitulé de la mission
pb-champ-mission-exemple = Chauffeur pour le taxi social
pb-champ-besoin = Pour quel besoin
pb-choisir = Choisissez…
pb-champ-public = Public
pb-public-indifferent = Peu importe
pb-champ-territoire = Où
pb-champ-creneaux = Quand (facultatif)
pb-creneaux-aide = Les moments de la semaine où vous avez besoin de quelqu'un. Sans rien cocher : à convenir.
pb-champ-nombre = Nombre de bénévoles
pb-publier = Publier la demande
pb-retour-page = Retour à votre page

## Le tableau du conseil (coordination)

pb-conseil-resume = { $benevoles } { $benevoles ->
    [one] bénévole
   *[other] bénévoles
 } · { $missions } { $missions ->
    [one] mission ouverte
   *[other] missions ouvertes
 } · { $attente } { $attente ->
    [one] proposition en attente de réponse
   *[other] propositions en attente de réponse
 }
pb-conseil-lien = Le Conseil du volontariat : bénévoles, missions, propositions
pb-exporter = Classeur pour la réunion du conseil (xlsx)
pb-voir-formulaire = Le formulaire public
pb-importer-aide = Pour importer la liste actuelle du conseil (classeur ou CSV), sur le serveur :
pb-missions-titre = Les missions et leurs candidats
pb-aucune-mission-conseil = Aucune mission pour l'instant : les associations les publient depuis leur page.
pb-candidats = Candidats, du plus proche au moins proche
pb-aucun-candidat = Aucun bénévole ne correspond pour l'instant.
pb-autres-candidats = et { $n } { $n ->
    [one] autre candidat
   *[other] autres candidats
 } (tous dans la réponse JSON des candidats).
pb-col-rang = Rang
pb-col-benevole = Bénévole
pb-col-raison = Pourquoi
pb-col-proposition = Réponse
pb-proposer = Proposer
pb-proposer-a = Proposer la mission à { $nom }
pb-reponse-attente = proposé, en attente
pb-reponse-accepte = accepté
pb-reponse-refuse = refusé
pb-benevoles-titre = Les bénévoles
pb-aucun-benevole = Aucun bénévole inscrit pour l'instant.
pb-col-offre = Ce qu'il ou elle propose
pb-col-confirme = Confirmé le
pb-origine-formulaire = inscrit en ligne
pb-origine-import = liste du conseil
pb-efface-le = sans confirmation, effacé le { $date }
pb-effacer-court = Effacer
pb-effacer-nom = Effacer les données de { $nom }

## Le classeur de la réunion

pb-feuille-benevoles = Bénévoles
pb-feuille-missions = Missions
pb-feuille-propositions = Propositions
pb-col-commentaire = Commentaire
pb-col-origine = Origine
pb-col-association = Association
pb-col-mission = Mission
pb-col-nombre = Nombre
pb-col-etat = État
pb-col-acceptes = Acceptés
pb-col-en-attente = En attente
pb-col-proposee = Proposée le
pb-col-repondue = Répondu le

## Le terminal et le journal

pb-import-rejet = { $fichier } { $feuille } ligne { $ligne }, colonne { $colonne }, « { $valeur } » : { $raison }
pb-import-deja = Déjà dans le portail, laissé tel quel : { $nom }
pb-import-resume = { $n } { $n ->
    [one] bénévole importé
   *[other] bénévoles importés
 }, { $deja } déjà { $deja ->
    [one] présent
   *[other] présents
 }, { $rejets } { $rejets ->
    [one] ligne rejetée
   *[other] lignes rejetées
 }.
pb-journal-occupe = le journal de la base (portail.db-wal) n'a pas pu être vidé : une lecture dure encore

## Les courriels aux bénévoles et aux associations

pb-courriel-bonjour = Bonjour { $nom },
pb-courriel-inscription-sujet = Votre inscription au Conseil du volontariat
pb-courriel-inscription = Merci de votre inscription au Conseil du volontariat. Voici votre lien personnel : vous y verrez les missions que l'on vous propose, et vous pourrez y changer ou effacer vos données.
pb-courriel-lien-personnel = Ce lien est personnel : ne le transférez pas. Gardez ce courriel, nous ne pourrons pas vous le renvoyer.
pb-courriel-proposition-sujet = Une mission pour vous : { $mission }
pb-courriel-proposition = La coordination du Conseil du volontariat vous propose la mission « { $mission } » pour { $partenaire } ({ $besoin }, { $territoire }).
pb-courriel-repondre = Pour accepter ou refuser, ouvrez votre page personnelle avec le lien reçu lors de votre inscription.
pb-courriel-acceptation-sujet = Un bénévole a accepté : { $mission }
pb-courriel-acceptation = { $nom } a accepté votre mission « { $mission } ». Pour le ou la contacter : { $contact }.
pb-courriel-acceptation-page = Vous retrouvez ses coordonnées sur votre page du portail, rubrique « Nous cherchons des bénévoles ».
pb-courriel-rappel-sujet = Vos données au Conseil du volontariat
pb-courriel-rappel = Vos données n'ont pas été confirmées depuis 24 mois. Si vous souhaitez continuer, ouvrez votre page personnelle (le lien reçu lors de votre inscription) et cliquez sur « Oui, je confirme ». Sans confirmation, elles seront effacées le { $date }.
pb-journal-courriel = courriel aux bénévoles non envoyé : { $detail }
