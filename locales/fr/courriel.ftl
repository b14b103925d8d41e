# Invitations and reminders by e-mail (`cadastre portail courriel|inviter|rappel`, the
# board's "Courriels" section, `serve --rappels`), how the portal writes dates and times,
# and its backups.

## The mail a partner receives

courriel-bonjour = Bonjour { $nom },
courriel-invitation-sujet = Cadastre des besoins : votre lien personnel pour déposer vos fichiers
courriel-invitation-texte = La coordination sociale vous invite à déposer les fichiers de votre organisation (besoins constatés et services offerts) dans le cadastre des besoins. Le lien ci-dessous est personnel : il ouvre la page de votre organisation, sans mot de passe. Il remplace tout lien reçu auparavant ; ne le transmettez qu'à vos collègues.
courriel-rappel-sujet = Rappel : vos fichiers pour { $periode } sont attendus
courriel-rappel-texte = Nous n'avons encore reçu aucun fichier de votre organisation pour cette période. Le lien ci-dessous ouvre votre page de dépôt ; il remplace tout lien reçu auparavant.
courriel-periode-echeance = Période { $periode } : à déposer au plus tard le { $date }.
courriel-periode = Période { $periode }.
courriel-lien-personnel = Votre lien personnel :
courriel-bouton = Ouvrir la page de mon organisation
courriel-signature = La coordination sociale · cadastre des besoins

## The terminal

courriel-ligne-envoye = { $nom } : envoyé à { $adresse }
courriel-ligne-sans-adresse = { $nom } : pas d'adresse e-mail, rien envoyé
courriel-ligne-echec = { $nom } : échec de l'envoi à { $adresse } : { $erreur }
courriel-partenaire-inconnu = Aucun partenaire inscrit sous le nom « { $nom } » (inscrivez-le d'abord : cadastre portail partenaire).
courriel-aucune-periode = Aucune période n'est ouverte : ouvrez-en une (cadastre portail periode) avant d'envoyer un rappel.
courriel-non-configure = Aucun serveur d'envoi n'est configuré : lancez d'abord cadastre portail courriel --donnees DOSSIER --serveur HOTE:PORT --expediteur ADRESSE --url URL.
courriel-configure = Serveur d'envoi enregistré : { $serveur } ({ $securite }), expéditeur { $expediteur }, liens { $url }/p/…
courriel-serveur-invalide = « { $valeur } » n'est pas un serveur HOTE:PORT (par exemple smtp.commune.be:587).
courriel-expediteur-invalide = « { $valeur } » n'est pas une adresse e-mail d'expéditeur.
courriel-url-invalide = « { $valeur } » n'est pas une adresse publique : elle commence par https:// ou http://.
courriel-mot-de-passe-vide = Aucun mot de passe lu sur l'entrée standard pour l'utilisateur { $utilisateur }.

## The board

courriel-titre = Courriels
courriel-inviter-tous = Envoyer à chaque partenaire un nouveau lien
courriel-rappeler = Rappeler ceux qui n'ont rien envoyé
courriel-aide-tableau = Chaque courriel porte un nouveau lien personnel ; l'ancien cesse de fonctionner dès que le serveur d'envoi a accepté le courriel.
courriel-pas-de-serveur = Pour envoyer les liens par courriel, configurez le serveur d'envoi sur le serveur :
courriel-col-quand = Quand
courriel-col-genre = Envoi
courriel-col-etat = État
courriel-genre-invitation = invitation
courriel-genre-rappel = rappel
courriel-etat-envoye = envoyé
courriel-etat-echec = échec
courriel-renvoyer = Renvoyer
courriel-aucun-envoi = Aucun courriel envoyé pour l'instant.
courriel-bilan = Courriels : { $envoyes } envoyé(s), { $echecs } échec(s), { $sans } sans adresse.

## Dates and times, in the portal's zone (serve --fuseau)

heure-date = { $jour } { $mois ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $annee }
heure-date-et-heure = { $date } à { $heure }
heure-fuseau-inconnu = Fuseau horaire inconnu : « { $fuseau } » (par exemple Europe/Brussels).

## Backups (cadastre portail sauvegarde|restaurer)

sauvegarde-faite = Sauvegarde écrite : { $chemin } ({ $n } fichiers, { $octets } octets).
restauration-faite = Dossier restauré : { $chemin } ({ $n } fichiers vérifiés). Lancez cadastre serve --donnees { $chemin }.
sauvegarde-dossier-non-vide = Le dossier { $chemin } n'est pas vide : la restauration se fait dans un dossier nouveau ou vide.
sauvegarde-invalide = { $chemin } n'est pas une sauvegarde intacte du portail ({ $detail }) : rien n'a été restauré.
sauvegarde-base-abimee = La base de la sauvegarde est abîmée ({ $detail }) : rien n'a été restauré.
