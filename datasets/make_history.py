#!/usr/bin/env python3
"""Génère l'historique du jeu d'exemple : Waremme, trimestres 2025-T4, 2026-T1 et 2026-T2.

Writes three EARLIER quarters of the bundled sample dataset of `cadastre`, so that with
the existing `datasets/waremme/2026-T3/` (written by make_sample.py, untouched here)
the sample spans four consecutive quarters:

    datasets/waremme/2025-T4/   18 files (fewer partners answered)
    datasets/waremme/2026-T1/   21 files
    datasets/waremme/2026-T2/   23 files

Each quarter is derived from make_sample.py's partner list, rows, headers and writers
(imported, not copied): the same partner names and header conventions (codes mostly,
some labels and synonyms), a realistic mix of formats (.csv `;` UTF-8 and .xlsx mostly,
two .ods, one Windows-1252 .csv, the mental-health service's .xls, and the library's
in 2026-T2), a `periode` column in some files (`2025-T4`, `2025-Q4`, `2025Q4`, `T4 2025`, ...), people estimates that
grow over the year, and 5 or 6 deliberate mistakes per quarter. The story the four
quarters tell (a growing unmet need, two gaps that close when a service opens, a gap
that appears when a volunteer service stops, a partial gap that improves) is set by
the explicit numbers in STORY below and described in datasets/README.md.

After writing, the script re-reads every file from disk (encodings, separators,
headers, rows), applies SPEC.md's validation and gap rules with a small independent
checker, prints the cadastre figures of the four quarters, and fails (exit code 1) if
a story point, a row count or a deliberate mistake is not where it should be.

The content is fixed (no randomness: the small variations of the estimates come from
a CRC32 of the quarter and row), workbook dates and zip timestamps are fixed, so two
runs give byte-identical files. 2026-T3 is only read, never written.

Run from the repository root:

    python3 datasets/make_history.py            # (re)writes the three quarters, then checks
    python3 datasets/make_history.py OUT_ROOT   # writes OUT_ROOT/2025-T4 ... instead
    python3 datasets/make_history.py --check    # only re-reads and checks (writes nothing)

Dependencies (PyPI): openpyxl (xlsx), xlwt (xls), odfpy (ods), like make_sample.py,
plus xlrd (to re-read the .xls files in the check)
    pip install openpyxl xlwt odfpy xlrd
"""

import csv
import datetime as dt
import io
import os
import re
import shutil
import sys
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ left in datasets/
import make_sample as ms  # noqa: E402  (builds its FILES list; writes nothing on import)

import openpyxl  # noqa: E402
import xlrd  # noqa: E402
from odf import teletype  # noqa: E402
from odf.opendocument import load as odf_load  # noqa: E402
from odf.table import Table as OdsTable, TableRow  # noqa: E402
from odf.namespaces import TABLENS, OFFICENS  # noqa: E402

QUARTERS = ["2025-T4", "2026-T1", "2026-T2"]
ALL_QUARTERS = QUARTERS + ["2026-T3"]
# the day the files were "filled in", after each quarter (workbook metadata, zip dates)
FILL_DATE = {
    "2025-T4": dt.datetime(2026, 1, 9, 9, 0, 0),
    "2026-T1": dt.datetime(2026, 4, 8, 9, 0, 0),
    "2026-T2": dt.datetime(2026, 7, 7, 9, 0, 0),
}
TAXONOMY = os.path.join(HERE, "..", "taxonomie", "taxonomie.csv")

# ============================================================================ folding
# (the checker's own implementation of SPEC.md's matching rules)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fold_value(s):
    """Codes, labels, synonyms: case, accents, surrounding spaces, and spaces/_/-/' between words."""
    s = strip_accents(str(s).strip().lower())
    return re.sub(r"[\s_\-'’]+", "", s)


def fold_partner(s):
    return strip_accents(" ".join(str(s).split()).lower())


def fold_header(h):
    s = strip_accents(str(h).strip().lower())
    s = re.sub(r"[\s_\-]+", "", s)
    if s.endswith("(s)"):
        s = s[:-3]
    elif s.endswith("s"):
        s = s[:-1]
    return s


HEADER_ALIASES = {
    "partenaire": "partenaire", "partner": "partenaire",
    "besoin": "besoin", "need": "besoin",
    "public": "public", "audience": "public",
    "territoire": "territoire", "territory": "territoire",
    "priorite": "priorite", "priority": "priorite",
    "personne": "personnes", "people": "personnes",
    "groupe": "groupe", "group": "groupe",
    "domaine": "domaine", "domain": "domaine",
    "periode": "periode", "period": "periode",
    "commentaire": "commentaire", "comment": "commentaire",
    "service": "service",
    "capacite": "capacite", "capacity": "capacite",
    "contact": "contact",
    "horaire": "horaires", "hour": "horaires",
    "adresse": "adresse", "addres": "adresse",
}


def canon_header(h):
    return HEADER_ALIASES.get(fold_header(h)) if h not in (None, "") else None


def col_index(header, col):
    """Index of the SPEC column `col` in a header row (any spelling)."""
    names = [canon_header(h) for h in header]
    return names.index(col)


class Taxonomy:
    def __init__(self, path):
        self.order = {}  # type -> [codes]
        self.lookup = {}  # type -> {folded: code}
        self.domain_of = {}
        with open(path, encoding="utf-8") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
        for r in csv.DictReader(lines, delimiter=";"):
            t, code = r["type"], r["code"]
            self.order.setdefault(t, []).append(code)
            look = self.lookup.setdefault(t, {})
            for name in [code, r["libelle_fr"], r["libelle_en"]] + (r["synonymes"] or "").split("|"):
                if name:
                    look.setdefault(fold_value(name), code)
            if t == "besoin":
                self.domain_of[code] = r["domaine"]

    def code(self, typ, value):
        if value is None or str(value).strip() == "":
            return None
        return self.lookup[typ].get(fold_value(value))

    def rank(self, typ, code):
        return self.order[typ].index(code)


TAX = Taxonomy(TAXONOMY)

# ============================================================================ the base: 2026-T3
# Deep copies of make_sample.py's tables; its deliberate mistakes are corrected (they
# are 2026-T3's), its deliberate duplicates are dropped (the first occurrence is kept).

BASE = {f.name: f for f in ms.FILES}

