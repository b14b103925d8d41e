# The reading of the partners' files: reasons of rejected rows (rejets.csv), remarks on
# tables (fichiers.csv), errors of reading, of the taxonomy and of usage. Columns are named
# by their English alias.
#
# The messages about files, workbooks, the output folder and the taxonomy were French in
# the English outputs before the catalogs, and tests hold the English outputs as they were:
# they keep their French here, each with its English in the comment above it, ready for
# when the English outputs may change. The usage errors keep their French with English in
# brackets for the same reason.

## The kinds of taxonomy values, in reasons

lecture-sorte-domaine = domain
lecture-sorte-groupe = group
lecture-sorte-public = audience
lecture-sorte-territoire = territory
lecture-sorte-besoin = need

## Reasons of rejected rows

lecture-valeur-manquante = required value missing in column { $colonne }
lecture-colonne-absente = required column { $colonne } missing from the header: add it
lecture-inconnu-codes = unknown { $quoi } '{ $valeur }'; accepted codes: { $codes }
lecture-inconnu-liste = unknown { $quoi } '{ $valeur }'; the accepted codes: cadastre taxonomy
lecture-inconnu-un = unknown { $quoi } '{ $valeur }'; did you mean { $un }?
lecture-inconnu-plusieurs = unknown { $quoi } '{ $valeur }'; did you mean { $debut } or { $dernier }?
lecture-priorite-invalide = invalid priority '{ $valeur }': write 1 to 4, or low, medium, high, urgent
lecture-pas-un-nombre = invalid { $colonne } '{ $valeur }': a whole number, zero or more, is expected (e.g. 12)
lecture-domaine-desaccord = domain '{ $valeur }' disagrees with the need { $besoin }, which belongs to the domain { $domaine }
lecture-periode-illisible = unreadable period '{ $valeur }': write it 2026-T3
lecture-autre-periode = period '{ $valeur }' differs from the period analysed, { $periode }
lecture-champs-en-trop = the line has { $champs } fields for { $colonnes } header columns: a separator inside a text? put that text in quotes

## Remarks on tables

lecture-pas-un-tableau = neither a needs nor a services table: no 'need' column in the header ({ $n } rows not read)
lecture-feuille-aide = template help sheet
lecture-en-tete-plus-bas = header found on line { $ligne }: the lines above are ignored
lecture-colonnes-en-double = repeated columns (only the first is read): { $colonnes }
lecture-colonnes-inconnues = unrecognised columns, ignored: { $colonnes }
lecture-ligne-hxl = HXL hashtag row ignored
lecture-tableau-vide = empty table: no rows

## Unreadable taxonomy

# English, when the English outputs may change: taxonomy { $fichier }, line { $ligne }: { $message }
lecture-taxo-erreur-ligne = taxonomie { $fichier }, ligne { $ligne } : { $message }
# English, when the English outputs may change: taxonomy { $fichier }: { $message }
lecture-taxo-erreur = taxonomie { $fichier } : { $message }
# English, when the English outputs may change: cannot read ({ $erreur })
lecture-taxo-lecture = lecture impossible ({ $erreur })
# English, when the English outputs may change: unreadable line ({ $erreur })
lecture-taxo-ligne-illisible = ligne illisible ({ $erreur })
# English, when the English outputs may change: { $n } columns found, at least { $attendu } expected: type;code;domaine;libelle_fr;libelle_en;synonymes, and libelle_nl if the header names it
lecture-taxo-colonnes = { $n } colonnes trouvées, { $attendu } au moins attendues : type;code;domaine;libelle_fr;libelle_en;synonymes, et libelle_nl si l'en-tête la nomme
# English, when the English outputs may change: unknown type '{ $type }'; accepted types: domaine, groupe, public, territoire, besoin
lecture-taxo-type-inconnu = type '{ $type }' inconnu ; types admis : domaine, groupe, public, territoire, besoin
# English, when the English outputs may change: empty code
lecture-taxo-code-vide = code vide
# English, when the English outputs may change: too many lines of type “{ $type }”: { $max } at most
lecture-taxo-trop-de-lignes = trop de lignes de type « { $type } » : { $max } au plus
# English, when the English outputs may change: '{ $ecriture }' already names the { $type } '{ $code }': each spelling must name a single code
lecture-taxo-deja = '{ $ecriture }' désigne déjà le { $type } '{ $code }' : chaque écriture doit désigner un seul code
# English, when the English outputs may change: the need '{ $code }' has no domain (3rd column)
lecture-taxo-sans-domaine = le besoin '{ $code }' n'a pas de domaine (3e colonne)
# English, when the English outputs may change: unknown domain '{ $domaine }': declare it on a “domaine” line of the file
lecture-taxo-domaine-inconnu = domaine '{ $domaine }' inconnu : déclarez-le sur une ligne « domaine » du fichier
# English, when the English outputs may change: no line of type “{ $type }”
lecture-taxo-aucune-ligne = aucune ligne de type « { $type } »
# English, when the English outputs may change: the audience “tous” is required (it covers every audience)
lecture-taxo-sans-tous = le public « tous » est obligatoire (il couvre tous les publics)
# English, when the English outputs may change: the territory “commune” is required (it covers every section)
lecture-taxo-sans-commune = le territoire « commune » est obligatoire (il couvre toutes les sections)

