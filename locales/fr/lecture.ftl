# La lecture des fichiers des partenaires : raisons des lignes rejetées (rejets.csv),
# remarques des tableaux (fichiers.csv), erreurs de lecture, de la taxonomie et d'usage.
# Les colonnes y sont nommées par leur code SPEC.

## Les sortes de valeurs de la taxonomie, dans les raisons

lecture-sorte-domaine = domaine
lecture-sorte-groupe = groupe
lecture-sorte-public = public
lecture-sorte-territoire = territoire
lecture-sorte-besoin = besoin

## Raisons des lignes rejetées

lecture-valeur-manquante = valeur obligatoire manquante dans la colonne { $colonne }
lecture-colonne-absente = colonne obligatoire { $colonne } absente de l'en-tête : ajoutez-la
lecture-inconnu-codes = { $quoi } '{ $valeur }' inconnu ; codes admis : { $codes }
lecture-inconnu-liste = { $quoi } '{ $valeur }' inconnu ; la liste des codes admis : cadastre taxonomie
lecture-inconnu-un = { $quoi } '{ $valeur }' inconnu ; vouliez-vous dire { $un } ?
lecture-inconnu-plusieurs = { $quoi } '{ $valeur }' inconnu ; vouliez-vous dire { $debut } ou { $dernier } ?
lecture-priorite-invalide = priorité '{ $valeur }' invalide : écrivez 1 à 4, ou faible, moyenne, haute, urgente
lecture-pas-un-nombre = { $colonne } '{ $valeur }' invalide : un nombre entier positif ou nul est attendu (ex. 12)
lecture-domaine-desaccord = domaine '{ $valeur }' en désaccord avec le besoin { $besoin }, qui relève du domaine { $domaine }
lecture-periode-illisible = période '{ $valeur }' illisible : écrivez-la 2026-T3
lecture-autre-periode = période '{ $valeur }' différente de la période analysée { $periode }
lecture-champs-en-trop = la ligne a { $champs } champs pour { $colonnes } colonnes d'en-tête : un séparateur dans un texte ? mettez ce texte entre guillemets

## Remarques sur les tableaux

lecture-pas-un-tableau = ni un tableau de besoins ni un tableau de services : aucune colonne « besoin » dans l'en-tête ({ $n } lignes non lues)
lecture-feuille-aide = feuille d'aide du modèle
lecture-en-tete-plus-bas = en-tête trouvé ligne { $ligne } : les lignes au-dessus sont ignorées
lecture-colonnes-en-double = colonnes en double (seule la première est lue) : { $colonnes }
lecture-colonnes-inconnues = colonnes non reconnues, ignorées : { $colonnes }
lecture-ligne-hxl = ligne de hashtags HXL ignorée
lecture-tableau-vide = tableau vide : aucune ligne

## Taxonomie illisible

lecture-taxo-erreur-ligne = taxonomie { $fichier }, ligne { $ligne } : { $message }
lecture-taxo-erreur = taxonomie { $fichier } : { $message }
lecture-taxo-lecture = lecture impossible ({ $erreur })
lecture-taxo-ligne-illisible = ligne illisible ({ $erreur })
lecture-taxo-colonnes = { $n } colonnes trouvées, { $attendu } au moins attendues : type;code;domaine;libelle_fr;libelle_en;synonymes, et libelle_nl si l'en-tête la nomme
lecture-taxo-type-inconnu = type '{ $type }' inconnu ; types admis : domaine, groupe, public, territoire, besoin
lecture-taxo-code-vide = code vide
lecture-taxo-trop-de-lignes = trop de lignes de type « { $type } » : { $max } au plus
lecture-taxo-deja = '{ $ecriture }' désigne déjà le { $type } '{ $code }' : chaque écriture doit désigner un seul code
lecture-taxo-sans-domaine = le besoin '{ $code }' n'a pas de domaine (3e colonne)
lecture-taxo-domaine-inconnu = domaine '{ $domaine }' inconnu : déclarez-le sur une ligne « domaine » du fichier
lecture-taxo-aucune-ligne = aucune ligne de type « { $type } »
lecture-taxo-sans-tous = le public « tous » est obligatoire (il couvre tous les publics)
lecture-taxo-sans-commune = le territoire « commune » est obligatoire (il couvre toutes les sections)

