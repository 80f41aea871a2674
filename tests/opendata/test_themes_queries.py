"""The themes API reads the published themes once per publish and sends no list of member ids to the database."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]

THEMES_API = "/api/v1/themes/"


def api_queries(client) -> tuple[dict, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(THEMES_API)
    assert response.status_code == 200
    return response.json(), [query["sql"] for query in queries]


def test_no_in_list_of_member_ids_and_no_body_read_per_request(client, published):
    first, _ = api_queries(client)
    again, sqls = api_queries(client)

    members = {pid for theme in first["results"] for pid in theme["proposal_ids"]}
    assert len(members) > 3 and again == first
    for sql in sqls:
        # Neither the member ids in an IN list nor the pages' bodies: both are read once per publish.
        for in_list in re.findall(r"IN \(([^()]*)\)", sql):
            assert len(in_list.split(",")) < len(members), sql
        assert '"strategy_strategypage"."body"' not in sql, sql