## Duplicates (warnings of rejets.csv) and a period's summary

lecture-doublon = duplicate: { $partenaire } already expressed the need { $cellule } ({ $ou }line { $ligne }); counted once, with the largest estimate and the highest priority
lecture-doublon-repete = duplicate: { $partenaire } already expressed the need { $cellule } ({ $ou }line { $ligne }); counted once, with the largest estimate and the highest priority; { $n } repeats in all
# English, when the English outputs may change: cannot read the folder { $dossier }: { $erreur }
lecture-dossier-illisible = lecture du dossier { $dossier } impossible : { $erreur }
lecture-resume-periode = Period { $periode }: { $lues } rows read = { $utilisees } used + { $rejetees } rejected; { $cellules } cells ({ $non_couvertes } not covered, { $partielles } partly, { $couvertes } covered)

## The files of the folder

# English, when the English outputs may change: lock file of Excel or LibreOffice (the workbook was open): ignored
lecture-fichier-verrou = fichier de verrouillage d'Excel ou LibreOffice (le classeur était ouvert) : ignoré
# English, when the English outputs may change: format “.{ $ext }” not supported: save the table as .xlsx, .ods or .csv
lecture-format-inconnu = format « .{ $ext } » non pris en charge : enregistrez le tableau en .xlsx, .ods ou .csv
# English, when the English outputs may change: cannot read ({ $erreur })
lecture-fichier-illisible = lecture impossible ({ $erreur })
# English, when the English outputs may change: empty file
lecture-fichier-vide = fichier vide
# English, when the English outputs may change: workbook saved with the extension .{ $ext }: read as a workbook
lecture-classeur-deguise = classeur enregistré sous l'extension .{ $ext } : lu comme classeur
# English, when the English outputs may change: binary file, not a text table: save it as .csv, .xlsx or .ods
lecture-fichier-binaire = fichier binaire, pas un tableau texte : enregistrez-le en .csv, .xlsx ou .ods

## Workbooks