FIXED_T3_BAD = {  # (file, sheet, line) -> the row as it would have been without the mistake
    ("athenee-royal.csv", None, 11): [ms.ARW, "logement-urgence", "jeunes", "commune", "4", "8", "prevention-jeunesse", "Élèves en rupture familiale"],
    ("cpas-waremme.xlsx", "Besoins", 19): [ms.CPAS, "detresse-familiale", "familles", "commune", 3, 15, "autour-des-familles", "Violences conjugales, séparations"],
    ("cpas-waremme.xlsx", "Besoins", 20): [ms.CPAS, "assuetudes", "personnes-precarisees", "commune", 2, 10, "maillage-social", None],
    ("cpas-waremme.xlsx", "Services", 9): [ms.CPAS, "Médiation de dettes", "acces-droits", "personnes-precarisees", "commune", 30, "019 32 00 14", "jeu 9h-12h", ms.CPAS_ADR],
    ("amo-besoins.ods", "Besoins AMO", 4): [ms.AMO, "assuetudes", "jeunes", "commune", "haute", 10, "prevention-jeunesse", ms.Q, None],
    ("amo-besoins.ods", "Besoins AMO", 17): [ms.AMO, "activites-culturelles", "jeunes", "commune", "faible", 15, "vivre-ensemble", ms.Q, None],
    ("espace-seniors.csv", None, 12): [ms.ES, "aide-alimentaire", "aines", "commune", "2", "10", "maillage-social", "Petites pensions"],
    ("espace-seniors.csv", None, 21): [ms.ES, "information-services", "aines", "commune", "2", "10", "maillage-social", ""],
    ("institut-saint-louis.csv", None, 3): [ms.ISL, "Décrochage scolaire", "enfants", "commune", "3", "8", "prevention-jeunesse", "enseignement-formation", "Fondamental"],
    ("institut-saint-louis.csv", None, 4): [ms.ISL, "absentéisme scolaire", "jeunes", "waremme-centre", "3", "15", "prevention-jeunesse", "enseignement-formation", "Retards et absences répétées"],
    ("police-hesbaye.csv", None, 10): [ms.POL, "assuetudes", "jeunes", "waremme-centre", 3, 12, "sante", "prevention-jeunesse", "Moyenne mensuelle, trafic, consommation"],
    ("police-hesbaye.csv", None, 12): [ms.POL, "logement-urgence", "personnes-isolees", "commune", 4, 6, "logement", "solitude-exclusion", "Personnes sans abri, gare"],
}


def base_sheets(name):
    """make_sample's sheets of file `name`, with plain rows (2026-T3 mistakes fixed, duplicates dropped)."""
    out = []
    for sheet in BASE[name].sheets:
        rows, line = [], 1
        for row in sheet.rows:
            line += 1
            if row is ms.BLANK:
                rows.append(ms.BLANK)
            elif isinstance(row, ms.Bad):
                rows.append(list(FIXED_T3_BAD[(name, sheet.name, line)]))
            elif isinstance(row, ms.Dup) and name != "espace-seniors.csv":
                continue  # the repeated occurrence (ligue-familles line 4, groupe-solitude line 2)
            else:
                rows.append(list(row))
        out.append(ms.Sheet(sheet.name, list(sheet.header), rows))
    return out


# ============================================================================ the plan
# Which files each quarter holds, under which name and format. Text options default to
# those of the 2026-T3 file when it is a text file, else UTF-8, `;`, LF.
#   (2026-T3 file, file name this quarter, options)

def F(base, name=None, **opts):
    return (base, name or base, opts)


CP1252_CRLF = dict(encoding="cp1252", eol="\r\n")
UTF8_LF = dict(encoding="utf-8", eol="\n")

PLAN = {
    # 18 files: the CLPS, the Maison de jeunes, the Institut Saint-Louis, the Ligue des
    # familles, the Alpha groups, the library and the cultural centre did not answer.
    "2025-T4": [
        F("ais-hesbaye-habitat.xlsx"),
        F("amo-besoins.ods"),
        F("amo-services.tsv", "amo-services.csv", sep=";"),
        F("athenee-royal.csv"),
        F("cpas-waremme.xlsx"),
        F("croix-rouge-waremme.csv"),                                # the Windows-1252 file
        F("epicerie-sociale.csv"),
        F("espace-seniors.csv", blank=False),
        F("groupe-solitude.ods", "groupe-solitude.xlsx"),
        F("logis-hesbignon.csv", **UTF8_LF),
        F("maison-emploi.csv"),
        F("mire-hesbaye.xlsx"),
        F("one-waremme.xlsx"),
        F("pcs-waremme.ods"),
        F("police-hesbaye.csv"),
        F("relais-social.csv"),
        F("service-sports.xlsx"),
        F("ssm-waremme.xls"),
    ],
    # 21 files: the Institut Saint-Louis, the Ligue des familles, the library and the
    # cultural centre join; the police zone does not answer this quarter.
    "2026-T1": [
        F("ais-hesbaye-habitat.xlsx"),
        F("amo-besoins.ods", "amo-besoins.xlsx"),
        F("amo-services.tsv", "amo-services.csv", sep=";"),
        F("athenee-royal.csv"),
        F("bibliotheque-waremme.xls", "bibliotheque-waremme.xlsx"),
        F("centre-culturel.xlsx"),
        F("cpas-waremme.xlsx"),
        F("croix-rouge-waremme.csv", **UTF8_LF),
        F("epicerie-sociale.csv"),
        F("espace-seniors.csv"),                                     # keeps its stray empty line
        F("groupe-solitude.ods"),
        F("institut-saint-louis.csv"),                               # the Windows-1252 file (LF)
        F("ligue-familles.csv"),                                     # UTF-8 with BOM
        F("logis-hesbignon.csv", encoding="utf-8"),                  # UTF-8, CRLF
        F("maison-emploi.csv"),
        F("mire-hesbaye.xlsx"),
        F("one-waremme.xlsx"),
        F("pcs-waremme.ods"),
        F("relais-social.csv"),
        F("service-sports.xlsx"),
        F("ssm-waremme.xls"),
    ],
    # 23 files: everyone but the CLPS, the Alpha groups (both join in 2026-T3) and the
    # contact list sent by mistake in 2026-T3.
    "2026-T2": [
        F("ais-hesbaye-habitat.xlsx"),
        F("amo-besoins.ods"),
        F("amo-services.tsv", "amo-services.csv", sep=";"),
        F("athenee-royal.csv"),
        F("bibliotheque-waremme.xls"),
        F("centre-culturel.xlsx"),
        F("cpas-waremme.xlsx"),
        F("croix-rouge-waremme.csv", **UTF8_LF),
        F("epicerie-sociale.csv"),
        F("espace-seniors.csv", blank=False),
        F("groupe-solitude.ods", "groupe-solitude.xlsx"),
        F("institut-saint-louis.csv", **UTF8_LF),
        F("ligue-familles.csv"),
        F("logis-hesbignon.csv"),                                    # the Windows-1252 file (CRLF)
        F("maison-emploi.csv"),
        F("mire-hesbaye.xlsx"),
        F("mj-lescale.xlsx"),
        F("one-waremme.xlsx"),
        F("pcs-waremme.ods"),
        F("police-hesbaye.csv"),
        F("relais-social.csv"),
        F("service-sports.xlsx"),
        F("ssm-waremme.xls"),
    ],
}

