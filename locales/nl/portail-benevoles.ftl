# De vrijwilligersraad in het portaal: de openbare pagina voor vrijwilligers, hun
# persoonlijke pagina, de rubriek "Wij zoeken vrijwilligers" van de verenigingen, het
# dashboard van de raad voor de coördinatie, zijn werkmap en de import van zijn lijst. De
# tijdvakken ("dinsdagnamiddag") komen uit benevoles.ftl.

## Alle pagina's

pb-conseil = Vrijwilligersraad

## De openbare pagina

pb-titre = Een beetje van uw tijd geven
pb-intro-conseil = De vrijwilligersraad van het preventieplan brengt mensen die wat van hun tijd willen geven in contact met de verenigingen van de gemeente die hen nodig hebben: de sociale taxi rijden, iemand bezoeken die alleen woont, een handje helpen bij de voedselhulp… Een uur per week of een zaterdag per maand, alles telt.
pb-comment-titre = Hoe het werkt
pb-comment-1 = U vertelt hieronder wat u graag zou doen, waar en wanneer.
pb-comment-2 = Wanneer een vereniging iemand zoekt zoals u, stelt de coördinatie het u voor: u ziet het op uw persoonlijke pagina.
pb-comment-3 = Als u aanvaardt, krijgt de vereniging uw naam en contactgegevens en belt of schrijft ze u. Als u weigert, weet niemand anders het.
pb-formulaire-titre = Inschrijven

## Het formulier

pb-erreurs-titre = Het formulier is niet opgeslagen: dit moet u nog verbeteren.
pb-champ-nom = Uw naam
pb-contact-legende = Hoe we u bereiken
pb-contact-aide = Minstens een van beide.
pb-champ-courriel = E-mailadres
pb-champ-telephone = Telefoon
pb-besoins-legende = Wat u graag zou doen
pb-besoins-aide = Vink alles aan wat u aanspreekt, ook al is het maar één ding.
pb-territoires-legende = Waar
pb-territoires-aide = De deelgemeenten waar u naartoe kunt. Niets aangevinkt: de hele gemeente.
pb-publics-legende = Met wie
pb-publics-aide = Niets aangevinkt: met iedereen.
pb-disponibilites-legende = Wanneer
pb-disponibilites-aide = De momenten van de week waarop u gewoonlijk vrij bent. Niets aangevinkt: samen af te spreken.
pb-col-jour = Dag
pb-jour-lun = Maandag
pb-jour-mar = Dinsdag
pb-jour-mer = Woensdag
pb-jour-jeu = Donderdag
pb-jour-ven = Vrijdag
pb-jour-sam = Zaterdag
pb-jour-dim = Zondag
pb-partie-matin = Ochtend
pb-partie-apres-midi = Namiddag
pb-partie-soir = Avond
pb-champ-commentaire = Nog iets toe te voegen (facultatief)
pb-consentement-titre = Uw gegevens: wat we bewaren, wie ze ziet, hoe lang
pb-consentement-quoi = We bewaren wat u in dit formulier schrijft en niets anders: uw naam, uw e-mailadres of telefoon, wat u graag zou doen, waar, met wie en wanneer, en uw opmerking.
pb-consentement-qui = Alleen de coördinatie van het preventieplan ziet ze. Wanneer zij u een opdracht voorstelt en u aanvaardt, krijgt de vereniging van die opdracht uw naam en contactgegevens, en alleen zij.
pb-consentement-duree = We bewaren ze 24 maanden. Hebt u ze dan niet bevestigd, dan herinneren we u eraan; zonder bevestiging binnen de 30 dagen daarna worden ze gewist.
pb-consentement-retrait = U kunt ze op elk moment wijzigen of wissen op uw persoonlijke pagina, met de knop "Mijn gegevens wissen": alles wordt meteen gewist.
pb-consentement-case = Ik ga ermee akkoord dat de vrijwilligersraad deze gegevens bewaart om mij opdrachten voor te stellen.
pb-consentement-manquant = Vink het vakje van de toestemming aan: zonder uw akkoord kunnen we niets bewaren.
pb-inscrire = Schrijf mij in
pb-enregistrer = Wijzigingen opslaan
pb-formulaire-illisible = Dit formulier kon niet gelezen worden; laad de pagina opnieuw en probeer het nog eens.
pb-trop-d-inscriptions = Te veel inschrijvingen vanaf dit adres binnen een uur: probeer het opnieuw over { $minutes } minuten.

