# The Conseil du volontariat in the portal: the volunteers' public page, their personal
# page, the associations' section "We are looking for volunteers", the council's board for
# the coordination, its workbook and the import of its list. The slots ("Tuesday
# afternoon") come from benevoles.ftl.

## Every page

pb-conseil = Volunteering council

## The public page

pb-titre = Give a little of your time
pb-intro-conseil = The prevention plan's volunteering council puts people who would like to give a little of their time in touch with the associations of the municipality that need them: driving the social taxi, visiting someone who lives alone, lending a hand with food aid… An hour a week or a Saturday a month, it all counts.
pb-comment-titre = How it works
pb-comment-1 = Tell us below what you would like to do, where and when.
pb-comment-2 = When an association looks for someone like you, the coordination proposes it to you: you see it on your personal page.
pb-comment-3 = If you accept, the association receives your name and contact and calls or writes to you. If you decline, nobody else knows.
pb-formulaire-titre = Sign up

## The form

pb-erreurs-titre = The form was not saved: here is what to correct.
pb-champ-nom = Your name
pb-contact-legende = How to reach you
pb-contact-aide = At least one of the two.
pb-champ-courriel = Email address
pb-champ-telephone = Phone
pb-besoins-legende = What you would like to do
pb-besoins-aide = Tick everything that appeals to you, even just one thing.
pb-territoires-legende = Where
pb-territoires-aide = The parts of the municipality you can get to. Nothing ticked: the whole municipality.
pb-publics-legende = With whom
pb-publics-aide = Nothing ticked: with everyone.
pb-disponibilites-legende = When
pb-disponibilites-aide = The times of the week when you are usually free. Nothing ticked: to be agreed together.
pb-col-jour = Day
pb-jour-lun = Monday
pb-jour-mar = Tuesday
pb-jour-mer = Wednesday
pb-jour-jeu = Thursday
pb-jour-ven = Friday
pb-jour-sam = Saturday
pb-jour-dim = Sunday
pb-partie-matin = Morning
pb-partie-apres-midi = Afternoon
pb-partie-soir = Evening
pb-champ-commentaire = Anything to add (optional)
pb-consentement-titre = Your data: what we keep, who sees it, for how long
pb-consentement-quoi = We keep what you write in this form and nothing else: your name, your email address or phone, what you would like to do, where, with whom and when, and your note.
pb-consentement-qui = Only the prevention plan's coordination sees it. When it proposes a mission to you and you accept, that mission's association receives your name and contact, and that association only.
pb-consentement-duree = We keep it for 24 months. If by then you have not confirmed it, we remind you; without a confirmation in the 30 days that follow, it is erased.
pb-consentement-retrait = You can change or erase it at any time on your personal page, with the button "Erase my data": everything is erased, at once.
pb-consentement-case = I agree that the volunteering council keeps this data to propose missions to me.
pb-consentement-manquant = Tick the consent box: without your agreement we cannot keep anything.
pb-inscrire = Sign me up
pb-enregistrer = Save the changes
pb-formulaire-illisible = This form could not be read; reload the page and try again.
pb-trop-d-inscriptions = Too many sign-ups from this address within an hour: try again in { $minutes } minutes.

## What one can offer, in plain words (under each need's label)