# ============================================================================ the story
# People estimates (need rows) set explicitly: (2026-T3 file, besoin, public, territoire)
# -> value per quarter. Every other estimate is 2026-T3's, scaled down a little for the
# earlier quarters (see scale()).
T4, T1, T2 = QUARTERS
STORY = {
    # 1. sante-mentale / jeunes / commune: 60 -> 85 -> 110 -> 130 (2026-T3), 3 -> 4 -> 5 -> 6
    #    partners (the Institut Saint-Louis answers from 2026-T1, the Maison de jeunes from
    #    2026-T2, the CLPS in 2026-T3), never covered.
    ("ssm-waremme.xls", "sante-mentale", "jeunes", "commune"): {T4: 30, T1: 35, T2: 40},
    ("athenee-royal.csv", "sante-mentale", "jeunes", "commune"): {T4: 20, T1: 25, T2: 25},
    ("amo-besoins.ods", "sante-mentale", "jeunes", "commune"): {T4: 10, T1: 15, T2: 20},
    ("institut-saint-louis.csv", "sante-mentale", "jeunes", "commune"): {T1: 10, T2: 15},
    ("mj-lescale.xlsx", "sante-mentale", "jeunes", "commune"): {T2: 10},
    # 2. aide-alimentaire / personnes-precarisees / commune: 140 -> 155 -> 160 -> 165 against
    #    the CPAS parcels (80, 80, 100, 120) and, from 2026-T2, the Croix-Rouge's (90).
    ("cpas-waremme.xlsx", "aide-alimentaire", "personnes-precarisees", "commune"): {T4: 80, T1: 90, T2: 90},
    ("relais-social.csv", "aide-alimentaire", "personnes-precarisees", "commune"): {T4: 35, T1: 40, T2: 40},
    ("pcs-waremme.ods", "aide-alimentaire", "personnes-precarisees", "commune"): {T4: 25, T1: 25, T2: 30},
    # 3. logement-urgence / familles / commune: 22 -> 24 -> 26 -> 27; the CPAS transit
    #    housing (3) opens in 2026-T1.
    ("cpas-waremme.xlsx", "logement-urgence", "familles", "commune"): {T4: 10, T1: 11, T2: 12},
    ("relais-social.csv", "logement-urgence", "familles", "commune"): {T4: 5, T1: 6, T2: 6},
    ("logis-hesbignon.csv", "logement-urgence", "familles", "commune"): {T4: 3, T1: 3, T2: 4},
    ("groupe-solitude.ods", "logement-urgence", "familles", "commune"): {T4: 4, T1: 4, T2: 4},
    # 4. taxi-social / aines / oleye: 20 -> 23 -> 20 -> 22; covered by the Croix-Rouge's
    #    volunteer taxi (25) until 2026-T1.
    ("cpas-waremme.xlsx", "taxi-social", "aines", "oleye"): {T4: 8, T1: 8, T2: 8},
    ("espace-seniors.csv", "taxi-social", "aines", "oleye"): {T4: 10, T1: 12, T2: 9},
    ("logis-hesbignon.csv", "taxi-social", "aines", "oleye"): {T4: 2, T1: 3, T2: 3},
    # 5. decrochage-scolaire / jeunes / commune: 80 -> 110 -> 120 -> 105 against the AMO's
    #    individual follow-up (30): 50 -> 80 -> 90 -> 75 people not covered.
    ("athenee-royal.csv", "decrochage-scolaire", "jeunes", "commune"): {T4: 50, T1: 45, T2: 50},
    ("institut-saint-louis.csv", "decrochage-scolaire", "jeunes", "commune"): {T1: 35, T2: 40},
    ("amo-besoins.ods", "decrochage-scolaire", "jeunes", "commune"): {T4: 30, T1: 30, T2: 30},
    # not a story cell: the police's figure must agree with its comment ("N interventions")
    ("police-hesbaye.csv", "incivilites-violences", "familles", "commune"): {T4: 20, T2: 25},
}

# Services: capacity changes, openings and closings (by service name), per quarter.
CAPACITY = {
    ("cpas-waremme.xlsx", "Colis alimentaires d'urgence"): {T4: 80, T1: 80, T2: 100},
}
NOT_YET = {  # services that do not exist (yet, or out of season) in these quarters
    ("cpas-waremme.xlsx", "Logements de transit"): {T4},
    ("croix-rouge-waremme.csv", "Distribution de colis alimentaires"): {T4, T1},
    ("pcs-waremme.ods", "Plan canicule : appels et visites aux aînés"): {T4, T1},
    ("pcs-waremme.ods", "Été solidaire (jobs étudiants chez les aînés)"): {T4, T1},
    ("centre-culturel.xlsx", "Fête de village de Grand-Axhe"): {T4, T1, T2},
}
CR_TAXI_OLEYE = [ms.CR, "Taxi social bénévole (Oleye)", "Taxi social", "Aînés", "Oleye", "25",
                 "019 32 00 82", "sur réservation 48h à l'avance", ms.CR_ADR]
ADDED_SERVICES = {  # after the service named, in these quarters
    ("croix-rouge-waremme.csv", "Taxi social bénévole"): ({T4, T1}, CR_TAXI_OLEYE),
}

# Seasonal needs: no heat-wave plan asked for in autumn and winter.
OUT_OF_SEASON = {"canicule": {T4, T1}}

