"""Anonymous pages are cookie-free and served from the cache with Cache-Control and ETag; signed-in people see
fresh pages, and a vote renews only its proposal's page."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from participation.models import Proposal
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages")]

PUBLIC = ["/", "/vorschlaege/", "/vorschlaege/karte/", "/statistik/", "/en/vorschlaege/"]


@pytest.fixture
def pages():
    call_command("load_demo_content", "--pages-only", verbosity=0)


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    # Long enough that no entry expires while a slow test machine runs a test: what is fresh is so by invalidation.
    settings.PAGE_CACHE_SECONDS = 300


def nonce_of(response) -> str:
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)


@pytest.mark.parametrize("path", PUBLIC)
def test_anonymous_pages_set_no_cookie_and_carry_cache_headers(client, path):
    first = client.get(path)
    second = client.get(path)

    assert first.status_code == second.status_code == 200
    assert not first.cookies and not second.cookies  # no csrftoken, no session
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert "public" in response["Cache-Control"] and "s-maxage=300" in response["Cache-Control"]
        assert response["ETag"] == first["ETag"]
    not_modified = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304


def test_a_page_from_the_cache_names_this_requests_nonce(client):
    first, second = client.get("/vorschlaege/"), client.get("/vorschlaege/")

    assert second["X-Page-Cache"] == "hit"
    assert nonce_of(first) != nonce_of(second)
    assert f'nonce="{nonce_of(second)}"' in second.content.decode()
    assert nonce_of(first) not in second.content.decode()


def test_the_language_switch_needs_no_csrf_token():
    client = Client(enforce_csrf_checks=True)
    page = client.get("/vorschlaege/")
    assert "csrfmiddlewaretoken" not in page.content.decode()

    response = client.post(reverse("set_language"), {"language": "en", "next": "/vorschlaege/"})

    assert response.status_code == 302 and response["Location"] == "/en/vorschlaege/"


def test_a_vote_is_fresh_for_the_voter_and_renews_only_its_proposals_page(client, django_capture_on_commit_callbacks):
    ProposalPhaseFactory()
    voted, other = ProposalFactory(title="Mit Stimme"), ProposalFactory(title="Ohne Stimme")
    anonymous = Client()
    for path in (voted.get_absolute_url(), other.get_absolute_url(), "/vorschlaege/"):
        anonymous.get(path)

    citizen = ConfirmedUserFactory()
    client.force_login(citizen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("participation:proposal_vote", args=[voted.pk]), {"value": "1"})
    mine = client.get(voted.get_absolute_url())

    assert "X-Page-Cache" not in mine  # signed in: rendered for this person, never shared
    assert "private" in mine["Cache-Control"]
    assert 'aria-pressed="true"' in mine.content.decode()
    assert Proposal.objects.get(pk=voted.pk).agree_count == 1
    assert anonymous.get(voted.get_absolute_url())["X-Page-Cache"] == "miss"  # renewed at once
    assert anonymous.get(other.get_absolute_url())["X-Page-Cache"] == "hit"  # untouched
    assert anonymous.get("/vorschlaege/")["X-Page-Cache"] == "hit"  # lists follow within seconds


def test_a_new_proposal_renews_the_lists(client, django_capture_on_commit_callbacks):
    client.get("/vorschlaege/")
    with django_capture_on_commit_callbacks(execute=True):
        ProposalFactory(title="Frisch veröffentlicht")

    response = client.get("/vorschlaege/")

    assert response["X-Page-Cache"] == "miss"
    assert "Frisch veröffentlicht" in response.content.decode()


def test_pages_with_a_form_token_or_for_personal_areas_are_not_stored(client):
    login = client.get(reverse("account_login"))
    again = client.get(reverse("account_login"))

    assert "X-Page-Cache" not in login and "X-Page-Cache" not in again


def test_a_proposal_hidden_by_reports_leaves_the_cached_pages(client, django_capture_on_commit_callbacks, settings):
    """Hiding by reports is a save like every other change, so the cached pages that show the proposal go."""
    from participation.models import Report
    from participation.services import report_create

    settings.PARTICIPATION_REPORTS_TO_HIDE = 2
    proposal = ProposalFactory(title="Werbung für einen Laden")
    assert "Werbung für einen Laden" in client.get("/vorschlaege/").content.decode()  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        for _reporter in range(2):
            report_create(reporter=ConfirmedUserFactory(), target=proposal, reason=Report.Reason.SPAM)

    assert Proposal.objects.get(pk=proposal.pk).hidden_by_reports
    assert "Werbung für einen Laden" not in client.get("/vorschlaege/").content.decode()
    assert client.get(proposal.get_absolute_url()).status_code == 404