pb-offre-detresse-familiale = Be there for a family going through a hard time
pb-offre-maltraitance-enfance = Help an association that protects children
pb-offre-soutien-parentalite = Support parents: listening, outings, homework
pb-offre-isolement = Visit or phone someone who lives alone
pb-offre-accueil-communautaire = Welcome people at a meeting place, serve a coffee
pb-offre-visites-domicile = Drop in on someone at home
pb-offre-taxi-social = Drive someone to their appointments (doctor, shopping, offices)
pb-offre-information-services = Help find the right service, fill in a form
pb-offre-volontariat = Help make volunteering known
pb-offre-aide-alimentaire = Sort, pack or hand out food parcels
pb-offre-acces-droits = Go with someone through their paperwork
pb-offre-assuetudes = Support an association that prevents addictions
pb-offre-sante-mentale = Listen to and accompany vulnerable people
pb-offre-canicule = Call or visit older people during heatwaves
pb-offre-insertion-emploi = Help prepare a CV or a job interview
pb-offre-rencontre-employeurs = Share your trade, present your company
pb-offre-decrochage-scolaire = Help young people with their homework
pb-offre-formation-adultes = Help adults read, write, count or use a computer
pb-offre-logement-urgence = Help take in people without a home
pb-offre-logement-abordable = Help look for housing, help with a move
pb-offre-activites-rencontre = Run an activity where people meet: games, meals, walks
pb-offre-activites-culturelles = Go along on cultural outings, run a workshop
pb-offre-activites-sportives = Coach a sports activity
pb-offre-incivilites-violences = Help calm the life of the neighbourhood
pb-offre-sentiment-insecurite = Walk with people who dare not go out alone

## The volunteer's personal page

pb-page-titre = Your volunteer page
pb-lien-personnel = Keep the address of this page (in your bookmarks, for instance): it is your personal link to come back to the proposals, change your data or erase it. Do not share it.
pb-avis-modifie = Your changes are saved.
pb-avis-confirme = Thank you: your data is confirmed for 24 months.
pb-avis-accepte = Thank you! The association has received your name and contact: it will get in touch.
pb-avis-refuse = Noted: you declined this proposal.
pb-rappel-avis = Your data has not been confirmed for 24 months: it will be erased on { $date } unless you confirm it by then.
pb-propositions-titre = The missions proposed to you
pb-aucune-proposition = No proposal yet: the coordination will make one as soon as an association looks for someone like you.
pb-pour-association = for { $partenaire }
pb-col-besoin = For
pb-col-ou = Where
pb-col-public = With whom
pb-col-quand = When
pb-etat-attente = It is waiting for your answer.
pb-etat-accepte = You accepted: the association has received your name and contact.
pb-etat-refuse = You declined.
pb-accepter = I accept
pb-refuser = I decline
pb-confirmer-titre = Is your data still right?
pb-conservation = Confirmed on { $date }. Without a new confirmation, we will ask you again on { $rappel }.
pb-confirmer = Yes, I confirm
pb-donnees-titre = What you gave us
pb-effacer-titre = Erase my data
pb-effacer-aide = Everything you gave us, and the proposals you received, are erased at once and completely; this page stops existing. You can sign up again whenever you like.
pb-effacer = Erase my data
pb-efface-titre = Your data is erased
pb-efface = Nothing of you is left in the portal. Thank you for your interest in the volunteering council.
pb-reponse-inconnue = The answer must be "accepte" or "refuse".

## The associations' section

pb-partenaire-titre = We are looking for volunteers
pb-partenaire-intro = Describe what you are looking for: the volunteering council's coordination proposes volunteers to you. Their name and contact appear here once a person has accepted.
pb-vos-missions = Your missions
pb-mission-ouverte = open
pb-mission-pourvue = filled
pb-mission-fermee = closed
pb-compte = { $acceptes } of { $nombre } accepted · { $attente } { $attente ->
    [one] proposal waiting
   *[other] proposals waiting
 }
pb-ont-accepte = Accepted:
pb-fermer = Close the mission
pb-rouvrir = Reopen the mission
pb-nouvelle-mission = Ask for volunteers
pb-champ-mission = Title of the mission
pb-champ-mission-exemple = Driver for the social taxi
pb-champ-besoin = For which need
pb-choisir = Choose…
pb-champ-public = Public
pb-public-indifferent = Any
pb-champ-territoire = Where
pb-champ-creneaux = When (optional)
pb-creneaux-aide = The times of the week when you need someone. Nothing ticked: to be agreed.
pb-champ-nombre = Number of volunteers
pb-publier = Post the request
pb-retour-page = Back to your page

## The council's board (coordination)