## Wat men kan aanbieden, in eenvoudige woorden (onder het label van elke behoefte)

pb-offre-detresse-familiale = Er zijn voor een gezin dat het moeilijk heeft
pb-offre-maltraitance-enfance = Een vereniging helpen die kinderen beschermt
pb-offre-soutien-parentalite = Ouders bijstaan: luisteren, uitstapjes, huiswerk
pb-offre-isolement = Iemand bezoeken of opbellen die alleen woont
pb-offre-accueil-communautaire = Mensen onthalen in een ontmoetingsplek, koffie schenken
pb-offre-visites-domicile = Bij iemand thuis langsgaan
pb-offre-taxi-social = Iemand naar afspraken rijden (dokter, boodschappen, loket)
pb-offre-information-services = Helpen de juiste dienst te vinden, een formulier in te vullen
pb-offre-volontariat = Vrijwilligerswerk helpen bekendmaken
pb-offre-aide-alimentaire = Voedselpakketten sorteren, klaarmaken of uitdelen
pb-offre-acces-droits = Iemand begeleiden bij het papierwerk
pb-offre-assuetudes = Een vereniging steunen die verslaving voorkomt
pb-offre-sante-mentale = Kwetsbare mensen beluisteren en begeleiden
pb-offre-canicule = Ouderen opbellen of bezoeken tijdens een hittegolf
pb-offre-insertion-emploi = Helpen een cv of sollicitatiegesprek voor te bereiden
pb-offre-rencontre-employeurs = Uw beroep delen, uw bedrijf voorstellen
pb-offre-decrochage-scolaire = Jongeren helpen met hun huiswerk
pb-offre-formation-adultes = Volwassenen helpen lezen, schrijven, rekenen of een computer gebruiken
pb-offre-logement-urgence = Helpen mensen zonder woning op te vangen
pb-offre-logement-abordable = Helpen een woning te zoeken, helpen verhuizen
pb-offre-activites-rencontre = Een ontmoetingsactiviteit leiden: spelletjes, maaltijden, wandelingen
pb-offre-activites-culturelles = Meegaan op culturele uitstapjes, een workshop leiden
pb-offre-activites-sportives = Een sportactiviteit begeleiden
pb-offre-incivilites-violences = Helpen het leven in de wijk rustiger te maken
pb-offre-sentiment-insecurite = Meewandelen met mensen die niet alleen buiten durven

## De persoonlijke pagina van de vrijwilliger

