# De dienstengids (guide/index.html) en de HSDS-export ervan (hsds/): al hun teksten.
# De labels van de taxonomie (behoeften, doelgroepen, gebieden) komen uit de taxonomie,
# de teksten van de partners (diensten, contacten, openingsuren) blijven zoals ze zijn.

## De pagina

guide-titre = Dienstengids, { $periode }
guide-titre-court = Dienstengids
guide-intro = Wie doet wat, voor wie, waar, en hoe u de partners bereikt: de diensten die de partners van het preventieplan hebben opgegeven. Kies een behoefte, een doelgroep, een gebied, of typ een woord.

## De filter

guide-filtre-domaine = Domein
guide-filtre-tous-domaines = alle domeinen
guide-filtre-besoin = Behoefte
guide-filtre-tous-besoins = alle behoeften
guide-filtre-public = Doelgroep
guide-filtre-tous-publics = alle doelgroepen
guide-filtre-territoire = Gebied
guide-filtre-toute-commune = hele gemeente
guide-filtre-recherche = Zoeken
guide-filtre-exemple = bv. voedselpakket, sociale kruidenier, OCMW…
# Het script van de pagina vervangt $n en $total bij elke keuze.
guide-compte = { $n } van { $total } diensten
guide-aucun = Geen enkele dienst komt overeen. Verruim de zoekopdracht (hele gemeente, alle doelgroepen) en bekijk hieronder de behoeften zonder dienst.

## De kaart van een dienst

guide-carte-besoins = Behoeften
guide-carte-public = Doelgroep
guide-carte-ou = Waar
guide-carte-places = Plaatsen
guide-carte-places-valeur = { $n } per kwartaal
guide-carte-contact = Contact
guide-carte-horaires = Openingsuren
guide-carte-adresse = Adres

## De behoeften zonder dienst

guide-manques-titre = Behoeften zonder dienst
guide-manques-intro = De behoeften die de partners gemeld hebben en waarvoor dit kwartaal geen enkele dienst is opgegeven.
guide-manques-personnes = { $n ->
    [one] { $n } persoon
   *[other] { $n } personen
}

guide-pied = Bron: diensten opgegeven door { $n ->
    [one] { $n } partner
   *[other] { $n } partners
}, periode { $periode }
guide-trop-grand = { $n } diensten opgegeven: boven { $max } past de gids niet op één pagina. De volledige lijst staat in guide.csv.

## De HSDS-export (hsds/): beschrijvingen van de taxonomieën, organisaties en diensten

guide-hsds-titre = Dienstengids { $periode }
guide-hsds-domaines = Domeinen van het plan
guide-hsds-besoins = Behoeften
guide-hsds-publics = Doelgroepen
guide-hsds-taxonomie = { $liste } (taxonomie van het behoeftekadaster)
guide-hsds-terme = { $liste }: { $libelle }
guide-hsds-organisation = { $nom }: partner van het preventieplan, { $n ->
    [one] { $n } dienst
   *[other] { $n } diensten
} in de gids.
guide-hsds-service = { $besoins } — doelgroep: { $public }; gebied: { $territoire }
guide-hsds-service-capacite = { $besoins } — doelgroep: { $public }; gebied: { $territoire }; capaciteit: { $capacite } personen dit kwartaal
guide-hsds-zone = gebied: { $code }
guide-hsds-trop-grand = Meer dan { $max } diensten: de HSDS-export wordt niet geschreven; guide.csv is de volledige lijst.

## De provincies van de adressen (veld state_province), volgens de postcode

guide-province-bruxelles = Brussels Hoofdstedelijk Gewest
guide-province-brabant-wallon = Waals-Brabant
guide-province-brabant-flamand = Vlaams-Brabant
guide-province-anvers = Antwerpen
guide-province-limbourg = Limburg
guide-province-liege = Luik
guide-province-namur = Namen
guide-province-hainaut = Henegouwen
guide-province-luxembourg = Luxemburg
guide-province-flandre-occidentale = West-Vlaanderen
guide-province-flandre-orientale = Oost-Vlaanderen
