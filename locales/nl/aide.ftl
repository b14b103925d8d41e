# The --help of each subcommand (aide-SUBCOMMAND, by the name its usage line shows) and
# of each argument (aide-SUBCOMMAND-ARGUMENT, by the option's French alias when it has
# one, else its name). clap's own words (Usage, Options, errors) stay clap's.

aide-cadastre = Behoeftekadaster: de behoeften die de partners zien, tegenover de diensten die bestaan, en de tekorten die nog moeten worden opgevangen.

## Arguments several subcommands share
aide-analyse-dir = Map van het kwartaal, met de bestanden van de partners, of map van kwartalen (één submap 2026-T3 per kwartaal) [standaard: het meegeleverde voorbeeld, datasets/waremme]
aide-analyse-periode = Geanalyseerde periode, bv. 2026-T3 [standaard: gelezen uit de naam van de map of uit de bestanden]
aide-analyse-sortie = Uitvoermap; de resultaten komen in SORTIE/PERIODE/
aide-analyse-taxonomie = Taxonomiebestand dat in plaats van het meegeleverde wordt gebruikt
aide-analyse-langue = Taal van de berichten en de resultaten
aide-serve-donnees = Map met de gegevens van het portaal (databank, uploads, archieven, resultaten), aangemaakt als ze ontbreekt

## cadastre analyse
aide-analyse = Analyseert een kwartaal: kadaster, matrices van de tekorten, geweigerde rijen
aide-analyse-strict = Eindigt met code 1 zodra er één rij geweigerd is, nadat alles is geschreven
aide-analyse-min-cell = Toont „<N” voor elk aantal personen van 1 tot N-1 (verspreiding buiten het partnerschap)
aide-analyse-hxl = Voegt een rij HXL-hashtags toe onder de hoofding van cadastre.csv en guide.csv
aide-analyse-parquet-lignes = Schrijft de gevalideerde rijen ook in Parquet (besoins_partenaires, services_valides, taxonomie, partenaires_orthographes) voor sql/cadastre.sql
aide-analyse-benevoles = Map (of bestand) van de Conseil du volontariat: voegt benevoles_manques.csv toe (aantallen, geen namen) en wat vrijwilligers kunnen bijdragen aan de tekorten

## cadastre benevoles
aide-benevoles = Brengt de vrijwilligers van de Conseil du volontariat in contact met de opdrachten van de verenigingen: appariements.csv en een afdrukbare .xlsx, in SORTIE/benevoles/
aide-benevoles-dir = Map (of bestand) met de lijst van vrijwilligers (kolom benevole) en de opdrachten van de verenigingen (kolom mission), elk formaat
aide-benevoles-sortie = Uitvoermap; de bestanden komen in SORTIE/benevoles/ (ze noemen personen: bewaar ze bij de raad)
aide-benevoles-taxonomie = { aide-analyse-taxonomie }
aide-benevoles-langue = { aide-analyse-langue }

## cadastre comparer
aide-compare = Vergelijkt twee geanalyseerde kwartalen: wat nieuw is, opgelost, verergerd, verminderd
aide-compare-p1 = Het beginkwartaal, bv. 2026-T2
aide-compare-p2 = Het eindkwartaal, bv. 2026-T3
aide-compare-sortie = Uitvoermap van de analyses (de geschiedenis ervan wordt gelezen; de vergelijking wordt er geschreven)
aide-compare-taxonomie = Taxonomiebestand (voor de volgorde van de rijen)
aide-compare-langue = Taal van de berichten

## cadastre generer
aide-generate = Schrijft een synthetisch corpus voor prestatiemetingen
aide-generate-lignes = Aantal behoefterijen (de diensten zijn er een tiende van)
aide-generate-partenaires = Aantal partners
aide-generate-graine = Startwaarde (seed): dezelfde startwaarde geeft dezelfde bestanden
aide-generate-lignes-par-fichier = Rijen per bestand
aide-generate-sortie = Map waarin het corpus wordt geschreven (ze moet leeg zijn of niet bestaan)
aide-generate-langue = { aide-compare-langue }

## cadastre guide
aide-guide = Schrijft de dienstengids voor de hulpverleners
aide-guide-dir = { aide-analyse-dir }
aide-guide-periode = { aide-analyse-periode }
aide-guide-sortie = { aide-analyse-sortie }
aide-guide-taxonomie = { aide-analyse-taxonomie }
aide-guide-langue = { aide-analyse-langue }
aide-guide-hxl = Voegt een rij HXL-hashtags toe onder de hoofding van guide.csv

## cadastre partenaire
aide-partenaire = Toont de partnerfiche voor het bilaterale overleg
aide-partenaire-name = Naam van de partner (hoofdletters, accenten en spaties tellen niet)
aide-partenaire-dir = { aide-analyse-dir }
aide-partenaire-periode = { aide-analyse-periode }
aide-partenaire-sortie = { aide-analyse-sortie }
aide-partenaire-taxonomie = { aide-analyse-taxonomie }
aide-partenaire-langue = { aide-analyse-langue }
aide-partenaire-min-cell = Toont „<N” voor elk aantal personen van 1 tot N-1