# Comments that tell the story (need rows), per quarter; None = empty.
COMMENTS = {
    ("cpas-waremme.xlsx", "aide-alimentaire", "personnes-precarisees", "commune"): {
        T4: "Factures d'énergie : nouvelles familles au colis", T1: "Hiver difficile, colis épuisés avant la fin du mois",
        T2: "La distribution de la Croix-Rouge soulage depuis avril"},
    ("cpas-waremme.xlsx", "logement-urgence", "familles", "commune"): {
        T4: "Expulsions, incendies ; aucun logement de transit", T1: "Les 3 logements de transit sont occupés",
        T2: "Expulsions, incendies"},
    ("ssm-waremme.xls", "sante-mentale", "jeunes", "commune"): {
        T4: "Pas d'équipe adolescents ; liste d'attente de 4 mois",
        T1: "Pas d'équipe adolescents ; liste d'attente de 5 mois",
        T2: "Pas d'équipe adolescents ; liste d'attente de 6 mois"},
    ("amo-besoins.ods", "sante-mentale", "jeunes", "commune"): {
        T4: "Suivi difficile à obtenir", T1: "Aucun suivi possible avant 5 mois", T2: "Aucun suivi possible avant 6 mois"},
    ("espace-seniors.csv", "taxi-social", "aines", "oleye"): {
        T4: "Taxi bénévole de la Croix-Rouge apprécié", T1: "Taxi bénévole de la Croix-Rouge : un seul chauffeur",
        T2: "Plus de taxi bénévole depuis avril"},
    ("athenee-royal.csv", "sante-mentale", "jeunes", "commune"): {
        T4: "Anxiété, phobie scolaire ; quatre mois d'attente au SSM",
        T1: "Anxiété, phobie scolaire ; cinq mois d'attente au SSM",
        T2: "Anxiété, phobie scolaire ; six mois d'attente au SSM"},
    ("cpas-waremme.xlsx", "taxi-social", "aines", "oleye"): {
        T4: "Le taxi bénévole de la Croix-Rouge suffit pour l'instant",
        T1: "Taxi bénévole de la Croix-Rouge : arrêt annoncé",
        T2: "Plus de transport vers les consultations depuis l'arrêt du taxi bénévole"},
    ("police-hesbaye.csv", "incivilites-violences", "familles", "commune"): {
        T4: "Violences intrafamiliales, 20 interventions", T2: "Violences intrafamiliales, 25 interventions"},
    ("athenee-royal.csv", "decrochage-scolaire", "jeunes", "commune"): {
        T4: "Absentéisme au 2e degré", T1: "Absentéisme en hausse au 2e degré",
        T2: "Pic d'absences avant les examens"},
}

CPAS_NOTES = {
    T4: ["Les chiffres sont des estimations du service social (octobre-décembre 2025).",
         "Le taxi social du CPAS ne dessert ni Grand-Axhe ni Bovenistier ; à Oleye, le taxi bénévole de la Croix-Rouge prend le relais.",
         "Trois logements de transit pour familles ouvriront en janvier.",
         "Personne de contact : secrétariat du CPAS, 019 32 00 10."],
    T1: ["Les chiffres sont des estimations du service social (janvier-mars 2026).",
         "Les trois logements de transit pour familles sont ouverts depuis janvier et déjà occupés.",
         "La Croix-Rouge annonce l'arrêt de son taxi bénévole à Oleye (plus de chauffeur).",
         "Personne de contact : secrétariat du CPAS, 019 32 00 10."],
    T2: ["Les chiffres sont des estimations du service social (avril-juin 2026).",
         "Depuis avril, la Croix-Rouge distribue des colis alimentaires le vendredi.",
         "Le taxi social ne dessert plus Oleye depuis l'arrêt du taxi bénévole de la Croix-Rouge.",
         "Personne de contact : secrétariat du CPAS, 019 32 00 10."],
}

# The `periode` column: each file keeps its own way of writing the quarter.
PERIOD_STYLE = {
    "pcs-waremme.ods": "{y}-T{n}",
    "amo-besoins.ods": "{y}-Q{n}",
    "relais-social.csv": "{y}Q{n}",
    "groupe-solitude.ods": "T{n} {y}",   # column added in the earlier quarters
}


def period_as(style, q):
    y, n = q.split("-T")
    return style.format(y=y, n=n)


# Deliberate mistakes: (2026-T3 file, sheet, row key, [(column, bad value, problem)]).
# The row key is (besoin, public, territoire) for a need, the service name for a service.
MISTAKES = {
    T4: [
        ("relais-social.csv", None, ("assuetudes", "personnes-precarisees", "commune"),
         [("personnes", "15-20", "estimation non numérique (une fourchette)")]),
        ("cpas-waremme.xlsx", "Services", "Mise à l'emploi (article 60)",
         [("capacite", "variable", "capacité non numérique")]),
        ("espace-seniors.csv", None, ("isolement", "aines", "bovenistier"),
         [("besoin", "isolment", "besoin inconnu ; vouliez-vous dire isolement ?")]),
        ("pcs-waremme.ods", "Besoins", ("volontariat", "aines", "commune"),
         [("periode", "2025-T3", "période d'un autre trimestre que 2025-T4")]),
        ("police-hesbaye.csv", None, ("sentiment-insecurite", "tous", "bleret"),
         [("priorite", 0, "priorité hors de l'échelle 1-4")]),
    ],
    T1: [
        ("ligue-familles.csv", None, ("isolement", "familles", "commune"),
         [("public", "familles monoparentales", "public inconnu (familles serait accepté)")]),
        ("groupe-solitude.ods", "Besoins GT solitude", ("acces-droits", "personnes-isolees", "commune"),
         [("partenaire", None, "partenaire manquant (cellule vide)")]),
        ("one-waremme.xlsx", "Besoins", ("taxi-social", "familles", "grand-axhe"),
         [("personnes", 7.5, "estimation non entière (nombre 7,5)")]),
        ("logis-hesbignon.csv", None, ("logement-abordable", "aines", "commune"),
         [("domaine", "social", "le besoin logement-abordable est du domaine logement")]),
        ("institut-saint-louis.csv", None, ("activites-sportives", "jeunes", "commune"),
         [("priorite", "basse", "priorité inconnue (ni 1-4, ni faible/moyenne/haute/élevée/urgente)"),
          ("personnes", "une vingtaine", "estimation non numérique")]),
    ],
    T2: [
        ("amo-besoins.ods", "Besoins AMO", ("acces-droits", "jeunes", "commune"),
         [("periode", "2026-Q1", "période d'un autre trimestre que 2026-T2 (ligne reprise du trimestre précédent)")]),
        ("institut-saint-louis.csv", None, ("soutien-parentalite", "familles", "commune"),
         [("priorite", None, "priorité manquante (cellule vide)")]),
        ("maison-emploi.csv", None, "Job dating Hesbaye",
         [("capacite", "60 places", "capacité non numérique")]),
        ("police-hesbaye.csv", None, ("incivilites-violences", "tous", "lantremange"),
         [("besoin", "incivilite-violence", "besoin inconnu ; vouliez-vous dire incivilites-violences ?")]),
        ("ssm-waremme.xls", "Besoins", ("isolement", "personnes-isolees", "commune"),
         [("personnes", -4, "estimation négative")]),
    ],
}

# ============================================================================ building

FACTOR = {T4: 0.85, T1: 0.9, T2: 0.95}  # needs grow over the year


def scale(p, q, key):
    """An earlier quarter's estimate from 2026-T3's `p`: a little lower, round, and a
    deterministic nudge (-1, 0, +1 unit; 5 people above 20) from a CRC32 of the row."""
    if p == 0:
        return 0
    nudge = zlib.crc32(f"{q}|{key}".encode()) % 3 - 1
    if p >= 20:
        return max(5, 5 * round(p * FACTOR[q] / 5) + 5 * nudge)
    return max(1, round(p * FACTOR[q]) + nudge)