pb-page-titre = Uw vrijwilligerspagina
pb-lien-personnel = Bewaar het adres van deze pagina (bijvoorbeeld bij uw favorieten): het is uw persoonlijke link om de voorstellen te bekijken, uw gegevens te wijzigen of te wissen. Deel hem niet.
pb-avis-modifie = Uw wijzigingen zijn opgeslagen.
pb-avis-confirme = Dank u: uw gegevens zijn voor 24 maanden bevestigd.
pb-avis-accepte = Dank u! De vereniging heeft uw naam en contactgegevens gekregen: ze neemt contact met u op.
pb-avis-refuse = Genoteerd: u hebt dit voorstel geweigerd.
pb-rappel-avis = Uw gegevens zijn al 24 maanden niet bevestigd: ze worden op { $date } gewist als u ze tegen dan niet bevestigt.
pb-propositions-titre = De opdrachten die u worden voorgesteld
pb-aucune-proposition = Nog geen voorstel: de coördinatie doet er een zodra een vereniging iemand zoekt zoals u.
pb-pour-association = voor { $partenaire }
pb-col-besoin = Voor
pb-col-ou = Waar
pb-col-public = Met wie
pb-col-quand = Wanneer
pb-etat-attente = Het wacht op uw antwoord.
pb-etat-accepte = U hebt aanvaard: de vereniging heeft uw naam en contactgegevens gekregen.
pb-etat-refuse = U hebt geweigerd.
pb-accepter = Ik aanvaard
pb-refuser = Ik weiger
pb-confirmer-titre = Kloppen uw gegevens nog?
pb-conservation = Bevestigd op { $date }. Zonder nieuwe bevestiging vragen we het u opnieuw op { $rappel }.
pb-confirmer = Ja, ik bevestig
pb-donnees-titre = Wat u ons gegeven hebt
pb-effacer-titre = Mijn gegevens wissen
pb-effacer-aide = Alles wat u ons gegeven hebt, en de ontvangen voorstellen, worden meteen en volledig gewist; deze pagina houdt op te bestaan. U kunt zich opnieuw inschrijven wanneer u wilt.
pb-effacer = Mijn gegevens wissen
pb-efface-titre = Uw gegevens zijn gewist
pb-efface = Er blijft niets van u over in het portaal. Dank u voor uw interesse in de vrijwilligersraad.
pb-reponse-inconnue = Het antwoord moet "accepte" of "refuse" zijn.

## De rubriek van de verenigingen

pb-partenaire-titre = Wij zoeken vrijwilligers
pb-partenaire-intro = Beschrijf wat u zoekt: de coördinatie van de vrijwilligersraad stelt u vrijwilligers voor. Hun naam en contactgegevens verschijnen hier zodra iemand aanvaard heeft.
pb-vos-missions = Uw opdrachten
pb-mission-ouverte = open
pb-mission-pourvue = ingevuld
pb-mission-fermee = gesloten
pb-compte = { $acceptes } van de { $nombre } aanvaard · { $attente } { $attente ->
    [one] voorstel wacht
   *[other] voorstellen wachten
 }
pb-ont-accepte = Hebben aanvaard:
pb-fermer = De opdracht sluiten
pb-rouvrir = De opdracht heropenen
pb-nouvelle-mission = Vrijwilligers vragen
pb-champ-mission = Titel van de opdracht
pb-champ-mission-exemple = Chauffeur voor de sociale taxi
pb-champ-besoin = Voor welke behoefte
pb-choisir = Kies…
pb-champ-public = Doelgroep
pb-public-indifferent = Maakt niet uit
pb-champ-territoire = Waar
pb-champ-creneaux = Wanneer (facultatief)
pb-creneaux-aide = De momenten van de week waarop u iemand nodig hebt. Niets aangevinkt: af te spreken.
pb-champ-nombre = Aantal vrijwilligers
pb-publier = De vraag publiceren
pb-retour-page = Terug naar uw pagina

## Het dashboard van de raad (coördinatie)

pb-conseil-resume = { $benevoles } { $benevoles ->
    [one] vrijwilliger
   *[other] vrijwilligers
 } · { $missions } open { $missions ->
    [one] opdracht
   *[other] opdrachten
 } · { $attente } { $attente ->
    [one] voorstel wacht op antwoord
   *[other] voorstellen wachten op antwoord
 }
pb-conseil-lien = De vrijwilligersraad: vrijwilligers, opdrachten, voorstellen
pb-exporter = Werkmap voor de vergadering van de raad (xlsx)
pb-voir-formulaire = Het openbare formulier
pb-importer-aide = Om de huidige lijst van de raad te importeren (werkmap of CSV), op de server:
pb-missions-titre = De opdrachten en hun kandidaten
pb-aucune-mission-conseil = Nog geen opdracht: de verenigingen publiceren ze vanaf hun pagina.
pb-candidats = Kandidaten, de best passende eerst
pb-aucun-candidat = Nog geen vrijwilliger past.
pb-autres-candidats = en { $n } { $n ->
    [one] andere kandidaat
   *[other] andere kandidaten
 } (allemaal in het JSON-antwoord van de kandidaten).
