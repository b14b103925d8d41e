# Le guide des services (guide/index.html) et son export HSDS (hsds/) : tous leurs mots.
# Les libellés de la taxonomie (besoins, publics, territoires) viennent de la taxonomie,
# les textes des partenaires (services, contacts, horaires) sont repris tels quels.

## La page

guide-titre = Guide des services, { $periode }
guide-titre-court = Guide des services
guide-intro = Qui fait quoi, pour qui, où, et comment joindre les partenaires : les services déclarés par les partenaires du plan de prévention. Choisissez un besoin, un public, une section, ou tapez un mot.

## Le filtre

guide-filtre-domaine = Domaine
guide-filtre-tous-domaines = tous les domaines
guide-filtre-besoin = Besoin
guide-filtre-tous-besoins = tous les besoins
guide-filtre-public = Public
guide-filtre-tous-publics = tous les publics
guide-filtre-territoire = Section
guide-filtre-toute-commune = toute la commune
guide-filtre-recherche = Recherche
guide-filtre-exemple = ex. colis, épicerie, CPAS…
# Le script de la page remplace $n et $total à chaque choix.
guide-compte = { $n } services sur { $total }
guide-aucun = Aucun service ne correspond. Élargissez la recherche (toute la commune, tous les publics), et voyez plus bas les besoins sans service.

## Une carte de service

guide-carte-besoins = Besoins
guide-carte-public = Public
guide-carte-ou = Où
guide-carte-places = Places
guide-carte-places-valeur = { $n } par trimestre
guide-carte-contact = Contact
guide-carte-horaires = Horaires
guide-carte-adresse = Adresse

## Les besoins sans service

guide-manques-titre = Besoins sans service
guide-manques-intro = Les besoins signalés par les partenaires pour lesquels aucun service n'est déclaré ce trimestre.
guide-manques-personnes = { $n } personnes

guide-pied = Source : services déclarés par { $n } partenaires, période { $periode }
guide-trop-grand = { $n } services déclarés : au-delà de { $max }, le guide ne tient pas en une page. L'annuaire complet est dans guide.csv.

## L'export HSDS (hsds/) : descriptions des taxonomies, organisations et services

guide-hsds-titre = Guide des services { $periode }
guide-hsds-domaines = Domaines du plan
guide-hsds-besoins = Besoins
guide-hsds-publics = Publics
guide-hsds-taxonomie = { $liste } (taxonomie du cadastre des besoins)
guide-hsds-terme = { $liste } : { $libelle }
guide-hsds-organisation = { $nom } : partenaire du plan de prévention, { $n } service(s) au guide.
guide-hsds-service = { $besoins } — public : { $public } ; territoire : { $territoire }
guide-hsds-service-capacite = { $besoins } — public : { $public } ; territoire : { $territoire } ; capacité : { $capacite } personnes ce trimestre
guide-hsds-zone = territoire : { $code }
guide-hsds-trop-grand = Plus de { $max } services : l'export HSDS n'est pas écrit ; guide.csv est l'annuaire complet.

## Les provinces des adresses (champ state_province), par code postal

guide-province-bruxelles = Bruxelles-Capitale
guide-province-brabant-wallon = Brabant wallon
guide-province-brabant-flamand = Brabant flamand
guide-province-anvers = Anvers
guide-province-limbourg = Limbourg
guide-province-liege = Liège
guide-province-namur = Namur
guide-province-hainaut = Hainaut
guide-province-luxembourg = Luxembourg
guide-province-flandre-occidentale = Flandre-Occidentale
guide-province-flandre-orientale = Flandre-Orientale
