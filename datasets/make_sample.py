#!/usr/bin/env python3
"""Génère le jeu d'exemple du cadastre des besoins : Waremme, trimestre 2026-T3.

Writes the bundled sample dataset of `cadastre`:

    datasets/waremme/2026-T3/   26 files from 25 invented partner organisations of the
                                Waremme prevention & integration pact (needs tables,
                                services tables, both, and one contact list that is not
                                a table), in every accepted format: .csv (UTF-8, UTF-8 with
                                BOM, Windows-1252; `;` or `,`; LF or CRLF), .tsv, .txt,
                                .xlsx, .xls, .ods.

The content is fixed (no randomness); workbook metadata dates and zip entry
timestamps are fixed too, so two runs give byte-identical files.
It includes a dozen deliberate mistakes and two deliberate duplicates: they are
listed in datasets/README.md, and printed at the end of a run (with the line or
sheet row number where they land).

Run from the repository root:

    python3 datasets/make_sample.py            # (re)writes datasets/waremme/2026-T3/
    python3 datasets/make_sample.py OUT_DIR    # writes the quarter into OUT_DIR instead

Dependencies (PyPI): openpyxl (xlsx), xlwt (xls), odfpy (ods)
    pip install openpyxl xlwt odfpy
"""

import csv
import datetime as dt
import os
import re
import shutil
import sys
import zipfile

import openpyxl
import xlwt
from odf import teletype
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table as OdsTable, TableCell, TableRow
from odf.text import P

PERIOD = "2026-T3"
FIXED_DATE = dt.datetime(2026, 10, 5, 9, 0, 0)  # "filled in" after the quarter
ZIP_DATE = (2026, 10, 5, 9, 0, 0)


# --------------------------------------------------------------------------- model

class Bad(list):
    """A data row that breaks the contract on purpose. `problems` = [(column, why)]."""

    def __init__(self, values, *problems):
        super().__init__(values)
        self.problems = list(problems)


class Dup(list):
    """A data row that repeats a need cell of the same partner (a warning, not an error)."""

    def __init__(self, values, note):
        super().__init__(values)
        self.note = note


BLANK = "BLANK"  # a stray empty line in a text file


class Sheet:
    def __init__(self, name, header, rows):
        self.name, self.header, self.rows = name, header, rows


class File:
    def __init__(self, name, fmt, sheets, encoding="utf-8", sep=";", eol="\n",
                 quoting=csv.QUOTE_MINIMAL, kind=""):
        self.name, self.fmt, self.sheets = name, fmt, sheets
        self.encoding, self.sep, self.eol, self.quoting = encoding, sep, eol, quoting
        self.kind = kind


FILES = []

# Usual headers
H_NEEDS = ["Partenaire", "Besoin", "Public", "Territoire", "Priorité", "Personnes",
           "Groupe", "Commentaire"]
H_SERV = ["Partenaire", "Service", "Besoin(s)", "Public", "Territoire", "Capacité",
          "Contact", "Horaires", "Adresse"]

# --------------------------------------------------------------------------- CPAS
CPAS = "CPAS de Waremme"
CPAS_ADR = "rue des Prébendiers 12, 4300 Waremme"
FILES.append(File("cpas-waremme.xlsx", "xlsx", [
    Sheet("Besoins", H_NEEDS, [
        [CPAS, "aide-alimentaire", "personnes-precarisees", "commune", 4, 95, "maillage-social", "Hausse des demandes de colis depuis l'été"],
        [CPAS, "Aide alimentaire", "familles", "waremme-centre", 3, 40, "autour-des-familles", "Surtout des familles monoparentales"],
        [CPAS, "logement-urgence", "personnes-isolees", "commune", 4, 18, "solitude-exclusion", "Aucune place d'hébergement d'urgence sur la commune"],
        [CPAS, "logement-urgence", "familles", "commune", 4, 12, "solitude-exclusion", "Expulsions, incendies"],
        [CPAS, "logement-abordable", "familles", "commune", 3, 60, "autour-des-familles", None],
        [CPAS, "logement-abordable", "personnes-precarisees", "commune", 3, 45, "maillage-social", None],
        [CPAS, "taxi-social", "aines", "oleye", 3, 9, "solitude-exclusion", "Pas de transport vers les consultations"],
        [CPAS, "taxi-social", "aines", "grand-axhe", 3, 7, "solitude-exclusion", None],
        [CPAS, "taxi-social", "aines", "bovenistier", 2, 5, "solitude-exclusion", None],
        [CPAS, "taxi-social", "aines", "waremme-centre", 2, 20, "solitude-exclusion", None],
        [CPAS, "insertion-emploi", "personnes-precarisees", "commune", 3, 40, "insertion-socioprofessionnelle", "Bénéficiaires du revenu d'intégration"],
        [CPAS, "acces-droits", "personnes-precarisees", "commune", 3, 150, "maillage-social", None],
        [CPAS, "Isolement", "Aînés", "Oleye", 3, 14, "solitude-exclusion", None],
        [CPAS, "isolement", "aines", "bovenistier", 3, 8, "solitude-exclusion", None],
        [CPAS, "visites-domicile", "aines", "commune", 2, 45, "solitude-exclusion", None],
        [CPAS, "sante-mentale", "personnes-precarisees", "commune", 3, 30, "maillage-social", "Listes d'attente au service de santé mentale"],
        [CPAS, "canicule", "personnes-isolees", "commune", 2, None, "solitude-exclusion", None],
        Bad([None, "detresse-familiale", "familles", "commune", 3, 15, "autour-des-familles", "Violences conjugales, séparations"],
            ("partenaire", "partenaire manquant (cellule vide)")),
        Bad([CPAS, "assuetudes", "personnes-precarisees", "commune", 2, -3, "maillage-social", None],
            ("personnes", "nombre négatif (-3)")),
        [CPAS, "alphabétisation", "personnes-precarisees", "commune", 3, 20, "insertion-socioprofessionnelle", "Cours de français demandés"],
        [CPAS, "accueil-communautaire", "personnes-precarisees", "waremme-centre", 3, 25, "solitude-exclusion", "Un lieu pour passer la journée au chaud"],
        [CPAS, "aide-alimentaire", "aines", "commune", 2, 12, "maillage-social", None],
        [CPAS, "colis alimentaires", "familles", "oleye", 3, 6, "autour-des-familles", "Familles sans voiture"],
        [CPAS, "soutien-parentalite", "familles", "commune", 2, 15, "autour-des-familles", None],
        [CPAS, "logement d'urgence", "jeunes", "commune", 3, 4, "prevention-jeunesse", "Jeunes majeurs en rupture"],
        [CPAS, "information-services", "tous", "commune", 2, None, "maillage-social", None],
    ]),
    Sheet("Services", H_SERV, [
        [CPAS, "Service social général (permanences)", "acces-droits|information-services", "tous", "commune", 400, "019 32 00 10", "lun-ven 9h-12h", CPAS_ADR],
        [CPAS, "Colis alimentaires d'urgence", "aide-alimentaire", "personnes-precarisees", "commune", 120, "019 32 00 10", "mar et jeu 13h-16h", CPAS_ADR],
        [CPAS, "Logements de transit", "logement-urgence", "familles", "commune", 3, "019 32 00 11", "sur rendez-vous", CPAS_ADR],
        [CPAS, "Repas à domicile", "visites-domicile", "aines", "commune", 60, "019 32 00 12", "lun-ven 11h-13h", CPAS_ADR],
        [CPAS, "Mise à l'emploi (article 60)", "insertion-emploi", "personnes-precarisees", "commune", 15.0, "isp@cpas-waremme.be", "sur rendez-vous", CPAS_ADR],
        [CPAS, "Taxi social du CPAS (centre)", "taxi-social", "aines", "waremme-centre", 25, "019 32 00 13", "lun-ven 8h-17h", CPAS_ADR],
        [CPAS, "Taxi social du CPAS (Lantremange)", "taxi-social", "aines", "lantremange", 5, "019 32 00 13", "mar et ven 8h-12h", CPAS_ADR],
        Bad([CPAS, "Médiation de dettes", "acces-droits", "personnes-precarisees", "commune", "beaucoup", "019 32 00 14", "jeu 9h-12h", CPAS_ADR],
            ("capacite", "capacité non numérique ('beaucoup')")),
    ]),
    Sheet("Notes", ["Remarques du CPAS pour le groupe de travail"], [
        ["Les chiffres sont des estimations du service social (juillet-septembre)."],
        ["Le taxi social ne dessert pas encore Oleye, Grand-Axhe ni Bovenistier."],
        ["Personne de contact : secrétariat du CPAS, 019 32 00 10."],
    ]),
], kind="besoins + services (+ feuille Notes)"))

