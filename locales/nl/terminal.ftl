# What the commands print in the terminal (cadastre analyse, comparer, guide, generer,
# taxonomie, portail, partenaire). Spaces at either end of a message are written {" "}.

## cadastre analyse: the summary of the last period
term-periode = Periode { $periode } ({ $source })
term-source-option = opgegeven met --periode
term-source-dossier = gelezen uit de naam van de map
term-source-fichiers = gelezen uit de kolom periode van de bestanden
term-fichiers-lus = Gelezen bestanden:
# Column heads of the table of files: values are right-aligned on 6 characters.
term-col-fichier = bestand [blad]
term-col-table = tabel
term-col-lues = gelez.
term-col-utilisees = gebr.
term-col-rejetees = geweig.
term-total = Totaal: { $lues } rijen gelezen = { $utilisees } gebruikt + { $rejetees } geweigerd
term-rejets = Geweigerde rijen ({ $n }):
term-rejets-autres = … nog { $n } in rejets.csv
term-avertissements = Waarschuwingen ({ $n }):
term-cellules = Behoeftecellen: { $n } ({ $non } niet gedekt, { $partiel } gedeeltelijk gedekt, { $couvert } gedekt)
term-manques-urgents = De tien dringendste tekorten:
term-pers = pers.
term-qui-pourrait = wie zou het kunnen opnemen:
term-aucun-partenaire = geen partner in het domein
term-duree = Duur: { $secondes } s ({ $debit } rijen/s)
term-resultats = Resultaten geschreven naar { $dossier }
term-strict = --strict: er werden rijen geweigerd (afsluitcode 1)
# The progress bar (on stderr, in a terminal only).
term-progression-fichiers = bestanden
term-progression-lignes = { $lignes } rijen, { $debit } rijen/s

## cadastre comparer, guide, generer
term-comparaison = Vergelijking geschreven naar { $fichier }
term-guide =
    Dienstengids: { $n } { $n ->
        [one] dienst
       *[other] diensten
    }, geschreven naar { $page }
term-corpus = { $fichiers } bestanden, { $besoins } behoefterijen, { $services } dienstrijen, { $partenaires } partners, { $mo } MB, in { $dossier }
term-corpus-pas-vide = de map is niet leeg: kies een nieuwe map voor het corpus

## cadastre taxonomie
term-taxo-domaine = Domeinen
term-taxo-groupe = Werkgroepen (kolom werkgroep)
term-taxo-public = Doelgroepen (kolom doelgroep)
term-taxo-territoire = Gebieden (kolom gebied; commune = de hele gemeente)
term-taxo-besoin = Behoeften (kolom behoefte), per domein
term-taxo-sans-nl = Deze taxonomie heeft geen Nederlandse labels (kolom libelle_nl): de Engelse labels worden in de plaats getoond.
term-taxo-fin =
    Prioriteit: 1 (laag), 2 (gemiddeld), 3 (hoog), 4 (dringend).
    De labels worden aanvaard in plaats van de codes, ongeacht hoofdletters en accenten.

## cadastre portail
term-portail-periode = Periode { $periode } is open voor uploads.
term-portail-mot-de-passe-court = Opgelet: een wachtwoord van minder dan { $n } tekens is sneller te raden; een zin van enkele woorden is veiliger.
term-portail-mot-de-passe = Wachtwoord van de coördinatie opgeslagen (open sessies zijn gesloten).

## Punctuation: a colon as each language writes it ("Ligne 4 : …", "Line 4: …").
term-deux-points = :{" "}

## Any error, on stderr.
term-erreur = cadastre: fout: { $message }
