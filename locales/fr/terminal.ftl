# What the commands print in the terminal (cadastre analyse, comparer, guide, generer,
# taxonomie, portail, partenaire). Spaces at either end of a message are written {" "}.

## cadastre analyse: the summary of the last period
term-periode = Période { $periode } ({ $source })
term-source-option = donnée par --periode
term-source-dossier = lue dans le nom du dossier
term-source-fichiers = lue dans la colonne periode des fichiers
term-fichiers-lus = Fichiers lus :
# Column heads of the table of files: values are right-aligned on 6 characters.
term-col-fichier = fichier [feuille]
term-col-table = table
term-col-lues = lues
term-col-utilisees = utilis.
term-col-rejetees = rejet.
term-total = Total: { $lues } lignes lues = { $utilisees } utilisées + { $rejetees } rejetées
term-rejets = Rejets ({ $n }) :
term-rejets-autres = … { $n } autres dans rejets.csv
term-avertissements = Avertissements ({ $n }) :
term-cellules = Cellules de besoin : { $n } ({ $non } non couvertes, { $partiel } partiellement couvertes, { $couvert } couvertes)
term-manques-urgents = Les dix manques les plus urgents :
term-pers = pers.
term-qui-pourrait = qui pourrait s'en charger :
term-aucun-partenaire = aucun partenaire du domaine
term-duree = Durée : { $secondes } s ({ $debit } lignes/s)
term-resultats = Résultats écrits dans { $dossier }
term-strict = --strict : des lignes ont été rejetées (code de sortie 1)
# The progress bar (on stderr, in a terminal only).
term-progression-fichiers = fichiers
term-progression-lignes = { $lignes } lignes, { $debit } lignes/s

## cadastre comparer, guide, generer
term-comparaison = Comparaison écrite dans { $fichier }
term-guide = Guide des services : { $n } services, écrit dans { $page }
term-corpus = { $fichiers } fichiers, { $besoins } lignes de besoins, { $services } lignes de services, { $partenaires } partenaires, { $mo } Mo, dans { $dossier }
term-corpus-pas-vide = le dossier n'est pas vide : choisissez un dossier neuf pour le corpus

## cadastre taxonomie
term-taxo-domaine = Domaines
term-taxo-groupe = Groupes de travail (colonne groupe)
term-taxo-public = Publics (colonne public)
term-taxo-territoire = Territoires (colonne territoire ; commune = toute la commune)
term-taxo-besoin = Besoins (colonne besoin), par domaine
term-taxo-sans-nl = Cette taxonomie n'a pas de libellés néerlandais (colonne libelle_nl) : les libellés anglais sont montrés à leur place.
term-taxo-fin =
    Priorité : 1 (faible), 2 (moyenne), 3 (haute, élevée), 4 (urgente).
    Les libellés sont acceptés à la place des codes, sans tenir compte des majuscules ni des accents.

## cadastre portail
term-portail-periode = Période { $periode } ouverte aux dépôts.
term-portail-mot-de-passe-court = Attention : un mot de passe de moins de { $n } caractères se devine plus vite ; une phrase de quelques mots est plus sûre.
term-portail-mot-de-passe = Mot de passe de la coordination enregistré (les sessions ouvertes sont fermées).

## Punctuation: a colon as each language writes it ("Ligne 4 : …", "Line 4: …").
term-deux-points = {" "}:{" "}

## Any error, on stderr.
term-erreur = cadastre : erreur : { $message }
