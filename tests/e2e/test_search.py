"""Searching the proposal list in a real browser: spellings with ß/ss and umlauts, inflected forms, the best
matches first and a capped count."""

import pytest
from playwright.sync_api import expect

from participation import listing
from tests.factories import ProposalFactory

# Only what the migrations create, restored by serialized rollback (as in test_proposals.py).
pytestmark = pytest.mark.usefixtures("django_db_serialized_rollback", "transactional_db")


def search(page, live_server, words: str) -> None:
    page.goto(live_server.url + "/vorschlaege/")
    page.get_by_label("Suche").fill(words)
    page.get_by_role("button", name="Vorschläge anzeigen").click()


def test_a_citizen_finds_proposals_whatever_the_spelling(page, live_server):
    ProposalFactory(title="Zebrastreifen an der Kölnischen Strasse", body="Für den Schulweg.")
    ProposalFactory(title="Ein Radweg für Wehlheiden", body="Zum Bahnhof fehlt eine durchgehende Verbindung.")
    ProposalFactory(title="Grüne Dächer für Bushaltestellen", body="Sie kühlen im Sommer.")
    cards = page.locator(".proposal-card")

    search(page, live_server, "Straße")
    expect(cards).to_have_count(1)
    expect(cards.first.get_by_role("link")).to_have_text("Zebrastreifen an der Kölnischen Strasse")
    # The words stay in the field, and the best matches come first unless another order is chosen.
    expect(page.get_by_label("Suche")).to_have_value("Straße")
    expect(page.get_by_label("Sortieren nach")).to_have_value("relevance")

    search(page, live_server, "Radwege")
    expect(cards).to_have_count(1)
    expect(cards.first.get_by_role("link")).to_have_text("Ein Radweg für Wehlheiden")

    search(page, live_server, "gruene Dach")
    expect(cards).to_have_count(1)
    expect(cards.first.get_by_role("link")).to_have_text("Grüne Dächer für Bushaltestellen")


def test_a_broad_search_lists_title_matches_first_and_says_there_are_more(page, live_server, monkeypatch):
    monkeypatch.setattr(listing, "SEARCH_COUNT_CAP", 2)  # stands for 1,000 without writing a thousand rows
    ProposalFactory(title="Straße vor der Schule beruhigen", body="Mit Blumenkübeln.")  # the oldest
    ProposalFactory(title="Mehr Licht", body="Die Straße zur Schule ist nachts dunkel.")
    ProposalFactory(title="Bänke in der Innenstadt", body="An der Straße zum Markt fehlen Sitzplätze.")
    cards = page.locator(".proposal-card")

    search(page, live_server, "Strasse")

    expect(page.locator(".result-count")).to_have_text("Mehr als 2 Vorschläge")
    expect(cards).to_have_count(2)
    # The one with the word in its title comes first, though it is the oldest.
    expect(cards.first.get_by_role("link")).to_have_text("Straße vor der Schule beruhigen")
