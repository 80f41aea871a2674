"""#17 item 4: with DATABASE_REPLICA_URL, anonymous page reads go to the replica; everything else to the primary.

The test database's "replica" alias is a second connection to the same database (a test mirror), so the test
sees which connection each query took.
"""

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ConfirmedUserFactory, ProposalFactory

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica"])


@pytest.fixture
def replica_on(settings):
    settings.REPLICA_READS = True


def _queries(client, method, url, **kwargs):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = getattr(client, method)(url, **kwargs)
    return response, len(primary), len(replica)


def test_an_anonymous_page_reads_from_the_replica(client, replica_on):
    proposal = ProposalFactory(title="Mehr Bänke am Königsplatz")

    response, primary, replica = _queries(client, "get", proposal.get_absolute_url())

    assert response.status_code == 200 and "Mehr Bänke am Königsplatz" in response.content.decode()
    assert replica > 0 and primary == 0


def test_a_logged_in_person_reads_from_the_primary(client, replica_on):
    proposal = ProposalFactory()
    client.force_login(ConfirmedUserFactory())

    response, primary, replica = _queries(client, "get", proposal.get_absolute_url())

    assert response.status_code == 200
    assert primary > 0 and replica == 0


def test_a_post_reads_and_writes_the_primary(client, replica_on):
    response, primary, replica = _queries(
        client, "post", reverse("account_login"), data={"login": "x@example.org", "password": "y"}
    )

    assert response.status_code in {200, 302, 429}
    assert primary > 0 and replica == 0


def test_without_a_replica_everything_uses_the_primary(client):
    proposal = ProposalFactory()

    response, primary, replica = _queries(client, "get", proposal.get_absolute_url())

    assert response.status_code == 200 and primary > 0 and replica == 0
