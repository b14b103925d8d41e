"""`evaluation.docx` opened by python-docx, a reader nobody here wrote.

Run by `.ci/run` with the other format checks, after `cargo test` built the debug binary:
python-docx opens the sample's evaluation and finds Word's heading styles by their names,
"Heading 1" for the six working groups (taxonomy order) and the conclusions, "Heading 2"
for the four sub-headings of each group, and the chart pictures.
"""

import os
import subprocess
from pathlib import Path

import docx
import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / "target" / "debug" / "cadastre"
SAMPLE = REPO / "datasets" / "waremme" / "2026-T3"
GROUPS = [
    "Maillage social",
    "Vivre ensemble",
    "Prévention jeunesse",
    "Autour des familles",
    "Solitude et exclusion",
    "Insertion socioprofessionnelle",
]
FOUR = ["Objectifs", "Difficultés rencontrées", "Résultats enregistrés", "Propositions d'action"]


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    out = tmp_path_factory.mktemp("evaluation")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    run = subprocess.run(
        [str(BIN), "analyse", str(SAMPLE), "--sortie", str(out)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"
    return docx.Document(str(out / "2026-T3" / "evaluation.docx"))


def test_python_docx_finds_the_groups_under_heading_1_and_the_four_under_heading_2(document):
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    level1 = [text for style, text in headings if style == "Heading 1"]
    assert [t for t in level1 if t in GROUPS] == GROUPS
    assert level1[-1] == "Conclusions générales"
    for group in GROUPS:
        start = headings.index(("Heading 1", group))
        assert headings[start + 1 : start + 5] == [("Heading 2", f) for f in FOUR], group


def test_python_docx_sees_a4_pages_and_the_five_charts(document):
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert len(document.inline_shapes) == 5
    width = section.page_width - section.left_margin - section.right_margin
    assert all(shape.width <= width for shape in document.inline_shapes)