# --------------------------------------------------------------------------- PCS
PCS = "Plan de cohésion sociale de Waremme"
PCS_ADR = "Espace citoyen, rue du Marché 3, 4300 Waremme"
H_PCS_N = ["Partenaire", "Besoin(s)", "Public", "Territoire", "Priorité", "Personne(s)",
           "Groupe", "Période", "Commentaire"]
FILES.append(File("pcs-waremme.ods", "ods", [
    Sheet("Besoins", H_PCS_N, [
        [PCS, "isolement", "aines", "lantremange", "haute", 10, "solitude-exclusion", PERIOD, None],
        [PCS, "isolement", "aines", "waremme-centre", "haute", 30, "Solitude", PERIOD, "Aînés seuls au-dessus des commerces"],
        [PCS, "activites-rencontre", "tous", "oleye", "moyenne", 25, "vivre-ensemble", PERIOD, "Village sans lieu de rencontre"],
        [PCS, "activites-rencontre", "aines", "commune", "moyenne", 40, "Vivre ensemble", PERIOD, None],
        [PCS, "volontariat", "aines", "commune", "faible", 15, "maillage-social", PERIOD, None],
        [PCS, "sentiment-insecurite", "tous", "waremme-centre", "moyenne", None, "vivre-ensemble", PERIOD, "Gare et parc communal"],
        [PCS, "incivilites-violences", "jeunes", "waremme-centre", "haute", 15, "prevention-jeunesse", PERIOD, None],
        [PCS, "decrochage-scolaire", "enfants", "grand-axhe", "moyenne", 6, "prevention-jeunesse", PERIOD, None],
        [PCS, "soutien-parentalite", "familles", "grand-axhe", "moyenne", 8, "autour-des-familles", PERIOD, None],
        [PCS, "Taxi social", "Aînés", "Lantremange", "moyenne", 6, "Solitude", PERIOD, None],
        [PCS, "canicule", "aines", "commune", "haute", 60, "maillage-social", PERIOD, "Liste des aînés à appeler en cas de fortes chaleurs"],
        [PCS, "information-services", "tous", "commune", "moyenne", None, "maillage-social", PERIOD, None],
        [PCS, "aide-alimentaire", "personnes-precarisees", "commune", "haute", 30, "maillage-social", PERIOD, None],
        [PCS, "accueil-communautaire", "personnes-isolees", "commune", "moyenne", 20, "solitude-exclusion", PERIOD, None],
        [PCS, "logement-abordable", "aines", "commune", "moyenne", 10, "maillage-social", PERIOD, None],
        [PCS, "activites-sportives", "aines", "oleye", "faible", 10, "vivre-ensemble", PERIOD, None],
        [PCS, "taxi-social", "personnes-isolees", "bleret", "moyenne", 4, "solitude-exclusion", PERIOD, None],
        [PCS, "visites-domicile", "aines", "oleye", "moyenne", 6, "solitude-exclusion", PERIOD, None],
        [PCS, "accueil-communautaire", "tous", "bovenistier", "faible", None, "vivre-ensemble", PERIOD, "Salle de village fermée"],
        [PCS, "activites-rencontre", "tous", "grand-axhe", "moyenne", 30, "vivre-ensemble", PERIOD, None],
        [PCS, "activites-rencontre", "tous", "bovenistier", "moyenne", 15, "vivre-ensemble", PERIOD, None],
    ]),
    Sheet("Services", H_SERV, [
        [PCS, "Table de l'amitié (repas communautaire)", "isolement|activites-rencontre", "aines", "waremme-centre", 30, "019 32 00 20", "mer 12h-15h", PCS_ADR],
        [PCS, "Potager collectif d'Oleye", "activites-rencontre, volontariat", "tous", "oleye", 20, "pcs@waremme.be", "sam 9h-12h", "rue du Moulin 4, 4300 Waremme (Oleye)"],
        [PCS, "Plan canicule : appels et visites aux aînés", "canicule|visites-domicile", "aines", "commune", 80, "019 32 00 20", "juin-septembre", PCS_ADR],
        [PCS, "Médiation de voisinage", "incivilites-violences|sentiment-insecurite", "tous", "waremme-centre", None, "019 32 00 21", "sur rendez-vous", PCS_ADR],
        [PCS, "Info-services à l'Espace citoyen", "information-services", "tous", "waremme-centre", None, "https://www.waremme.be/pcs", "lun-ven 9h-12h", PCS_ADR],
        [PCS, "Été solidaire (jobs étudiants chez les aînés)", "volontariat", "jeunes", "commune", 12, "pcs@waremme.be", "juillet-août", PCS_ADR],
    ]),
], kind="besoins + services"))

# --------------------------------------------------------------------------- Athénée royal
ARW = "Athénée royal de Waremme"
FILES.append(File("athenee-royal.csv", "csv", [
    Sheet(None, H_NEEDS, [
        [ARW, "decrochage-scolaire", "jeunes", "commune", "4", "45", "prevention-jeunesse", "Absentéisme en hausse au 2e degré"],
        [ARW, "Décrochage scolaire", "enfants", "commune", "3", "12", "prevention-jeunesse", "Section primaire"],
        [ARW, "sante-mentale", "jeunes", "commune", "4", "30", "prevention-jeunesse", "Anxiété, phobie scolaire ; six mois d'attente au SSM"],
        [ARW, "assuetudes", "jeunes", "commune", "3", "20", "prevention-jeunesse", "Cannabis, cigarettes électroniques"],
        [ARW, "incivilites-violences", "jeunes", "waremme-centre", "2", "", "vivre-ensemble", "Harcèlement aux abords de l'école"],
        [ARW, "detresse-familiale", "jeunes", "commune", "3", "12", "autour-des-familles", ""],
        [ARW, "activites-sportives", "jeunes", "commune", "1", "", "vivre-ensemble", ""],
        [ARW, "insertion-emploi", "jeunes", "commune", "2", "20", "insertion-socioprofessionnelle", "Élèves du qualifiant sans lieu de stage"],
        [ARW, "rencontre-employeurs", "jeunes", "commune", "2", "25", "insertion-socioprofessionnelle", ""],
        Bad([ARW, "logement-urgence", "jeunes", "commune", "très urgent", "une dizaine", "prevention-jeunesse", "Élèves en rupture familiale"],
            ("priorite", "priorité inconnue ('très urgent')"),
            ("personnes", "estimation non numérique ('une dizaine')")),
        [ARW, "maltraitance-enfance", "enfants", "commune", "3", "4", "autour-des-familles", ""],
        [ARW, "information-services", "familles", "commune", "2", "", "maillage-social", ""],
        [ARW, "activites-culturelles", "jeunes", "commune", "1", "30", "vivre-ensemble", ""],
        [ARW, "soutien-parentalite", "familles", "commune", "2", "15", "autour-des-familles", ""],
        [ARW, "accueil-communautaire", "jeunes", "waremme-centre", "2", "20", "prevention-jeunesse", "Temps de midi et après 16h"],
    ]),
], kind="besoins"))

