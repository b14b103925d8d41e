# The portal (`cadastre serve`): its pages, its error answers, its notices and the lines it
# writes to the terminal. Rejection reasons come from lecture.ftl.

## Every page

portail-nom = Needs register
portail-titre-suffixe = prevention plan portal
portail-pied = Needs register portal · uploaded files stay on the municipality's server.
portail-deux-points = :

## Sign-in

portail-connexion-titre = Sign in
portail-coordination = Coordination
portail-mot-de-passe = Coordination password
portail-se-connecter = Sign in
portail-sans-mot-de-passe = No password has been set yet. On the server, run:
portail-commande-mot-de-passe = cadastre portail coordination --donnees FOLDER
portail-puis-mot-de-passe = then type the password you chose.
portail-mot-de-passe-incorrect = Wrong password.

## The partner's page

portail-periode-ouverte = Open period:
portail-periode-avant-le = , to upload before
portail-periode-fermee = No period is open for now: you can upload your table as soon as the coordination opens one.
portail-etape-modele-debut = Download the
portail-etape-modele-lien = template to fill in
portail-etape-modele-fin = (or use your usual table): one sheet for the needs you see, one for the services you offer.
portail-etape-depot = Upload it here: you see at once the rows that cannot be counted, and how to correct them.
portail-zone-glissez = Drop your file here, or
portail-zone-choisissez = choose it
portail-choisir-fichier = Choose a file
portail-zone-formats = .xlsx, .xls, .ods, .csv, .tsv or .txt; { $mo } MB at most
portail-deposer-fichier = Upload the file
portail-vos-fichiers = Your files for the period
portail-aucun-fichier = No file uploaded for this period.
portail-col-fichier = File
portail-col-depose-le = Uploaded
portail-col-utilisees = Used
portail-col-rejetees = Rejected
portail-col-lues = Read
portail-col-periode = Period
portail-col-etat = State
portail-col-feuille = Sheet
portail-col-tableau = Table
portail-col-remarque = Remark
portail-col-ligne = Row
portail-col-colonne = Column
portail-col-valeur = Value
portail-col-probleme = Problem
portail-col-probleme-correction = Problem and correction
portail-retirer = Withdraw
portail-aide-remplacer = To replace a file, upload one with the same name. A withdrawn file no longer counts in the analysis; it stays archived.
portail-votre-fiche = Your sheet for the quarter
portail-lien-fiche = Your partner sheet
portail-fiche-contenu = what you sent, what became of the needs you reported, and where the partnership thinks you could act.
portail-historique = Your upload history
portail-aucun-depot = No upload yet.
portail-depot-en-cours = current
portail-depot-remplace = replaced or withdrawn
portail-lien-personnel = This link is personal: share it only with colleagues of your organisation. If in doubt, the coordination can renew it.

## The answer to an upload

portail-resultat-recu = { $fichier }: received, no row rejected
portail-resultat-a-corriger = { $fichier }: received, { $n } { $n ->
    [one] row
   *[other] rows
} to correct
portail-resultat-lignes = { $lues } { $lues ->
    [one] row read
   *[other] rows read
}: { $utilisees } used, { $rejetees } rejected. The file is saved;
portail-resultat-rien-a-faire = nothing more to do.
portail-resultat-corrigez = correct the rows below in your table, then upload it again under the same name: it will replace this one.
portail-lignes-a-corriger = Rows to correct
portail-type-besoins = needs
portail-type-services = services
portail-type-ignoree = ignored
portail-type-illisible = unreadable

## The coordination's dashboard