def num(v):
    """A number written in a cell (int, float or digits), else None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str) and re.fullmatch(r"\d+", v.strip()):
        return int(v)
    return None


def need_key(header, row):
    g = lambda c: row[col_index(header, c)] if c in [canon_header(h) for h in header] else None  # noqa: E731
    terr = g("territoire")
    return (TAX.code("besoin", g("besoin")), TAX.code("public", g("public")),
            TAX.code("territoire", terr) if terr not in (None, "") else "commune")


def is_services(header):
    return "service" in [canon_header(h) for h in header]


def find_rows(sheet, key):
    """Indexes of the data rows matching `key` (a need cell triple or a service name)."""
    out = []
    for i, row in enumerate(sheet.rows):
        if row is ms.BLANK:
            continue
        if isinstance(key, str):
            if is_services(sheet.header) and row[col_index(sheet.header, "service")] == key:
                out.append(i)
        elif not is_services(sheet.header) and need_key(sheet.header, row) == key:
            out.append(i)
    return out


def one_row(sheet, key, what):
    idx = find_rows(sheet, key)
    assert len(idx) == 1, f"{what}: {len(idx)} rows match {key!r}"
    return idx[0]


def build_quarter(q):
    files = []
    for base_name, name, opts in PLAN[q]:
        base = BASE[base_name]
        sheets = base_sheets(base_name)
        for sheet in sheets:
            h = sheet.header
            if is_services(h):
                rows = []
                for row in sheet.rows:
                    sname = row[col_index(h, "service")]
                    if q in NOT_YET.get((base_name, sname), ()):
                        continue
                    if (base_name, sname) in CAPACITY:
                        c = col_index(h, "capacite")
                        v = CAPACITY[(base_name, sname)][q]
                        row[c] = str(v) if isinstance(row[c], str) else v
                    rows.append(row)
                    if (base_name, sname) in ADDED_SERVICES:
                        qs, extra = ADDED_SERVICES[(base_name, sname)]
                        if q in qs:
                            rows.append(list(extra))
                sheet.rows = rows
            elif "besoin" in [canon_header(x) for x in h]:
                rows = []
                for i, row in enumerate(sheet.rows):
                    if row is ms.BLANK:
                        if opts.get("blank", True):
                            rows.append(row)
                        continue
                    key = need_key(h, row)
                    if q in OUT_OF_SEASON.get(key[0], ()):
                        continue
                    pc = col_index(h, "personnes")
                    story = STORY.get((base_name,) + key)
                    if story is not None:
                        row[pc] = str(story[q]) if isinstance(row[pc], str) else story[q]
                    else:
                        p = num(row[pc])
                        if p is not None:
                            v = scale(p, q, f"{base_name}|{sheet.name}|{i}")
                            row[pc] = str(v) if isinstance(row[pc], str) else v
                    if (base_name,) + key in COMMENTS:
                        row[col_index(h, "commentaire")] = COMMENTS[(base_name,) + key][q]
                    rows.append(row)
                sheet.rows = rows
                # the `periode` column
                if base_name == "groupe-solitude.ods":
                    at = col_index(h, "commentaire")
                    h.insert(at, "Période")
                    for row in rows:
                        if row is not ms.BLANK:
                            row.insert(at, None)
                if base_name in PERIOD_STYLE:
                    pc = col_index(h, "periode")
                    for row in rows:
                        if row is not ms.BLANK:
                            row[pc] = period_as(PERIOD_STYLE[base_name], q)
            elif base_name == "cpas-waremme.xlsx" and sheet.name == "Notes":
                sheet.rows = [[t] for t in CPAS_NOTES[q]]
        # the story's explicit numbers must all have landed
        for (bn, b, p, t), per_q in STORY.items():
            if bn == base_name and q in per_q:
                hits = [s for s in sheets if not is_services(s.header)
                        and "besoin" in [canon_header(x) for x in s.header] and find_rows(s, (b, p, t))]
                assert len(hits) == 1, f"{q} {bn}: story row {(b, p, t)} not found"
        # deliberate mistakes
        for mb, msheet, key, problems in MISTAKES[q]:
            if mb != base_name:
                continue
            sheet = next(s for s in sheets if s.name == msheet)
            i = one_row(sheet, key, f"{q} {mb}")
            row = list(sheet.rows[i])
            for col, value, _ in problems:
                row[col_index(sheet.header, col)] = value
            sheet.rows[i] = ms.Bad(row, *[(col, why) for col, _, why in problems])
        # the format of this quarter's file
        fmt = name.rsplit(".", 1)[1]
        text_base = base.fmt in ("csv", "tsv", "txt")
        if fmt in ("csv", "tsv", "txt"):
            enc = opts.get("encoding", base.encoding if text_base else "utf-8")
            sep = opts.get("sep", base.sep if text_base else ";")
            eol = opts.get("eol", base.eol if text_base else "\n")
            quoting = base.quoting if text_base else csv.QUOTE_MINIMAL
            f = ms.File(name, fmt, sheets, encoding=enc, sep=sep, eol=eol, quoting=quoting, kind=base.kind)
        else:
            if text_base:  # a partner who typed into a spreadsheet: numbers are numbers
                for sheet in sheets:
                    sheet.name = sheet.name or ("Services" if is_services(sheet.header) else "Besoins")
                    sheet.rows = [r if r is ms.BLANK else numify(sheet.header, r) for r in sheet.rows
                                  if r is not ms.BLANK]
            f = ms.File(name, fmt, sheets, kind=base.kind)
        f.base = base_name
        files.append(f)
    return files


def numify(header, row):
    out = type(row)(row) if not isinstance(row, ms.Bad) else ms.Bad(row, *row.problems)
    for i, h in enumerate(header):
        if canon_header(h) in ("priorite", "personnes", "capacite"):
            n = num(out[i])
            if n is not None and isinstance(out[i], str):
                out[i] = n
    return out


def write_quarter(q, out):
    ms.FIXED_DATE = FILL_DATE[q]
    ms.ZIP_DATE = FILL_DATE[q].timetuple()[:6]
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    files = build_quarter(q)
    for f in files:
        ms.WRITERS[f.fmt](f, os.path.join(out, f.name))
    return files


def declared_mistakes(files):
    """(file, sheet, line, column, value, problem) of every deliberate mistake, as the partner sees it."""
    out = []
    for f in files:
        for sheet, line, row in ms.positions(f):
            if isinstance(row, ms.Bad):
                for col, why in row.problems:
                    out.append((f.name, sheet.name if f.fmt not in ("csv", "tsv", "txt") else None,
                                line, col, row[col_index(sheet.header, col)], why))
    return out


# ============================================================================ the checker
# Re-reads a period folder from disk and applies SPEC.md: table detection, row
# validation (rejections, one per problem), folded duplicates, need cells, coverage,
# statuses and people not covered. Independent of the writer above.

class Table:
    def __init__(self, fichier, feuille, header, rows, encoding=None, sep=None, eol=None):
        self.fichier, self.feuille, self.header, self.rows = fichier, feuille, header, rows
        self.encoding, self.sep, self.eol = encoding, sep, eol  # text files only


def read_text(path, name):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    else:
        try:
            raw.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = "cp1252"
    text = raw.decode(enc)
    eol = "CRLF" if "\r\n" in text else "LF"
    first = text.splitlines()[0]
    sep = max([";", "\t", ","], key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    header, rows = None, []
    for cells in reader:
        if header is None:
            header = cells
            continue
        rows.append((reader.line_num, cells))
    return [Table(name, None, header, rows, enc, sep, eol)]


def read_xlsx(path, name):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        allrows = list(ws.iter_rows(values_only=True))
        out.append(Table(name, ws.title, list(allrows[0]) if allrows else [],
                         [(i, list(r)) for i, r in enumerate(allrows[1:], start=2)]))
    return out


def read_xls(path, name):
    wb = xlrd.open_workbook(path)
    out = []
    for sh in wb.sheets():
        allrows = [[sh.cell_value(r, c) for c in range(sh.ncols)] for r in range(sh.nrows)]
        out.append(Table(name, sh.name, allrows[0] if allrows else [],
                         [(i, r) for i, r in enumerate(allrows[1:], start=2)]))
    return out


def read_ods(path, name):
    doc = odf_load(path)
    out = []
    for t in doc.spreadsheet.getElementsByType(OdsTable):
        allrows = []
        for tr in t.getElementsByType(TableRow):
            cells = []
            for tc in tr.childNodes:
                if tc.qname not in ((TABLENS, "table-cell"), (TABLENS, "covered-table-cell")):
                    continue
                rep = int(tc.getAttrNS(TABLENS, "number-columns-repeated") or 1)
                vt = tc.getAttrNS(OFFICENS, "value-type")
                if vt == "float":
                    v = float(tc.getAttrNS(OFFICENS, "value"))
                    v = int(v) if v.is_integer() else v
                elif vt:
                    v = "\n".join(teletype.extractText(p) for p in tc.childNodes)
                else:
                    v = None
                cells.extend([v] * rep)
            rrep = int(tr.getAttrNS(TABLENS, "number-rows-repeated") or 1)
            allrows.extend([cells] * rrep)
        out.append(Table(name, t.getAttrNS(TABLENS, "name"), allrows[0] if allrows else [],
                         [(i, r) for i, r in enumerate(allrows[1:], start=2)]))
    return out


READERS = {"csv": read_text, "tsv": read_text, "txt": read_text,
           "xlsx": read_xlsx, "xls": read_xls, "ods": read_ods}


def empty(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


def parse_int(v):
    """(value, problem): an integer >= 0, or a problem."""
    if isinstance(v, float):
        if not v.is_integer():
            return None, "non entier"
        v = int(v)
    if isinstance(v, int):
        return (v, None) if v >= 0 else (None, "négatif")
    s = str(v).strip()
    if re.fullmatch(r"\d+", s):
        return int(s), None
    if re.fullmatch(r"-\d+", s):
        return None, "négatif"
    if re.fullmatch(r"-?\d+[.,]\d+", s):
        return None, "non entier"
    return None, "non numérique"


PRIORITY_WORDS = {"faible": 1, "moyenne": 2, "haute": 3, "elevee": 3, "urgente": 4}


def parse_priority(v):
    if empty(v):
        return None, "manquante"
    n, prob = parse_int(v)
    if prob is None:
        return (n, None) if 1 <= n <= 4 else (None, "hors échelle")
    if prob in ("négatif", "non entier"):
        return None, "hors échelle"
    w = PRIORITY_WORDS.get(fold_value(v))
    return (w, None) if w else (None, "inconnue")


def parse_period(v):
    s = str(v).strip().upper()
    m = re.fullmatch(r"(\d{4})\s*-?\s*[TQ]([1-4])", s) or None
    if m:
        return f"{m.group(1)}-T{m.group(2)}"
    m = re.fullmatch(r"[TQ]([1-4])\s*-?\s*(\d{4})", s)
    if m:
        return f"{m.group(2)}-T{m.group(1)}"
    return None


def analyse(folder, period):
    """The cadastre of one period folder: a dict of everything the checks look at."""
    res = {"tables": [], "rejects": [], "ignored": [], "needs_read": 0, "needs_used": 0,
           "services_read": 0, "services_used": 0, "duplicates": [], "files": []}
    need_rows, services = [], []
    for name in sorted(os.listdir(folder)):
        ext = name.rsplit(".", 1)[-1].lower()
        res["files"].append(name)
        for t in READERS[ext](os.path.join(folder, name), name):
            cols = [canon_header(h) for h in t.header]
            if "besoin" in cols and "service" not in cols:
                kind = "besoins"
            elif "besoin" in cols and "service" in cols:
                kind = "services"
            else:
                res["ignored"].append((t.fichier, t.feuille))
                continue
            idx = {c: i for i, c in enumerate(cols) if c}
            read = used = 0
            for line, cells in t.rows:
                if all(empty(c) for c in cells):
                    continue
                read += 1
                g = lambda c: cells[idx[c]] if c in idx and idx[c] < len(cells) else None  # noqa: E731
                probs = []

                def rej(col, why):
                    probs.append((t.fichier, t.feuille, line, col, g(col), why))

                partner = g("partenaire")
                if empty(partner):
                    rej("partenaire", "partenaire manquant")
                pub = TAX.code("public", g("public"))
                if pub is None:
                    rej("public", "public manquant ou inconnu")
                terr = "commune" if empty(g("territoire")) else TAX.code("territoire", g("territoire"))
                if terr is None:
                    rej("territoire", "territoire inconnu")
                if kind == "besoins":
                    besoin = TAX.code("besoin", g("besoin"))
                    if besoin is None:
                        rej("besoin", "besoin manquant ou inconnu")
                    prio, prob = parse_priority(g("priorite"))
                    if prob:
                        rej("priorite", f"priorité {prob}")
                    people = None
                    if not empty(g("personnes")):
                        people, prob = parse_int(g("personnes"))
                        if prob:
                            rej("personnes", f"estimation {prob}")
                    if not empty(g("groupe")) and TAX.code("groupe", g("groupe")) is None:
                        rej("groupe", "groupe inconnu")
                    if not empty(g("domaine")):
                        d = TAX.code("domaine", g("domaine"))
                        if d is None or (besoin and TAX.domain_of[besoin] != d):
                            rej("domaine", "domaine inconnu ou différent de celui du besoin")
                    if not empty(g("periode")) and parse_period(g("periode")) != period:
                        rej("periode", f"période différente de {period}")
                    if not probs:
                        need_rows.append((fold_partner(partner), " ".join(str(partner).split()),
                                          besoin, pub, terr, prio, people, (t.fichier, t.feuille, line)))
                else:
                    if empty(g("service")):
                        rej("service", "service manquant")
                    parts = [p for p in re.split(r"[|,]", str(g("besoin") or "")) if p.strip()]
                    codes = [TAX.code("besoin", p) for p in parts]
                    if not codes or None in codes:
                        rej("besoin", "besoin manquant ou inconnu")
                    cap = None
                    if not empty(g("capacite")):
                        cap, prob = parse_int(g("capacite"))
                        if prob:
                            rej("capacite", f"capacité {prob}")
                    if not probs:
                        services.append((fold_partner(partner), str(g("service")).strip(), set(codes),
                                         pub, terr, cap))
                res["rejects"].extend(probs)
                used += 0 if probs else 1
            res["tables"].append((t.fichier, t.feuille, kind, read, used, t.encoding, t.sep, t.eol))
            res[f"{'needs' if kind == 'besoins' else 'services'}_read"] += read
            res[f"{'needs' if kind == 'besoins' else 'services'}_used"] += used
    # folded duplicates: same partner, same cell
    per = {}
    for pf, _, b, p, t, prio, people, where in need_rows:
        k = (b, p, t, pf)
        if k in per:
            res["duplicates"].append((where, per[k][2]))
            o = per[k]
            ppl = o[1] if people is None else (people if o[1] is None else max(o[1], people))
            per[k] = (max(o[0], prio), ppl, o[2])
        else:
            per[k] = (prio, people, where)
    cells = {}
    for (b, p, t, pf), (prio, people, _) in per.items():
        cells.setdefault((b, p, t), []).append((pf, prio, people))
    cad = {}
    for (b, p, t), parts in cells.items():
        known = [x[2] for x in parts if x[2] is not None]
        demand = sum(known) if known else None
        cover = [s for s in services if b in s[2] and s[3] in (p, "tous") and s[4] in (t, "commune")]
        caps = [s[5] for s in cover if s[5] is not None]
        cap = sum(caps) if caps else None
        if not cover:
            statut = "non-couvert"
        elif demand is not None and cap is not None and cap < demand:
            statut = "partiel"
        else:
            statut = "couvert"
        unmet = None if demand is None else (demand if statut == "non-couvert" else
                                             demand - cap if statut == "partiel" else 0)
        cad[(b, p, t)] = dict(domaine=TAX.domain_of[b], mentions=len(parts), personnes=demand,
                              priorite=max(x[1] for x in parts), services=len(cover),
                              capacite=cap, statut=statut, non_couvertes=unmet,
                              partners=sorted(x[0] for x in parts))
    res["cadastre"] = cad
    return res


def evolution(c1, c2):
    """history.rs's rule: how a cell changed between two periods (a gap = non-couvert or partiel)."""
    gap = lambda c: c is not None and c["statut"] != "couvert"  # noqa: E731
    if not gap(c1) and gap(c2):
        return "apparu"
    if gap(c1) and not gap(c2):
        return "resolu"
    if gap(c1) and gap(c2):
        if c1["statut"] == "partiel" and c2["statut"] == "non-couvert":
            return "aggrave"
        if c1["statut"] == "non-couvert" and c2["statut"] == "partiel":
            return "ameliore"
        a, b = c1["non_couvertes"], c2["non_couvertes"]
        if a is not None and b is not None and b != a:
            return "aggrave" if b > a else "ameliore"
    return "stable"


