"""The home page invites (#15): the open phase and its end date, one call to action, the newest and most-supported
proposals, five field cards with our own pictograms, figures in German number format; and the proposal cards."""

import datetime
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from core.choices import ActionField, District
from participation.choices import ProposalStatus
from portal.figures import HOME_FIGURES_KEY
from portal.models import HomePage
from tests.factories import ProposalFactory, ProposalPhaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    call_command("load_demo_content", "--pages-only", verbosity=0)


def home(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, heading_id: str) -> str:
    """The markup of the <section> labelled by `heading_id`."""
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_an_open_phase_leads_with_its_end_date_and_one_call_to_action(client, pages):
    ProposalPhaseFactory(ends_at=datetime.datetime(2031, 3, 31, 18, 0, tzinfo=datetime.UTC))

    join = section(home(client), "join-title")

    assert "Jetzt mitmachen" in join
    assert "Vorschläge sind bis zum 31. März 2031 willkommen." in join
    assert len(re.findall(r'class="button[^"]*"', join)) == 1  # one call to action
    assert re.search(r'<a class="button button-large" href="/vorschlaege/neu/">Vorschlag machen</a>', join)


def test_without_an_open_phase_the_page_says_when_the_next_opens_and_offers_reading(client, pages):
    ProposalPhaseFactory(
        starts_at=timezone.now() + datetime.timedelta(days=30), ends_at=timezone.now() + datetime.timedelta(days=90)
    )

    join = section(home(client), "join-title")

    assert "können Sie Vorschläge machen." in join
    assert "Vorschlag machen</a>" not in join
    assert '<a class="button button-large" href="/vorschlaege/">Vorschläge lesen</a>' in join


def test_the_editors_words_replace_the_invitations_defaults(client, pages):
    ProposalPhaseFactory()
    HomePage.objects.filter().update(join_title="Ihre Idee zählt", join_text="Bis Ostern sammeln wir Ideen.")

    join = section(home(client), "join-title")

    assert "Ihre Idee zählt" in join and "Bis Ostern sammeln wir Ideen." in join
    assert "Jetzt mitmachen" not in join


def test_newest_and_most_supported_proposals_are_listed_in_their_order(client, pages):
    ProposalPhaseFactory()
    old_favourite = ProposalFactory(title="Alter Liebling", agree_count=40)
    ProposalFactory(title="Mittel", agree_count=5)
    newest = ProposalFactory(title="Ganz neu", agree_count=0)
    ProposalFactory(title="Versteckt", agree_count=99, status=ProposalStatus.HIDDEN)
    html = home(client)

    newest_titles = re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', section(html, "newest-title"))
    popular_titles = re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', section(html, "popular-title"))

    assert newest_titles[0] == newest.title
    assert popular_titles[0] == old_favourite.title
    assert "Versteckt" not in html


def test_figures_carry_german_thousands_separators(client, pages):
    cache.set(HOME_FIGURES_KEY, {"proposals": 1502, "comments": 414, "votes": 13667, "participants": 320}, 60)

    figures = section(home(client), "figures-title")

    assert "<dd>13.667</dd>" in figures and "<dd>1.502</dd>" in figures and "<dd>414</dd>" in figures
    english = client.get("/en/").content.decode()
    assert "<dd>13,667</dd>" in section(english, "figures-title")


def test_five_field_cards_each_with_our_own_pictogram(client, pages):
    cards = section(home(client), "fields-title")

    pictograms = re.findall(r'src="/static/img/fields/(\w+)\.svg"', cards)
    assert pictograms == [field.value for field in ActionField]
    for field in ActionField:
        svg = (settings.BASE_DIR / "static" / "img" / "fields" / f"{field.value}.svg").read_text()
        # Our own drawing: no reference to anything outside the file.
        assert (
            svg.startswith("<svg")
            and "href" not in svg
            and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")
        )


def test_a_proposal_card_shows_excerpt_thumbnail_both_counts_status_badge_and_place(client, pages):
    ProposalFactory(
        title="Bänke am Königsplatz",
        body="Am Königsplatz fehlen Bänke im Schatten. " * 12,
        district=District.MITTE,
        latitude=Decimal("51.315480"),
        longitude=Decimal("9.497050"),
        image="proposals/bank.png",
        agree_count=1234,
        disagree_count=7,
        status=ProposalStatus.UNDER_REVIEW,
    )

    html = client.get("/vorschlaege/").content.decode()
    start = html.index('<li class="proposal-card')
    card = html[start : html.index("</div>\n</li>", start)]

    assert '<img class="proposal-thumb" src="/media/proposals/bank.png"' in card
    assert re.search(r'<p class="excerpt">Am Königsplatz fehlen Bänke im Schatten\.( Am Königsplatz[^<]*)…</p>', card)
    assert "<strong>1.234</strong> Zustimmungen" in card
    assert "<strong>7</strong> Ablehnungen" in card
    assert (
        '<span class="badge badge-status-under_review"><span class="visually-hidden">Status: </span>in Prüfung' in card
    )
    assert "Mitte · 51,315° N, 9,497° O" in card
    assert "Breitengrad" not in card


def test_the_proposal_page_names_the_place_in_german_numbers(client, pages):
    proposal = ProposalFactory(district=District.WESERTOR, latitude=Decimal("51.3215"), longitude=Decimal("9.5052"))

    html = client.get(proposal.get_absolute_url()).content.decode()

    assert "Wesertor · 51,322° N, 9,505° O" in html
    assert "Breitengrad 51.321500" not in html
    english = client.get("/en" + proposal.get_absolute_url()).content.decode()
    assert "51.322° N, 9.505° E" in english
