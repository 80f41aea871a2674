import pytest
from django.test import override_settings
from django.urls import reverse

from participation.choices import ProposalStatus
from participation.models import Vote
from participation.services import vote_cast
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory, UserFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def vote_url(proposal) -> str:
    return reverse("participation:proposal_vote", args=[proposal.pk])


def test_without_javascript_a_vote_redirects_back_with_a_message(client, proposal, citizen):
    response = client.post(vote_url(proposal), {"value": "1"}, follow=True)

    assert response.redirect_chain == [(f"{proposal.get_absolute_url()}#support", 302)]
    html = response.content.decode()
    assert "Ihre Stimme wurde gespeichert: Zustimmung." in html
    assert "Ihre Stimme:" in html
    assert 'value="1" class="vote-button vote-agree" aria-pressed="true"' in html
    assert 'value="-1" class="vote-button vote-disagree" aria-pressed="false"' in html
    proposal.refresh_from_db()
    assert proposal.agree_count == 1


def test_change_and_withdraw_without_javascript(client, proposal, citizen):
    client.post(vote_url(proposal), {"value": "1"})
    client.post(vote_url(proposal), {"value": "-1"})
    proposal.refresh_from_db()
    assert (proposal.agree_count, proposal.disagree_count) == (0, 1)

    response = client.post(vote_url(proposal), {"withdraw": "1"}, follow=True)

    assert "Ihre Stimme wurde zurückgezogen." in response.content.decode()
    assert not Vote.objects.exists()
    proposal.refresh_from_db()
    assert proposal.vote_count == 0


def test_the_json_path_answers_counts_and_the_own_vote(client, proposal, citizen):
    vote_cast(proposal, voter=ConfirmedUserFactory(), value=1)

    first = client.post(vote_url(proposal), {"value": "0"}, **JSON)
    second = client.post(vote_url(proposal), {"value": "-1"}, **JSON)
    withdrawn = client.post(vote_url(proposal), {"withdraw": "1"}, **JSON)

    assert first.status_code == 200
    assert first.json()["counts"] == {"agree": 1, "disagree": 0, "pass": 1}
    assert first.json()["own_vote"] == 0
    assert second.json()["counts"] == {"agree": 1, "disagree": 1, "pass": 0}
    assert second.json()["own_vote"] == -1
    assert second.json()["own_vote_label"] == "Ablehnung"
    assert withdrawn.json() == {
        "counts": {"agree": 1, "disagree": 0, "pass": 0},
        "own_vote": None,
        "own_vote_label": "",
        "message": "Ihre Stimme wurde zurückgezogen.",
    }


def test_the_same_vote_twice_counts_once(client, proposal, citizen):
    client.post(vote_url(proposal), {"value": "1"}, **JSON)
    response = client.post(vote_url(proposal), {"value": "1"}, **JSON)

    assert response.json()["counts"]["agree"] == 1


def test_an_invalid_value_is_a_bad_request(client, proposal, citizen):
    assert client.post(vote_url(proposal), {"value": "7"}, **JSON).status_code == 400
    assert client.post(vote_url(proposal), {}).status_code == 400
    assert not Vote.objects.exists()


def test_voting_needs_a_post(client, proposal, citizen):
    assert client.get(vote_url(proposal)).status_code == 405


def test_anonymous_visitors_see_a_login_link_and_are_refused(client, proposal):
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert "Bitte melden Sie sich an, um abzustimmen." in html
    assert f"{reverse('account_login')}?next=" in html
    assert "data-vote-form" not in html

    page = client.post(vote_url(proposal), {"value": "1"})
    as_json = client.post(vote_url(proposal), {"value": "1"}, **JSON)

    assert page.status_code == 403
    assert "Bitte melden Sie sich an, um abzustimmen." in page.content.decode()
    assert as_json.status_code == 403
    assert as_json.json() == {"error": "Bitte melden Sie sich an, um abzustimmen."}
    assert not Vote.objects.exists()


def test_unconfirmed_accounts_are_told_to_confirm(client, proposal):
    client.force_login(UserFactory())

    html = client.get(proposal.get_absolute_url()).content.decode()
    response = client.post(vote_url(proposal), {"value": "1"}, **JSON)

    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie abstimmen." in html
    assert reverse("account_email") in html
    assert response.status_code == 403
    assert not Vote.objects.exists()


def test_authors_cannot_vote_on_their_own_proposal(client, proposal):
    client.force_login(proposal.author)
    ConfirmedUserFactory(username=proposal.author.username)  # confirms the author's address

    html = client.get(proposal.get_absolute_url()).content.decode()
    response = client.post(vote_url(proposal), {"value": "1"})

    assert "Sie können nicht über Ihren eigenen Vorschlag abstimmen." in html
    assert response.status_code == 403
    assert not Vote.objects.exists()


def test_a_closed_phase_refuses_votes(client, citizen):
    proposal = ProposalFactory()  # no open phase

    html = client.get(proposal.get_absolute_url()).content.decode()
    response = client.post(vote_url(proposal), {"value": "1"}, **JSON)

    assert "Die Abstimmung über diesen Vorschlag ist beendet." in html
    assert response.status_code == 403
    assert not Vote.objects.exists()


def test_a_hidden_proposal_is_not_found_and_not_votable(client, citizen):
    ProposalPhaseFactory()
    hidden = ProposalFactory(status=ProposalStatus.HIDDEN)
    reported = ProposalFactory(hidden_by_reports=True, author=citizen)

    assert client.post(vote_url(hidden), {"value": "1"}).status_code == 404
    # Its author still sees it, but may not vote on it.
    assert client.post(vote_url(reported), {"value": "1"}).status_code == 403
    assert not Vote.objects.exists()


@override_settings(PARTICIPATION_RATE_LIMITS={"vote": (2, 100, 3600)})
def test_too_many_votes_get_a_429(client, proposal, citizen):
    for value in ["1", "0"]:
        client.post(vote_url(proposal), {"value": value})

    page = client.post(vote_url(proposal), {"value": "-1"})
    as_json = client.post(vote_url(proposal), {"value": "-1"}, **JSON)

    assert page.status_code == 429
    assert "Zu viele Anfragen" in page.content.decode()
    assert as_json.status_code == 429
    assert "error" in as_json.json()
    assert Vote.objects.get().value == 0


def test_a_vote_is_one_statement_after_the_user_is_read(client, proposal, citizen, postgres):
    """#17: the busiest write reads the signed-in person and writes the vote and the counts in one statement."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.post(vote_url(proposal), {"value": "1"}, **JSON)  # the session is in place
    with CaptureQueriesContext(connection) as queries:
        response = client.post(vote_url(proposal), {"value": "-1"}, **JSON)

    assert response.json()["counts"] == {"agree": 0, "disagree": 1, "pass": 0}
    statements = [query["sql"] for query in queries.captured_queries if "SAVEPOINT" not in query["sql"]]
    session_reads = [sql for sql in statements if "django_session" in sql]  # without Redis, sessions are rows
    assert len(statements) - len(session_reads) == 2, statements
