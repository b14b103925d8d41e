# Het lezen van de bestanden van de partners: redenen van geweigerde rijen (rejets.csv),
# opmerkingen bij de tabellen (fichiers.csv), fouten bij het lezen, in de taxonomie en in
# het gebruik. De kolommen heten zoals in een Nederlandse kopregel.

## De soorten waarden van de taxonomie, in de redenen

lecture-sorte-domaine = domein
lecture-sorte-groupe = werkgroep
lecture-sorte-public = doelgroep
lecture-sorte-territoire = gebied
lecture-sorte-besoin = behoefte

## Redenen van geweigerde rijen

lecture-valeur-manquante = verplichte waarde ontbreekt in de kolom { $colonne }
lecture-colonne-absente = verplichte kolom { $colonne } ontbreekt in de kopregel: voeg ze toe
lecture-inconnu-codes = { $quoi } '{ $valeur }' is onbekend; toegelaten codes: { $codes }
lecture-inconnu-liste = { $quoi } '{ $valeur }' is onbekend; de lijst van toegelaten codes: cadastre taxonomie
lecture-inconnu-un = { $quoi } '{ $valeur }' is onbekend; bedoelt u { $un }?
lecture-inconnu-plusieurs = { $quoi } '{ $valeur }' is onbekend; bedoelt u { $debut } of { $dernier }?
lecture-priorite-invalide = ongeldige prioriteit '{ $valeur }': schrijf 1 tot 4, of laag, gemiddeld, hoog, dringend
lecture-pas-un-nombre = ongeldige waarde '{ $valeur }' in { $colonne }: een geheel getal, nul of meer, wordt verwacht (bv. 12)
lecture-domaine-desaccord = domein '{ $valeur }' strookt niet met de behoefte { $besoin }, die onder het domein { $domaine } valt
lecture-periode-illisible = onleesbare periode '{ $valeur }': schrijf ze als 2026-K3
lecture-autre-periode = periode '{ $valeur }' verschilt van de geanalyseerde periode, { $periode }
lecture-champs-en-trop = de rij heeft { $champs } velden voor { $colonnes } kolommen in de kopregel: een scheidingsteken in een tekst? zet die tekst tussen aanhalingstekens

## Opmerkingen bij de tabellen

lecture-pas-un-tableau = geen tabel van behoeften of van diensten: geen kolom „behoefte” in de kopregel ({ $n } rijen niet gelezen)
lecture-feuille-aide = hulpblad van het sjabloon
lecture-en-tete-plus-bas = kopregel gevonden op rij { $ligne }: de rijen erboven worden genegeerd
lecture-colonnes-en-double = dubbele kolommen (alleen de eerste wordt gelezen): { $colonnes }
lecture-colonnes-inconnues = onbekende kolommen, genegeerd: { $colonnes }
lecture-ligne-hxl = rij met HXL-hashtags genegeerd
lecture-tableau-vide = lege tabel: geen rijen

## Onleesbare taxonomie

lecture-taxo-erreur-ligne = taxonomie { $fichier }, rij { $ligne }: { $message }
lecture-taxo-erreur = taxonomie { $fichier }: { $message }
lecture-taxo-lecture = kan niet gelezen worden ({ $erreur })
lecture-taxo-ligne-illisible = onleesbare rij ({ $erreur })
lecture-taxo-colonnes = { $n } kolommen gevonden, minstens { $attendu } verwacht: type;code;domaine;libelle_fr;libelle_en;synonymes, en libelle_nl als de kopregel ze noemt
lecture-taxo-type-inconnu = onbekend type '{ $type }'; toegelaten types: domaine, groupe, public, territoire, besoin
lecture-taxo-code-vide = lege code
lecture-taxo-trop-de-lignes = te veel rijen van het type „{ $type }”: hoogstens { $max }
lecture-taxo-deja = '{ $ecriture }' duidt al de { $type } '{ $code }' aan: elke schrijfwijze mag maar één code aanduiden
lecture-taxo-sans-domaine = de behoefte '{ $code }' heeft geen domein (3de kolom)
lecture-taxo-domaine-inconnu = onbekend domein '{ $domaine }': vermeld het op een rij „domaine” van het bestand
lecture-taxo-aucune-ligne = geen enkele rij van het type „{ $type }”
lecture-taxo-sans-tous = de doelgroep „tous” is verplicht (ze dekt alle doelgroepen)
lecture-taxo-sans-commune = het gebied „commune” is verplicht (het dekt alle deelgemeenten)

