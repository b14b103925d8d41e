# What the commands print in the terminal (cadastre analyse, comparer, guide, generer,
# taxonomie, portail, partenaire). Spaces at either end of a message are written {" "}.

## cadastre analyse: the summary of the last period
term-periode = Period { $periode } ({ $source })
term-source-option = given by --period
term-source-dossier = read from the folder name
term-source-fichiers = read from the files' period column
term-fichiers-lus = Files read:
# Column heads of the table of files: values are right-aligned on 6 characters.
term-col-fichier = file [sheet]
term-col-table = table
term-col-lues = read
term-col-utilisees = used
term-col-rejetees = rej.
term-total = Total: { $lues } rows read = { $utilisees } used + { $rejetees } rejected
term-rejets = Rejections ({ $n }) :
term-rejets-autres = … { $n } more in rejets.csv
term-avertissements = Warnings ({ $n }) :
term-cellules = Need cells : { $n } ({ $non } not covered, { $partiel } partly covered, { $couvert } covered)
term-manques-urgents = The ten most urgent gaps:
term-pers = people
term-qui-pourrait = who could take charge:
term-aucun-partenaire = no partner in the domain
term-duree = Time: { $secondes } s ({ $debit } rows/s)
term-resultats = Outputs written to { $dossier }
term-strict = --strict: rows were rejected (exit code 1)
# The progress bar (on stderr, in a terminal only).
term-progression-fichiers = files
term-progression-lignes = { $lignes } rows, { $debit } rows/s

## cadastre comparer, guide, generer
term-comparaison = Comparison written to { $fichier }
term-guide = Services guide : { $n } services, written to { $page }
term-corpus = { $fichiers } files, { $besoins } need rows, { $services } service rows, { $partenaires } partners, { $mo } MB, in { $dossier }
term-corpus-pas-vide = the folder is not empty: choose a new folder for the corpus

## cadastre taxonomie
term-taxo-domaine = Domains
term-taxo-groupe = Working groups (column group)
term-taxo-public = Publics (column audience)
term-taxo-territoire = Territories (column territory; commune = the whole municipality)
term-taxo-besoin = Needs (column need), by domain
term-taxo-sans-nl = This taxonomy has no Dutch labels (column libelle_nl): the English labels are shown instead.
term-taxo-fin =
    Priority: 1 (low), 2 (medium), 3 (high), 4 (urgent).
    Labels are accepted instead of codes, whatever the case and accents.

## cadastre portail
term-portail-periode = Period { $periode } open for uploads.
term-portail-mot-de-passe-court = Warning: a password shorter than { $n } characters is guessed faster; a phrase of a few words is safer.
term-portail-mot-de-passe = Coordination password saved (open sessions are closed).

## Punctuation: a colon as each language writes it ("Ligne 4 : …", "Line 4: …").
term-deux-points = :{" "}

## Any error, on stderr.
term-erreur = cadastre: error: { $message }
