# The services guide (guide/index.html) and its HSDS export (hsds/): all their words.
# The taxonomy's labels (needs, publics, territories) come from the taxonomy, the partners'
# text (services, contacts, hours) is shown as written.

## The page

guide-titre = Services guide, { $periode }
guide-titre-court = Services guide
guide-intro = Who does what, for whom, where, and how to reach them: the services declared by the partners. Pick a need, a public, a section, or type a word.

## The filter

guide-filtre-domaine = Domain
guide-filtre-tous-domaines = all domains
guide-filtre-besoin = Need
guide-filtre-tous-besoins = all needs
guide-filtre-public = Public
guide-filtre-tous-publics = all publics
guide-filtre-territoire = Section
guide-filtre-toute-commune = whole municipality
guide-filtre-recherche = Search
guide-filtre-exemple = e.g. parcel, grocery, CPAS…
# The page's script replaces $n and $total at each choice.
guide-compte = { $n } services of { $total }
guide-aucun = No service matches. Widen the search (whole municipality, all publics), and see the needs with no service below.

## A service's card

guide-carte-besoins = Needs
guide-carte-public = Public
guide-carte-ou = Where
guide-carte-places = Places
guide-carte-places-valeur = { $n } per quarter
guide-carte-contact = Contact
guide-carte-horaires = Hours
guide-carte-adresse = Address

## The needs with no service

guide-manques-titre = Needs with no service
guide-manques-intro = Needs reported by partners for which no service is declared this quarter.
guide-manques-personnes = { $n } people

guide-pied = Source: services declared by { $n } partners, period { $periode }
guide-trop-grand = { $n } services declared: beyond { $max }, the guide does not fit in one page. The full directory is in guide.csv.

## The HSDS export (hsds/): descriptions of the taxonomies, organizations and services
# (their punctuation is the French one, as the export always had it).

guide-hsds-titre = Services guide { $periode }
guide-hsds-domaines = Domains of the plan
guide-hsds-besoins = Needs
guide-hsds-publics = Publics
guide-hsds-taxonomie = { $liste } (taxonomy of the needs register)
guide-hsds-terme = { $liste } : { $libelle }
guide-hsds-organisation = { $nom }: partner of the prevention plan, { $n } service(s) in the guide.
guide-hsds-service = { $besoins } — public : { $public } ; territory : { $territoire }
guide-hsds-service-capacite = { $besoins } — public : { $public } ; territory : { $territoire }; capacity: { $capacite } people this quarter
guide-hsds-zone = territory : { $code }
guide-hsds-trop-grand = More than { $max } services : the HSDS export is not written; guide.csv is the full directory.

## The provinces of addresses (field state_province), by postal code: the English export
## has always given them in French, as Belgian addresses write them in Wallonia.

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
