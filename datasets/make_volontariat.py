#!/usr/bin/env python3
"""Génère l'exemple du Conseil du volontariat de Waremme (cadastre benevoles).

Writes the bundled sample of `cadastre benevoles` and `cadastre analyse --benevoles`:

    datasets/volontariat/conseil-volontariat.xlsx   the council's list of volunteers, as
                                                     a workbook (sheet "Bénévoles"), and
                                                     a sheet of notes that is not a table
    datasets/volontariat/missions-associations.csv  the associations' requests (`;`,
                                                     UTF-8), matching gaps of the Waremme
                                                     sample (the social taxi in Oleye…)

Every person is invented (names from a list of common Belgian first and last names,
addresses at exemple.be, phone numbers 0470 00 xx xx); any likeness is chance.
Deliberate mistakes, for the rejections and the merge:
  - Luc Renard has neither e-mail nor phone (rejected);
  - Nadia Collignon offers "taxi socail" (rejected; did you mean taxi-social?);
  - Sophie Marchal appears twice with the same address (merged, a warning);
  - the mission "Cours de français" names the need "français langue étrangère" (rejected).

The content is fixed and the workbook's dates and zip timestamps too: two runs give
byte-identical files. Run from the repository root:

    python3 datasets/make_volontariat.py

Dependency (PyPI): openpyxl
"""

import datetime as dt
import os
import re
import zipfile

import openpyxl

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "volontariat")
FIXED_DATE = dt.datetime(2026, 9, 1, 9, 0, 0)
ZIP_DATE = (2026, 9, 1, 9, 0, 0)

VOLUNTEERS_HEADER = ["Bénévole", "Courriel", "Téléphone", "Besoins", "Territoires",
                     "Publics", "Disponibilités", "Commentaire"]
VOLUNTEERS = [
    ["Sophie Marchal", "sophie.marchal@exemple.be", "0470 00 10 01", "Taxi social",
     "Oleye", "Aînés", "Mardi après-midi, jeudi matin", "A une voiture"],
    ["Marc Dethier", "", "0470 00 10 02", "taxi-social | visites-domicile",
     "Oleye, Bleret", "", "mardi après-midi", ""],
    ["Julie Lemaire", "julie.lemaire@exemple.be", "", "Visites à domicile, isolement",
     "", "aines", "lun-matin | mer-apres-midi", "Parle aussi néerlandais"],
    ["Thomas Gilson", "thomas.gilson@exemple.be", "0470 00 10 04", "Soutien à la parentalité",
     "Grand-Axhe", "Familles", "Samedi matin", ""],
    ["Aline Dubois", "aline.dubois@exemple.be", "", "Aide alimentaire",
     "Oleye", "", "vendredi après-midi", ""],
    ["Pierre Wauters", "", "0470 00 10 06", "taxi social", "commune", "tous",
     "jeudi matin, vendredi matin", "Retraité, disponible en semaine"],
    ["Luc Renard", "", "", "isolement", "Oleye", "", "", ""],
    ["Nadia Collignon", "nadia.collignon@exemple.be", "", "taxi socail", "Bleret", "", "", ""],
    ["Sophie Marchal", "sophie.marchal@exemple.be", "", "isolement", "Oleye", "",
     "mardi matin", ""],
    ["Kevin Hansen", "kevin.hansen@exemple.be", "0470 00 10 10", "accueil-communautaire",
     "Oleye | Grand-Axhe", "Jeunes", "mercredi après-midi, samedi après-midi", "Animateur"],
    ["Elise Janssens", "elise.janssens@exemple.be", "", "Sociale taxi",
     "Bovenistier, Grand-Axhe", "Ouderen", "di namiddag, do ochtend", "Nederlandstalig"],
    ["Martine Gérard", "martine.gerard@exemple.be", "0470 00 10 12", "isolement, visites-domicile",
     "commune", "personnes isolées", "", ""],
]

NOTES = [["Conseil du volontariat : liste tenue par le PCS, mise à jour le 1er septembre."],
         ["Les bénévoles ont donné leur accord pour être contactés par les associations."]]

MISSIONS = [
    ["Partenaire", "Mission", "Besoin", "Public", "Territoire", "Créneaux", "Nombre"],
    ["Espace Seniors de Waremme", "Chauffeur pour le taxi social", "taxi-social", "aines",
     "oleye", "mardi après-midi", "2"],
    ["Espace Seniors de Waremme", "Visites de convivialité", "isolement", "aines", "oleye",
     "", "3"],
    ["CPAS de Waremme", "Accompagnement aux rendez-vous médicaux", "taxi-social", "aines",
     "grand-axhe", "jeudi matin", "1"],
    ["Plan de cohésion sociale de Waremme", "Animation au local des jeunes", "accueil-communautaire",
     "jeunes", "oleye", "mercredi après-midi", "1"],
    ["Ligue des familles - section de Waremme", "Parrainage de jeunes parents", "soutien-parentalite",
     "familles", "grand-axhe", "", "2"],
    ["Croix-Rouge - section de Waremme", "Livraison de colis", "aide-alimentaire", "familles",
     "oleye", "vendredi après-midi", "1"],
    ["Croix-Rouge - section de Waremme", "Cours de français", "français langue étrangère", "", "", "", "1"],
    ["CPAS de Waremme", "Aide aux devoirs", "decrochage-scolaire", "jeunes", "", "", "2"],
]


def normalize_zip(path):
    """Rewrite a zip with fixed entry timestamps (same order, same compression)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\2",
                              data)
            ni = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def write_workbook(path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("Bénévoles")
    ws.append(VOLUNTEERS_HEADER)
    for row in VOLUNTEERS:
        ws.append(row)
    for col, width in zip("ABCDEFGH", [20, 28, 15, 30, 22, 18, 32, 28]):
        ws.column_dimensions[col].width = width
    notes = wb.create_sheet("Notes")
    for row in NOTES:
        notes.append(row)
    wb.properties.creator = "Conseil du volontariat de Waremme"
    wb.properties.lastModifiedBy = None
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.save(path)
    normalize_zip(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    write_workbook(os.path.join(OUT, "conseil-volontariat.xlsx"))
    with open(os.path.join(OUT, "missions-associations.csv"), "w", encoding="utf-8", newline="") as f:
        for row in MISSIONS:
            f.write(";".join(row) + "\r\n")
    print(f"{OUT}: conseil-volontariat.xlsx ({len(VOLUNTEERS)} lignes), "
          f"missions-associations.csv ({len(MISSIONS) - 1} missions)")


if __name__ == "__main__":
    main()
