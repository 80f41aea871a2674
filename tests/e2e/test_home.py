"""The home page in a real browser: the action field cards, keyboard use and the language switcher."""

import re

import pytest
from playwright.sync_api import expect

ACTION_FIELDS = [
    ("Smart Welcome City", "smart-welcome-city"),
    ("Smart City goes Citizen", "smart-city-goes-citizen"),
    ("Smart Ecosystem Services", "smart-ecosystem-services"),
    ("Smart H2Quarters", "smart-h2quarters"),
    ("Smart Safe Mobility", "smart-safe-mobility"),
]
# More Tab presses than the header, navigation and home page content hold before the cards.
MAX_TAB_STOPS = 30

pytestmark = pytest.mark.usefixtures("demo_site")


def test_home_shows_action_field_cards_that_open_their_pages(page, live_server):
    page.goto(live_server.url + "/")
    cards = page.locator(".card-grid > li")
    expect(cards.get_by_role("heading", level=3)).to_have_text([title for title, _slug in ACTION_FIELDS])

    for title, slug in ACTION_FIELDS:
        page.goto(live_server.url + "/")
        cards.get_by_role("link", name=title, exact=True).click()
        expect(page).to_have_url(f"{live_server.url}/{slug}/")
        expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_keyboard_user_skips_to_content_and_opens_an_action_field(page, live_server):
    page.goto(live_server.url + "/")

    page.keyboard.press("Tab")
    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    # The skip link sits off-screen until focused; a sighted keyboard user must be able to see it.
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    card_link = page.locator(".card-grid a").first
    for _press in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        if card_link.evaluate("link => link === document.activeElement"):
            break
    expect(card_link).to_be_focused()
    # WCAG 2.4.7: the card draws the focus ring (the link's own outline is suppressed in site.css).
    card_outline = card_link.evaluate("link => getComputedStyle(link.closest('.card')).outlineStyle")
    assert card_outline != "none"

    title = card_link.inner_text()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/{dict(ACTION_FIELDS)[title]}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_language_switcher_changes_to_english(page, live_server):
    page.goto(live_server.url + "/")
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "de")

    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(f"{live_server.url}/en/")
    expect(html).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="English")).to_have_attribute("aria-pressed", "true")
    # The navigation keeps the visitor in English.
    expect(page.get_by_role("navigation", name="Action fields").get_by_role("link").first).to_have_attribute(
        "href", re.compile(r"^/en/")
    )


def test_language_switcher_changes_back_to_german(page, live_server):
    page.goto(live_server.url + "/en/")
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "en")

    # Read the redirect itself: waiting for a URL that never comes would cost the whole expect timeout.
    with page.expect_response(lambda response: response.url.endswith("/i18n/setlang/")) as switch:
        page.get_by_role("button", name="Deutsch").click()
    assert switch.value.headers["location"] == "/"
    expect(page).to_have_url(f"{live_server.url}/")
    expect(html).to_have_attribute("lang", "de")
    expect(page.get_by_role("button", name="Deutsch")).to_have_attribute("aria-pressed", "true")
