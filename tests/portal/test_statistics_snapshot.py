"""The statistics page reads figures a beat task counted: its queries do not grow with the votes."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import FiguresSnapshot, StatisticsPage
from portal.statistics import statistics_refresh
from portal.tasks import statistics_refresh_task
from tests.factories import ProposalFactory, VoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def statistics_url():
    call_command("load_demo_content", "--pages-only", verbosity=0)
    return StatisticsPage.objects.get().url


def page_queries(client, url) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in queries]


def test_the_page_reads_stored_figures_and_says_as_of_when(client, statistics_url):
    proposal = ProposalFactory(action_field="mobility")
    VoteFactory(proposal=proposal)
    statistics_refresh()
    client.get(statistics_url)  # the first request of a process reads the site and page tree once

    html, few = page_queries(client, statistics_url)
    for _vote in range(30):
        VoteFactory(proposal=proposal)
    html_after, many = page_queries(client, statistics_url)

    assert len(many) == len(few)
    assert not any("participation_vote" in sql for sql in many)  # no group-by over the votes per request
    assert "Stand:" in html
    # The votes count from the next refresh on (only the per-request nonce differs).
    assert html_after.split("</style>", 1)[1] == html.split("</style>", 1)[1]


def test_the_task_counts_anew_and_is_idempotent(client, statistics_url):
    proposal = ProposalFactory(action_field="mobility", district="mitte")
    VoteFactory(proposal=proposal)
    VoteFactory(proposal=proposal)

    statistics_refresh_task.delay()
    statistics_refresh_task.delay()

    snapshot = FiguresSnapshot.objects.get()
    assert ["mobility", 1, 0, 2] in snapshot.data["fields"]
    assert ["mitte", 1, 0, 2] in snapshot.data["districts"]
    assert "<td>2</td>" in client.get(statistics_url).content.decode()


def test_before_the_first_run_the_page_counts_once(client, statistics_url):
    ProposalFactory(action_field="mobility")

    client.get(statistics_url)

    assert FiguresSnapshot.objects.filter(key="statistics").count() == 1