# --------------------------------------------------------------------------- Institut Saint-Louis (cp1252)
ISL = "Institut Saint-Louis"
H_ISL = ["PARTENAIRE", "BESOIN", "PUBLIC", "TERRITOIRE", "PRIORITE", "PERSONNES", "GROUPE",
         "DOMAINE", "COMMENTAIRE"]
FILES.append(File("institut-saint-louis.csv", "csv", [
    Sheet(None, H_ISL, [
        [ISL, "DECROCHAGE SCOLAIRE ", "jeunes", "commune", "4", "35", "prevention-jeunesse", "enseignement-formation", "Élèves de 15 à 18 ans"],
        Bad([ISL, "decrochage scolair", "enfants", "commune", "3", "8", "prevention-jeunesse", "enseignement-formation", "Fondamental"],
            ("besoin", "besoin inconnu ('decrochage scolair', pour decrochage-scolaire)")),
        Bad([ISL, "absentéisme scolaire", "jeunes", "waremme-centre", "3", "15", "prevention-jeunesse", "Social", "Retards et absences répétées"],
            ("domaine", "domaine 'Social' ne correspond pas au besoin (enseignement-formation)")),
        [ISL, "Santé mentale", "jeunes", "commune", "4", "25", "prevention-jeunesse", "Santé", "Idées noires, automutilations"],
        [ISL, "assuetudes", "jeunes", "waremme-centre", "3", "15", "prevention-jeunesse", "sante", ""],
        [ISL, "Activités sportives", "jeunes", "commune", "1", "", "vivre-ensemble", "Sport", ""],
        [ISL, "incivilites-violences", "jeunes", "commune", "2", "10", "prevention-jeunesse", "securite", "Cyberharcèlement"],
        [ISL, "soutien-parentalite", "familles", "commune", "2", "20", "autour-des-familles", "social", ""],
        [ISL, "detresse-familiale", "jeunes", "commune", "3", "8", "autour-des-familles", "social", ""],
        [ISL, "insertion-emploi", "jeunes", "commune", "2", "10", "ISP", "emploi", "Après le CEB, orientation"],
        [ISL, "activites-culturelles", "jeunes", "commune", "1", "", "vivre-ensemble", "culture", "Théâtre à l'école"],
        [ISL, "rencontre-employeurs", "jeunes", "commune", "2", "15", "insertion-socioprofessionnelle", "emploi", "Stages en entreprise"],
        [ISL, "logement-urgence", "jeunes", "commune", "3", "3", "prevention-jeunesse", "logement", ""],
    ]),
], encoding="cp1252", kind="besoins"))

# --------------------------------------------------------------------------- AMO
AMO = "AMO Le Tremplin"
H_AMO_N = ["Partenaire", "Besoin", "Public", "Territoire", "Priorité", "Personnes", "Groupe",
           "Période", "Commentaire"]
Q = "2026-Q3"
FILES.append(File("amo-besoins.ods", "ods", [
    Sheet("Besoins AMO", H_AMO_N, [
        [AMO, "logement-urgence", "jeunes", "commune", "urgente", 8, "prevention-jeunesse", Q, "Jeunes de 16-18 ans à la rue après un conflit familial"],
        [AMO, "sante-mentale", "ados", "commune", "urgente", 20, "prevention-jeunesse", Q, "Aucun suivi possible avant 6 mois"],
        Bad([AMO, "assuetudes", "ados précaires", "commune", "haute", 10, "prevention-jeunesse", Q, None],
            ("public", "public inconnu ('ados précaires')")),
        [AMO, "decrochage-scolaire", "jeunes", "commune", "haute", 25, "prevention-jeunesse", Q, None],
        [AMO, "decrochage-scolaire", "jeunes", "oleye", "haute", 6, "prevention-jeunesse", Q, None],
        [AMO, "incivilites-violences", "jeunes", "waremme-centre", "moyenne", 10, "prevention-jeunesse", Q, None],
        [AMO, "detresse-familiale", "familles", "commune", "haute", 15, "autour-des-familles", Q, None],
        [AMO, "maltraitance-enfance", "enfants", "commune", "haute", 6, "autour-des-familles", Q, None],
        [AMO, "insertion-emploi", "jeunes", "commune", "moyenne", 10, "insertion-socioprofessionnelle", Q, None],
        [AMO, "activites-sportives", "jeunes", "Grand Axhe", "moyenne", 12, "vivre-ensemble", Q, None],
        [AMO, "accueil-communautaire", "jeunes", "grand-axhe", "moyenne", 10, "prevention-jeunesse", Q, "Pas de lieu pour les jeunes dans les villages"],
        [AMO, "accueil-communautaire", "jeunes", "oleye", "moyenne", 8, "prevention-jeunesse", Q, None],
        [AMO, "taxi-social", "jeunes", "grand-axhe", "faible", None, "prevention-jeunesse", Q, None],
        [AMO, "soutien-parentalite", "familles", "commune", "moyenne", 20, "autour-des-familles", Q, None],
        [AMO, "acces-droits", "jeunes", "commune", "moyenne", 12, "maillage-social", Q, None],
        Bad([AMO, "activites-culturelles", "jeunes", "commune", "faible", 15, "vivre-ensemble", "2026-T2", "Ligne reprise du trimestre précédent"],
            ("periode", "période 2026-T2 différente du trimestre analysé (2026-T3)")),
        [AMO, "assuetudes", "jeunes", "oleye", "moyenne", 5, "prevention-jeunesse", Q, None],
        [AMO, "sante-mentale", "familles", "commune", "haute", 10, "autour-des-familles", Q, None],
    ]),
], kind="besoins"))

AMO_ADR = "rue Joseph Wauters 41, 4300 Waremme"
FILES.append(File("amo-services.tsv", "tsv", [
    Sheet(None, ["partenaire", "service", "besoins", "public", "territoire", "capacite",
                 "contact", "horaires", "adresse"], [
        [AMO, "Accompagnement individuel et familial", "decrochage-scolaire|detresse-familiale|acces-droits", "jeunes", "commune", "30", "019 32 00 30", "lun-ven 9h-17h", AMO_ADR],
        [AMO, "Travail de rue", "incivilites-violences, assuetudes", "jeunes", "waremme-centre", "40", "019 32 00 31", "mar-sam 14h-20h", AMO_ADR],
        [AMO, "École de devoirs « Les Cartables »", "decrochage-scolaire", "enfants", "waremme-centre", "20", "edd@amo-letremplin.be", "lun-jeu 15h30-17h30", AMO_ADR],
        [AMO, "Groupe de parole pour parents d'ados", "soutien-parentalite", "familles", "waremme-centre", "12", "019 32 00 30", "1er jeudi du mois 19h-21h", AMO_ADR],
    ]),
], sep="\t", kind="services"))

