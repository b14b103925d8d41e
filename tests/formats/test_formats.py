"""The sector's formats, checked by validators nobody here wrote.

Run by `.ci/run` after `cargo test` (which builds the debug binary):

    python3 -m pytest -q tests/formats

- Frictionless validates `hsds/datapackage.json` (foreign keys included) on the sample and
  on a generated corpus of 100,000 need rows, and the folder's `datapackage.json`;
- jsonschema validates each service of `hsds/services.json` against HSDS 3.0's compiled
  schema, found in `shared/hsds-3/` beside the repository (or above it);
- libhxl reads `cadastre.csv` and `guide.csv` written with `--hxl`;
- DuckDB runs `sql/cadastre.sql` over the Parquet rows of the sample, and over two
  partitions of a generated corpus, and gives `cadastre.csv` row for row.
"""

import csv
import json
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import frictionless
import hxl
import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / "target" / "debug" / "cadastre"
SAMPLE = REPO / "datasets" / "waremme" / "2026-T3"
PERIOD = "2026-T3"
ROW_TABLES = [
    "besoins_partenaires",
    "services_valides",
    "taxonomie",
    "partenaires_orthographes",
]


def shared_dir() -> Path:
    """`shared/hsds-3` beside the repository, or beside one of its parents."""
    for base in REPO.parents:
        candidate = base / "shared" / "hsds-3"
        if candidate.is_dir():
            return candidate
    raise RuntimeError(
        f"shared/hsds-3 not found beside {REPO} or its parents: the HSDS schemas are needed"
    )


def cadastre(*args: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    run = subprocess.run([str(BIN), *args], capture_output=True, text=True, env=env)
    assert run.returncode == 0, f"cadastre {' '.join(args)}\n{run.stdout}\n{run.stderr}"


@pytest.fixture(scope="session")
def outputs(tmp_path_factory) -> dict:
    """Every output the tests read, built once."""
    if not BIN.exists():
        subprocess.run(["cargo", "build", "-q"], cwd=REPO, check=True)
    root = tmp_path_factory.mktemp("formats")
    cadastre("analyse", str(SAMPLE), "--sortie", str(root / "sample"), "--parquet-lignes")
    cadastre("analyse", str(SAMPLE), "--sortie", str(root / "hxl"), "--hxl", "--min-cell", "5")
    cadastre("guide", str(SAMPLE), "--sortie", str(root / "guide"), "--hxl")
    # guide.csv rewritten with hashtags in a folder analysed without them.
    cadastre("analyse", str(SAMPLE), "--sortie", str(root / "mixed"))
    cadastre("guide", str(SAMPLE), "--sortie", str(root / "mixed"), "--hxl")
    # A generated corpus in four needs files and one services file, analysed whole, and
    # split into two partitions analysed apart.
    corpus = root / "corpus"
    cadastre(
        "generer", "--lignes", "100000", "--lignes-par-fichier", "25000",
        "--sortie", str(corpus / "tout" / PERIOD),
    )
    files = sorted((corpus / "tout" / PERIOD).iterdir())
    for i, f in enumerate(files):
        part = corpus / ("a" if i % 2 == 0 else "b") / PERIOD
        part.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, part / f.name)
    cadastre("analyse", str(corpus / "tout" / PERIOD), "--sortie", str(root / "tout"))
    for part in ["a", "b"]:
        cadastre(
            "analyse", str(corpus / part / PERIOD),
            "--sortie", str(root / f"partition-{part}"), "--parquet-lignes",
        )
    return {
        "sample": root / "sample" / PERIOD,
        "hxl": root / "hxl" / PERIOD,
        "guide": root / "guide" / PERIOD,
        "mixed": root / "mixed" / PERIOD,
        "corpus": root / "tout" / PERIOD,
        "partitions": [root / f"partition-{p}" / PERIOD for p in ["a", "b"]],
    }


def assert_valid(descriptor: Path) -> frictionless.Report:
    report = frictionless.validate(str(descriptor))
    errors = [
        f"{task.name}: {e.type}: {e.message}"
        for task in report.tasks
        for e in task.errors[:5]
    ]
    assert report.valid, "\n".join(errors[:20])
    return report


