# Les classeurs (cadastre.xlsx, guide.xlsx), datapackage.json, et les modèles vierges
# envoyés aux partenaires (cadastre modele) : tous leurs mots. Les noms des feuilles de
# cadastre.xlsx sont ceux des CSV, pour les machines : ils ne sont pas ici.

## Titres des classeurs (propriétés du document, en-tête des pages imprimées)

classeur-titre-cadastre = Cadastre des besoins { $periode }
classeur-titre-guide = Guide des services { $periode }

## Ce que chaque feuille contient (en-tête des pages imprimées)

classeur-feuille-cadastre = Besoins, offre et manques
classeur-feuille-gap-domaine-public = Manques par domaine et public (cellules non ou partiellement couvertes)
classeur-feuille-gap-domaine-public-personnes = Personnes sans réponse par domaine et public
classeur-feuille-gap-domaine-territoire = Manques par domaine et territoire (cellules non ou partiellement couvertes)
classeur-feuille-gap-groupe-domaine = Manques évoqués par chaque groupe de travail, par domaine
classeur-feuille-partenaires = Partenaires
classeur-feuille-rejets = Valeurs refusées
classeur-feuille-avertissements = Doublons, comptés une fois
classeur-feuille-fichiers = Fichiers lus
# La ligne des matrices pour les besoins donnés sans groupe de travail.
classeur-sans-groupe = Sans groupe

## En-têtes des colonnes, par colonne du CSV

classeur-col-domaine = Domaine
classeur-col-besoin = Besoin
classeur-col-public = Public
classeur-col-territoire = Territoire
classeur-col-demande-mentions = Partenaires
classeur-col-demande-personnes = Personnes
classeur-col-priorite-max = Priorité
classeur-col-offre-services = Services
classeur-col-offre-capacite = Places
classeur-col-statut = Statut
classeur-col-personnes-non-couvertes = Sans réponse
classeur-col-candidats = Candidats
classeur-col-partenaire = Partenaire
classeur-col-service = Service
classeur-col-besoins = Besoins
classeur-col-capacite = Places
classeur-col-contact = Contact
classeur-col-horaires = Horaires
classeur-col-adresse = Adresse
classeur-col-groupe = Groupe de travail
classeur-col-besoins-exprimes = Besoins exprimés
classeur-col-services-offerts = Services offerts
classeur-col-cellules-couvertes = Cellules couvertes
classeur-col-cellules-candidat = Manques où il est candidat
classeur-col-fichier = Fichier
classeur-col-feuille = Feuille
classeur-col-ligne = Ligne
classeur-col-colonne = Colonne
classeur-col-valeur = Valeur
classeur-col-raison = Raison
classeur-col-table = Table
classeur-col-lues = Lues
classeur-col-utilisees = Utilisées
classeur-col-rejetees = Rejetées
classeur-col-remarque = Remarque

## Sous la dernière ligne d'une feuille trop longue ; pied des pages imprimées

classeur-lignes-de-plus = … { $n } lignes de plus : voir { $fichier }
classeur-page = Page

## datapackage.json

classeur-datapackage-titre = Cadastre des besoins { $periode }
classeur-datapackage-description = Les tables d'une analyse trimestrielle du cadastre des besoins (cadastre, matrices des manques, partenaires, rejets, décompte des fichiers, guide des services).

## Le modèle vierge (cadastre modele) : feuilles, en-têtes, listes, mode d'emploi.
## Les en-têtes sont ceux que la lecture des fichiers reconnaît.

classeur-modele-titre = Cadastre des besoins : modèle
classeur-modele-feuille-besoins = Besoins
classeur-modele-feuille-services = Services
classeur-modele-feuille-aide = Instructions
classeur-modele-feuille-listes = Listes

classeur-entete-partenaire = Partenaire
classeur-entete-besoin = Besoin
classeur-entete-public = Public
classeur-entete-territoire = Territoire
classeur-entete-priorite = Priorité
classeur-entete-personnes = Personnes
classeur-entete-groupe = Groupe
classeur-entete-domaine = Domaine
classeur-entete-periode = Période
classeur-entete-commentaire = Commentaire
classeur-entete-service = Service
classeur-entete-capacite = Capacité
classeur-entete-contact = Contact
classeur-entete-horaires = Horaires
classeur-entete-adresse = Adresse

# La liste déroulante des priorités, de 1 à 4.
classeur-priorite-1 = faible
classeur-priorite-2 = moyenne
classeur-priorite-3 = haute
classeur-priorite-4 = urgente

# Le mode d'emploi, une ligne de la feuille par ligne du texte, un bloc par partie.
# $commune, $tous, $exemple : les libellés de la taxonomie (territoire « commune », public
# « tous », deux besoins), tels que les listes déroulantes les proposent.
classeur-aide-titre = Cadastre des besoins : modèle à remplir chaque trimestre
classeur-aide-besoins =
    Feuille « Besoins » : une ligne par besoin que vous constatez chez votre public.
      Obligatoire : Partenaire (votre organisation), Besoin, Public, Priorité.
      Territoire : une section de Waremme, ou « { $commune } » (valeur par défaut si vide).
      Priorité : faible, moyenne, haute ou urgente (ou 1 à 4, 4 = le plus urgent).
      Personnes : nombre estimé de personnes concernées ce trimestre (nombre entier), si vous le savez.
      Période : facultative, par exemple 2026-T3.
classeur-aide-services =
    Feuille « Services » : une ligne par service que vous proposez.
      Obligatoire : Partenaire, Service (son nom), Besoin, Public.
      Besoin : un ou plusieurs besoins couverts, séparés par « | » (ex. { $exemple }).
      Public : « { $tous } » si le service est ouvert à tous.
      Capacité : nombre de personnes que le service peut accueillir ce trimestre, si vous le savez.
      Contact, Horaires, Adresse : repris dans le guide des services pour les intervenants.
classeur-aide-fin =
    Choisissez les valeurs dans les listes déroulantes : elles sont reconnues telles quelles.
    Ne renommez pas les colonnes ; vous pouvez ajouter des lignes, pas de lignes de titre au-dessus des en-têtes.
    La liste complète des codes : commande « cadastre taxonomie ».
