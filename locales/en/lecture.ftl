# The reading of the partners' files: reasons of rejected rows (rejets.csv), remarks on
# tables (fichiers.csv), errors of reading, of the taxonomy and of usage. Columns are named
# by their English alias.

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

lecture-taxo-erreur-ligne = taxonomy { $fichier }, line { $ligne }: { $message }
lecture-taxo-erreur = taxonomy { $fichier }: { $message }
lecture-taxo-lecture = cannot read ({ $erreur })
lecture-taxo-ligne-illisible = unreadable line ({ $erreur })
lecture-taxo-colonnes = { $n } columns found, at least { $attendu } expected: type;code;domaine;libelle_fr;libelle_en;synonymes, and libelle_nl if the header names it
lecture-taxo-type-inconnu = unknown type '{ $type }'; accepted types: domaine, groupe, public, territoire, besoin
lecture-taxo-code-vide = empty code
lecture-taxo-trop-de-lignes = too many lines of type “{ $type }”: { $max } at most
lecture-taxo-deja = '{ $ecriture }' already names the { $type } '{ $code }': each spelling must name a single code
lecture-taxo-sans-domaine = the need '{ $code }' has no domain (3rd column)
lecture-taxo-domaine-inconnu = unknown domain '{ $domaine }': declare it on a “domaine” line of the file
lecture-taxo-aucune-ligne = no line of type “{ $type }”
lecture-taxo-sans-tous = the audience “tous” is required (it covers every audience)
lecture-taxo-sans-commune = the territory “commune” is required (it covers every section)

## Duplicates (warnings of rejets.csv) and a period's summary

lecture-doublon = duplicate: { $partenaire } already expressed the need { $cellule } ({ $ou }line { $ligne }); counted once, with the largest estimate and the highest priority
lecture-doublon-repete = duplicate: { $partenaire } already expressed the need { $cellule } ({ $ou }line { $ligne }); counted once, with the largest estimate and the highest priority; { $n } repeats in all
lecture-dossier-illisible = cannot read the folder { $dossier }: { $erreur }
lecture-resume-periode = Period { $periode }: { $lues } rows read = { $utilisees } used + { $rejetees } rejected; { $cellules } cells ({ $non_couvertes } not covered, { $partielles } partly, { $couvertes } covered)

## The files of the folder

lecture-fichier-verrou = lock file of Excel or LibreOffice (the workbook was open): ignored
lecture-format-inconnu = format “.{ $ext }” not supported: save the table as .xlsx, .ods or .csv
lecture-fichier-illisible = cannot read ({ $erreur })
lecture-fichier-vide = empty file
lecture-classeur-deguise = workbook saved with the extension .{ $ext }: read as a workbook
lecture-fichier-binaire = binary file, not a text table: save it as .csv, .xlsx or .ods

## Workbooks

lecture-classeur-mot-de-passe = workbook protected by a password: open it, remove the password (Excel: File > Info > Protect Workbook > Encrypt with Password, then empty the field; LibreOffice: File > Save As, without ticking “Save with password”) and send it again
lecture-classeur-endommage = unreadable workbook, damaged or incomplete: open it in Excel or LibreOffice and save it again
lecture-classeur-inconnu = unreadable workbook: the content is neither xlsx, xlsm, xlsb, xls nor ods; save the table as .xlsx, .ods or .csv
lecture-classeur-interrompu = damaged workbook (reading interrupted)
lecture-feuille-illisible = sheet “{ $feuille }” unreadable: open the workbook in Excel or LibreOffice and save it again
lecture-feuille-trop-de-lignes = sheet “{ $feuille }” too large: at least { $n } rows, beyond what Excel or LibreOffice can write ({ $lignes } rows, { $colonnes } columns); the workbook is not read: save the table again from Excel or LibreOffice
lecture-feuille-trop-de-colonnes = sheet “{ $feuille }” too large: at least { $n } columns, beyond what Excel or LibreOffice can write ({ $lignes } rows, { $colonnes } columns); the workbook is not read: save the table again from Excel or LibreOffice
lecture-classeur-trop-de-cellules = workbook too large: more than { $max } filled cells (reached in the sheet “{ $feuille }”), far more than a survey; the workbook is not read: send only the needs and services tables
lecture-classeur-valeurs-ecartees = workbook too large: the values of the sheet “{ $feuille }” span more than { $max } cells, from the first to the last, far more than a survey; the workbook is not read: send only the needs and services tables
lecture-classeur-partie-trop-grande = workbook too large: the part “{ $partie }” exceeds { $mo } MB once decompressed, far more than a survey; the workbook is not read: save the table again from Excel or LibreOffice, with only the needs and services tables
lecture-classeur-trop-de-styles = workbook too large: the part “{ $partie }” describes more than { $max } formatting elements, beyond what Excel allows; the workbook is not read: copy the needs and services tables into a new workbook (values only) and send it
lecture-classeur-trop-decompresse = workbook too large once decompressed: more than { $mo } MB of data (reached in the part “{ $partie }”), far more than a survey; the workbook is not read: send only the needs and services tables
lecture-classeur-trop-de-parties = unreadable workbook: { $n } parts in the file, far more than a workbook; save the table again from Excel or LibreOffice
lecture-classeur-xls-trop-grand = workbook too large: the cells of the sheet “{ $feuille }” span more than { $max } cells, from the first to the last, far more than a survey; the workbook is not read: save the table again from Excel or LibreOffice, as .xlsx

## The output folder and the writing of files

lecture-sortie-fichier = this is a file, not a folder: choose another --sortie
lecture-sortie-creation = cannot create the folder ({ $erreur })
lecture-sortie-non-modifiable = folder not writable ({ $erreur })
lecture-ecrit-creation = creating { $chemin }
lecture-ecrit-temporaire = temporary file in { $chemin }
lecture-ecrit-ecriture = writing { $chemin }
lecture-ecrit-dossier-temporaire = temporary folder in { $chemin }
lecture-ecrit-verrou = lock in { $chemin }
lecture-ecrit-deplacement = moving { $chemin }
lecture-ecrit-mise-en-place = putting { $chemin } in place

## What the system says

lecture-systeme-disque-plein = no space left on device
lecture-systeme-permission = permission denied
lecture-systeme-introuvable = no such file or folder
lecture-systeme-lecture-seule = read-only file system
lecture-systeme-existe = a file or folder of that name already exists
lecture-systeme-quota = disk quota exceeded
lecture-systeme-pas-un-dossier = a part of the path is a file, not a folder

## Usage errors (nothing is written).

lecture-usage-pas-de-dossier = input folder not found: { $chemin }; give the folder of a quarter, e.g. datasets/waremme/2026-T3
lecture-usage-pas-un-dossier = { $chemin } is not a folder: give the folder that holds the partners' files
lecture-usage-sans-periode = unknown period: no --period, no period in the folder's name, no “periode” column in the files; add --period 2026-T3
lecture-usage-plusieurs-periodes = the files give several periods ({ $periodes }): say which one to analyse with --period
lecture-usage-rien-de-lisible = no readable needs or services table in { $chemin }: see the reasons above
lecture-usage-sortie-impossible = cannot write the outputs in { $chemin }: { $raison }
lecture-usage-taille-illisible = unreadable size “{ $taille }”: write for example 20MB or 500kB
lecture-usage-sans-mot-de-passe = no password read on standard input

## Miscellaneous

lecture-periode-argument = unreadable period '{ $valeur }': write it 2026-T3
lecture-taxo-trop-grande = the taxonomy (--taxonomie) is too large for the engine: { $besoins } needs × { $publics } audiences × { $territoires } territories exceed 2³² cells; shorten these lists