@pytest.mark.parametrize("which", ["sample", "corpus"])
def test_hsds_tabular_form_validates_with_its_foreign_keys(outputs, which):
    folder = outputs[which] / "hsds"
    descriptor = json.loads((folder / "datapackage.json").read_text())
    names = [r["name"] for r in descriptor["resources"]]
    for name in ["organization", "service", "location", "service_at_location", "phone",
                 "schedule", "service_area", "taxonomy", "taxonomy_term", "attribute"]:
        assert name in names
    keys = [fk for r in descriptor["resources"] for fk in r["schema"].get("foreignKeys", [])]
    assert any(fk["reference"]["resource"] == "organization" for fk in keys)
    assert all(fk["reference"]["resource"] in names for fk in keys)
    report = assert_valid(folder / "datapackage.json")
    assert len(report.tasks) == len(names)
    assert all(task.stats["rows"] > 0 for task in report.tasks)


def test_hsds_services_validate_against_the_compiled_schema(outputs):
    schema = json.loads((shared_dir() / "schema" / "compiled" / "service.json").read_text())
    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    services = json.loads((outputs["sample"] / "hsds" / "services.json").read_text())
    guide = list(csv.DictReader((outputs["sample"] / "guide.csv").open(encoding="utf-8")))
    assert len(services) == len(guide)
    for service in services:
        errors = [e.message for e in validator.iter_errors(service)]
        assert not errors, f"{service['name']}: {errors[:3]}"
    # What a directory imports: an organization, a place, a phone, hours, and categories.
    cpas = next(s for s in services if s["name"] == "Service social général (permanences)")
    assert cpas["organization"]["name"] == "CPAS de Waremme"
    assert cpas["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "4300"
    assert cpas["phones"][0]["number"] == "019 32 00 10"
    assert cpas["schedules"][0]["byday"] == "MO,TU,WE,TH,FR"
    assert {a["link_type"] for a in cpas["attributes"]} == {"besoin", "public"}


@pytest.mark.parametrize("which", ["sample", "hxl", "mixed", "corpus"])
def test_the_folder_data_package_validates(outputs, which):
    descriptor = outputs[which] / "datapackage.json"
    report = assert_valid(descriptor)
    described = {task.name for task in report.tasks}
    written = {p.stem.replace("_", "-") for p in outputs[which].glob("*.csv")}
    assert described == written


def hxl_columns(path: Path) -> tuple:
    data = hxl.data(str(path), hxl.InputOptions(allow_local=True))
    return {c.header: c.display_tag for c in data.columns}, list(data)


def test_libhxl_reads_the_hashtags(outputs):
    tags, rows = hxl_columns(outputs["hxl"] / "cadastre.csv")
    assert tags["periode"] == "#date+reported"
    assert tags["besoin"] == "#subsector+code"
    assert tags["public"] == "#beneficiary+code"
    assert tags["demande_personnes"] == "#inneed+num"
    assert tags["statut"] == "#status+code"
    assert tags["candidats"] == "#org+candidate+list"
    plain = list(csv.DictReader((outputs["sample"] / "cadastre.csv").open(encoding="utf-8")))
    assert len(rows) == len(plain)
    assert [r.get("#subsector") for r in rows] == [r["besoin"] for r in plain]
    tags, rows = hxl_columns(outputs["guide"] / "guide.csv")
    assert tags["partenaire"] == "#org+name"
    assert tags["besoins"] == "#subsector+code+list"
    assert rows[0].get("#org+name")


def reduce(folders: list) -> list:
    """cadastre.csv's rows from the Parquet rows of some partitions, by DuckDB."""
    con = duckdb.connect()
    for table in ROW_TABLES:
        paths = ", ".join(f"'{f / (table + '.parquet')}'" for f in folders)
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{paths}])")
    result = con.sql((REPO / "sql" / "cadastre.sql").read_text())
    header = [c for c in result.columns]
    rows = [["" if v is None else str(v) for v in row] for row in result.fetchall()]
    return [header] + rows


def read_csv(path: Path) -> list:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_duckdb_reduces_the_sample_to_cadastre_csv(outputs):
    expected = read_csv(outputs["sample"] / "cadastre.csv")
    got = reduce([outputs["sample"]])
    assert len(got) == len(expected) > 100
    for want, have in zip(expected, got):
        assert have == want


def test_duckdb_reduces_two_partitions_to_the_whole_run(outputs):
    expected = read_csv(outputs["corpus"] / "cadastre.csv")
    got = reduce(outputs["partitions"])
    assert len(got) == len(expected) > 1000
    for want, have in zip(expected, got):
        assert have == want
    # The partitions alone give other cells: the reduce did the work.
    alone = reduce(outputs["partitions"][:1])
    assert alone != expected
