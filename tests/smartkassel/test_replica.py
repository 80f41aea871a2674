"""#17 item 4: with DATABASE_REPLICA_URL, anonymous page reads go to the replica; everything else to the primary.

The router and the middleware are exercised as a request passes them: what would the router answer for a read
while the view runs? (A second live connection to the test database would need a transactional test whose flush
of the mirror disturbs the serialized rollback of the worker tests, so the connection itself is not opened here.)
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import router
from django.http import HttpResponse
from django.test import RequestFactory

from participation.models import Proposal
from smartkassel.replica import ReplicaReadsMiddleware, ReplicaRouter
from tests.factories import ConfirmedUserFactory

pytestmark = pytest.mark.django_db


def _read_alias(method: str, user) -> str | None:
    """The database the router picks for a read inside a view, for this request."""
    seen = {}

    def view(request):
        seen["alias"] = router.db_for_read(Proposal)
        return HttpResponse("ok")

    request = getattr(RequestFactory(), method)("/vorschlaege/")
    request.user = user
    ReplicaReadsMiddleware(view)(request)
    return seen["alias"]


def test_an_anonymous_get_reads_from_the_replica(settings):
    settings.REPLICA_READS = True
    settings.DATABASE_ROUTERS = ["smartkassel.replica.ReplicaRouter"]

    assert _read_alias("get", AnonymousUser()) == "replica"
    assert _read_alias("head", AnonymousUser()) == "replica"
    # After the request, reads go to the primary again (Celery tasks, commands, the next request).
    assert router.db_for_read(Proposal) == "default"


def test_logged_in_people_and_posts_use_the_primary(settings):
    settings.REPLICA_READS = True

    assert _read_alias("get", ConfirmedUserFactory()) == "default"
    assert _read_alias("post", AnonymousUser()) == "default"


def test_without_a_replica_everything_uses_the_primary():
    assert _read_alias("get", AnonymousUser()) == "default"


def test_writes_and_migrations_stay_on_the_primary(settings):
    settings.REPLICA_READS = True
    replica = ReplicaRouter()
    assert replica.db_for_write(Proposal) == "default"
    assert replica.allow_migrate("replica", "participation") is False
    assert replica.allow_migrate("default", "participation") is True
