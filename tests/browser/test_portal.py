"""The portal in a real browser (Debian's Chromium driven by Playwright, offline): a
partner drops a file and reads its errors on the page; the coordinator signs in, runs the
analysis and opens the report. Screenshots go to $CADASTRE_CAPTURES when it is set."""

import contextlib
import os
import pathlib
import subprocess
import tempfile

import pytest
from playwright.sync_api import expect, sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("CADASTRE_BIN", str(ROOT / "target" / "debug" / "cadastre"))
PASSWORD = "un mot de passe solide"
CAPTURES = os.environ.get("CADASTRE_CAPTURES")

BAD = (
    "Partenaire;Besoin;Public;Territoire;Priorité;Personnes\n"
    "CPAS de Waremme;decrochage scolair;jeunes;commune;4;45\n"
    "CPAS de Waremme;aide-alimentaire;familles;commune;8;20\n"
)


def portail(data, *args, stdin=None):
    out = subprocess.run(
        [BIN, "portail", args[0], "--donnees", str(data), *args[1:]],
        input=stdin, capture_output=True, text=True, check=True,
    )
    return out.stdout.strip()


@contextlib.contextmanager
def started(*extra):
    with tempfile.TemporaryDirectory() as tmp:
        data = pathlib.Path(tmp) / "portail"
        portail(data, "coordination", stdin=PASSWORD + "\n")
        portail(data, "periode", "2026-T3", "--echeance", "2026-10-15")
        server = subprocess.Popen(
            [BIN, "serve", "--donnees", str(data), "--adresse", "127.0.0.1:0", *extra],
            stdout=subprocess.PIPE, text=True,
        )
        try:
            line = server.stdout.readline()
            base = next(w for w in line.split() if w.startswith("http://")).removesuffix("/coordination")
            yield base, data, pathlib.Path(tmp)
        finally:
            server.terminate()
            server.wait(timeout=30)


@pytest.fixture()
def portal():
    with started() as p:
        yield p


@pytest.fixture()
def portal_nl():
    with started("--langue", "nl") as p:
        yield p


@pytest.fixture()
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        try:
            yield b
        finally:
            b.close()


def capture(page, name):
    if CAPTURES:
        pathlib.Path(CAPTURES).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(pathlib.Path(CAPTURES) / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_partner_drops_a_file_and_reads_its_errors(portal, browser, width):
    base, data, tmp = portal
    link = portail(data, "partenaire", "CPAS de Waremme")
    file = tmp / "besoins.csv"
    file.write_text(BAD, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base + link)
    expect(page.locator("h1")).to_have_text("CPAS de Waremme")
    expect(page.locator(".periode")).to_contain_text("2026-10-15")
    capture(page, f"partenaire-{width}")
    # Choosing the file is enough: the page's script sends it.
    page.set_input_files("#fichier", str(file))
    result = page.locator("#resultat")
    expect(result).to_contain_text("2 lignes à corriger")
    rows = page.locator("#resultat tr.rejet")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("vouliez-vous dire decrochage-scolaire")
    expect(rows.nth(1)).to_contain_text("priorite")
    expect(page.locator("table.fichiers")).to_contain_text("besoins.csv")
    capture(page, f"partenaire-resultat-{width}")


def test_the_coordinator_signs_in_analyses_and_opens_the_report(portal, browser):
    base, data, tmp = portal
    link = portail(data, "partenaire", "Athénée royal de Waremme")
    portail(data, "partenaire", "AMO Le Tremplin")
    sample = ROOT / "datasets" / "waremme" / "2026-T3" / "athenee-royal.csv"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base + link)
    page.set_input_files("#fichier", str(sample))
    expect(page.locator("#resultat")).to_be_visible()

    page.goto(base + "/coordination")
    expect(page).to_have_url(base + "/connexion")
    page.fill("#mot_de_passe", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Tableau de bord")
    # The partner that sent nothing stands out.
    expect(page.locator("tr.rien")).to_contain_text("AMO Le Tremplin")
    capture(page, "tableau-1280")
    page.click("text=Analyser la période ouverte")
    expect(page.locator("#analyse")).to_contain_text("terminée", timeout=120_000)
    page.click("text=rapport")
    expect(page.locator("h1")).to_have_text("Cadastre des besoins, 2026-T3")
    capture(page, "rapport")


@pytest.mark.parametrize("width", [1280, 390])
def test_in_dutch_a_partner_drops_a_file_and_reads_the_page_in_dutch(portal_nl, browser, width):
    base, data, tmp = portal_nl
    link = portail(data, "partenaire", "OCMW Borgloon")
    file = tmp / "behoeften.csv"
    file.write_text(BAD.replace("CPAS de Waremme", "OCMW Borgloon"), encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base + link)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator(".periode")).to_have_text("Open periode: 2026-T3, op te laden vóór 2026-10-15.")
    expect(page.locator(".zone")).to_contain_text("Sleep uw bestand hierheen, of kies het")
    page.set_input_files("#fichier", str(file))
    result = page.locator("#resultat")
    expect(result.locator("h2")).to_have_text("behoeften.csv: ontvangen, 2 te verbeteren rijen")
    expect(result).to_contain_text("Probleem en verbetering")
    expect(page.locator("#resultat tr.rejet")).to_have_count(2)
    expect(page.locator("table.fichiers")).to_contain_text("Intrekken")
    capture(page, f"partenaire-nl-{width}")