## Doublons (avertissements de rejets.csv) et résumé d'une période

lecture-doublon = doublon : { $partenaire } a déjà exprimé le besoin { $cellule } ({ $ou }ligne { $ligne }) ; compté une fois, avec la plus grande estimation et la plus haute priorité
lecture-doublon-repete = doublon : { $partenaire } a déjà exprimé le besoin { $cellule } ({ $ou }ligne { $ligne }) ; compté une fois, avec la plus grande estimation et la plus haute priorité ; { $n } répétitions en tout
lecture-dossier-illisible = lecture du dossier { $dossier } impossible : { $erreur }
lecture-resume-periode = Période { $periode } : { $lues } lignes lues = { $utilisees } utilisées + { $rejetees } rejetées ; { $cellules } cellules ({ $non_couvertes } non couvertes, { $partielles } partielles, { $couvertes } couvertes)

## Les fichiers du dossier

lecture-fichier-verrou = fichier de verrouillage d'Excel ou LibreOffice (le classeur était ouvert) : ignoré
lecture-format-inconnu = format « .{ $ext } » non pris en charge : enregistrez le tableau en .xlsx, .ods ou .csv
lecture-fichier-illisible = lecture impossible ({ $erreur })
lecture-fichier-vide = fichier vide
lecture-classeur-deguise = classeur enregistré sous l'extension .{ $ext } : lu comme classeur
lecture-fichier-binaire = fichier binaire, pas un tableau texte : enregistrez-le en .csv, .xlsx ou .ods

## Les classeurs

lecture-classeur-mot-de-passe = classeur protégé par un mot de passe : ouvrez-le, retirez le mot de passe (Excel : Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis videz le champ ; LibreOffice : Fichier > Enregistrer sous, sans cocher « Enregistrer avec mot de passe ») et envoyez-le à nouveau
lecture-classeur-endommage = classeur illisible, endommagé ou incomplet : ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau
lecture-classeur-inconnu = classeur illisible : le contenu n'est ni xlsx, xlsm, xlsb, xls, ni ods ; enregistrez le tableau en .xlsx, .ods ou .csv
lecture-classeur-interrompu = classeur endommagé (lecture interrompue)
lecture-feuille-illisible = feuille « { $feuille } » illisible : ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le à nouveau
lecture-feuille-trop-de-lignes = feuille « { $feuille } » trop grande : au moins { $n } lignes, au-delà de ce qu'Excel ou LibreOffice peuvent écrire ({ $lignes } lignes, { $colonnes } colonnes) ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice
lecture-feuille-trop-de-colonnes = feuille « { $feuille } » trop grande : au moins { $n } colonnes, au-delà de ce qu'Excel ou LibreOffice peuvent écrire ({ $lignes } lignes, { $colonnes } colonnes) ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice
lecture-classeur-trop-de-cellules = classeur trop volumineux : plus de { $max } cellules remplies (atteint dans la feuille « { $feuille } »), bien plus qu'une enquête ; le classeur n'est pas lu : envoyez seulement les tableaux des besoins et des services
lecture-classeur-valeurs-ecartees = classeur trop volumineux : les valeurs de la feuille « { $feuille } » couvrent plus de { $max } cellules, de la première à la dernière, bien plus qu'une enquête ; le classeur n'est pas lu : envoyez seulement les tableaux des besoins et des services
lecture-classeur-partie-trop-grande = classeur trop volumineux : la partie « { $partie } » dépasse { $mo } Mo une fois décompressée, bien plus qu'une enquête ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice, avec seulement les tableaux des besoins et des services
lecture-classeur-trop-de-styles = classeur trop volumineux : la partie « { $partie } » décrit plus de { $max } éléments de mise en forme, au-delà de ce qu'Excel permet ; le classeur n'est pas lu : copiez les tableaux des besoins et des services dans un classeur neuf (valeurs seulement) et envoyez-le
lecture-classeur-trop-decompresse = classeur trop volumineux une fois décompressé : plus de { $mo } Mo de données (atteint dans la partie « { $partie } »), bien plus qu'une enquête ; le classeur n'est pas lu : envoyez seulement les tableaux des besoins et des services
lecture-classeur-trop-de-parties = classeur illisible : { $n } parties dans le fichier, bien plus qu'un classeur ; enregistrez à nouveau le tableau depuis Excel ou LibreOffice
lecture-classeur-xls-trop-grand = classeur trop volumineux : les cellules de la feuille « { $feuille } » couvrent plus de { $max } cellules, de la première à la dernière, bien plus qu'une enquête ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice, en .xlsx

