# De werkmappen (cadastre.xlsx, guide.xlsx), datapackage.json, en de lege sjablonen die de
# partners krijgen (cadastre modele): al hun teksten. De bladnamen van cadastre.xlsx zijn
# de namen van de CSV-bestanden, voor machines: die staan hier niet.

## Titels van de werkmappen (documenteigenschappen, koptekst van de afgedrukte pagina's)

classeur-titre-cadastre = Behoeftekadaster { $periode }
classeur-titre-guide = Dienstengids { $periode }

## Wat elk blad bevat (koptekst van de afgedrukte pagina's)

classeur-feuille-cadastre = Behoeften, aanbod en tekorten
classeur-feuille-gap-domaine-public = Tekorten per domein en doelgroep (niet of gedeeltelijk gedekte cellen)
classeur-feuille-gap-domaine-public-personnes = Personen zonder antwoord per domein en doelgroep
classeur-feuille-gap-domaine-territoire = Tekorten per domein en gebied (niet of gedeeltelijk gedekte cellen)
classeur-feuille-gap-groupe-domaine = Tekorten die elke werkgroep aankaartte, per domein
classeur-feuille-partenaires = Partners
classeur-feuille-rejets = Geweigerde waarden
classeur-feuille-avertissements = Dubbels, één keer geteld
classeur-feuille-fichiers = Gelezen bestanden
# De rij van de matrices voor de behoeften die zonder werkgroep zijn opgegeven.
classeur-sans-groupe = Zonder werkgroep

## Kolomkoppen, per kolom van de CSV

classeur-col-domaine = Domein
classeur-col-besoin = Behoefte
classeur-col-public = Doelgroep
classeur-col-territoire = Gebied
classeur-col-demande-mentions = Partners
classeur-col-demande-personnes = Personen
classeur-col-priorite-max = Prioriteit
classeur-col-offre-services = Diensten
classeur-col-offre-capacite = Plaatsen
classeur-col-statut = Status
classeur-col-personnes-non-couvertes = Zonder antwoord
classeur-col-candidats = Kandidaten
classeur-col-partenaire = Partner
classeur-col-service = Dienst
classeur-col-besoins = Behoeften
classeur-col-capacite = Plaatsen
classeur-col-contact = Contact
classeur-col-horaires = Openingsuren
classeur-col-adresse = Adres
classeur-col-groupe = Werkgroep
classeur-col-besoins-exprimes = Gemelde behoeften
classeur-col-services-offerts = Aangeboden diensten
classeur-col-cellules-couvertes = Gedekte cellen
classeur-col-cellules-candidat = Tekorten waarvoor kandidaat
classeur-col-fichier = Bestand
classeur-col-feuille = Blad
classeur-col-ligne = Rij
classeur-col-colonne = Kolom
classeur-col-valeur = Waarde
classeur-col-raison = Reden
classeur-col-table = Tabel
classeur-col-lues = Gelezen
classeur-col-utilisees = Gebruikt
classeur-col-rejetees = Geweigerd
classeur-col-remarque = Opmerking

## Onder de laatste rij van een te lang blad; voettekst van de afgedrukte pagina's

classeur-lignes-de-plus = … nog { $n } rijen: zie { $fichier }
classeur-page = Pagina

## datapackage.json

classeur-datapackage-titre = Behoeftekadaster { $periode }
classeur-datapackage-description = De tabellen van een driemaandelijkse analyse van het behoeftekadaster (kadaster, matrices van de tekorten, partners, geweigerde rijen, telling van de bestanden, dienstengids).

## Het lege sjabloon (cadastre modele): bladen, kolomkoppen, lijsten, handleiding.
## De kolomkoppen zijn die welke het inlezen van de bestanden herkent.

classeur-modele-titre = Behoeftekadaster: sjabloon
classeur-modele-feuille-besoins = Behoeften
classeur-modele-feuille-services = Diensten
classeur-modele-feuille-aide = Instructies
classeur-modele-feuille-listes = Lijsten

classeur-entete-partenaire = Partner
classeur-entete-besoin = Behoefte
classeur-entete-public = Doelgroep
classeur-entete-territoire = Gebied
classeur-entete-priorite = Prioriteit
classeur-entete-personnes = Aantal personen
classeur-entete-groupe = Werkgroep
classeur-entete-domaine = Domein
classeur-entete-periode = Periode
classeur-entete-commentaire = Opmerking
classeur-entete-service = Dienst
classeur-entete-capacite = Capaciteit
classeur-entete-contact = Contact
classeur-entete-horaires = Openingsuren
classeur-entete-adresse = Adres

# De keuzelijst van de prioriteiten, van 1 tot 4.
classeur-priorite-1 = laag
classeur-priorite-2 = gemiddeld
classeur-priorite-3 = hoog
classeur-priorite-4 = dringend

# De handleiding, een rij van het blad per regel tekst, een blok per deel.
# $commune, $tous, $exemple: de labels van de taxonomie (gebied "commune", doelgroep
# "tous", twee behoeften), zoals de keuzelijsten ze aanbieden.
classeur-aide-titre = Behoeftekadaster: sjabloon om elk kwartaal in te vullen
classeur-aide-besoins =
    Blad ‘Behoeften’: één rij per behoefte die u bij uw doelgroep vaststelt.
      Verplicht: Partner (uw organisatie), Behoefte, Doelgroep, Prioriteit.
      Gebied: een deelgemeente van Waremme, of ‘{ $commune }’ (standaardwaarde als het vak leeg is).
      Prioriteit: laag, gemiddeld, hoog of dringend (of 1 tot 4, 4 = het dringendst).
      Aantal personen: geschat aantal betrokken personen dit kwartaal (geheel getal), als u het weet.
      Periode: facultatief, bijvoorbeeld 2026-T3.
classeur-aide-services =
    Blad ‘Diensten’: één rij per dienst die u aanbiedt.
      Verplicht: Partner, Dienst (de naam ervan), Behoefte, Doelgroep.
      Behoefte: een of meer gedekte behoeften, gescheiden door ‘|’ (bv. { $exemple }).
      Doelgroep: ‘{ $tous }’ als de dienst voor iedereen openstaat.
      Capaciteit: aantal personen dat de dienst dit kwartaal kan opvangen, als u het weet.
      Contact, Openingsuren, Adres: opgenomen in de dienstengids voor de hulpverleners.
classeur-aide-fin =
    Kies de waarden uit de keuzelijsten: ze worden herkend zoals ze zijn.
    Wijzig de kolomnamen niet; u mag rijen toevoegen, maar geen titelrijen boven de kolomkoppen.
    De volledige lijst van codes: opdracht ‘cadastre taxonomie’.