portail-tableau-de-bord = Dashboard
portail-se-deconnecter = Sign out
portail-liens-titre = Personal links to send
portail-liens-intro = They are shown only once: copy them now. Each replaces the partner's previous link.
portail-col-partenaire = Partner
portail-col-courriel = E-mail
portail-col-lien = Link
portail-col-fichiers = Files
portail-col-dernier-depot = Last upload
portail-col-lignes-utilisees = Rows used
portail-periode = Period
portail-echeance = deadline
portail-ont-depose = { $n ->
    [one] partner
   *[other] partners
} out of { $total } { $n ->
    [one] has
   *[other] have
} uploaded;
portail-rien-envoye = { $n ->
    [one] has
   *[other] have
} sent nothing yet.
portail-aucune-periode = No open period
portail-ouvrez-periode = Open a period so that partners can upload their files.
portail-rien-recu = nothing received
portail-lien-actif = active
portail-lien-revoque = revoked
portail-nouveau-lien = New link
portail-revoquer = Revoke
portail-preparer-rappel = Prepare the reminder ({ $n } { $n ->
    [one] partner
   *[other] partners
} without upload)
portail-rappel-aide = (a text to paste into an e-mail, with a new link for each)
portail-analyse = Analysis
portail-analyse-en-cours = Analysis running…
portail-analyse-progression = { $fichiers } files, { $lignes } rows read
portail-derniere-analyse = Last analysis: { $periode }, { $quand }:
portail-etat-terminee = finished
portail-etat-en-cours = running
portail-etat-interrompue = interrupted (server stopped)
portail-etat-echec = failed
portail-analyser = Analyse the open period
portail-sortie-rapport = report
portail-sortie-guide = services guide
portail-sortie-fiches = partner sheets
portail-sortie-evolution = changes
portail-sortie-zip = everything as .zip
portail-ouvrir-periode = Open a period
portail-champ-periode = Period
portail-champ-echeance = Deadline
portail-ouvrir = Open
portail-inscrire-partenaires = Register partners
portail-champ-nom = Name
portail-champ-courriel = E-mail
portail-inscrire = Register
portail-ou-liste = Or a list, one line per partner:
portail-liste-format = name;e-mail
portail-liste-exemple = CPAS de Waremme;accueil@cpas.example
portail-inscrire-liste = Register the list
portail-deposer-pour = Upload for a partner
portail-champ-partenaire = Partner
portail-champ-fichier = File
portail-deposer = Upload
portail-il-faut = This needs an open period and at least one registered partner.

## The dashboard's notices

portail-periode-ouverte-avis = Period { $periode } open for uploads.
portail-inscrits = { $n } { $n ->
    [one] partner
   *[other] partners
} registered or renewed.
portail-revoque-avis = { $partenaire }'s link revoked: their page no longer opens.
portail-depose-pour = { $fichier } uploaded for { $partenaire }: { $n } { $n ->
    [one] row
   *[other] rows
} rejected.

## The reminder to paste into an e-mail

portail-rappel-bonjour = Hello,
portail-rappel-periode = The prevention plan's needs register is waiting for your table for the period { $periode }.
portail-rappel-periode-echeance = The prevention plan's needs register is waiting for your table for the period { $periode }, before { $date }.
portail-rappel-sans-periode = Here is your link to upload the needs register table.
portail-rappel-deposez = Upload it on your personal page: you will see at once the rows to correct.
portail-rappel-lien = { $partenaire }: { $lien }
portail-rappel-personnel = This link is personal; it replaces the previous one.
portail-rappel-merci = Thank you,
portail-rappel-signature = The coordination

## Refused requests

portail-periode-illisible = period “{ $valeur }” unreadable: write it 2026-T4
portail-echeance-illisible = deadline “{ $valeur }” unreadable: write it YYYY-MM-DD
portail-nom-vide = partner name empty or too long
portail-choisissez-partenaire = choose the partner
portail-analyse-deja = an analysis is already running: wait until it ends
portail-aucun-fichier-recu = no file received: choose a file before sending
portail-fichier-sans-nom = the file has no usable name
portail-envoi-mal-forme = incomplete or malformed upload ({ $detail })
portail-formulaire-trop-long = form too long
portail-formulaire-incomplet = incomplete form ({ $detail })

## Error pages

portail-accueil = Partners: use the personal link the coordination sent you. Coordination: /coordination.
portail-introuvable-titre = Page not found
portail-introuvable = This address leads nowhere: the link may be incomplete, or it was replaced by a new one. Ask the coordination for your link.
portail-perime-titre = Form expired
portail-perime = This form has expired. Go back to the previous page, reload it and try again.
portail-trop-gros-titre = File too large
portail-trop-gros = The file exceeds the allowed size ({ $mo } MB): it was not saved. A table of needs and services weighs far less; save it without images or extra sheets.
portail-tentatives-titre = Too many attempts
portail-tentatives = Five wrong passwords within a minute: try again in { $secondes } { $secondes ->
    [one] second
   *[other] seconds
}.
portail-refus-titre = Request refused
portail-sans-periode-titre = No open period
portail-sans-periode = The coordination has not opened a period for uploads yet: the file was not saved.
portail-erreur-titre = Server error
portail-erreur = The server could not complete this request. Try again; if it happens again, tell the coordination.

## The server's terminal

portail-ouvert = Portal open: { $adresse }
portail-arrete = Portal stopped.
portail-adresse-indisponible = address { $adresse } unavailable: { $detail }
portail-journal-erreur = cadastre serve: error: { $detail }
portail-journal-gabarit = cadastre serve: template error: { $detail }

## The data folder

portail-creation-dossier = creating { $chemin }
portail-ouverture-base = opening { $chemin }
portail-schema-base = updating the schema of portail.db
portail-nom-partenaire-vide = empty partner name