# --------------------------------------------------------------------------- Maison de jeunes
MJ = "Maison de jeunes L'Escale"
MJ_ADR = "rue de la Gare 27, 4300 Waremme"
FILES.append(File("mj-lescale.xlsx", "xlsx", [
    Sheet("besoins", ["Partenaire", "Besoin", "Public", "Territoire", "Priorité", "Personnes", "Groupe"], [
        [MJ, "sante-mentale", "jeunes", "commune", 3, 15, "prevention-jeunesse"],
        [MJ, "logement-urgence", "jeunes", "commune", 4, 5, "prevention-jeunesse"],
        [MJ, "accueil-communautaire", "jeunes", "grand-axhe", 3, 12, "prevention-jeunesse"],
        [MJ, "accueil-communautaire", "jeunes", "bleret", 2, 6, "prevention-jeunesse"],
        [MJ, "activites-sportives", "jeunes", "oleye", 2, 10, "vivre-ensemble"],
        [MJ, "insertion-emploi", "jeunes", "commune", 2, 12, "insertion-socioprofessionnelle"],
        [MJ, "incivilites-violences", "jeunes", "waremme-centre", 2, 10, "prevention-jeunesse"],
        [MJ, "assuetudes", "jeunes", "waremme-centre", 3, 12, "prevention-jeunesse"],
        [MJ, "taxi-social", "jeunes", "bleret", 1, None, "prevention-jeunesse"],
        [MJ, "activites-culturelles", "jeunes", "commune", 2, 40, "vivre-ensemble"],
        [MJ, "volontariat", "jeunes", "commune", 1, 10, "vivre-ensemble"],
        [MJ, "accueil-communautaire", "jeunes", "oleye", 2, 8, "prevention-jeunesse"],
        [MJ, "accueil-communautaire", "jeunes", "lantremange", 2, 5, "prevention-jeunesse"],
    ]),
    Sheet("services", H_SERV, [
        [MJ, "Accueil libre", "accueil-communautaire|activites-rencontre", "jeunes", "waremme-centre", 35, "019 32 00 40", "mer-sam 14h-20h", MJ_ADR],
        [MJ, "Ateliers musique et vidéo", "activites-culturelles", "jeunes", "commune", 25, "019 32 00 40", "mer 14h-18h", MJ_ADR],
        [MJ, "Futsal du mercredi", "activites-sportives", "jeunes", "commune", 20, "019 32 00 40", "mer 16h-18h", "Hall omnisports, 4300 Waremme"],
        [MJ, "Chantiers jeunes citoyens", "volontariat", "jeunes", "commune", 10, "https://www.mj-lescale.be", "vacances scolaires", MJ_ADR],
    ]),
], kind="besoins + services"))

# --------------------------------------------------------------------------- Police (comma, quoted)
POL = "Zone de police Hesbaye"
H_POL = ["Partenaire", "Besoin", "Public", "Territoire", "Priorite", "Personnes", "Domaine",
         "Groupe", "Commentaire"]
FILES.append(File("police-hesbaye.csv", "csv", [
    Sheet(None, H_POL, [
        [POL, "sentiment-insecurite", "tous", "waremme-centre", 3, "", "securite", "vivre-ensemble", "Gare, parc et abords de la place"],
        [POL, "sentiment-insecurite", "tous", "oleye", 2, "", "securite", "vivre-ensemble", "Cambriolages, démarchage"],
        [POL, "Sentiment d'insécurité", "aines", "bovenistier", 3, 15, "Sécurité", "solitude-exclusion", "Personnes âgées seules, vols par ruse"],
        [POL, "sentiment-insecurite", "aines", "grand-axhe", 2, 10, "securite", "solitude-exclusion", ""],
        [POL, "incivilites-violences", "jeunes", "waremme-centre", 3, 25, "securite", "prevention-jeunesse", "Rassemblements, dégradations"],
        [POL, "incivilites-violences", "tous", "lantremange", 2, "", "securite", "vivre-ensemble", "Dépôts clandestins"],
        [POL, "Violences", "familles", "commune", 4, 30, "securite", "autour-des-familles", "Violences intrafamiliales, 30 interventions"],
        [POL, "detresse-familiale", "familles", "commune", 3, 20, "social", "autour-des-familles", ""],
        Bad([POL, "assuetudes", "jeunes", "waremme-centre", 3, "12,5", "sante", "prevention-jeunesse", "Moyenne mensuelle, trafic, consommation"],
            ("personnes", "estimation non entière ('12,5')")),
        [POL, "isolement", "aines", "commune", 2, 20, "social", "solitude-exclusion", "Aînés isolés signalés par les agents de quartier"],
        Bad([POL, "logement-urgence", "personnes-isolees", "commune", 5, 6, "logement", "solitude-exclusion", "Personnes sans abri, gare"],
            ("priorite", "priorité hors de l'échelle 1-4 (5)")),
        [POL, "information-services", "tous", "commune", 1, "", "social", "maillage-social", ""],
        [POL, "sentiment-insecurite", "tous", "bleret", 1, "", "securite", "vivre-ensemble", ""],
        [POL, "sentiment-insecurite", "tous", "bettincourt", 1, "", "securite", "vivre-ensemble", ""],
        [POL, "sentiment-insecurite", "tous", "lantremange", 2, "", "securite", "vivre-ensemble", "Vitesse excessive, rue de Lantremange"],
        [POL, "incivilites-violences", "jeunes", "grand-axhe", 2, 8, "securite", "prevention-jeunesse", "Abri de bus dégradé"],
    ]),
], sep=",", quoting=csv.QUOTE_NONNUMERIC, kind="besoins"))

# --------------------------------------------------------------------------- Santé mentale (xls)
SSM = "Service de santé mentale de Waremme"
SSM_ADR = "rue Edmond Leburton 8, 4300 Waremme"
FILES.append(File("ssm-waremme.xls", "xls", [
    Sheet("Besoins", H_NEEDS, [
        [SSM, "sante-mentale", "jeunes", "commune", 4, 40, "prevention-jeunesse", "Pas d'équipe adolescents ; liste d'attente de 6 mois"],
        [SSM, "sante-mentale", "enfants", "commune", 4, 25, "autour-des-familles", None],
        [SSM, "sante-mentale", "personnes-precarisees", "commune", 3, 35, "maillage-social", None],
        [SSM, "sante-mentale", "aines", "commune", 2, 15, "solitude-exclusion", None],
        [SSM, "assuetudes", "personnes-precarisees", "commune", 3, 25, "maillage-social", None],
        [SSM, "assuetudes", "jeunes", "commune", 3, 20, "prevention-jeunesse", None],
        [SSM, "isolement", "personnes-isolees", "commune", 3, 30, "solitude-exclusion", None],
        [SSM, "logement-urgence", "personnes-isolees", "commune", 3, 6, "solitude-exclusion", "Patients sortant d'hospitalisation"],
        [SSM, "sante-mentale", "familles", "commune", 3, 20, "autour-des-familles", None],
        [SSM, "sante-mentale", "personnes-isolees", "commune", 3, 15, "solitude-exclusion", None],
    ]),
    Sheet("Services", H_SERV, [
        [SSM, "Consultations psychologiques adultes", "sante-mentale", "personnes-precarisees", "commune", 40, "019 32 00 50", "lun-ven 9h-18h", SSM_ADR],
        [SSM, "Consultations enfants (0-12 ans)", "sante-mentale", "enfants", "commune", 8, "019 32 00 50", "mer 13h-18h", SSM_ADR],
        [SSM, "Groupe de soutien aux aidants proches", "sante-mentale", "aines", "commune", 10, "019 32 00 51", "2e mardi du mois", SSM_ADR],
        [SSM, "Cellule assuétudes", "assuetudes", "tous", "commune", None, "assuetudes@ssm-waremme.be", "sur rendez-vous", SSM_ADR],
    ]),
], kind="besoins + services"))

