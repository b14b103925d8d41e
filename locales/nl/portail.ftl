# Het portaal (`cadastre serve`): zijn pagina's, foutantwoorden, meldingen en de regels die
# het in de terminal schrijft. De redenen van weigering komen uit lecture.ftl.

## Alle pagina's

portail-nom = Behoeftekadaster
portail-titre-suffixe = portaal van het preventieplan
portail-pied = Portaal van het behoeftekadaster · de opgeladen bestanden blijven op de server van de gemeente.
portail-deux-points = :

## Aanmelden

portail-connexion-titre = Aanmelden
portail-coordination = Coördinatie
portail-mot-de-passe = Wachtwoord van de coördinatie
portail-se-connecter = Aanmelden
portail-sans-mot-de-passe = Er is nog geen wachtwoord ingesteld. Voer op de server uit:
portail-commande-mot-de-passe = cadastre portail coordination --donnees MAP
portail-puis-mot-de-passe = en typ dan het gekozen wachtwoord.
portail-mot-de-passe-incorrect = Onjuist wachtwoord.

## De pagina van de partner

portail-periode-ouverte = Open periode:
portail-periode-avant-le = , op te laden vóór
portail-periode-fermee = Er is momenteel geen periode open: u kunt uw tabel opladen zodra de coördinatie er een geopend heeft.
portail-etape-modele-debut = Download het
portail-etape-modele-lien = in te vullen model
portail-etape-modele-fin = (of gebruik uw gewone tabel): één blad voor de behoeften die u ziet, één voor de diensten die u aanbiedt.
portail-etape-depot = Laad het hier op: u ziet meteen welke rijen niet geteld kunnen worden, en hoe u ze verbetert.
portail-zone-glissez = Sleep uw bestand hierheen, of
portail-zone-choisissez = kies het
portail-choisir-fichier = Een bestand kiezen
portail-zone-formats = .xlsx, .xls, .ods, .csv, .tsv of .txt; hoogstens { $mo } MB
portail-deposer-fichier = Bestand opladen
portail-vos-fichiers = Uw bestanden voor deze periode
portail-aucun-fichier = Geen bestand opgeladen voor deze periode.
portail-col-fichier = Bestand
portail-col-depose-le = Opgeladen op
portail-col-utilisees = Gebruikt
portail-col-rejetees = Geweigerd
portail-col-lues = Gelezen
portail-col-periode = Periode
portail-col-etat = Status
portail-col-feuille = Blad
portail-col-tableau = Tabel
portail-col-remarque = Opmerking
portail-col-ligne = Rij
portail-col-colonne = Kolom
portail-col-valeur = Waarde
portail-col-probleme = Probleem
portail-col-probleme-correction = Probleem en verbetering
portail-retirer = Intrekken
portail-aide-remplacer = Om een bestand te vervangen, laadt u er een op met dezelfde naam. Een ingetrokken bestand telt niet meer mee in de analyse; het blijft gearchiveerd.
portail-votre-fiche = Uw partnerfiche van dit kwartaal
portail-lien-fiche = Uw partnerfiche
portail-fiche-contenu = wat u hebt verstuurd, wat er geworden is van de behoeften die u hebt gemeld, en waar het partnerschap denkt dat u iets zou kunnen doen.
portail-historique = Geschiedenis van uw uploads
portail-aucun-depot = Nog geen upload.
portail-depot-en-cours = actueel
portail-depot-remplace = vervangen of ingetrokken
portail-lien-personnel = Deze link is persoonlijk: geef hem alleen door aan collega's van uw organisatie. Bij twijfel kan de coördinatie hem vernieuwen.

## Het antwoord op een upload