## Le dossier de sortie et l'écriture des fichiers

lecture-sortie-fichier = c'est un fichier, pas un dossier : choisissez un autre --sortie
lecture-sortie-creation = création du dossier impossible ({ $erreur })
lecture-sortie-non-modifiable = dossier non modifiable ({ $erreur })
lecture-ecrit-creation = création de { $chemin }
lecture-ecrit-temporaire = fichier temporaire dans { $chemin }
lecture-ecrit-ecriture = écriture de { $chemin }
lecture-ecrit-dossier-temporaire = dossier temporaire dans { $chemin }
lecture-ecrit-verrou = verrou dans { $chemin }
lecture-ecrit-deplacement = déplacement de { $chemin }
lecture-ecrit-mise-en-place = mise en place de { $chemin }

## Ce que dit le système

lecture-systeme-disque-plein = plus de place sur le disque
lecture-systeme-permission = permission refusée
lecture-systeme-introuvable = fichier ou dossier introuvable
lecture-systeme-lecture-seule = disque en lecture seule
lecture-systeme-existe = un fichier ou dossier de ce nom existe déjà
lecture-systeme-quota = quota de disque dépassé
lecture-systeme-pas-un-dossier = un élément du chemin est un fichier, pas un dossier

## Erreurs d'usage (rien n'est écrit)

lecture-usage-pas-de-dossier = dossier d'entrée introuvable : { $chemin } (input folder not found); indiquez le dossier d'un trimestre, ex. datasets/waremme/2026-T3
lecture-usage-pas-un-dossier = { $chemin } n'est pas un dossier (not a folder): indiquez le dossier qui contient les fichiers des partenaires
lecture-usage-sans-periode = période inconnue (unknown period): ni --periode, ni période dans le nom du dossier, ni colonne « periode » dans les fichiers ; ajoutez --periode 2026-T3
lecture-usage-plusieurs-periodes = les fichiers indiquent plusieurs périodes ({ $periodes }) : précisez laquelle analyser avec --periode
lecture-usage-rien-de-lisible = aucun tableau de besoins ou de services lisible dans { $chemin } (nothing readable): voir les raisons ci-dessus
lecture-usage-sortie-impossible = sortie impossible dans { $chemin } : { $raison }
lecture-usage-taille-illisible = taille « { $taille } » illisible (unreadable size): écrivez par exemple 20MB ou 500kB
lecture-usage-sans-mot-de-passe = aucun mot de passe lu sur l'entrée standard (no password on standard input)

## Divers

lecture-periode-argument = période '{ $valeur }' illisible : écrivez-la 2026-T3 (invalid period: write it 2026-T3)
lecture-taxo-trop-grande = la taxonomie (--taxonomie) est trop grande pour le moteur : { $besoins } besoins × { $publics } publics × { $territoires } territoires dépassent 2³² cellules ; raccourcissez ces listes
