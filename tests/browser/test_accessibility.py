"""Pages for everyone (WCAG 2.1 AA, the European directive on public-sector websites):
axe-core finds nothing serious or critical on any page, no page is wider than a 390 px
phone, and every action of the partner page and of the board is reached with Tab and
visibly focused.

The written pages (report, guide, sheets' index, a partner sheet) are opened as files from
an `analyse` run of the sample; the portal's pages (sign-in, partner page, upload result,
board) are served as in test_portal.py. axe is injected by the test in a browser context
that bypasses the pages' CSP (the portal's forbids inline scripts, rightly)."""

import os
import pathlib
import subprocess
import tempfile

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from test_portal import BAD, PASSWORD, ROOT, BIN, portail, portal, browser  # noqa: F401

PHONE = 390
AXE = Axe()


@pytest.fixture(scope="module")
def sample_out():
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "out"
        subprocess.run(
            [BIN, "analyse", str(ROOT / "datasets" / "waremme" / "2026-T3"), "--sortie", str(out)],
            check=True, capture_output=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1764000000"},
        )
        yield out / "2026-T3"


def context(browser, width):
    return browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)


def serious(page):
    """The violations of impact serious or critical, as a readable report."""
    results = AXE.run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    lines = []
    for v in bad:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:160]}")
    return "\n".join(lines)


def width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def check(page, viewport):
    """No serious violation, and at a phone's width, no sideways scrolling."""
    found = serious(page)
    assert not found, f"{page.url} at {viewport} px:\n{found}"
    if viewport == PHONE:
        assert width(page) <= PHONE, f"{page.url} is {width(page)} px wide at {PHONE} px"


WRITTEN = ["rapport.html", "guide/index.html", "partenaires/index.html", "partenaires/cpas-de-waremme.html"]


@pytest.mark.parametrize("viewport", [1280, PHONE])
@pytest.mark.parametrize("name", WRITTEN)
def test_written_pages_pass_axe_and_fit_a_phone(sample_out, browser, name, viewport):  # noqa: F811
    path = sample_out / name
    assert path.exists(), path
    ctx = context(browser, viewport)
    page = ctx.new_page()
    page.goto(path.as_uri())
    check(page, viewport)
    ctx.close()


def partner_page(base, data, page, tmp):
    link = portail(data, "partenaire", "CPAS de Waremme")
    page.goto(base + link)
    expect(page.locator("h1")).to_have_text("CPAS de Waremme")
    return link


@pytest.mark.parametrize("viewport", [1280, PHONE])
def test_portal_pages_pass_axe_and_fit_a_phone(portal, browser, viewport):  # noqa: F811
    base, data, tmp = portal
    ctx = context(browser, viewport)
    page = ctx.new_page()
    # The partner page, then the result of an upload with rows to correct.
    partner_page(base, data, page, tmp)
    check(page, viewport)
    file = tmp / "besoins.csv"
    file.write_text(BAD, encoding="utf-8")
    page.set_input_files("#fichier", str(file))
    expect(page.locator("#resultat tr.rejet")).to_have_count(2)
    check(page, viewport)
    # Sign-in, then the board.
    page.goto(base + "/coordination")
    expect(page).to_have_url(base + "/connexion")
    check(page, viewport)
    page.fill("#mot_de_passe", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Tableau de bord")
    check(page, viewport)
    ctx.close()


def focused(page):
    """The focused element: a description, and whether its focus is drawn."""
    return page.evaluate(
        """() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        const zone = e.closest('.zone');
        const z = zone ? getComputedStyle(zone) : null;
        const drawn = (st) => st && st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2;
        return {
            tag: e.tagName.toLowerCase(), id: e.id, type: e.type || '',
            text: (e.innerText || e.value || '').trim().slice(0, 60),
            visible: drawn(s) || drawn(z),
        };
    }"""
    )


def tab_through(page, steps=80):
    """Presses Tab until focus comes back to the first element reached (it passes through
    the browser's own controls on the way: no element then); every element reached."""
    reached = []
    for _ in range(steps):
        page.keyboard.press("Tab")
        f = focused(page)
        if f is None:
            continue
        if reached and f == reached[0]:
            break
        reached.append(f)
    return reached


def test_the_partner_page_is_usable_with_the_keyboard(portal, browser):  # noqa: F811
    base, data, tmp = portal
    file = tmp / "besoins.csv"
    file.write_text(BAD, encoding="utf-8")
    ctx = context(browser, 1280)
    page = ctx.new_page()
    link = partner_page(base, data, page, tmp)
    # A file sent once, so the page also has its "withdraw" button.
    page.set_input_files("#fichier", str(file))
    expect(page.locator("#resultat tr.rejet")).to_have_count(2)
    page.goto(base + link)
    reached = tab_through(page)
    tags = [(f["tag"], f["id"], f["type"]) for f in reached]
    assert ("input", "fichier", "file") in tags, tags
    assert any(t == "button" and ty == "submit" for t, _, ty in tags), tags
    buttons = page.locator("main button").count()
    assert sum(1 for t, _, _ in tags if t == "button") == buttons, tags
    not_shown = [f for f in reached if not f["visible"]]
    assert not not_shown, f"focused without a visible outline: {not_shown}"
    ctx.close()


def test_the_board_is_usable_with_the_keyboard(portal, browser):  # noqa: F811
    base, data, tmp = portal
    portail(data, "partenaire", "CPAS de Waremme")
    portail(data, "partenaire", "AMO Le Tremplin")
    ctx = context(browser, 1280)
    page = ctx.new_page()
    page.goto(base + "/connexion")
    # Signing in with the keyboard alone: the password field has the focus, and Tab
    # reaches it again.
    assert focused(page)["id"] == "mot_de_passe"
    reached = tab_through(page, 10)
    assert any(f["id"] == "mot_de_passe" for f in reached), reached
    assert all(f["visible"] for f in reached), reached
    page.focus("#mot_de_passe")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Tableau de bord")
    reached = tab_through(page, 200)
    buttons = page.locator("button:visible").count()
    got = [f for f in reached if f["tag"] == "button"]
    assert len(got) == buttons, f"{len(got)} of {buttons} buttons reached: {got}"
    not_shown = [f for f in reached if not f["visible"]]
    assert not not_shown, f"focused without a visible outline: {not_shown}"
    ctx.close()