# --------------------------------------------------------------------------- CLPS (.txt, tab)
CLPS = "Centre local de promotion de la santé Huy-Waremme"
T3 = "T3 2026"
FILES.append(File("clps-huy-waremme.txt", "txt", [
    Sheet(None, ["Partenaire", "Besoin", "Public", "Territoire", "Priorité", "Personnes", "Groupe",
                 "Domaine", "Période", "Commentaire"], [
        [CLPS, "Santé mentale", "Jeunes", "commune", "haute", "", "prevention-jeunesse", "Santé", T3, "Demande récurrente des écoles"],
        [CLPS, "Assuétudes", "Jeunes", "commune", "haute", "", "Prévention jeunesse", "santé", T3, ""],
        [CLPS, "Plan canicule", "Aînés", "commune", "moyenne", "", "maillage-social", "Santé", T3, ""],
        [CLPS, "fortes chaleurs", "personnes isolées", "commune", "moyenne", "", "maillage-social", "Santé", T3, ""],
        [CLPS, "activités physiques", "Personnes âgées", "commune", "faible", "", "vivre-ensemble", "Sport", T3, "Prévention des chutes"],
        [CLPS, "souffrance psychique", "demandeurs d'emploi", "commune", "moyenne", "", "ISP", "Santé", T3, ""],
        [CLPS, "Isolement social", "Personnes âgées", "commune", "moyenne", "", "Solitude", "social", T3, ""],
        [CLPS, "Aide alimentaire", "familles", "commune", "moyenne", "", "autour-des-familles", "Social", T3, "Alimentation saine à petit budget"],
        [CLPS, "Assuétudes", "tout public", "commune", "moyenne", "", "maillage-social", "Santé", T3, "Alcool"],
        [CLPS, "santé mentale", "tout public", "commune", "moyenne", "", "maillage-social", "Santé", T3, ""],
    ]),
], sep="\t", kind="besoins"))

# --------------------------------------------------------------------------- Maison de l'emploi (CRLF)
ME = "Maison de l'emploi de Waremme"
ME_ADR = "rue Ernest Malvoz 2, 4300 Waremme"
FILES.append(File("maison-emploi.csv", "csv", [
    Sheet(None, ["Partenaire", "Service", "Besoins", "Public", "Territoire", "Capacite",
                 "Contact", "Horaires", "Adresse"], [
        [ME, "Accompagnement individualisé", "insertion-emploi", "demandeurs-emploi", "commune", "150", "019 32 00 60", "lun-ven 9h-12h", ME_ADR],
        [ME, "Job dating Hesbaye", "rencontre-employeurs", "demandeurs-emploi", "commune", "60", "https://www.maison-emploi-waremme.be", "un jeudi par mois", ME_ADR],
        [ME, "Espace ordinateurs en libre-service", "information-services|insertion-emploi", "tous", "waremme-centre", "", "019 32 00 60", "lun-ven 9h-16h", ME_ADR],
        [ME, "Atelier CV et lettres pour les jeunes", "insertion-emploi", "jeunes", "commune", "15", "019 32 00 61", "mer 13h-16h", ME_ADR],
    ]),
], eol="\r\n", kind="services"))

# --------------------------------------------------------------------------- MIRE (English headers)
MIRE = "Mission régionale pour l'emploi de Hesbaye"
MIRE_ADR = "rue de Huy 90, 4300 Waremme"
FILES.append(File("mire-hesbaye.xlsx", "xlsx", [
    Sheet("Services", ["Partner", "Service", "Need", "Audience", "Territory", "Capacity",
                       "Contact", "Hours", "Address"], [
        [MIRE, "Job coaching", "insertion-emploi|rencontre-employeurs", "demandeurs-emploi", "commune", 40, "019 32 00 70", "Mon-Fri 9am-5pm", MIRE_ADR],
        [MIRE, "Logistics pre-training", "formation-adultes, insertion-emploi", "job seekers", "whole municipality", 12, "019 32 00 71", "Mon-Thu 8.30am-4pm", MIRE_ADR],
        [MIRE, "Follow-up after hiring", "insertion-emploi", "personnes-precarisees", "commune", 10, "contact@mire-hesbaye.be", "by appointment", MIRE_ADR],
    ]),
], kind="services"))

# --------------------------------------------------------------------------- Relais social (English headers)
RS = "Relais social de Hesbaye"
P3 = "2026Q3"
FILES.append(File("relais-social.csv", "csv", [
    Sheet(None, ["Partner", "Need", "Audience", "Territory", "Priority", "People", "Group",
                 "Period", "Comment"], [
        [RS, "logement-urgence", "personnes-isolees", "commune", "4", "25", "solitude-exclusion", P3, "No emergency shelter in Waremme, nearest is in Liège"],
        [RS, "logement-urgence", "familles", "commune", "4", "6", "solitude-exclusion", P3, ""],
        [RS, "aide-alimentaire", "personnes-precarisees", "commune", "3", "40", "maillage-social", P3, ""],
        [RS, "acces-droits", "personnes-isolees", "commune", "3", "20", "maillage-social", P3, ""],
        [RS, "accueil-communautaire", "personnes-precarisees", "waremme-centre", "3", "30", "solitude-exclusion", P3, "A day centre is needed"],
        [RS, "accueil-communautaire", "personnes-isolees", "commune", "3", "15", "solitude-exclusion", P3, ""],
        [RS, "sante-mentale", "personnes-precarisees", "commune", "3", "", "maillage-social", P3, ""],
        [RS, "assuetudes", "personnes-precarisees", "commune", "3", "15", "maillage-social", P3, ""],
        [RS, "insertion-emploi", "personnes-precarisees", "commune", "2", "15", "insertion-socioprofessionnelle", P3, ""],
        [RS, "logement-abordable", "personnes-precarisees", "commune", "3", "15", "maillage-social", P3, ""],
        [RS, "formation-adultes", "personnes-precarisees", "commune", "2", "10", "insertion-socioprofessionnelle", P3, "Literacy"],
        [RS, "taxi-social", "personnes-precarisees", "commune", "2", "10", "maillage-social", P3, "Trips to the Liège shelters"],
        [RS, "logement-urgence", "personnes-precarisees", "commune", "4", "12", "solitude-exclusion", P3, ""],
        [RS, "information-services", "all", "commune", "1", "", "maillage-social", P3, ""],
    ]),
], kind="besoins"))

# --------------------------------------------------------------------------- Croix-Rouge (cp1252, CRLF)
CR = "Croix-Rouge - section de Waremme"
CR_ADR = "rue de Huy 18, 4300 Waremme"
FILES.append(File("croix-rouge-waremme.csv", "csv", [
    Sheet(None, H_SERV, [
        [CR, "Distribution de colis alimentaires", "Aide alimentaire", "Personnes précarisées", "commune", "90", "019 32 00 80", "ven 13h-16h", CR_ADR],
        [CR, "Visites aux personnes isolées", "Visites à domicile|Isolement", "Personnes isolées", "Toute la commune", "25", "019 32 00 81", "lun-ven", CR_ADR],
        [CR, "Vestiboutique", "accueil-communautaire", "Tous publics", "waremme-centre", "", "019 32 00 80", "mar et sam 9h-12h", CR_ADR],
        [CR, "Taxi social bénévole", "Taxi social", "Aînés", "Bettincourt", "10", "019 32 00 82", "sur réservation 48h à l'avance", CR_ADR],
    ]),
], encoding="cp1252", eol="\r\n", kind="services"))

