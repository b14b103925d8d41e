# The pact's evaluation (evaluation.docx): the document the coordination presents to the
# town, with the needs map's part written and the working groups' words left to write.
# Column and status names come from rapport.ftl and graphiques.ftl; taxonomy labels from
# the taxonomy.

## Cover

evaluation-titre = Evaluation of the social coordination pact
evaluation-sous-titre = Needs map, period { $periode }
evaluation-chapeau = The needs partners see, what exists to meet them, the gaps to fill and who could take charge; then, for each working group, its objectives, difficulties, results and proposals.
evaluation-date = Document drawn up on { $date }
evaluation-pied = Evaluation of the pact, { $periode }

## Key figures

evaluation-section-chiffres = Key figures
evaluation-col-indicateur = Indicator
evaluation-col-nombre = Number
evaluation-col-partenaire = Partner
evaluation-chiffre-cellules = Need cells (need, audience, territory)
evaluation-chiffre-non-couvertes = Not covered
evaluation-chiffre-partielles = Partly covered
evaluation-chiffre-sans-reponse = People without an answer (estimated)
evaluation-chiffre-partenaires = Partners
evaluation-chiffre-services = Services declared
evaluation-chiffre-fichiers = Tables read (files and sheets)
evaluation-chiffre-lues = Rows read
evaluation-chiffre-utilisees = Rows used
evaluation-chiffre-rejetees = Rows rejected (to correct with the partners)

## Charts

evaluation-section-graphiques = Charts
evaluation-figure = Figure { $n }: { $titre }

## Trend

evaluation-section-evolution = Change since the previous quarter
evaluation-evolution-plus = … and { $n } more: see rapport.html, section "Change over time".

## The most urgent gaps

evaluation-section-urgents = The most urgent gaps
evaluation-urgents-intro = { $n ->
    [one] { $n } gap in all (a cell not covered or partly covered).
   *[other] { $n } gaps in all (cells not covered or partly covered); the { $montres } most urgent, by priority expressed then people without an answer:
}
evaluation-urgents-aucun = No gap: every need expressed finds a service.

## By working group

evaluation-groupe-resume = { $cellules ->
    [one] { $cellules } need cell named by this group's needs
   *[other] { $cellules } need cells named by this group's needs
}, expressed by { $partenaires ->
    [one] { $partenaires } partner
   *[other] { $partenaires } partners
}: { $noncouvertes } not covered, { $partielles } partly covered; people without an answer (estimated): { $personnes }.
evaluation-groupe-aucun-besoin = No need expressed this quarter names this group.
evaluation-groupe-manques = The group's gaps to fill
evaluation-groupe-sans-manque = No gap: every need this group names finds a service.
evaluation-groupe-corrections = { $n ->
    [one] { $n } row to correct with the group's partners
   *[other] { $n } rows to correct with the group's partners
}
evaluation-groupe-corrections-plus = … and { $n } more: see rejets.csv and the partner sheets.
evaluation-objectifs = Objectives
evaluation-difficultes = Difficulties encountered
evaluation-resultats = Results recorded
evaluation-propositions = Proposals for action
evaluation-conclusions = General conclusions