# English, when the English outputs may change: workbook protected by a password: open it, remove the password (Excel: File > Info > Protect Workbook > Encrypt with Password, then empty the field; LibreOffice: File > Save As, without ticking “Save with password”) and send it again
lecture-classeur-mot-de-passe = classeur protégé par un mot de passe : ouvrez-le, retirez le mot de passe (Excel : Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, puis videz le champ ; LibreOffice : Fichier > Enregistrer sous, sans cocher « Enregistrer avec mot de passe ») et envoyez-le à nouveau
# English, when the English outputs may change: unreadable workbook, damaged or incomplete: open it in Excel or LibreOffice and save it again
lecture-classeur-endommage = classeur illisible, endommagé ou incomplet : ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau
# English, when the English outputs may change: unreadable workbook: the content is neither xlsx, xlsm, xlsb, xls nor ods; save the table as .xlsx, .ods or .csv
lecture-classeur-inconnu = classeur illisible : le contenu n'est ni xlsx, xlsm, xlsb, xls, ni ods ; enregistrez le tableau en .xlsx, .ods ou .csv
# English, when the English outputs may change: damaged workbook (reading interrupted)
lecture-classeur-interrompu = classeur endommagé (lecture interrompue)
# English, when the English outputs may change: sheet “{ $feuille }” unreadable: open the workbook in Excel or LibreOffice and save it again
lecture-feuille-illisible = feuille « { $feuille } » illisible : ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le à nouveau
# English, when the English outputs may change: sheet “{ $feuille }” too large: at least { $n } rows, beyond what Excel or LibreOffice can write ({ $lignes } rows, { $colonnes } columns); the workbook is not read: save the table again from Excel or LibreOffice
lecture-feuille-trop-de-lignes = feuille « { $feuille } » trop grande : au moins { $n } lignes, au-delà de ce qu'Excel ou LibreOffice peuvent écrire ({ $lignes } lignes, { $colonnes } colonnes) ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice
# English, when the English outputs may change: sheet “{ $feuille }” too large: at least { $n } columns, beyond what Excel or LibreOffice can write ({ $lignes } rows, { $colonnes } columns); the workbook is not read: save the table again from Excel or LibreOffice
lecture-feuille-trop-de-colonnes = feuille « { $feuille } » trop grande : au moins { $n } colonnes, au-delà de ce qu'Excel ou LibreOffice peuvent écrire ({ $lignes } lignes, { $colonnes } colonnes) ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice
# English, when the English outputs may change: workbook too large: more than { $max } filled cells (reached in the sheet “{ $feuille }”), far more than a survey; the workbook is not read: send only the needs and services tables
lecture-classeur-trop-de-cellules = classeur trop volumineux : plus de { $max } cellules remplies (atteint dans la feuille « { $feuille } »), bien plus qu'une enquête ; le classeur n'est pas lu : envoyez seulement les tableaux des besoins et des services
# English, when the English outputs may change: workbook too large: the values of the sheet “{ $feuille }” span more than { $max } cells, from the first to the last, far more than a survey; the workbook is not read: send only the needs and services tables
lecture-classeur-valeurs-ecartees = classeur trop volumineux : les valeurs de la feuille « { $feuille } » couvrent plus de { $max } cellules, de la première à la dernière, bien plus qu'une enquête ; le classeur n'est pas lu : envoyez seulement les tableaux des besoins et des services
# English, when the English outputs may change: workbook too large: the part “{ $partie }” exceeds { $mo } MB once decompressed, far more than a survey; the workbook is not read: save the table again from Excel or LibreOffice, with only the needs and services tables
lecture-classeur-partie-trop-grande = classeur trop volumineux : la partie « { $partie } » dépasse { $mo } Mo une fois décompressée, bien plus qu'une enquête ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice, avec seulement les tableaux des besoins et des services
# English, when the English outputs may change: workbook too large: the part “{ $partie }” describes more than { $max } formatting elements, beyond what Excel allows; the workbook is not read: copy the needs and services tables into a new workbook (values only) and send it
lecture-classeur-trop-de-styles = classeur trop volumineux : la partie « { $partie } » décrit plus de { $max } éléments de mise en forme, au-delà de ce qu'Excel permet ; le classeur n'est pas lu : copiez les tableaux des besoins et des services dans un classeur neuf (valeurs seulement) et envoyez-le
# English, when the English outputs may change: workbook too large once decompressed: more than { $mo } MB of data (reached in the part “{ $partie }”), far more than a survey; the workbook is not read: send only the needs and services tables
lecture-classeur-trop-decompresse = classeur trop volumineux une fois décompressé : plus de { $mo } Mo de données (atteint dans la partie « { $partie } »), bien plus qu'une enquête ; le classeur n'est pas lu : envoyez seulement les tableaux des besoins et des services
# English, when the English outputs may change: unreadable workbook: { $n } parts in the file, far more than a workbook; save the table again from Excel or LibreOffice
lecture-classeur-trop-de-parties = classeur illisible : { $n } parties dans le fichier, bien plus qu'un classeur ; enregistrez à nouveau le tableau depuis Excel ou LibreOffice
# English, when the English outputs may change: workbook too large: the cells of the sheet “{ $feuille }” span more than { $max } cells, from the first to the last, far more than a survey; the workbook is not read: save the table again from Excel or LibreOffice, as .xlsx
lecture-classeur-xls-trop-grand = classeur trop volumineux : les cellules de la feuille « { $feuille } » couvrent plus de { $max } cellules, de la première à la dernière, bien plus qu'une enquête ; le classeur n'est pas lu : enregistrez à nouveau le tableau depuis Excel ou LibreOffice, en .xlsx