## Dubbels (waarschuwingen in rejets.csv) en de samenvatting van een periode

lecture-doublon = dubbel: { $partenaire } heeft de behoefte { $cellule } al gemeld ({ $ou }rij { $ligne }); één keer geteld, met de hoogste schatting en de hoogste prioriteit
lecture-doublon-repete = dubbel: { $partenaire } heeft de behoefte { $cellule } al gemeld ({ $ou }rij { $ligne }); één keer geteld, met de hoogste schatting en de hoogste prioriteit; { $n } herhalingen in totaal
lecture-dossier-illisible = de map { $dossier } kan niet gelezen worden: { $erreur }
lecture-resume-periode = Periode { $periode }: { $lues } rijen gelezen = { $utilisees } gebruikt + { $rejetees } geweigerd; { $cellules } cellen ({ $non_couvertes } niet gedekt, { $partielles } gedeeltelijk, { $couvertes } gedekt)

## De bestanden van de map

lecture-fichier-verrou = vergrendelingsbestand van Excel of LibreOffice (de werkmap was open): genegeerd
lecture-format-inconnu = formaat „.{ $ext }” wordt niet ondersteund: sla de tabel op als .xlsx, .ods of .csv
lecture-fichier-illisible = kan niet gelezen worden ({ $erreur })
lecture-fichier-vide = leeg bestand
lecture-classeur-deguise = werkmap opgeslagen met de extensie .{ $ext }: gelezen als werkmap
lecture-fichier-binaire = binair bestand, geen teksttabel: sla het op als .csv, .xlsx of .ods

## Werkmappen

lecture-classeur-mot-de-passe = werkmap beveiligd met een wachtwoord: open ze, verwijder het wachtwoord (Excel: Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, en maak het veld leeg; LibreOffice: Bestand > Opslaan als, zonder „Opslaan met wachtwoord” aan te vinken) en stuur ze opnieuw
lecture-classeur-endommage = onleesbare werkmap, beschadigd of onvolledig: open ze in Excel of LibreOffice en sla ze opnieuw op
lecture-classeur-inconnu = onleesbare werkmap: de inhoud is geen xlsx, xlsm, xlsb, xls of ods; sla de tabel op als .xlsx, .ods of .csv
lecture-classeur-interrompu = beschadigde werkmap (lezen onderbroken)
lecture-feuille-illisible = blad „{ $feuille }” onleesbaar: open de werkmap in Excel of LibreOffice en sla ze opnieuw op
lecture-feuille-trop-de-lignes = blad „{ $feuille }” te groot: minstens { $n } rijen, meer dan Excel of LibreOffice kunnen schrijven ({ $lignes } rijen, { $colonnes } kolommen); de werkmap wordt niet gelezen: sla de tabel opnieuw op vanuit Excel of LibreOffice
lecture-feuille-trop-de-colonnes = blad „{ $feuille }” te groot: minstens { $n } kolommen, meer dan Excel of LibreOffice kunnen schrijven ({ $lignes } rijen, { $colonnes } kolommen); de werkmap wordt niet gelezen: sla de tabel opnieuw op vanuit Excel of LibreOffice
lecture-classeur-trop-de-cellules = werkmap te groot: meer dan { $max } ingevulde cellen (bereikt in het blad „{ $feuille }”), veel meer dan een bevraging; de werkmap wordt niet gelezen: stuur alleen de tabellen van de behoeften en de diensten
lecture-classeur-valeurs-ecartees = werkmap te groot: de waarden van het blad „{ $feuille }” beslaan meer dan { $max } cellen, van de eerste tot de laatste, veel meer dan een bevraging; de werkmap wordt niet gelezen: stuur alleen de tabellen van de behoeften en de diensten
lecture-classeur-partie-trop-grande = werkmap te groot: het onderdeel „{ $partie }” is uitgepakt groter dan { $mo } MB, veel meer dan een bevraging; de werkmap wordt niet gelezen: sla de tabel opnieuw op vanuit Excel of LibreOffice, met alleen de tabellen van de behoeften en de diensten
lecture-classeur-trop-de-styles = werkmap te groot: het onderdeel „{ $partie }” beschrijft meer dan { $max } opmaakelementen, meer dan Excel toelaat; de werkmap wordt niet gelezen: kopieer de tabellen van de behoeften en de diensten naar een nieuwe werkmap (alleen de waarden) en stuur die
lecture-classeur-trop-decompresse = werkmap uitgepakt te groot: meer dan { $mo } MB gegevens (bereikt in het onderdeel „{ $partie }”), veel meer dan een bevraging; de werkmap wordt niet gelezen: stuur alleen de tabellen van de behoeften en de diensten
lecture-classeur-trop-de-parties = onleesbare werkmap: { $n } onderdelen in het bestand, veel meer dan een werkmap; sla de tabel opnieuw op vanuit Excel of LibreOffice
lecture-classeur-xls-trop-grand = werkmap te groot: de cellen van het blad „{ $feuille }” beslaan meer dan { $max } cellen, van de eerste tot de laatste, veel meer dan een bevraging; de werkmap wordt niet gelezen: sla de tabel opnieuw op vanuit Excel of LibreOffice, als .xlsx

