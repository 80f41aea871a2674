"""Cached parts of the proposal pages (#17): cards keyed on their content, list counts and phases on generations,
the anonymous discussion on its comments. Each change is seen by the next render, with no wait."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from participation.cards import proposal_cards
from participation.models import Proposal
from participation.services import comment_create
from tests.factories import CommentFactory, ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


@pytest.fixture
def demo_pages():
    call_command("load_demo_content", "--pages-only", verbosity=0)


def result_count(html: str) -> str:
    return re.search(r'<p class="result-count"[^>]*>([^<]*)</p>', html).group(1)


def test_a_cached_card_is_the_rendered_card(settings):
    proposal = ProposalFactory(title="Mehr Bänke")
    cached_first, cached_again = proposal_cards([proposal]), proposal_cards([proposal])
    settings.FRAGMENT_CACHE = False

    assert cached_first == cached_again == proposal_cards([proposal])
    assert "Mehr Bänke" in cached_first


def test_a_vote_count_or_an_edit_shows_on_the_next_list(client):
    proposal = ProposalFactory(title="Alter Titel")
    assert "Alter Titel" in client.get("/vorschlaege/").content.decode()

    # Stored counts move in plain SQL (no save): the card's key follows the row.
    Proposal.objects.filter(pk=proposal.pk).update(agree_count=7)
    html = client.get("/vorschlaege/").content.decode()
    assert "<strong>7</strong> Zustimmungen" in html

    Proposal.objects.filter(pk=proposal.pk).update(title="Neuer Titel")
    html = client.get("/vorschlaege/").content.decode()
    assert "Neuer Titel" in html and "Alter Titel" not in html


def test_the_list_count_follows_a_new_proposal_at_once(client, django_capture_on_commit_callbacks):
    ProposalFactory()
    assert result_count(client.get("/vorschlaege/").content.decode()) == "1 Vorschlag"

    with django_capture_on_commit_callbacks(execute=True):
        ProposalFactory()

    assert result_count(client.get("/vorschlaege/").content.decode()) == "2 Vorschläge"


def test_the_list_count_is_cached_until_a_proposal_changes(client):
    ProposalFactory()
    client.get("/vorschlaege/")
    Proposal.objects.create(title="Ohne Signal", body="…", action_field="mobility")  # commit hooks not run here

    assert result_count(client.get("/vorschlaege/").content.decode()) == "1 Vorschlag"


def test_filters_keep_the_visitors_choice(client):
    html = client.get("/vorschlaege/?district=wesertor&sort=votes").content.decode()
    assert '<option value="wesertor" selected>' in html
    html = client.get("/vorschlaege/?district=mitte").content.decode()
    assert '<option value="mitte" selected>' in html and '<option value="wesertor" selected>' not in html


@pytest.mark.usefixtures("demo_pages")
def test_a_saved_phase_shows_on_the_home_and_field_pages_at_once(client, django_capture_on_commit_callbacks):
    assert "Vorschläge sind bis zum" not in client.get("/").content.decode()
    assert "Vorschläge sind bis zum" not in client.get("/smart-safe-mobility/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        ProposalPhaseFactory(ends_at=timezone.now() + datetime.timedelta(days=40))

    assert "Vorschläge sind bis zum" in client.get("/").content.decode()
    assert "Vorschläge sind bis zum" in client.get("/smart-safe-mobility/").content.decode()


def test_a_new_comment_shows_in_the_anonymous_discussion_at_once():
    ProposalPhaseFactory()
    proposal = ProposalFactory()
    anonymous = Client()
    first = anonymous.get(proposal.get_absolute_url()).content.decode()

    comment_create(proposal, author=ConfirmedUserFactory(), body="Ein neuer Gedanke dazu.")
    html = anonymous.get(proposal.get_absolute_url()).content.decode()

    assert "Ein neuer Gedanke dazu." not in first
    assert "Ein neuer Gedanke dazu." in html


def test_a_hidden_comment_leaves_the_anonymous_discussion_at_once():
    proposal = ProposalFactory()
    comment = CommentFactory(proposal=proposal, body="Bald versteckt.")
    anonymous = Client()
    assert "Bald versteckt." in anonymous.get(proposal.get_absolute_url()).content.decode()

    comment.hidden = True
    comment.save()

    assert "Bald versteckt." not in anonymous.get(proposal.get_absolute_url()).content.decode()
