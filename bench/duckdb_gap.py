"""The DuckDB implementation of the gap rules, for the benchmark (bench/scale.rs).

    python3 bench/duckdb_gap.py CORPUS_DIR OUT.csv PERIOD [TAXONOMY.csv]

Reads the corpus written by `cadastre generer`, runs bench/duckdb_gap.sql and writes the
cadastre table as `cadastre analyse` writes cadastre.csv (same columns, order, format).
Needs: pip install duckdb
"""
import csv
import re
import sys
import unicodedata
from pathlib import Path

import duckdb

here = Path(__file__).resolve().parent
corpus, out, period = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
taxonomy = Path(sys.argv[4]) if len(sys.argv) > 4 else here.parent / "taxonomie" / "taxonomie.csv"


def fold(s):
    """The engine's value_key: lower case, no accents, non-alphanumeric runs to '-'."""
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


tax, ords, counters, domains = [], [], {}, {}
lines = (l.rstrip("\n") for l in taxonomy.open(encoding="utf-8"))
for row in (l.split(";") for l in lines if l.strip() and not l.startswith("#")):
    if row[0] == "type":
        continue
    kind, code, domain, fr, en = (row + [""] * 6)[:5]
    syn = (row + [""] * 6)[5]
    code = fold(code)
    n = counters.get(kind, 0)
    counters[kind] = n + 1
    ords.append((kind, code, n, fold(domain)))
    for key in {code, fold(fr), fold(en), *(fold(s) for s in syn.split("|") if s.strip())}:
        tax.append((kind, key, code))

con = duckdb.connect()
# Row order is fixed by the final ORDER BY: DuckDB need not keep it in between (faster, less memory).
con.execute("SET preserve_insertion_order = false")
con.execute("CREATE TEMP TABLE tax (kind VARCHAR, key VARCHAR, code VARCHAR)")
con.executemany("INSERT INTO tax VALUES (?, ?, ?)", tax)
con.execute("CREATE TEMP TABLE ord (kind VARCHAR, code VARCHAR, n INTEGER, domain VARCHAR)")
con.executemany("INSERT INTO ord VALUES (?, ?, ?, ?)", ords)
sql = (here / "duckdb_gap.sql").read_text(encoding="utf-8")
sql = sql.replace("{needs}", str(corpus / "synthetique-besoins-*.csv"))
sql = sql.replace("{services}", str(corpus / "synthetique-services-*.csv")).replace("{period}", period)
statements = [s.strip() for s in sql.split(";\n") if s.strip() and not all(l.startswith("--") for l in s.strip().splitlines())]
for s in statements[:-1]:
    con.execute(s)
result = con.execute(statements[-1]).fetchall()
with out.open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["periode", "domaine", "besoin", "public", "territoire", "demande_mentions", "demande_personnes",
                "priorite_max", "offre_services", "offre_capacite", "statut", "personnes_non_couvertes", "candidats"])
    for r in result:
        w.writerow(["" if v is None else v for v in r])
print(len(result), "cells")
