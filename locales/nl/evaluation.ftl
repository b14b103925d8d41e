# De evaluatie van het pact (evaluation.docx): het document dat de coördinatie aan de
# gemeente voorlegt, met het deel van het kadaster ingevuld en de woorden van de
# werkgroepen open gelaten. Kolom- en statusnamen komen uit rapport.ftl en
# graphiques.ftl; de labels van de taxonomie uit de taxonomie.

## Titelpagina

evaluation-titre = Evaluatie van het pact voor sociale coördinatie
evaluation-sous-titre = Behoeftekadaster, periode { $periode }
evaluation-chapeau = De behoeften die de partners zien, wat er bestaat om eraan te beantwoorden, de tekorten en wie ze zou kunnen opnemen; daarna, per werkgroep, haar doelstellingen, moeilijkheden, resultaten en voorstellen.
evaluation-date = Document opgesteld op { $date }
evaluation-pied = Evaluatie van het pact, { $periode }

## Kerncijfers

evaluation-section-chiffres = Kerncijfers
evaluation-col-indicateur = Indicator
evaluation-col-nombre = Aantal
evaluation-col-partenaire = Partner
evaluation-chiffre-cellules = Behoeftecellen (behoefte, doelgroep, grondgebied)
evaluation-chiffre-non-couvertes = Niet gedekt
evaluation-chiffre-partielles = Gedeeltelijk gedekt
evaluation-chiffre-sans-reponse = Personen zonder antwoord (geschat)
evaluation-chiffre-partenaires = Partners
evaluation-chiffre-services = Gemelde diensten
evaluation-chiffre-fichiers = Gelezen tabellen (bestanden en bladen)
evaluation-chiffre-lues = Gelezen rijen
evaluation-chiffre-utilisees = Gebruikte rijen
evaluation-chiffre-rejetees = Geweigerde rijen (te verbeteren met de partners)

## Grafieken

evaluation-section-graphiques = Grafieken
evaluation-figure = Figuur { $n }: { $titre }

## Evolutie

evaluation-section-evolution = Evolutie sinds het vorige kwartaal
evaluation-evolution-plus = … en nog { $n }: zie rapport.html, deel „Evolutie”.

## De dringendste tekorten

evaluation-section-urgents = De dringendste tekorten
evaluation-urgents-intro = { $n ->
    [one] { $n } tekort in totaal (een niet of gedeeltelijk gedekte cel).
   *[other] { $n } tekorten in totaal (niet of gedeeltelijk gedekte cellen); de { $montres } dringendste, naar gemelde prioriteit en dan personen zonder antwoord:
}
evaluation-urgents-aucun = Geen tekort: elke gemelde behoefte vindt een dienst.

## Per werkgroep

evaluation-groupe-resume = { $cellules ->
    [one] { $cellules } behoeftecel genoemd door de behoeften van deze groep
   *[other] { $cellules } behoeftecellen genoemd door de behoeften van deze groep
}, gemeld door { $partenaires ->
    [one] { $partenaires } partner
   *[other] { $partenaires } partners
}: { $noncouvertes } niet gedekt, { $partielles } gedeeltelijk gedekt; personen zonder antwoord (geschat): { $personnes }.
evaluation-groupe-aucun-besoin = Geen enkele behoefte van dit kwartaal noemt deze groep.
evaluation-groupe-manques = Tekorten van de groep
evaluation-groupe-sans-manque = Geen tekort: elke behoefte die deze groep noemt, vindt een dienst.
evaluation-groupe-corrections = { $n ->
    [one] { $n } rij te verbeteren bij de partners van de groep
   *[other] { $n } rijen te verbeteren bij de partners van de groep
}
evaluation-groupe-corrections-plus = … en nog { $n }: zie rejets.csv en de partnerfiches.
evaluation-objectifs = Doelstellingen
evaluation-difficultes = Ondervonden moeilijkheden
evaluation-resultats = Geboekte resultaten
evaluation-propositions = Actievoorstellen
evaluation-conclusions = Algemene conclusies
