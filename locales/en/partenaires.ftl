# Partner sheets (partenaires/SLUG.html, partenaires/index.html) and
# `cadastre partner`: all their words. Taxonomy labels (needs, publics, territories) come
# from the taxonomy, not from here.

## The sheet

fiche-titre = Partner sheet: { $partenaire }, { $periode }
fiche-sous-titre = Bilateral meeting · period { $periode }
fiche-intro = What the partner sent us this quarter, the rows to correct, what became of the needs it reported, and where the pact thinks it could take charge.
lien-index = All partner sheets
chiffre-rejets = { $n ->
    [one] row to correct
   *[other] rows to correct
}
chiffre-besoins = { $n ->
    [one] need reported
   *[other] needs reported
}
chiffre-candidat = { $n ->
    [one] gap where it is a candidate
   *[other] gaps where it is a candidate
}
chiffre-services = { $n ->
    [one] service declared
   *[other] services declared
}
pied = Needs map, period { $periode } · sheet dated { $date }
note-min-cell = In this release, every count of people from 1 to { $max } is shown as "<{ $n }" (--min-cell { $n }).

## 1. What it sent

envoi-titre = 1. What the partner sent
envoi-intro = Every file or sheet that names the partner. A table's rows count for every partner named in it.
envoi-resume = { $tableaux ->
    [one] One table
   *[other] { $tableaux } tables
} in { $fichiers ->
    [one] one file
   *[other] { $fichiers } files
}: { $lues ->
    [one] { $lues } row read
   *[other] { $lues } rows read
}, { $utilisees } used, { $rejetees } rejected.
col-fichier = File
col-feuille = Sheet
col-tableau = Table
col-lues = Read
col-utilisees = Used
col-rejetees = Rejected
col-remarque = Remark
tableau-besoins = needs
tableau-services = services
tableau-ignoree = ignored
envoi-total = Total

## 2. Rows to correct

rejets-titre = 2. Rows to correct
rejets-intro = These rows could not be used: here is what to correct in each. Line = line number in the file or sheet (the header is line 1); a row with two problems appears twice.
rejets-aucun = No row rejected: nothing to correct.
rejets-fichier = { $fichier } ({ $n ->
    [one] one problem
   *[other] { $n } problems
})
rejets-fichier-entier = all
rejets-sans-nom = row with no partner name: given to every partner named in this table
rejets-colonne = column { $colonne }: { $n ->
    [one] one problem
   *[other] { $n } problems
}, { $montres ->
    [0] none shown here
    [one] the first one below
   *[other] the first { $montres } below
}
rejets-plus = { $n ->
    [one] One more problem of this file is not shown here
   *[other] { $n } more problems of this file are not shown here
}: rejets.csv gives them all, row by row.
col-ligne = Line
col-colonne = Column
col-valeur = Value
col-probleme = Problem and fix
rejets-reste-titre = The other files
rejets-reste-intro = This page does not show the rows of these files, only how many there are per column: rejets.csv gives them all, row by row.
col-problemes = Problems
col-par-colonne = Per column

## 3. Its needs

besoins-titre = 3. The needs it reported, and what became of them
besoins-intro = Every need the partner reported (a need, for a public, in a territory), its status across the pact, and where its workers can refer people.
besoins-aucun = No need reported this quarter.
col-besoin = Need
col-public = Public
col-territoire = Territory
col-priorite = Priority
col-ses-personnes = Its people
col-statut = Status
col-sans-reponse = Not covered
col-suite = Refer to, or who else reports it
besoins-orienter = Refer to:
besoins-aussi = Also reported by: { $noms }
besoins-seul = No other partner reports it.
besoins-et-autres = and { $n ->
    [one] one other
   *[other] { $n } others
}
besoins-comptes = This partner reported { $n } needs: for each, this sheet gives the number of services to refer people to, without naming them. The services guide (guide/index.html) and guide.csv list them all, with their contacts.
besoins-services = { $n ->
    [one] one service to refer people to
   *[other] { $n } services to refer people to
}

## 4. Where it is a candidate

candidat-titre = 4. Where it could take charge
candidat-intro = The gaps (not covered or partly covered) for which the pact proposes this partner, most urgent first. Rank = its place among the candidates (three at most).
candidat-aucun = The partner is a candidate for no gap this quarter.
candidat-plus = { $n ->
    [one] One more gap, less urgent, also names it
   *[other] { $n } more gaps, less urgent, also name it
}: cadastre.csv gives them all (column candidats).
col-rang = Rank
col-pourquoi = Why this partner
raison-besoin = it already runs a service for this need
raison-domaine-public = it runs a service in the same domain for this public
raison-domaine = it runs a service in the same domain

## 5. Its services

services-titre = 5. Its services, as the guide shows them
services-intro = To read through with the partner: this is what field workers read in the services guide.
services-aucun = No service declared this quarter.
services-plus = The partner declares { $total } services: the first { $montres } below, in the guide's order. The services guide (guide/index.html) and guide.csv give them all.
carte-besoins = Needs
carte-public = Public
carte-ou = Where
carte-places = Places
carte-places-valeur = { $n } per quarter
carte-contact = Contact
carte-horaires = Hours
carte-adresse = Address

## 6. What changed

evolution-titre = 6. What changed since { $periode }
evolution-intro = The needs it reported and the gaps where it is a candidate that changed since the previous quarter.
evolution-aucun = Nothing changed for these cells since { $periode }.
evolution-stables = { $n ->
    [one] One other cell did not change.
   *[other] { $n } other cells did not change.
}
col-evolution = Change
col-avant = Before
col-apres = After
evolution-apparu = new gap
evolution-resolu = gap resolved
evolution-aggrave = gap worsened
evolution-ameliore = gap reduced
statut-absent = absent

## Statuses

statut-non-couvert = not covered
statut-partiel = partly covered
statut-couvert = covered

## The index

index-titre = Partner sheets, { $periode }
index-intro = One sheet per partner to prepare the bilateral meeting: what it sent, its rows to correct, its needs, where it could take charge, its services.
col-partenaire = Partner
col-besoins = Needs
col-candidat = Candidate
col-services = Services
col-a-corriger = To correct
index-orphelins-titre = Rejected rows that belong to no partner
index-orphelins-intro = These rows come from files where no partner name could be read: they go on no sheet.
index-orphelins-aucun = Every rejected row found its partner.

## cadastre partner

terminal-inconnu = No partner "{ $nom }" in period { $periode }.
terminal-proches = Close names: { $noms }
terminal-nom-cite = “{ $nom }”
terminal-aucun-proche = No close name: the list of partners is in partenaires.csv (cadastre analyse).
terminal-fiche = The HTML sheet (cadastre analyse): partenaires/{ $fichier }