# --------------------------------------------------------------------------- Épicerie sociale
EPI = "Épicerie sociale Le Panier hesbignon"
EPI_ADR = "rue des Tilleuls 8, 4300 Waremme"
FILES.append(File("epicerie-sociale.csv", "csv", [
    Sheet(None, ["Partenaire", "Service", "Besoin", "Public", "Territoire", "Capacité",
                 "Contact", "Horaires", "Adresse"], [
        [EPI, "Épicerie sociale (achats à prix réduits)", "aide-alimentaire", "personnes-precarisees", "waremme-centre", "45", "019 32 00 90", "mar, jeu 9h-12h", EPI_ADR],
        [EPI, "Ateliers cuisine à petit budget", "aide-alimentaire,activites-rencontre", "familles", "waremme-centre", "12", "epicerie@panier-hesbignon.be", "1 jeudi sur 2, 13h-16h", EPI_ADR],
        [EPI, "Livraison de colis aux aînés", " AIDE ALIMENTAIRE ", "Personnes âgées", "commune", "10", "019 32 00 90", "ven 9h-12h", EPI_ADR],
    ]),
], kind="services"))

# --------------------------------------------------------------------------- Espace Seniors (blank line)
ES = "Espace Seniors de Waremme"
FILES.append(File("espace-seniors.csv", "csv", [
    Sheet(None, H_NEEDS, [
        Dup([ES, "isolement", "aines", "oleye", "3", "12", "solitude-exclusion", "Village sans commerce ni transport"],
            "même cellule isolement/aines/oleye que groupe-solitude.ods (même partenaire, autre graphie)"),
        [ES, "isolement", "aines", "bovenistier", "3", "9", "solitude-exclusion", ""],
        [ES, "Isolement", "Personnes âgées", "Lantremange", "2", "6", "solitude-exclusion", ""],
        [ES, "isolement", "aines", "waremme-centre", "2", "25", "solitude-exclusion", ""],
        [ES, "taxi-social", "aines", "oleye", "4", "10", "solitude-exclusion", "Rendez-vous médicaux à Liège"],
        [ES, "taxi-social", "aines", "grand-axhe", "3", "6", "solitude-exclusion", ""],
        [ES, "Transport social", "Seniors", "Bovenistier", "3", "4", "solitude-exclusion", ""],
        BLANK,
        [ES, "visites-domicile", "aines", "commune", "3", "30", "solitude-exclusion", ""],
        [ES, "canicule", "aines", "commune", "3", "40", "maillage-social", ""],
        Bad([ES, "aide alimentair", "aines", "commune", "2", "10", "maillage-social", "Petites pensions"],
            ("besoin", "besoin inconnu ('aide alimentair', pour aide-alimentaire)")),
        [ES, "activites-rencontre", "aines", "commune", "2", "35", "vivre-ensemble", ""],
        [ES, "activites-sportives", "aines", "commune", "1", "20", "vivre-ensemble", ""],
        [ES, "sentiment-insecurite", "aines", "oleye", "2", "8", "vivre-ensemble", ""],
        [ES, "volontariat", "aines", "commune", "1", "", "maillage-social", "Aînés prêts à s'engager"],
        [ES, "acces-droits", "aines", "commune", "2", "15", "maillage-social", ""],
        [ES, "sante-mentale", "aines", "commune", "2", "", "solitude-exclusion", ""],
        [ES, "isolement", "aines", "grand-axhe", "2", "12", "solitude-exclusion", ""],
        [ES, "logement-abordable", "aines", "commune", "2", "", "maillage-social", "Logements adaptés (PMR)"],
        Bad([ES, "information-services", "aines", "commune", "", "10", "maillage-social", ""],
            ("priorite", "priorité manquante (cellule vide)")),
        [ES, "taxi-social", "aines", "bettincourt", "2", "5", "solitude-exclusion", ""],
        [ES, "taxi-social", "aines", "bleret", "2", "3", "solitude-exclusion", ""],
        [ES, "isolement", "aines", "bleret", "2", "4", "solitude-exclusion", ""],
        [ES, "canicule", "personnes-isolees", "commune", "3", "15", "maillage-social", "Aînés vivant seuls"],
    ]),
], kind="besoins"))

# --------------------------------------------------------------------------- Ligue des familles (BOM)
LF = "Ligue des familles - section de Waremme"
FILES.append(File("ligue-familles.csv", "csv", [
    Sheet(None, H_NEEDS, [
        [LF, "Soutien à la parentalité", "Familles", "commune", "moyenne", "30", "autour-des-familles", "Parents d'adolescents"],
        [LF, "detresse-familiale", "familles", "commune", "haute", "10", "autour-des-familles", ""],
        Dup([LF, "soutien-parentalite", "familles", "commune", "élevée", "25", "autour-des-familles", "Même besoin, noté à la deuxième réunion"],
            "même cellule soutien-parentalite/familles/commune que la ligne 2 (30 personnes, moyenne)"),
        [LF, "soutien-parentalite", "familles", "grand-axhe", "moyenne", "6", "autour-des-familles", ""],
        [LF, "activites-culturelles", "enfants", "commune", "faible", "40", "vivre-ensemble", ""],
        [LF, "activites-sportives", "enfants", "commune", "moyenne", "50", "vivre-ensemble", ""],
        [LF, "taxi-social", "familles", "bleret", "faible", "3", "autour-des-familles", ""],
        [LF, "logement-abordable", "familles", "commune", "haute", "25", "autour-des-familles", ""],
        [LF, "aide-alimentaire", "familles", "waremme-centre", "haute", "15", "autour-des-familles", ""],
        [LF, "maltraitance-enfance", "enfants", "commune", "urgente", "8", "autour-des-familles", ""],
        [LF, "information-services", "familles", "commune", "faible", "", "maillage-social", ""],
        [LF, "decrochage-scolaire", "enfants", "commune", "moyenne", "10", "prevention-jeunesse", ""],
        [LF, "accueil-communautaire", "familles", "commune", "faible", "", "autour-des-familles", "Lieu de rencontre parents-enfants"],
        [LF, "activites-rencontre", "familles", "commune", "faible", "20", "vivre-ensemble", ""],
        [LF, "Isolement social", "parents", "commune", "moyenne", "15", "solitude-exclusion", "Parents solos"],
    ]),
], encoding="utf-8-sig", kind="besoins"))

# --------------------------------------------------------------------------- ONE
ONE = "ONE - consultations de Waremme"
ONE_ADR = "rue du Baloir 5, 4300 Waremme"
FILES.append(File("one-waremme.xlsx", "xlsx", [
    Sheet("Besoins", ["Partenaire", "Besoin", "Public", "Territoire", "Priorité", "Personnes",
                      "Groupe", "Domaine"], [
        [ONE, "soutien-parentalite", "familles", "grand-axhe", 3, 10, "autour-des-familles", "social"],
        [ONE, "soutien-parentalite", "familles", "oleye", 2, 8, "autour-des-familles", "social"],
        [ONE, "soutien-parentalite", "familles", "waremme-centre", 2, 90, "autour-des-familles", "social"],
        [ONE, "maltraitance-enfance", "enfants", "commune", 4, 5, "autour-des-familles", "social"],
        [ONE, "detresse-familiale", "familles", "commune", 3, 12, "autour-des-familles", "social"],
        [ONE, "sante-mentale", "enfants", "commune", 3, 10, "autour-des-familles", "sante"],
        [ONE, "aide-alimentaire", "familles", "waremme-centre", 3, 20, "autour-des-familles", "social"],
        [ONE, "logement-abordable", "familles", "commune", 2, None, "autour-des-familles", "logement"],
        [ONE, "taxi-social", "familles", "grand-axhe", 2, 5, "autour-des-familles", "social"],
        [ONE, "canicule", "enfants", "commune", 2, None, "autour-des-familles", "sante"],
        [ONE, "soutien-parentalite", "familles", "bleret", 2, 12, "autour-des-familles", "social"],
        [ONE, "soutien-parentalite", "familles", "lantremange", 2, 5, "autour-des-familles", "social"],
        [ONE, "soutien-parentalite", "familles", "bovenistier", 2, 4, "autour-des-familles", "social"],
    ]),
    Sheet("Services", H_SERV, [
        [ONE, "Consultation pour enfants de Waremme", "soutien-parentalite", "familles", "waremme-centre", 110, "019 32 01 00", "lun, mer, ven 9h-12h", ONE_ADR],
        [ONE, "Consultation décentralisée de Bleret", "soutien-parentalite", "familles", "bleret", 25, "019 32 01 00", "2e mardi du mois", "salle du village, 4300 Waremme (Bleret)"],
        [ONE, "Accompagnement médico-social périnatal", "maltraitance-enfance|detresse-familiale", "enfants", "commune", 6, "019 32 01 01", "sur rendez-vous", ONE_ADR],
    ]),
], kind="besoins + services"))