# ============================================================================ the checks

STORY_CELLS = [
    ("sante-mentale", "jeunes", "commune"),
    ("aide-alimentaire", "personnes-precarisees", "commune"),
    ("logement-urgence", "familles", "commune"),
    ("taxi-social", "aines", "oleye"),
    ("decrochage-scolaire", "jeunes", "commune"),
]
# expected (statut, demande_personnes, offre_capacite, personnes_non_couvertes, mentions)
EXPECTED = {
    STORY_CELLS[0]: [("non-couvert", 60, None, 60, 3), ("non-couvert", 85, None, 85, 4),
                     ("non-couvert", 110, None, 110, 5), ("non-couvert", 130, None, 130, 6)],
    STORY_CELLS[1]: [("partiel", 140, 80, 60, 3), ("partiel", 155, 80, 75, 3),
                     ("couvert", 160, 190, 0, 3), ("couvert", 165, 210, 0, 3)],
    STORY_CELLS[2]: [("non-couvert", 22, None, 22, 4), ("partiel", 24, 3, 21, 4),
                     ("partiel", 26, 3, 23, 4), ("partiel", 27, 3, 24, 4)],
    STORY_CELLS[3]: [("couvert", 20, 25, 0, 3), ("couvert", 23, 25, 0, 3),
                     ("non-couvert", 20, None, 20, 3), ("non-couvert", 22, None, 22, 3)],
    STORY_CELLS[4]: [("partiel", 80, 30, 50, 2), ("partiel", 110, 30, 80, 3),
                     ("partiel", 120, 30, 90, 3), ("partiel", 105, 30, 75, 3)],
}
FILE_COUNTS = {"2025-T4": 18, "2026-T1": 21, "2026-T2": 23, "2026-T3": 26}
STATUSES = ["couvert", "partiel", "non-couvert"]


