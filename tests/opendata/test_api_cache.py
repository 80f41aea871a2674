"""The API's cached parts (#17): theme records and the proposals' count per site generation, so a proposal hidden or
added shows in the next answer."""

import pytest

from participation.models import Proposal
from tests.factories import ProposalFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


def member_ids(client) -> set[int]:
    return {pk for record in client.get("/api/v1/themes/").json()["results"] for pk in record["proposal_ids"]}


def test_a_hidden_proposal_leaves_the_themes_at_once(client, published, django_capture_on_commit_callbacks):
    members = member_ids(client)
    assert members and member_ids(client) == members  # the second answer from the cache
    hidden = Proposal.objects.get(pk=min(members))

    with django_capture_on_commit_callbacks(execute=True):
        hidden.hidden_by_reports = True
        hidden.save()

    assert hidden.pk not in member_ids(client)


def test_the_proposals_count_follows_a_new_proposal(client, django_capture_on_commit_callbacks):
    ProposalFactory()
    assert client.get("/api/v1/proposals/").json()["count"] == 1

    with django_capture_on_commit_callbacks(execute=True):
        ProposalFactory()

    assert client.get("/api/v1/proposals/").json()["count"] == 2
