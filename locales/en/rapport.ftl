# The coordinator's report (rapport.html), the change from one quarter to the next (also
# in the terminal of `cadastre analyse` and `cadastre comparer`), the --min-cell note and
# the history's errors. Taxonomy labels (needs, publics, territories, domains) come from
# the taxonomy; status names from graphiques.ftl.

## Heading

rapport-titre = Needs map, { $periode }
rapport-chapeau = The needs partners see, what exists to meet them, and the gaps to fill: who should take charge?

## Sections (table of contents and headings)

rapport-section-chiffres = Key figures
rapport-section-graphiques = Charts
rapport-section-manques = Gaps to fill
rapport-section-evolution = Change over time
rapport-section-domaines = By domain
rapport-section-corrections = Corrections to ask partners for
rapport-section-fichiers = Files received
rapport-section-methode = How the numbers are computed

## Key figures (under each number)

rapport-chiffre-partenaires = partners
rapport-chiffre-besoins = needs expressed
rapport-chiffre-services = services declared
rapport-chiffre-cellules = need cells
rapport-chiffre-non-couvertes = not covered
rapport-chiffre-partielles = partly covered
rapport-chiffre-couvertes = covered
rapport-chiffre-sans-reponse = people not covered (estimated)
rapport-chiffres-lignes = { $lues } rows read in { $tableaux } tables: { $utilisees } used, { $rejetees } rejected (see "Corrections").

## Charts

# Under each chart: "Title — file for print: graphiques/NAME.png".
rapport-fichier-impression = file for print:

## Table columns

rapport-col-priorite = Priority
rapport-col-besoin = Need
rapport-col-public = Public
rapport-col-territoire = Territory
rapport-col-statut = Status
rapport-col-personnes-sans-reponse = People not covered
rapport-col-qui = Who could take charge?
rapport-col-partenaires = Partners
rapport-col-personnes = People
rapport-col-services = Services
rapport-col-places = Places
rapport-col-sans-reponse = Not covered
rapport-col-candidats = Candidates
rapport-col-avant = Before
rapport-col-apres = After
rapport-col-sans-reponse-avant = Not covered before
rapport-col-sans-reponse-apres = Not covered after
rapport-col-fichier = File
rapport-col-feuille = Sheet
rapport-col-ligne = Line
rapport-col-colonne = Column
rapport-col-valeur = Value
rapport-col-probleme = Problem
rapport-col-tableau = Table
rapport-col-lues = Read
rapport-col-utilisees = Used
rapport-col-rejetees = Rejected
rapport-col-remarque = Remark
rapport-total = Total

## Gaps to fill

rapport-manques-intro = Every need cell not covered or partly covered, most urgent first (priority expressed, then people not covered), with the partners who could take charge.
rapport-manques-plus = … { $n } more gaps, less urgent: cadastre.csv gives them all.

## By domain

rapport-domaine-vide = No need expressed this quarter.
rapport-domaine-plus = … { $n } more cells of this domain: cadastre.csv gives them all.
rapport-domaine-resume = { $cellules } need cells, { $manques } of them not covered or partly covered.

## Corrections

rapport-corrections-aucune = No row rejected.
rapport-corrections-intro = Rows that could not be used, grouped by partner, to send each partner its own corrections. Line = line number in the file or sheet (the header is line 1).
# The title of a group of rows that name no partner.
rapport-corrections-fichier = File { $fichier }
rapport-corrections-plus = … { $n } more lines in rejets.csv and avertissements.csv

## Change over time

rapport-evolution-premier = First quarter recorded: the change over time appears with the next quarter analysed into the same output folder.
# A cell missing from one of the two periods, in place of its status.
rapport-absent = absent
# Headings of the counts' table and titles of the lists.
rapport-evolution-apparu = new gaps
rapport-evolution-resolu = gaps resolved
rapport-evolution-aggrave = gaps worsened
rapport-evolution-ameliore = gaps reduced
rapport-evolution-stable = no change
# After a number, in the line of change: "1 gap resolved", "2 gaps resolved".
rapport-evolution-compte-apparu = { $n ->
    [one] new gap
   *[other] new gaps
}
rapport-evolution-compte-resolu = { $n ->
    [one] gap resolved
   *[other] gaps resolved
}
rapport-evolution-compte-aggrave = { $n ->
    [one] gap worsened
   *[other] gaps worsened
}
rapport-evolution-compte-ameliore = { $n ->
    [one] gap reduced
   *[other] gaps reduced
}
rapport-evolution-compte-stable = { $n ->
   *[other] no change
}
rapport-evolution-ligne = Change { $avant } → { $apres } : { $comptes }

## Method and footer

rapport-methode-besoins = Each partner reports needs (a need, for a public, in a territory, with a priority from 1 to 4 and, when known, the number of people concerned) and declares its services (the needs they cover, for which public, where, with how many places).
rapport-methode-cellule = A need cell is a need for a public in a territory. It is expressed by the partners who report it; a partner repeating it counts once, with its largest estimate and highest priority. People concerned are the sum of the estimates given; the priority is the highest expressed.
rapport-methode-service = A service covers a cell when it lists the need, serves that public or all publics, and works in that territory or the whole municipality. Places are the sum of the capacities declared by the covering services.
rapport-methode-statut = Status: 'not covered' when no service covers the cell; 'partly covered' when the places declared are fewer than the people reported; 'covered' otherwise (when people or places are unknown, a covered cell counts as covered). People not covered: all the people reported when the cell is not covered, the difference when it is partly covered.
rapport-methode-candidats = Who could take charge: up to three partners, first those with a service for the same need, then those with a service in the same domain for that public or all publics, then the other partners of the domain; those already covering the cell are left out; ties in alphabetical order.
rapport-methode-lignes = Every row received is either used or rejected with its reason: read = used + rejected for each file.
# Also in LISEZMOI-min-cell.txt.
rapport-min-cell = In this release, every count of people from 1 to { $max } is shown as "<{ $n }" (--min-cell { $n }).
# At the foot of the page: "Source: … · report dated 2026-10-05".
rapport-etabli-le = report dated

## The history's errors (cadastre comparer)

rapport-historique-absent = period { $periode } is not in the history ({ $chemin }): run cadastre analyse for that period first
rapport-historique-illisible = history unreadable: { $chemin } ({ $erreur })
rapport-historique-statut = history { $chemin }: unknown status '{ $statut }' on line { $ligne }