## De uitvoermap en het schrijven van de bestanden

lecture-sortie-fichier = dit is een bestand, geen map: kies een andere --sortie
lecture-sortie-creation = de map kan niet aangemaakt worden ({ $erreur })
lecture-sortie-non-modifiable = in de map kan niet geschreven worden ({ $erreur })
lecture-ecrit-creation = aanmaken van { $chemin }
lecture-ecrit-temporaire = tijdelijk bestand in { $chemin }
lecture-ecrit-ecriture = schrijven van { $chemin }
lecture-ecrit-dossier-temporaire = tijdelijke map in { $chemin }
lecture-ecrit-verrou = vergrendeling in { $chemin }
lecture-ecrit-deplacement = verplaatsen van { $chemin }
lecture-ecrit-mise-en-place = op zijn plaats zetten van { $chemin }

## Wat het systeem zegt

lecture-systeme-disque-plein = geen ruimte meer op de schijf
lecture-systeme-permission = toegang geweigerd
lecture-systeme-introuvable = bestand of map niet gevonden
lecture-systeme-lecture-seule = alleen-lezen schijf
lecture-systeme-existe = er bestaat al een bestand of map met die naam
lecture-systeme-quota = schijfquotum overschreden
lecture-systeme-pas-un-dossier = een deel van het pad is een bestand, geen map

## Gebruiksfouten (er wordt niets geschreven)

lecture-usage-pas-de-dossier = invoermap niet gevonden: { $chemin }; geef de map van een kwartaal op, bv. datasets/waremme/2026-T3
lecture-usage-pas-un-dossier = { $chemin } is geen map: geef de map op met de bestanden van de partners
lecture-usage-sans-periode = onbekende periode: geen --periode, geen periode in de naam van de map, geen kolom „periode” in de bestanden; voeg --periode 2026-K3 toe
lecture-usage-plusieurs-periodes = de bestanden vermelden meerdere periodes ({ $periodes }): geef met --periode op welke geanalyseerd moet worden
lecture-usage-rien-de-lisible = geen leesbare tabel van behoeften of diensten in { $chemin }: zie de redenen hierboven
lecture-usage-sortie-impossible = uitvoer onmogelijk in { $chemin }: { $raison }
lecture-usage-taille-illisible = grootte „{ $taille }” onleesbaar: schrijf bijvoorbeeld 20MB of 500kB
lecture-usage-sans-mot-de-passe = geen wachtwoord gelezen op de standaardinvoer

## Varia

lecture-periode-argument = onleesbare periode '{ $valeur }': schrijf ze als 2026-K3
lecture-taxo-trop-grande = de taxonomie (--taxonomie) is te groot voor de motor: { $besoins } behoeften × { $publics } doelgroepen × { $territoires } gebieden zijn meer dan 2³² cellen; maak die lijsten korter
