"""The Conseil du volontariat in a real browser (Debian's Chromium driven by Playwright,
offline): an association asks for a driver, a volunteer registers on a 390 px phone, the
coordinator proposes them in one click, they accept, and the association sees their
contact. Screenshots at 390 and 1280 px go to $CADASTRE_CAPTURES when it is set."""

import re

import pytest
from playwright.sync_api import expect

from test_portal import PASSWORD, browser, capture, portail, started  # noqa: F401 (fixture)

NAME = "Léa Vandenberghe"
EMAIL = "lea.vandenberghe@exemple.be"


@pytest.fixture()
def portal():
    with started() as p:
        yield p


def post_mission(browser, base, link, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base + link)
    section = page.locator("#benevoles")
    expect(section.locator("h2")).to_have_text("Nous cherchons des bénévoles")
    page.fill("#champ-mission", "Chauffeur pour le taxi social")
    page.select_option("#champ-besoin", "taxi-social")
    page.select_option("#champ-territoire", "oleye")
    page.check("#creneaux-mar-apres-midi")
    page.check("#creneaux-jeu-matin")
    page.click("text=Publier la demande")
    expect(page.locator(".mission-etat h4")).to_contain_text("Chauffeur pour le taxi social")
    expect(page.locator(".mission-etat")).to_contain_text("0 sur 1 a accepté")
    return page


def register(browser, base, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base + "/benevoles")
    expect(page.locator("h1")).to_have_text("Donner un peu de son temps")
    # The page fits the phone: nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # Keyboard: from the name, Tab goes to the e-mail, and the focus is visible.
    page.focus("#champ-benevole")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "champ-courriel"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineWidth") == "3px"
    capture(page, f"benevoles-formulaire-{width}")
    page.fill("#champ-benevole", NAME)
    page.fill("#champ-courriel", EMAIL)
    page.get_by_label(re.compile("^Taxi social")).check()
    page.get_by_label("Oleye").check()
    # Each box of the week grid is labelled in full for a screen reader.
    page.get_by_label("mardi après-midi", exact=True).check()
    page.get_by_label("jeudi soir", exact=True).check()
    page.check("#champ-consentement")
    page.click("text=M'inscrire")
    expect(page).to_have_url(re.compile(r"/b/[0-9a-f]{64}$"))
    expect(page.locator("h1")).to_have_text("Votre page de bénévole")
    expect(page.locator("#propositions")).to_contain_text("Pas encore de proposition")
    capture(page, f"benevoles-page-{width}")
    return page


def test_a_volunteer_registers_on_a_phone_is_proposed_accepts_and_the_association_sees_them(portal, browser):
    base, data, _ = portal
    cpas = portail(data, "partenaire", "CPAS de Waremme")
    association = post_mission(browser, base, cpas, 1280)
    wide = browser.new_page(viewport={"width": 1280, "height": 900})
    wide.goto(base + "/benevoles")
    capture(wide, "benevoles-formulaire-1280")
    volunteer = register(browser, base, 390)

    # The coordinator proposes the first candidate in one click.
    board = browser.new_page(viewport={"width": 1280, "height": 900})
    board.goto(base + "/connexion")
    board.fill("#mot_de_passe", PASSWORD)
    board.click("button[type=submit]")
    board.goto(base + "/coordination/benevoles")
    first = board.locator(".mission-conseil table.candidats tbody tr").first
    expect(first).to_contain_text(NAME)
    expect(first).to_contain_text("Oleye")
    capture(board, "benevoles-conseil-1280")
    first.get_by_role("button", name=f"Proposer la mission à {NAME}").click()
    expect(board.locator(".mission-conseil table.candidats tbody tr").first).to_contain_text("proposé, en attente")

    # Not yet accepted: the association sees no name.
    association.reload()
    expect(association.locator("#benevoles")).not_to_contain_text(NAME)

    # The volunteer accepts on their phone.
    volunteer.reload()
    proposal = volunteer.locator(".proposition")
    expect(proposal).to_contain_text("Chauffeur pour le taxi social")
    expect(proposal).to_contain_text("pour CPAS de Waremme")
    capture(volunteer, "benevoles-proposition-390")
    proposal.get_by_role("button", name="J'accepte").click()
    expect(volunteer.locator(".notice")).to_contain_text("L'association a reçu votre nom et votre contact")
    expect(volunteer.locator(".proposition")).to_contain_text("Vous avez accepté")

    # The association sees their contact, on a phone and on a desktop.
    for width in (390, 1280):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(base + cpas)
        contact = page.locator("#benevoles .contact")
        expect(contact).to_contain_text(NAME)
        expect(contact.locator("a[href^=mailto]")).to_have_text(EMAIL)
        expect(page.locator(".mission-etat")).to_contain_text("1 sur 1 a accepté")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        capture(page, f"benevoles-association-{width}")

    board.reload()
    expect(board.locator(".mission-conseil")).to_contain_text("accepté")
    # The coordinator's board links the council's.
    board.goto(base + "/coordination")
    board.click("text=Le Conseil du volontariat")
    expect(board.locator("h1")).to_have_text("Conseil du volontariat")