# --------------------------------------------------------------------------- Logement public (cp1252, CRLF)
LOG = "Logis hesbignon - logement public"
FILES.append(File("logis-hesbignon.csv", "csv", [
    Sheet(None, ["Partenaire", "Besoin", "Public", "Territoire", "Priorité", "Personnes", "Groupe",
                 "Domaine", "Commentaire"], [
        [LOG, "Logement abordable", "familles", "commune", "4", "120", "autour-des-familles", "logement", "Candidats locataires en attente"],
        [LOG, "logement social", "personnes isolées", "commune", "3", "70", "solitude-exclusion", "Logement", "Demandes de 1 chambre"],
        [LOG, "logement-abordable", "aines", "commune", "3", "30", "solitude-exclusion", "logement", "Logements adaptés, plain-pied"],
        [LOG, "logement-abordable", "personnes-precarisees", "commune", "3", "50", "maillage-social", "logement", ""],
        [LOG, "logement-urgence", "familles", "commune", "3", "4", "autour-des-familles", "logement", ""],
        [LOG, "isolement", "aines", "bleret", "2", "5", "solitude-exclusion", "social", ""],
        [LOG, "incivilites-violences", "tous", "waremme-centre", "2", "", "vivre-ensemble", "securite", "Cité des Lilas : dégradations"],
        [LOG, "sentiment-insecurite", "aines", "waremme-centre", "2", "12", "vivre-ensemble", "Sécurité", "Halls d'immeubles"],
        [LOG, "acces-droits", "personnes-precarisees", "commune", "2", "", "maillage-social", "social", ""],
        [LOG, "logement-urgence", "personnes-isolees", "commune", "3", "8", "solitude-exclusion", "logement", "Locataires expulsés"],
        [LOG, "taxi-social", "aines", "oleye", "2", "3", "solitude-exclusion", "social", ""],
    ]),
], encoding="cp1252", eol="\r\n", kind="besoins"))

# --------------------------------------------------------------------------- AIS
AIS = "AIS Hesbaye Habitat"
AIS_ADR = "avenue des Prés 21, 4300 Waremme"
FILES.append(File("ais-hesbaye-habitat.xlsx", "xlsx", [
    Sheet("Feuil1", H_SERV, [
        [AIS, "Prise en gestion de logements privés", "logement-abordable", "personnes-precarisees", "commune", 18, "019 32 01 10", "lun-ven 9h-12h", AIS_ADR],
        [AIS, "Guidance locative", "logement-abordable|acces-droits", "familles", "commune", 20, "019 32 01 11", "sur rendez-vous", AIS_ADR],
        [AIS, "Permanence logement", "logement-abordable, information-services", "tous", "waremme-centre", 15.0, "info@ais-hesbaye-habitat.be", "mer 9h-12h", AIS_ADR],
    ]),
], kind="services"))

# --------------------------------------------------------------------------- Centre culturel
CC = "Centre culturel de Waremme"
CC_ADR = "place de l'Hôtel de Ville 2, 4300 Waremme"
FILES.append(File("centre-culturel.xlsx", "xlsx", [
    Sheet("Offre", H_SERV, [
        [CC, "Ateliers créatifs intergénérationnels", "activites-culturelles|activites-rencontre", "tous", "commune", 60, "019 32 01 20", "sam 10h-12h", CC_ADR],
        [CC, "Saison jeune public", "Activités culturelles", "Enfants", "commune", 200, "https://www.ccwaremme.be", "mer 15h", CC_ADR],
        [CC, "Ciné-seniors", "activites-culturelles, isolement", "aines", "waremme-centre", 40, "019 32 01 20", "1er lundi du mois 14h", CC_ADR],
        [CC, "Fête de village de Grand-Axhe", "activites-rencontre", "tous", "Grand Axhe", None, "019 32 01 21", "septembre", "place de Grand-Axhe, 4300 Waremme"],
    ]),
], kind="services"))

# --------------------------------------------------------------------------- Sports
SP = "Service des sports de la Ville de Waremme"
SP_ADR = "Hall omnisports, rue des Sports 1, 4300 Waremme"
FILES.append(File("service-sports.xlsx", "xlsx", [
    Sheet("Services", H_SERV, [
        [SP, "Sport pour tous au hall omnisports", "activites-sportives", "tous", "waremme-centre", 150, "019 32 01 30", "lun-ven 17h-22h", SP_ADR],
        [SP, "Gym douce seniors", "activites-sportives", "aines", "commune", 25, "019 32 01 30", "mar et jeu 10h-11h", SP_ADR],
        [SP, "Stages sportifs de vacances", "activites-sportives", "enfants", "commune", 80, "sports@waremme.be", "vacances scolaires 9h-16h", SP_ADR],
        [SP, "Je cours pour ma forme", "activités physiques", "tous", "oleye", 30, "019 32 01 31", "dim 9h", "terrain de football, 4300 Waremme (Oleye)"],
    ]),
], kind="services"))

# --------------------------------------------------------------------------- Bibliothèque (xls)
BIB = "Bibliothèque communale de Waremme"
BIB_ADR = "rue de la Station 20, 4300 Waremme"
FILES.append(File("bibliotheque-waremme.xls", "xls", [
    Sheet("Services", H_SERV, [
        [BIB, "Espace public numérique", "information-services|acces-droits|formation-adultes", "tous", "waremme-centre", 30, "019 32 01 40", "mar-sam 10h-17h", BIB_ADR],
        [BIB, "Bibliobus des villages", "activites-culturelles|isolement", "aines", "grand-axhe", 15, "019 32 01 41", "2e et 4e jeudi 14h-16h", "place de Grand-Axhe, 4300 Waremme"],
        [BIB, "Heure du conte", "activites-culturelles|soutien-parentalite", "enfants", "commune", 40, "bibliotheque@waremme.be", "mer 15h-16h", BIB_ADR],
    ]),
], kind="services"))

# --------------------------------------------------------------------------- Alpha (two partners)
AO = "Alpha Hesbaye d'Oleye"
AB = "Alpha Hesbaye de Bovenistier"
FILES.append(File("alpha-hesbaye.csv", "csv", [
    Sheet(None, ["Partenaire", "Service", "Besoin", "Public", "Territoire", "Capacité", "Contact",
                 "Horaires", "Adresse"], [
        [AO, "Cours d'alphabétisation", "formation-adultes", "tous", "oleye", "15", "019 32 01 50", "lun et jeu 9h-12h", "rue du Moulin 6, 4300 Waremme (Oleye)"],
        [AB, "Français langue étrangère", "alphabétisation", "demandeurs-emploi", "bovenistier", "12", "019 32 01 51", "mar et ven 13h-16h", "rue de l'Église 3, 4300 Waremme (Bovenistier)"],
        [AB, "Table de conversation", "formation-adultes|activites-rencontre", "tous", "bovenistier", "10", "019 32 01 51", "mer 18h-20h", "rue de l'Église 3, 4300 Waremme (Bovenistier)"],
    ]),
], kind="services"))

