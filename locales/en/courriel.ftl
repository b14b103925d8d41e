# Invitations and reminders by e-mail (`cadastre portail courriel|inviter|rappel`, the
# board's "Courriels" section, `serve --rappels`), how the portal writes dates and times,
# and its backups.

## The mail a partner receives

courriel-bonjour = Dear { $nom },
courriel-invitation-sujet = Needs register: your personal link to upload your files
courriel-invitation-texte = The social coordination invites you to upload your organisation's files (needs observed and services offered) to the needs register. The link below is personal: it opens your organisation's page, without a password. It replaces any link you received before; share it only with your colleagues.
courriel-rappel-sujet = Reminder: your files for { $periode } are expected
courriel-rappel-texte = We have not received any file from your organisation for this period yet. The link below opens your upload page; it replaces any link you received before.
courriel-periode-echeance = Period { $periode }: to upload by { $date } at the latest.
courriel-periode = Period { $periode }.
courriel-lien-personnel = Your personal link:
courriel-bouton = Open my organisation's page
courriel-signature = The social coordination · needs register

## The terminal

courriel-ligne-envoye = { $nom }: sent to { $adresse }
courriel-ligne-sans-adresse = { $nom }: no e-mail address, nothing sent
courriel-ligne-echec = { $nom }: sending to { $adresse } failed: { $erreur }
courriel-partenaire-inconnu = No partner registered under the name “{ $nom }” (register it first: cadastre portail partenaire).
courriel-aucune-periode = No period is open: open one (cadastre portail periode) before sending a reminder.
courriel-non-configure = No mail relay is configured: first run cadastre portail courriel --donnees FOLDER --serveur HOST:PORT --expediteur ADDRESS --url URL.
courriel-configure = Mail relay saved: { $serveur } ({ $securite }), sender { $expediteur }, links { $url }/p/…
courriel-serveur-invalide = “{ $valeur }” is not a HOST:PORT server (for example smtp.commune.be:587).
courriel-expediteur-invalide = “{ $valeur }” is not a sender e-mail address.
courriel-url-invalide = “{ $valeur }” is not a public address: it starts with https:// or http://.
courriel-mot-de-passe-vide = No password read on standard input for the user { $utilisateur }.

## The board

courriel-titre = E-mails
courriel-inviter-tous = Send every partner a new link
courriel-rappeler = Remind those who sent nothing
courriel-aide-tableau = Each e-mail carries a new personal link; the old one stops working as soon as the mail relay has accepted the e-mail.
courriel-pas-de-serveur = To send the links by e-mail, configure the mail relay on the server:
courriel-col-quand = When
courriel-col-genre = Sending
courriel-col-etat = State
courriel-genre-invitation = invitation
courriel-genre-rappel = reminder
courriel-etat-envoye = sent
courriel-etat-echec = failed
courriel-renvoyer = Send again
courriel-aucun-envoi = No e-mail sent yet.
courriel-bilan = E-mails: { $envoyes } sent, { $echecs } failed, { $sans } without an address.

## Dates and times, in the portal's zone (serve --fuseau)

heure-date = { $jour } { $mois ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $annee }
heure-date-et-heure = { $date }, { $heure }
heure-fuseau-inconnu = Unknown time zone: “{ $fuseau }” (for example Europe/Brussels).

## Backups (cadastre portail sauvegarde|restaurer)

sauvegarde-faite = Backup written: { $chemin } ({ $n } files, { $octets } bytes).
restauration-faite = Folder restored: { $chemin } ({ $n } files checked). Run cadastre serve --donnees { $chemin }.
sauvegarde-dossier-non-vide = The folder { $chemin } is not empty: a restore goes into a new or empty folder.
sauvegarde-invalide = { $chemin } is not an intact backup of the portal ({ $detail }): nothing was restored.
sauvegarde-base-abimee = The backup's database is damaged ({ $detail }): nothing was restored.