pb-conseil-resume = { $benevoles } { $benevoles ->
    [one] volunteer
   *[other] volunteers
 } · { $missions } { $missions ->
    [one] open mission
   *[other] open missions
 } · { $attente } { $attente ->
    [one] proposal awaiting an answer
   *[other] proposals awaiting an answer
 }
pb-conseil-lien = The volunteering council: volunteers, missions, proposals
pb-exporter = Workbook for the council's meeting (xlsx)
pb-voir-formulaire = The public form
pb-importer-aide = To import the council's current list (workbook or CSV), on the server:
pb-missions-titre = The missions and their candidates
pb-aucune-mission-conseil = No mission yet: the associations post them from their page.
pb-candidats = Candidates, closest first
pb-aucun-candidat = No volunteer matches yet.
pb-autres-candidats = and { $n } { $n ->
    [one] other candidate
   *[other] other candidates
 } (all in the candidates' JSON answer).
pb-col-rang = Rank
pb-col-benevole = Volunteer
pb-col-raison = Why
pb-col-proposition = Answer
pb-proposer = Propose
pb-proposer-a = Propose the mission to { $nom }
pb-reponse-attente = proposed, waiting
pb-reponse-accepte = accepted
pb-reponse-refuse = declined
pb-benevoles-titre = The volunteers
pb-aucun-benevole = No volunteer registered yet.
pb-col-offre = What they offer
pb-col-confirme = Confirmed on
pb-origine-formulaire = signed up online
pb-origine-import = council's list
pb-efface-le = unless confirmed, erased on { $date }
pb-effacer-court = Erase
pb-effacer-nom = Erase the data of { $nom }

## The meeting's workbook

pb-feuille-benevoles = Volunteers
pb-feuille-missions = Missions
pb-feuille-propositions = Proposals
pb-col-commentaire = Comment
pb-col-origine = Origin
pb-col-association = Association
pb-col-mission = Mission
pb-col-nombre = Number
pb-col-etat = State
pb-col-acceptes = Accepted
pb-col-en-attente = Waiting
pb-col-proposee = Proposed on
pb-col-repondue = Answered on

## The terminal and the log

pb-import-rejet = { $fichier } { $feuille } line { $ligne }, column { $colonne }, "{ $valeur }": { $raison }
pb-import-deja = Already in the portal, left as it was: { $nom }
pb-import-resume = { $n } { $n ->
    [one] volunteer imported
   *[other] volunteers imported
 }, { $deja } already there, { $rejets } { $rejets ->
    [one] row rejected
   *[other] rows rejected
 }.
pb-journal-occupe = the database's log (portail.db-wal) could not be emptied: a read is still going on

## The e-mails to the volunteers and the associations

pb-courriel-bonjour = Hello { $nom },
pb-courriel-inscription-sujet = Your registration with the volunteering council
pb-courriel-inscription = Thank you for registering with the volunteering council. Here is your personal link: there you will see the missions proposed to you, and you can change or erase your data.
pb-courriel-lien-personnel = This link is personal: do not forward it. Keep this e-mail, we cannot send it again.
pb-courriel-proposition-sujet = A mission for you: { $mission }
pb-courriel-proposition = The volunteering council's coordination proposes the mission "{ $mission }" for { $partenaire } ({ $besoin }, { $territoire }).
pb-courriel-repondre = To accept or decline, open your personal page with the link you received when you registered.
pb-courriel-acceptation-sujet = A volunteer accepted: { $mission }
pb-courriel-acceptation = { $nom } accepted your mission "{ $mission }". To reach them: { $contact }.
pb-courriel-acceptation-page = Their details are on your page of the portal, section "We are looking for volunteers".
pb-courriel-rappel-sujet = Your data at the volunteering council
pb-courriel-rappel = Your data has not been confirmed for 24 months. If you wish to go on, open your personal page (the link you received when you registered) and click "Yes, I confirm". Without a confirmation, it will be erased on { $date }.
pb-journal-courriel = e-mail to volunteers not sent: { $detail }
