# L'évaluation du pacte (evaluation.docx) : le document que la coordination présente à
# la commune, avec la part du cadastre écrite et les mots des groupes de travail laissés
# à écrire. Les libellés des colonnes et des statuts viennent de rapport.ftl et
# graphiques.ftl ; ceux de la taxonomie, de la taxonomie.

## Page de garde

evaluation-titre = Évaluation du pacte de coordination sociale
evaluation-sous-titre = Cadastre des besoins, période { $periode }
evaluation-chapeau = Les besoins que voient les partenaires, ce qui existe pour y répondre, les manques à combler et qui pourrait s'en charger ; puis, pour chaque groupe de travail, ses objectifs, ses difficultés, ses résultats et ses propositions.
evaluation-date = Document établi le { $date }
evaluation-pied = Évaluation du pacte, { $periode }

## Chiffres clés

evaluation-section-chiffres = Chiffres clés
evaluation-col-indicateur = Indicateur
evaluation-col-nombre = Nombre
evaluation-col-partenaire = Partenaire
evaluation-chiffre-cellules = Cellules de besoin (besoin, public, territoire)
evaluation-chiffre-non-couvertes = Non couvertes
evaluation-chiffre-partielles = Partiellement couvertes
evaluation-chiffre-sans-reponse = Personnes sans réponse (estimées)
evaluation-chiffre-partenaires = Partenaires
evaluation-chiffre-services = Services déclarés
evaluation-chiffre-fichiers = Tableaux lus (fichiers et feuilles)
evaluation-chiffre-lues = Lignes lues
evaluation-chiffre-utilisees = Lignes utilisées
evaluation-chiffre-rejetees = Lignes rejetées (à corriger avec les partenaires)

## Graphiques

evaluation-section-graphiques = Graphiques
evaluation-figure = Figure { $n } : { $titre }

## Évolution

evaluation-section-evolution = Évolution depuis le trimestre précédent
evaluation-evolution-plus = … et { $n } autres : voir rapport.html, section « Évolution ».

## Les manques les plus urgents

evaluation-section-urgents = Les manques les plus urgents
evaluation-urgents-intro = { $n ->
    [one] { $n } manque en tout (cellule non couverte ou partiellement couverte).
   *[other] { $n } manques en tout (cellules non couvertes ou partiellement couvertes) ; les { $montres } plus urgents, par priorité exprimée puis personnes sans réponse :
}
evaluation-urgents-aucun = Aucun manque : chaque besoin exprimé trouve un service.

## Par groupe de travail

evaluation-groupe-resume = { $cellules ->
    [one] { $cellules } cellule de besoin nommée par les besoins de ce groupe
   *[other] { $cellules } cellules de besoin nommées par les besoins de ce groupe
}, exprimées par { $partenaires ->
    [one] { $partenaires } partenaire
   *[other] { $partenaires } partenaires
} : { $noncouvertes } non couvertes, { $partielles } partiellement couvertes ; personnes sans réponse (estimées) : { $personnes }.
evaluation-groupe-aucun-besoin = Aucun besoin exprimé ce trimestre ne nomme ce groupe.
evaluation-groupe-manques = Manques à combler du groupe
evaluation-groupe-sans-manque = Aucun manque : chaque besoin nommé par ce groupe trouve un service.
evaluation-groupe-corrections = { $n ->
    [one] { $n } ligne à corriger chez les partenaires du groupe
   *[other] { $n } lignes à corriger chez les partenaires du groupe
}
evaluation-groupe-corrections-plus = … et { $n } autres : voir rejets.csv et les fiches partenaires.
evaluation-objectifs = Objectifs
evaluation-difficultes = Difficultés rencontrées
evaluation-resultats = Résultats enregistrés
evaluation-propositions = Propositions d'action
evaluation-conclusions = Conclusions générales