pb-col-rang = Rang
pb-col-benevole = Vrijwilliger
pb-col-raison = Waarom
pb-col-proposition = Antwoord
pb-proposer = Voorstellen
pb-proposer-a = De opdracht voorstellen aan { $nom }
pb-reponse-attente = voorgesteld, wacht
pb-reponse-accepte = aanvaard
pb-reponse-refuse = geweigerd
pb-benevoles-titre = De vrijwilligers
pb-aucun-benevole = Nog geen vrijwilliger ingeschreven.
pb-col-offre = Wat hij of zij aanbiedt
pb-col-confirme = Bevestigd op
pb-origine-formulaire = online ingeschreven
pb-origine-import = lijst van de raad
pb-efface-le = zonder bevestiging gewist op { $date }
pb-effacer-court = Wissen
pb-effacer-nom = De gegevens van { $nom } wissen

## De werkmap van de vergadering

pb-feuille-benevoles = Vrijwilligers
pb-feuille-missions = Opdrachten
pb-feuille-propositions = Voorstellen
pb-col-commentaire = Opmerking
pb-col-origine = Herkomst
pb-col-association = Vereniging
pb-col-mission = Opdracht
pb-col-nombre = Aantal
pb-col-etat = Stand
pb-col-acceptes = Aanvaard
pb-col-en-attente = Wachtend
pb-col-proposee = Voorgesteld op
pb-col-repondue = Beantwoord op

## De terminal en het logboek

pb-import-rejet = { $fichier } { $feuille } rij { $ligne }, kolom { $colonne }, "{ $valeur }": { $raison }
pb-import-deja = Al in het portaal, ongewijzigd gelaten: { $nom }
pb-import-resume = { $n } { $n ->
    [one] vrijwilliger geïmporteerd
   *[other] vrijwilligers geïmporteerd
 }, { $deja } al aanwezig, { $rejets } { $rejets ->
    [one] rij geweigerd
   *[other] rijen geweigerd
 }.
pb-journal-occupe = het logboek van de databank (portail.db-wal) kon niet geleegd worden: er loopt nog een lezing

## De e-mails aan de vrijwilligers en de verenigingen

pb-courriel-bonjour = Hallo { $nom },
pb-courriel-inscription-sujet = Uw inschrijving bij de vrijwilligersraad
pb-courriel-inscription = Dank u voor uw inschrijving bij de vrijwilligersraad. Hier is uw persoonlijke link: daar ziet u de opdrachten die u worden voorgesteld, en kunt u uw gegevens wijzigen of wissen.
pb-courriel-lien-personnel = Deze link is persoonlijk: stuur hem niet door. Bewaar deze e-mail, we kunnen hem niet opnieuw sturen.
pb-courriel-proposition-sujet = Een opdracht voor u: { $mission }
pb-courriel-proposition = De coördinatie van de vrijwilligersraad stelt u de opdracht "{ $mission }" voor, voor { $partenaire } ({ $besoin }, { $territoire }).
pb-courriel-repondre = Om te aanvaarden of te weigeren, opent u uw persoonlijke pagina met de link die u bij uw inschrijving kreeg.
pb-courriel-acceptation-sujet = Een vrijwilliger heeft aanvaard: { $mission }
pb-courriel-acceptation = { $nom } heeft uw opdracht "{ $mission }" aanvaard. Contact: { $contact }.
pb-courriel-acceptation-page = U vindt de gegevens op uw pagina van het portaal, rubriek "Wij zoeken vrijwilligers".
pb-courriel-rappel-sujet = Uw gegevens bij de vrijwilligersraad
pb-courriel-rappel = Uw gegevens zijn al 24 maanden niet bevestigd. Wilt u doorgaan, open dan uw persoonlijke pagina (de link die u bij uw inschrijving kreeg) en klik op "Ja, ik bevestig". Zonder bevestiging worden ze op { $date } gewist.
pb-journal-courriel = e-mail aan vrijwilligers niet verzonden: { $detail }