## cadastre modele
aide-template = Schrijft de lege bestanden om naar de partners te sturen
aide-template-sortie = Map waarin de sjablonen worden geschreven
aide-template-taxonomie = Taxonomiebestand voor de keuzelijsten
aide-template-langue = Taal van de instructies

## cadastre taxonomie
aide-taxonomy = Toont de aanvaarde codes en labels
aide-taxonomy-taxonomie = Taxonomiebestand om te tonen in plaats van het meegeleverde
aide-taxonomy-langue = Taal van de labels

## cadastre serve
aide-serve = Opent het portaal: de partners laden op, de coördinatie analyseert
aide-serve-adresse = Luisteradres; achter een reverse proxy (TLS): behoud 127.0.0.1
aide-serve-max-depot = Maximale grootte van een opgeladen bestand, in bytes of met een eenheid (20MB, 500kB)
aide-serve-guide-public = Publiceert de dienstengids van de laatste analyse op /guide, zonder aanmelding
aide-serve-taxonomie = { aide-analyse-taxonomie }
aide-serve-langue = Taal van de geweigerde rijen en de resultaten
aide-serve-rappels = Dagen voor de deadline waarop de herinneringen vanzelf vertrekken naar wie niets stuurde, bv. 7,2
aide-serve-fuseau = Tijdzone van de getoonde tijden (overzicht, pagina's, e-mails)
aide-serve-proxy = Adres van de reverse proxy: alleen zijn verzoeken geven het adres van de client via X-Forwarded-For

## cadastre portail
aide-portail = Stelt het portaal in, of de server nu draait of niet: wachtwoord, periode, partners
aide-portail-langue = Taal van de berichten; met partenaire ook de taal van de e-mails van de partner
aide-portail-coordination = Stelt het wachtwoord van de coördinatie in, gelezen op één regel van de standaardinvoer
aide-portail-coordination-donnees = { aide-serve-donnees }
aide-portail-periode = Opent een periode voor uploads (er is er telkens maar één open)
aide-portail-periode-donnees = { aide-serve-donnees }
aide-portail-periode-period = De periode, bv. 2026-T4
aide-portail-periode-echeance = Uiterste datum van de uploads, JJJJ-MM-DD
aide-portail-partenaire = Schrijft een partner in als die nieuw is en toont zijn nieuwe persoonlijke link
aide-portail-partenaire-donnees = { aide-serve-donnees }
aide-portail-partenaire-name = De naam van de partner
aide-portail-partenaire-courriel = Het e-mailadres van de partner
aide-portail-benevoles = Importeert de huidige lijst van de vrijwilligersraad (elk formaat van partnerbestanden) en toont de persoonlijke link van elke vrijwilliger met zijn naam
aide-portail-benevoles-donnees = { aide-serve-donnees }
aide-portail-benevoles-file = Het bestand van de lijst (werkmap, CSV…)
aide-portail-benevoles-taxonomie = { aide-serve-taxonomie }
aide-portail-courriel = Stelt de mailserver (SMTP) van de uitnodigingen in en het openbare adres van de links
aide-portail-courriel-donnees = { aide-serve-donnees }
aide-portail-courriel-serveur = Mailserver, HOST:POORT (bv. smtp.commune.be:587)
aide-portail-courriel-expediteur = Adres van de afzender van de e-mails
aide-portail-courriel-url = Openbaar adres van het portaal, begin van de links (bv. https://cadastre.commune.be)
aide-portail-courriel-securite = Beveiliging van de verbinding: starttls, tls of aucune (geen)
aide-portail-courriel-utilisateur = Gebruikersnaam op de mailserver; het wachtwoord wordt van de standaardinvoer gelezen
aide-portail-inviter = Stuurt elke genoemde partner per e-mail een nieuwe persoonlijke link (allen met een adres als er geen genoemd wordt)
aide-portail-inviter-donnees = { aide-serve-donnees }
aide-portail-inviter-names = De partners om uit te nodigen
aide-portail-rappel = Stuurt een herinnering en een nieuwe link naar de partners die niets stuurden voor de open periode
aide-portail-rappel-donnees = { aide-serve-donnees }
aide-portail-sauvegarde = Schrijft een samenhangende kopie van de map (databank en bestanden) in één bestand, server gestart of niet
aide-portail-sauvegarde-donnees = { aide-serve-donnees }
aide-portail-sauvegarde-vers = Het back-upbestand (zip)
aide-portail-restaurer = Maakt van een back-up een werkende gegevensmap, na controle van elk bestand
aide-portail-restaurer-depuis = Het back-upbestand
aide-portail-restaurer-donnees = De nieuwe gegevensmap (afwezig of leeg)
