# The --help of each subcommand (aide-SUBCOMMAND, by the name its usage line shows) and
# of each argument (aide-SUBCOMMAND-ARGUMENT, by the option's French alias when it has
# one, else its name). clap's own words (Usage, Options, errors) stay clap's.

aide-cadastre = Cadastre des besoins : les besoins que voient les partenaires, face aux services qui existent, et les manques à combler.

## Arguments several subcommands share
aide-analyse-dir = Dossier du trimestre, avec les fichiers des partenaires, ou dossier de trimestres (un sous-dossier 2026-T3 par trimestre) [défaut : l'exemple fourni, datasets/waremme]
aide-analyse-periode = Période analysée, ex. 2026-T3 [défaut : lue dans le nom du dossier ou les fichiers]
aide-analyse-sortie = Dossier de sortie ; les résultats vont dans SORTIE/PERIODE/
aide-analyse-taxonomie = Fichier de taxonomie à utiliser à la place de celui fourni
aide-analyse-langue = Langue des messages et des sorties
aide-serve-donnees = Dossier des données du portail (base, dépôts, archives, sorties), créé s'il manque

## cadastre analyse
aide-analyse = Analyse un trimestre : cadastre, matrices des manques, rejets (analyse a quarter)
aide-analyse-strict = Échoue (code 1) s'il y a le moindre rejet, après avoir tout écrit
aide-analyse-min-cell = Affiche « <N » pour tout nombre de personnes entre 1 et N-1 (diffusion hors partenariat)
aide-analyse-hxl = Ajoute une ligne de hashtags HXL sous l'en-tête de cadastre.csv et guide.csv
aide-analyse-parquet-lignes = Écrit aussi les lignes validées en Parquet (besoins_partenaires, services_valides, taxonomie, partenaires_orthographes) pour sql/cadastre.sql
aide-analyse-benevoles = Dossier (ou fichier) du Conseil du volontariat : ajoute benevoles_manques.csv (des comptes, aucun nom) et ce que les bénévoles peuvent apporter aux manques

## cadastre benevoles
aide-benevoles = Met en relation les bénévoles du Conseil du volontariat et les missions des associations : appariements.csv et .xlsx à imprimer, dans SORTIE/benevoles/ (volunteers matched to missions)
aide-benevoles-dir = Dossier (ou fichier) avec la liste des bénévoles (colonne benevole) et les missions des associations (colonne mission), tous formats
aide-benevoles-sortie = Dossier de sortie ; les fichiers vont dans SORTIE/benevoles/ (ils nomment des personnes : à garder au Conseil)
aide-benevoles-taxonomie = { aide-analyse-taxonomie }
aide-benevoles-langue = { aide-analyse-langue }

## cadastre comparer
aide-compare = Compare deux trimestres déjà analysés : ce qui est apparu, résolu, aggravé, réduit
aide-compare-p1 = Le trimestre de départ, ex. 2026-T2
aide-compare-p2 = Le trimestre d'arrivée, ex. 2026-T3
aide-compare-sortie = Dossier de sortie des analyses (son historique est lu ; la comparaison y est écrite)
aide-compare-taxonomie = Fichier de taxonomie (pour l'ordre des lignes)
aide-compare-langue = Langue des messages

## cadastre generer
aide-generate = Écrit un corpus synthétique pour les mesures de performance (synthetic benchmark corpus)
aide-generate-lignes = Nombre de lignes de besoins (les services en font un dixième)
aide-generate-partenaires = Nombre de partenaires
aide-generate-graine = Graine : la même graine donne les mêmes fichiers
aide-generate-lignes-par-fichier = Lignes par fichier
aide-generate-sortie = Dossier où écrire le corpus (il doit être vide ou absent)
aide-generate-langue = { aide-compare-langue }

## cadastre guide
aide-guide = Écrit le guide des services pour les intervenants (services guide for field workers)
aide-guide-dir = { aide-analyse-dir }
aide-guide-periode = { aide-analyse-periode }
aide-guide-sortie = { aide-analyse-sortie }
aide-guide-taxonomie = { aide-analyse-taxonomie }
aide-guide-langue = { aide-analyse-langue }
aide-guide-hxl = Ajoute une ligne de hashtags HXL sous l'en-tête de guide.csv

## cadastre partenaire
aide-partenaire = Affiche la fiche d'un partenaire pour la rencontre bilatérale (a partner's sheet)
aide-partenaire-name = Nom du partenaire (majuscules, accents et espaces ne comptent pas)
aide-partenaire-dir = { aide-analyse-dir }
aide-partenaire-periode = { aide-analyse-periode }
aide-partenaire-sortie = { aide-analyse-sortie }
aide-partenaire-taxonomie = { aide-analyse-taxonomie }
aide-partenaire-langue = { aide-analyse-langue }
aide-partenaire-min-cell = Affiche « <N » pour tout nombre de personnes entre 1 et N-1

## cadastre modele
aide-template = Écrit les fichiers vierges à envoyer aux partenaires (blank survey files)
aide-template-sortie = Dossier où écrire les modèles
aide-template-taxonomie = Fichier de taxonomie pour les listes déroulantes
aide-template-langue = Langue des instructions

## cadastre taxonomie
aide-taxonomy = Affiche les codes et libellés admis (the accepted codes and labels)
aide-taxonomy-taxonomie = Fichier de taxonomie à afficher à la place de celui fourni
aide-taxonomy-langue = Langue des libellés

## cadastre serve
aide-serve = Ouvre le portail : les partenaires déposent, la coordination analyse (web portal)
aide-serve-adresse = Adresse d'écoute ; derrière un proxy inverse (TLS), gardez 127.0.0.1
aide-serve-max-depot = Taille maximale d'un fichier déposé, en octets ou avec une unité (20MB, 500kB)
aide-serve-guide-public = Publie le guide des services de la dernière analyse à /guide, sans connexion
aide-serve-taxonomie = { aide-analyse-taxonomie }
aide-serve-langue = Langue des rejets et des sorties
aide-serve-rappels = Jours avant l'échéance où les rappels partent d'eux-mêmes vers ceux qui n'ont rien envoyé, ex. 7,2
aide-serve-fuseau = Fuseau horaire des heures affichées (tableau, pages, courriels)
aide-serve-proxy = Adresse du proxy inverse : seules ses requêtes donnent l'adresse du client par X-Forwarded-For

## cadastre portail
aide-portail = Règle le portail, serveur lancé ou non : mot de passe, période, partenaires
aide-portail-langue = Langue des messages ; avec partenaire, aussi la langue de ses courriels
aide-portail-coordination = Définit le mot de passe de la coordination, lu sur une ligne de l'entrée standard
aide-portail-coordination-donnees = { aide-serve-donnees }
aide-portail-periode = Ouvre une période aux dépôts (une seule est ouverte à la fois)
aide-portail-periode-donnees = { aide-serve-donnees }
aide-portail-periode-period = La période, ex. 2026-T4
aide-portail-periode-echeance = Date limite des dépôts, AAAA-MM-JJ
aide-portail-partenaire = Inscrit un partenaire s'il est nouveau et affiche son nouveau lien personnel
aide-portail-partenaire-donnees = { aide-serve-donnees }
aide-portail-partenaire-name = Le nom du partenaire
aide-portail-partenaire-courriel = Son adresse de courriel
aide-portail-benevoles = Importe la liste actuelle du Conseil du volontariat (tout format de fichier partenaire) et affiche le lien personnel de chaque bénévole, avec son nom
aide-portail-benevoles-donnees = { aide-serve-donnees }
aide-portail-benevoles-file = Le fichier de la liste (classeur, CSV…)
aide-portail-benevoles-taxonomie = { aide-serve-taxonomie }
aide-portail-courriel = Règle le serveur d'envoi (SMTP) des invitations et l'adresse publique des liens
aide-portail-courriel-donnees = { aide-serve-donnees }
aide-portail-courriel-serveur = Serveur d'envoi, HOTE:PORT (ex. smtp.commune.be:587)
aide-portail-courriel-expediteur = Adresse de l'expéditeur des courriels
aide-portail-courriel-url = Adresse publique du portail, début des liens (ex. https://cadastre.commune.be)
aide-portail-courriel-securite = Protection de la connexion : starttls, tls ou aucune
aide-portail-courriel-utilisateur = Nom d'utilisateur sur le serveur d'envoi ; le mot de passe est lu sur l'entrée standard
aide-portail-inviter = Envoie par courriel un nouveau lien personnel à chaque partenaire nommé (à tous ceux qui ont une adresse si aucun n'est nommé)
aide-portail-inviter-donnees = { aide-serve-donnees }
aide-portail-inviter-names = Les partenaires à inviter
aide-portail-rappel = Envoie un rappel et un nouveau lien aux partenaires qui n'ont rien envoyé pour la période ouverte
aide-portail-rappel-donnees = { aide-serve-donnees }
aide-portail-sauvegarde = Écrit une copie cohérente du dossier (base et fichiers) dans un seul fichier, serveur lancé ou non
aide-portail-sauvegarde-donnees = { aide-serve-donnees }
aide-portail-sauvegarde-vers = Le fichier de la sauvegarde (zip)
aide-portail-restaurer = Fait d'une sauvegarde un dossier de données qui fonctionne, après en avoir vérifié chaque fichier
aide-portail-restaurer-depuis = Le fichier de la sauvegarde
aide-portail-restaurer-donnees = Le nouveau dossier des données (absent ou vide)