## The output folder and the writing of files

# English, when the English outputs may change: this is a file, not a folder: choose another --sortie
lecture-sortie-fichier = c'est un fichier, pas un dossier : choisissez un autre --sortie
# English, when the English outputs may change: cannot create the folder ({ $erreur })
lecture-sortie-creation = création du dossier impossible ({ $erreur })
# English, when the English outputs may change: folder not writable ({ $erreur })
lecture-sortie-non-modifiable = dossier non modifiable ({ $erreur })
# English, when the English outputs may change: creating { $chemin }
lecture-ecrit-creation = création de { $chemin }
# English, when the English outputs may change: temporary file in { $chemin }
lecture-ecrit-temporaire = fichier temporaire dans { $chemin }
# English, when the English outputs may change: writing { $chemin }
lecture-ecrit-ecriture = écriture de { $chemin }
# English, when the English outputs may change: temporary folder in { $chemin }
lecture-ecrit-dossier-temporaire = dossier temporaire dans { $chemin }
# English, when the English outputs may change: lock in { $chemin }
lecture-ecrit-verrou = verrou dans { $chemin }
# English, when the English outputs may change: moving { $chemin }
lecture-ecrit-deplacement = déplacement de { $chemin }
# English, when the English outputs may change: putting { $chemin } in place
lecture-ecrit-mise-en-place = mise en place de { $chemin }

## What the system says

lecture-systeme-disque-plein = no space left on device
lecture-systeme-permission = permission denied
lecture-systeme-introuvable = no such file or folder
lecture-systeme-lecture-seule = read-only file system
lecture-systeme-existe = a file or folder of that name already exists
lecture-systeme-quota = disk quota exceeded
lecture-systeme-pas-un-dossier = a part of the path is a file, not a folder

## Usage errors (nothing is written). Their text was French with English in brackets
## before the catalogs, and the English outputs are kept as they were.

lecture-usage-pas-de-dossier = dossier d'entrée introuvable : { $chemin } (input folder not found); indiquez le dossier d'un trimestre, ex. datasets/waremme/2026-T3
lecture-usage-pas-un-dossier = { $chemin } n'est pas un dossier (not a folder): indiquez le dossier qui contient les fichiers des partenaires
lecture-usage-sans-periode = période inconnue (unknown period): ni --periode, ni période dans le nom du dossier, ni colonne « periode » dans les fichiers ; ajoutez --periode 2026-T3
lecture-usage-plusieurs-periodes = les fichiers indiquent plusieurs périodes ({ $periodes }) : précisez laquelle analyser avec --periode
lecture-usage-rien-de-lisible = aucun tableau de besoins ou de services lisible dans { $chemin } (nothing readable): voir les raisons ci-dessus
lecture-usage-sortie-impossible = sortie impossible dans { $chemin } : { $raison }
lecture-usage-taille-illisible = taille « { $taille } » illisible (unreadable size): écrivez par exemple 20MB ou 500kB
lecture-usage-sans-mot-de-passe = aucun mot de passe lu sur l'entrée standard (no password on standard input)

## Miscellaneous

lecture-periode-argument = unreadable period '{ $valeur }': write it 2026-T3
# English, when the English outputs may change: the taxonomy (--taxonomie) is too large for the engine: { $besoins } needs × { $publics } audiences × { $territoires } territories exceed 2³² cells; shorten these lists
lecture-taxo-trop-grande = la taxonomie (--taxonomie) est trop grande pour le moteur : { $besoins } besoins × { $publics } publics × { $territoires } territoires dépassent 2³² cellules ; raccourcissez ces listes