portail-resultat-recu = { $fichier }: ontvangen, geen enkele rij geweigerd
portail-resultat-a-corriger = { $fichier }: ontvangen, { $n } { $n ->
    [one] te verbeteren rij
   *[other] te verbeteren rijen
}
portail-resultat-lignes = { $lues } { $lues ->
    [one] rij gelezen
   *[other] rijen gelezen
}: { $utilisees } gebruikt, { $rejetees } geweigerd. Het bestand is bewaard;
portail-resultat-rien-a-faire = u hoeft niets meer te doen.
portail-resultat-corrigez = verbeter de rijen hieronder in uw tabel en laad ze daarna opnieuw op onder dezelfde naam: ze vervangt dan deze.
portail-lignes-a-corriger = Te verbeteren rijen
portail-type-besoins = behoeften
portail-type-services = diensten
portail-type-ignoree = genegeerd
portail-type-illisible = onleesbaar

## Het dashboard van de coördinatie

portail-tableau-de-bord = Dashboard
portail-se-deconnecter = Afmelden
portail-liens-titre = Persoonlijke links om door te geven
portail-liens-intro = Ze worden maar één keer getoond: kopieer ze nu. Elke link vervangt de vorige link van de partner.
portail-col-partenaire = Partner
portail-col-courriel = E-mail
portail-col-lien = Link
portail-col-fichiers = Bestanden
portail-col-dernier-depot = Laatste upload
portail-col-lignes-utilisees = Gebruikte rijen
portail-periode = Periode
portail-echeance = uiterste datum
portail-ont-depose = { $n ->
    [one] partner
   *[other] partners
} van de { $total } { $n ->
    [one] heeft
   *[other] hebben
} opgeladen;
portail-rien-envoye = { $n ->
    [one] heeft
   *[other] hebben
} nog niets verstuurd.
portail-aucune-periode = Geen open periode
portail-ouvrez-periode = Open een periode zodat de partners hun bestanden kunnen opladen.
portail-rien-recu = niets ontvangen
portail-lien-actif = actief
portail-lien-revoque = ingetrokken
portail-nouveau-lien = Nieuwe link
portail-revoquer = Intrekken
portail-preparer-rappel = Herinnering voorbereiden ({ $n } { $n ->
    [one] partner
   *[other] partners
} zonder upload)
portail-rappel-aide = (een tekst om in een e-mail te plakken, met een nieuwe link voor elke partner)
portail-analyse = Analyse
portail-analyse-en-cours = Analyse bezig…
portail-analyse-progression = { $fichiers } { $fichiers ->
    [one] bestand
   *[other] bestanden
}, { $lignes } { $lignes ->
    [one] rij
   *[other] rijen
} gelezen
portail-derniere-analyse = Laatste analyse: { $periode }, { $quand }:
portail-etat-terminee = voltooid
portail-etat-en-cours = bezig
portail-etat-interrompue = onderbroken (server gestopt)
portail-etat-echec = mislukt
portail-analyser = De open periode analyseren
portail-sortie-rapport = rapport
portail-sortie-guide = dienstengids
portail-sortie-fiches = partnerfiches
portail-sortie-evolution = evolutie
portail-sortie-zip = alles als .zip
portail-ouvrir-periode = Een periode openen
portail-champ-periode = Periode
portail-champ-echeance = Uiterste datum
portail-ouvrir = Openen
portail-inscrire-partenaires = Partners inschrijven
portail-champ-nom = Naam
portail-champ-courriel = E-mail
portail-inscrire = Inschrijven
portail-ou-liste = Of een lijst, één regel per partner:
portail-liste-format = naam;e-mail
portail-liste-exemple = OCMW Borgloon;onthaal@ocmw.example
portail-inscrire-liste = De lijst inschrijven
portail-deposer-pour = Opladen voor een partner
portail-champ-partenaire = Partner
portail-champ-fichier = Bestand
portail-deposer = Opladen
portail-il-faut = Daarvoor zijn een open periode en minstens één ingeschreven partner nodig.

## De meldingen van het dashboard

portail-periode-ouverte-avis = Periode { $periode } is open voor uploads.
portail-inscrits = { $n } { $n ->
    [one] partner
   *[other] partners
} ingeschreven of vernieuwd.
portail-revoque-avis = Link van { $partenaire } ingetrokken: de pagina gaat niet meer open.
portail-depose-pour = { $fichier } opgeladen voor { $partenaire }: { $n } { $n ->
    [one] geweigerde rij
   *[other] geweigerde rijen
}.