# --------------------------------------------------------------------------- GT solitude (consolidated, name variants)
GT = "Solitude et exclusion"
FILES.append(File("groupe-solitude.ods", "ods", [
    Sheet("Besoins GT solitude", H_NEEDS, [
        Dup(["espace seniors de  waremme ", "Isolement", "Personnes âgées", "Oleye", "urgente", None, GT, "Relevé en réunion du groupe de travail"],
            "même cellule isolement/aines/oleye qu'espace-seniors.csv ligne 2 (12 personnes, priorité 3)"),
        ["cpas de  waremme ", "isolement", "personnes-isolees", "commune", "haute", 20, GT, None],
        ["Croix-Rouge - Section de Waremme", "isolement", "personnes-isolees", "commune", 3, 25, GT, None],
        ["Croix-Rouge - Section de Waremme", "visites-domicile", "personnes-isolees", "bovenistier", 2, 5, GT, None],
        ["Plan de cohesion sociale de Waremme", "isolement", "aines", "bleret", "moyenne", 5, GT, None],
        ["Femmes en Hesbaye", "isolement", "personnes-isolees", "commune", "haute", 15, GT, "Femmes seules après une séparation"],
        ["Femmes en Hesbaye", "accueil-communautaire", "personnes-isolees", "commune", "moyenne", 10, GT, None],
        ["Femmes en Hesbaye", "hébergement d'urgence", "familles", "commune", "urgente", 5, GT, "Mères avec enfants fuyant les violences"],
        ["Femmes en Hesbaye", "incivilites-violences", "familles", "commune", "urgente", 12, GT, "Violences conjugales"],
        ["Femmes en Hesbaye", "taxi-social", "personnes-isolees", "oleye", "moyenne", 4, GT, None],
        ["espace seniors de  waremme ", "taxi-social", "aines", "lantremange", "moyenne", 3, GT, None],
        ["cpas de  waremme ", "canicule", "Personnes âgées", "commune", "haute", 25, GT, None],
        ["Plan de cohesion sociale de Waremme", "volontariat", "personnes-isolees", "commune", "faible", None, GT, None],
        ["Espace Seniors de Waremme", "isolement", "aines", "bettincourt", "haute", 7, GT, None],
        ["Femmes en Hesbaye", "soutien-parentalite", "familles", "commune", "moyenne", 10, GT, None],
        ["Femmes en Hesbaye", "acces-droits", "personnes-isolees", "commune", "moyenne", 8, GT, None],
        ["cpas de  waremme ", "visites-domicile", "personnes-isolees", "commune", "moyenne", 10, GT, None],
    ]),
], kind="besoins (plusieurs partenaires)"))

# --------------------------------------------------------------------------- not a table
FILES.append(File("annuaire-contacts.xlsx", "xlsx", [
    Sheet("Contacts", ["Nom", "Téléphone", "E-mail"], [
        ["Secrétariat du CPAS", "019 32 00 10", "secretariat@cpas-waremme.be"],
        ["Coordination PCS", "019 32 00 20", "pcs@waremme.be"],
        ["Accueil AMO Le Tremplin", "019 32 00 30", "accueil@amo-letremplin.be"],
        ["Maison de l'emploi", "019 32 00 60", "info@maison-emploi-waremme.be"],
    ]),
], kind="ni besoins ni services (liste de contacts)"))


# --------------------------------------------------------------------------- writers

def clean(row):
    """Values as written: None for an empty cell."""
    return [None if v == "" else v for v in row]


def text_cell(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def write_text(f, path):
    sheet = f.sheets[0]
    with open(path, "w", encoding=f.encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=f.sep, lineterminator=f.eol, quoting=f.quoting)
        w.writerow(sheet.header)
        for row in sheet.rows:
            if row is BLANK:
                fh.write(f.eol)
                continue
            if f.quoting == csv.QUOTE_NONNUMERIC:
                w.writerow([v if isinstance(v, (int, float)) else text_cell(v) for v in row])
            else:
                w.writerow([text_cell(v) for v in row])


def normalize_zip(path):
    """Rewrite a zip with fixed entry timestamps (same order, same compression)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                # openpyxl stamps "modified" with the current time when saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\2",
                              data)
            ni = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def write_xlsx(f, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in f.sheets:
        ws = wb.create_sheet(sheet.name)
        ws.append(sheet.header)
        for row in sheet.rows:
            ws.append(clean(row))
        for col, _ in enumerate(sheet.header, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 22
    wb.properties.creator = "Pacte de prévention de Waremme"
    wb.properties.lastModifiedBy = None
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.save(path)
    normalize_zip(path)


def write_xls(f, path):
    wb = xlwt.Workbook(encoding="utf-8")
    bold = xlwt.easyxf("font: bold on")
    for sheet in f.sheets:
        ws = wb.add_sheet(sheet.name)
        for c, h in enumerate(sheet.header):
            ws.write(0, c, h, bold)
        for r, row in enumerate(sheet.rows, start=1):
            for c, v in enumerate(clean(row)):
                if v is not None:
                    ws.write(r, c, v)
    wb.save(path)


def write_ods(f, path):
    doc = OpenDocumentSpreadsheet()
    for sheet in f.sheets:
        t = OdsTable(name=sheet.name)
        for row in [sheet.header] + [clean(r) for r in sheet.rows]:
            tr = TableRow()
            for v in row:
                if v is None:
                    tc = TableCell()
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=text_cell(v)))
                else:
                    tc = TableCell(valuetype="string")
                    p = P()
                    teletype.addTextToElement(p, str(v))  # keeps repeated spaces (text:s)
                    tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    from odf import dc, meta
    doc.meta.addElement(meta.CreationDate(text=FIXED_DATE.isoformat()))
    doc.meta.addElement(dc.Date(text=FIXED_DATE.isoformat()))
    doc.save(path)
    normalize_zip(path)


WRITERS = {"csv": write_text, "tsv": write_text, "txt": write_text,
           "xlsx": write_xlsx, "xls": write_xls, "ods": write_ods}


def positions(f):
    """Yield (sheet, line, row) for each data row, line as the partner sees it."""
    for sheet in f.sheets:
        line = 1
        for row in sheet.rows:
            line += 1
            if row is BLANK:
                continue
            yield sheet, line, row


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "waremme", PERIOD)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for f in FILES:
        WRITERS[f.fmt](f, os.path.join(out, f.name))

    print(f"{len(FILES)} fichiers écrits dans {out}")
    print(f"{'fichier':28} {'format':5} {'feuille':20} {'lignes':>6}  contenu")
    for f in FILES:
        for s in f.sheets:
            n = sum(1 for r in s.rows if r is not BLANK)
            print(f"{f.name:28} {f.fmt:5} {s.name or '':20} {n:6}  {f.kind}")
    print("\nErreurs volontaires (fichier, feuille, ligne, colonne, valeur, problème) :")
    for f in FILES:
        for sheet, line, row in positions(f):
            if isinstance(row, Bad):
                for col, why in row.problems:
                    idx = [fold_header(h) for h in sheet.header].index(fold_header(col))
                    print(f"  {f.name}, {sheet.name or '-'}, {line}, {col}, {row[idx]!r} : {why}")
    print("\nDoublons volontaires :")
    for f in FILES:
        for sheet, line, row in positions(f):
            if isinstance(row, Dup):
                print(f"  {f.name}, {sheet.name or '-'}, {line} : {row.note}")


def fold_header(h):
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFD", h.lower()) if unicodedata.category(c) != "Mn")
    for ch in " _-":
        s = s.replace(ch, "")
    if s.endswith("(s)"):
        s = s[:-3]
    elif s.endswith("s"):
        s = s[:-1]
    return s


if __name__ == "__main__":
    main()
