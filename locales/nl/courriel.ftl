# Invitations and reminders by e-mail (`cadastre portail courriel|inviter|rappel`, the
# board's "Courriels" section, `serve --rappels`), how the portal writes dates and times,
# and its backups.

## The mail a partner receives

courriel-bonjour = Beste { $nom },
courriel-invitation-sujet = Behoeftenkadaster: uw persoonlijke link om uw bestanden in te dienen
courriel-invitation-texte = De sociale coördinatie nodigt u uit om de bestanden van uw organisatie (vastgestelde behoeften en aangeboden diensten) in het behoeftenkadaster in te dienen. De link hieronder is persoonlijk: hij opent de pagina van uw organisatie, zonder wachtwoord. Hij vervangt elke eerder ontvangen link; deel hem alleen met uw collega's.
courriel-rappel-sujet = Herinnering: uw bestanden voor { $periode } worden verwacht
courriel-rappel-texte = We hebben voor deze periode nog geen enkel bestand van uw organisatie ontvangen. De link hieronder opent uw indienpagina; hij vervangt elke eerder ontvangen link.
courriel-periode-echeance = Periode { $periode }: in te dienen uiterlijk op { $date }.
courriel-periode = Periode { $periode }.
courriel-lien-personnel = Uw persoonlijke link:
courriel-bouton = De pagina van mijn organisatie openen
courriel-signature = De sociale coördinatie · behoeftenkadaster

## The terminal

courriel-ligne-envoye = { $nom }: verstuurd naar { $adresse }
courriel-ligne-sans-adresse = { $nom }: geen e-mailadres, niets verstuurd
courriel-ligne-echec = { $nom }: versturen naar { $adresse } mislukt: { $erreur }
courriel-partenaire-inconnu = Geen partner ingeschreven onder de naam ‘{ $nom }’ (schrijf hem eerst in: cadastre portail partenaire).
courriel-aucune-periode = Er is geen periode open: open er een (cadastre portail periode) voor u een herinnering stuurt.
courriel-non-configure = Er is geen mailserver ingesteld: voer eerst cadastre portail courriel --donnees MAP --serveur HOST:POORT --expediteur ADRES --url URL uit.
courriel-configure = Mailserver opgeslagen: { $serveur } ({ $securite }), afzender { $expediteur }, links { $url }/p/…
courriel-serveur-invalide = ‘{ $valeur }’ is geen server HOST:POORT (bijvoorbeeld smtp.commune.be:587).
courriel-expediteur-invalide = ‘{ $valeur }’ is geen e-mailadres van een afzender.
courriel-url-invalide = ‘{ $valeur }’ is geen openbaar adres: het begint met https:// of http://.
courriel-mot-de-passe-vide = Geen wachtwoord gelezen op de standaardinvoer voor de gebruiker { $utilisateur }.

## The board

courriel-titre = E-mails
courriel-inviter-tous = Elke partner een nieuwe link sturen
courriel-rappeler = Wie niets stuurde een herinnering sturen
courriel-aide-tableau = Elke e-mail bevat een nieuwe persoonlijke link; de oude werkt niet meer zodra de mailserver de e-mail heeft aanvaard.
courriel-pas-de-serveur = Om de links per e-mail te versturen, stelt u de mailserver in op de server:
courriel-col-quand = Wanneer
courriel-col-genre = Zending
courriel-col-etat = Toestand
courriel-genre-invitation = uitnodiging
courriel-genre-rappel = herinnering
courriel-etat-envoye = verstuurd
courriel-etat-echec = mislukt
courriel-renvoyer = Opnieuw versturen
courriel-aucun-envoi = Nog geen e-mail verstuurd.
courriel-bilan = E-mails: { $envoyes } verstuurd, { $echecs } mislukt, { $sans } zonder adres.

## Dates and times, in the portal's zone (serve --fuseau)

heure-date = { $jour } { $mois ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $annee }
heure-date-et-heure = { $date } om { $heure }
heure-fuseau-inconnu = Onbekende tijdzone: ‘{ $fuseau }’ (bijvoorbeeld Europe/Brussels).

## Backups (cadastre portail sauvegarde|restaurer)

sauvegarde-faite = Back-up geschreven: { $chemin } ({ $n } bestanden, { $octets } bytes).
restauration-faite = Map hersteld: { $chemin } ({ $n } bestanden gecontroleerd). Start cadastre serve --donnees { $chemin }.
sauvegarde-dossier-non-vide = De map { $chemin } is niet leeg: een herstel gebeurt in een nieuwe of lege map.
sauvegarde-invalide = { $chemin } is geen intacte back-up van het portaal ({ $detail }): er werd niets hersteld.
sauvegarde-base-abimee = De databank van de back-up is beschadigd ({ $detail }): er werd niets hersteld.