def check(root, t3_folder, built):
    failures = []

    def expect(ok, what):
        if not ok:
            failures.append(what)
            print(f"  ÉCHEC : {what}")

    results = {}
    for q in ALL_QUARTERS:
        folder = t3_folder if q == "2026-T3" else os.path.join(root, q)
        results[q] = analyse(folder, q)

    print("\n== Fichiers relus ==")
    for q in ALL_QUARTERS:
        r = results[q]
        print(f"\n{q} : {len(r['files'])} fichiers")
        for fichier, feuille, kind, read, used, enc, sep, eol in r["tables"]:
            txt = f"{enc}, {sep!r}, {eol}" if enc else ""
            print(f"  {fichier:28} {feuille or '':20} {kind:9} {read:3} lues {used:3} utilisées  {txt}")
        for fichier, feuille in r["ignored"]:
            print(f"  {fichier:28} {feuille or '':20} ignorée (ni besoins ni services)")
        expect(len(r["files"]) == FILE_COUNTS[q], f"{q}: {len(r['files'])} fichiers")
        if q != "2026-T3":
            expect(150 <= r["needs_read"] <= 230, f"{q}: {r['needs_read']} lignes de besoins")
            expect(40 <= r["services_read"] <= 60, f"{q}: {r['services_read']} lignes de services")
            encs = [t[5] for t in r["tables"] if t[5]]
            expect(encs.count("cp1252") == 1, f"{q}: {encs.count('cp1252')} fichiers Windows-1252")
            ods = [n for n in r["files"] if n.endswith(".ods")]
            expect(len(ods) == 2, f"{q}: {len(ods)} fichiers .ods")
            expect(not r["duplicates"], f"{q}: doublons {r['duplicates']}")
            periods = [t for t in r["tables"] if t[2] == "besoins"]
            expect(len(periods) > 0, f"{q}: pas de table de besoins")

    # the rejections found must be exactly the deliberate mistakes
    print("\n== Rejets (relus) comparés aux erreurs volontaires ==")
    for q in ALL_QUARTERS:
        r = results[q]
        found = sorted((f, s or "", l, c) for f, s, l, c, _, _ in r["rejects"])
        if q == "2026-T3":
            declared = sorted((f.name, s.name or "", line, col)
                              for f in ms.FILES for s, line, row in ms.positions(f)
                              if isinstance(row, ms.Bad) for col, _ in row.problems)
        else:
            declared = sorted((f, s or "", l, c) for f, s, l, c, _, _ in declared_mistakes(built[q]))
        print(f"{q} : {len(r['rejects'])} rejets sur {len({x[:3] for x in found})} lignes")
        for f, s, l, c, v, why in r["rejects"]:
            print(f"  {f}, {s or '-'}, ligne {l}, {c} = {v!r} : {why}")
        expect(found == declared, f"{q}: rejets {found} != erreurs déclarées {declared}")
        if q != "2026-T3":
            expect(3 <= len(found) <= 6, f"{q}: {len(found)} erreurs volontaires")

    print("\n== Cadastre par trimestre ==")
    print(f"{'':9} {'fichiers':>8} {'besoins lus/utilisés':>21} {'services lus/utilisés':>22} {'cellules':>8}  "
          + "  ".join(f"{s:>11}" for s in STATUSES))
    for q in ALL_QUARTERS:
        r = results[q]
        counts = {s: sum(1 for c in r["cadastre"].values() if c["statut"] == s) for s in STATUSES}
        r["counts"] = counts
        print(f"{q:9} {len(r['files']):8} {r['needs_read']:>12}/{r['needs_used']:<8} "
              f"{r['services_read']:>12}/{r['services_used']:<9} {len(r['cadastre']):8}  "
              + "  ".join(f"{counts[s]:>11}" for s in STATUSES))
        expect(all(counts[s] > 0 for s in STATUSES), f"{q}: un statut manque {counts}")
    t3 = results["2026-T3"]
    expect((len(t3["cadastre"]), t3["counts"]["couvert"], t3["counts"]["partiel"], t3["counts"]["non-couvert"])
           == (121, 42, 17, 62), "2026-T3: le vérificateur ne retrouve pas 121 = 42 + 17 + 62 (README)")
    expect((t3["needs_used"], t3["services_used"]) == (224, 59), "2026-T3: 224 besoins et 59 services utilisés")

    print("\n== Cellules non couvertes par domaine ==")
    doms = TAX.order["domaine"]
    print(f"{'':9} " + " ".join(f"{d[:10]:>10}" for d in doms))
    rows = []
    for q in ALL_QUARTERS:
        cad = results[q]["cadastre"]
        row = [sum(1 for c in cad.values() if c["domaine"] == d and c["statut"] == "non-couvert") for d in doms]
        rows.append(row)
        print(f"{q:9} " + " ".join(f"{n:>10}" for n in row))
    expect(len({tuple(r) for r in rows}) == 4, "non-couvert par domaine identiques d'un trimestre à l'autre")

    print("\n== Les cinq cellules de l'histoire ==")
    print("(statut, demande_mentions, demande_personnes, offre_capacite, personnes_non_couvertes)")
    for cell in STORY_CELLS:
        print("  " + " / ".join(cell))
        prev = None
        for i, q in enumerate(ALL_QUARTERS):
            c = results[q]["cadastre"].get(cell)
            got = None if c is None else (c["statut"], c["personnes"], c["capacite"], c["non_couvertes"], c["mentions"])
            evo = "" if i == 0 else f"   {ALL_QUARTERS[i - 1]} -> {q} : {evolution(prev, c)}"
            print(f"    {q}: {got[0]:12} mentions {got[4]}  personnes {got[1]!s:>4}  capacité {got[2]!s:>4}  "
                  f"non couvertes {got[3]!s:>4}{evo}")
            expect(got == EXPECTED[cell][i], f"{q} {cell}: {got} != {EXPECTED[cell][i]}")
            prev = c
    # partners mentioning sante-mentale / jeunes grow, each quarter keeps the earlier ones
    ps = [set(results[q]["cadastre"][STORY_CELLS[0]]["partners"]) for q in ALL_QUARTERS]
    expect(all(a < b for a, b in zip(ps, ps[1:])), "sante-mentale/jeunes : partenaires pas en hausse stricte")

    print("\n== Évolutions d'un trimestre au suivant (règle de src/history.rs) ==")
    kinds = ["apparu", "aggrave", "stable", "ameliore", "resolu"]
    print(f"{'':20} " + " ".join(f"{k:>9}" for k in kinds))
    for a, b in zip(ALL_QUARTERS, ALL_QUARTERS[1:]):
        ca, cb = results[a]["cadastre"], results[b]["cadastre"]
        ev = [evolution(ca.get(k), cb.get(k)) for k in sorted(set(ca) | set(cb))]
        print(f"{a} -> {b}   " + " ".join(f"{ev.count(k):>9}" for k in kinds))
    return failures, results


# ============================================================================ main

def main():
    args = sys.argv[1:]
    only_check = "--check" in args
    args = [a for a in args if a != "--check"]
    root = args[0] if args else os.path.join(HERE, "waremme")
    t3 = os.path.join(root, "2026-T3")
    if not os.path.isdir(t3):
        t3 = os.path.join(HERE, "waremme", "2026-T3")
    built = {}
    for q in QUARTERS:
        if only_check:
            built[q] = build_quarter(q)
        else:
            built[q] = write_quarter(q, os.path.join(root, q))
            print(f"{q} : {len(built[q])} fichiers écrits dans {os.path.join(root, q)}")
    for q in QUARTERS:
        print(f"\nErreurs volontaires {q} (fichier, feuille, ligne, colonne, valeur, problème) :")
        for f, s, line, col, v, why in declared_mistakes(built[q]):
            print(f"  {f}, {s or '-'}, {line}, {col}, {v!r} : {why}")
    failures, _ = check(root, t3, built)
    if failures:
        print(f"\n{len(failures)} vérification(s) en échec")
        sys.exit(1)
    print("\nToutes les vérifications passent.")


if __name__ == "__main__":
    main()