## De herinnering om in een e-mail te plakken

portail-rappel-bonjour = Goeddag,
portail-rappel-periode = Het behoeftekadaster van het preventieplan wacht op uw tabel voor de periode { $periode }.
portail-rappel-periode-echeance = Het behoeftekadaster van het preventieplan wacht op uw tabel voor de periode { $periode }, vóór { $date }.
portail-rappel-sans-periode = Hier is uw link om de tabel van het behoeftekadaster op te laden.
portail-rappel-deposez = Laad hem op via uw persoonlijke pagina: u ziet er meteen de te verbeteren rijen.
portail-rappel-lien = { $partenaire }: { $lien }
portail-rappel-personnel = Deze link is persoonlijk; hij vervangt de vorige.
portail-rappel-merci = Met dank,
portail-rappel-signature = De coördinatie

## Geweigerde aanvragen

portail-periode-illisible = periode ‘{ $valeur }’ onleesbaar: schrijf ze als 2026-T4
portail-echeance-illisible = uiterste datum ‘{ $valeur }’ onleesbaar: schrijf ze als JJJJ-MM-DD
portail-nom-vide = naam van de partner leeg of te lang
portail-choisissez-partenaire = kies de partner
portail-analyse-deja = er loopt al een analyse: wacht tot ze klaar is
portail-aucun-fichier-recu = geen bestand ontvangen: kies een bestand voor u verstuurt
portail-fichier-sans-nom = het bestand heeft geen bruikbare naam
portail-envoi-mal-forme = onvolledige of misvormde upload ({ $detail })
portail-formulaire-trop-long = formulier te lang
portail-formulaire-incomplet = onvolledig formulier ({ $detail })

## Foutpagina's

portail-accueil = Partners: gebruik de persoonlijke link die de coördinatie u heeft gestuurd. Coördinatie: /coordination.
portail-introuvable-titre = Pagina niet gevonden
portail-introuvable = Dit adres leidt nergens heen: de link is misschien onvolledig, of hij werd vervangen door een nieuwe. Vraag uw link aan de coördinatie.
portail-perime-titre = Formulier verlopen
portail-perime = Dit formulier is verlopen. Ga terug naar de vorige pagina, laad ze opnieuw en probeer het nog eens.
portail-trop-gros-titre = Bestand te groot
portail-trop-gros = Het bestand is groter dan toegelaten ({ $mo } MB): het werd niet bewaard. Een tabel van behoeften en diensten weegt veel minder; bewaar ze zonder afbeeldingen of overbodige bladen.
portail-tentatives-titre = Te veel pogingen
portail-tentatives = Vijf verkeerde wachtwoorden binnen een minuut: probeer opnieuw over { $secondes } { $secondes ->
    [one] seconde
   *[other] seconden
}.
portail-refus-titre = Aanvraag geweigerd
portail-sans-periode-titre = Geen open periode
portail-sans-periode = De coördinatie heeft nog geen periode geopend voor uploads: het bestand werd niet bewaard.
portail-erreur-titre = Serverfout
portail-erreur = De server kon deze aanvraag niet afronden. Probeer opnieuw; als het blijft gebeuren, verwittig dan de coördinatie.

## De terminal van de server

portail-ouvert = Portaal open: { $adresse }
portail-arrete = Portaal gestopt.
portail-adresse-indisponible = adres { $adresse } niet beschikbaar: { $detail }
portail-journal-erreur = cadastre serve: fout: { $detail }
portail-journal-gabarit = cadastre serve: sjabloonfout: { $detail }

## De gegevensmap

portail-creation-dossier = aanmaken van { $chemin }
portail-ouverture-base = openen van { $chemin }
portail-schema-base = bijwerken van het schema van portail.db
portail-nom-partenaire-vide = lege partnernaam
