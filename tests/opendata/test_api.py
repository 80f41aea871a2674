"""The read-only JSON API of participation: /api/v1/proposals/, /api/v1/proposals/<id>/, /api/v1/votes/."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opendata.licence import LICENSE
from tests.factories import ProposalFactory

from .support import SECRET_TITLES, build_world

pytestmark = pytest.mark.django_db

PROPOSALS = "/api/v1/proposals/"
VOTES = "/api/v1/votes/"


@pytest.fixture
def world():
    return build_world()


def test_the_list_is_paged_with_count_next_previous_and_licence(client, world):
    first = client.get(PROPOSALS, {"page_size": 3})

    assert first.status_code == 200
    data = first.json()
    assert data["license"]["url"] == LICENSE["url"]
    assert data["count"] == 4
    assert data["previous"] is None
    assert data["next"] == "http://testserver/api/v1/proposals/?page_size=3&page=2"
    second = client.get(data["next"]).json()
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/v1/proposals/?page_size=3&page=1"
    ids = [r["id"] for r in data["results"] + second["results"]]
    assert ids == sorted(p.pk for p in world.visible)


def test_nothing_private_or_hidden_in_the_answers(client, world):
    text = client.get(PROPOSALS, {"page_size": 100}).content.decode() + client.get(VOTES).content.decode()

    assert "@example.org" not in text
    for value in [*world.private_strings, *SECRET_TITLES]:
        assert value not in text
    assert "author" not in client.get(PROPOSALS).json()["results"][0]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"action_field": "mobility"}, [1, 2]),
        ({"district": "mitte"}, [0]),
        ({"status": "accepted"}, [2]),
        ({"action_field": "mobility", "status": "under_review"}, [1]),
        ({"action_field": "welcome"}, []),
    ],
)
def test_filters(client, world, params, expected):
    data = client.get(PROPOSALS, params).json()

    assert [r["id"] for r in data["results"]] == [world.visible[n].pk for n in expected]
    assert data["count"] == len(expected)


def test_days_of_creation_filter_both_ends_included(client, world):
    days = [
        "2026-04-30T21:59:00+00:00",
        "2026-04-30T22:30:00+00:00",
        "2026-05-01T21:30:00+00:00",
        "2026-05-02T08:00:00+00:00",
    ]
    for proposal, created in zip(world.visible, days, strict=True):
        type(proposal).objects.filter(pk=proposal.pk).update(created=datetime.datetime.fromisoformat(created))

    def ids(**params) -> list[int]:
        data = client.get(PROPOSALS, params).json()
        assert data["count"] == len(data["results"])
        return [r["id"] for r in data["results"]]

    # Days are Kassel's: 22:30 UTC on 30 April is 1 May, 21:30 UTC on 1 May still 1 May (CEST, UTC+2).
    assert ids(created_from="2026-05-01", created_to="2026-05-01") == [p.pk for p in world.visible[1:3]]
    assert ids(created_from="2026-05-02") == [world.visible[3].pk]
    assert ids(created_to="2026-04-30") == [world.visible[0].pk]
    assert ids(created_from="2026-05-01", action_field="mobility") == [p.pk for p in world.visible[1:3]]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"action_field": "weltraum"}, "action_field"),
        ({"district": "atlantis"}, "district"),
        ({"status": "hidden"}, "status"),  # a state that is never public is no valid filter
        ({"page": "zwei"}, "page"),
        ({"page": "0"}, "page"),
        ({"page": "²"}, "page"),  # a digit to str.isdigit(), not to int()
        ({"page": "9" * 5000}, "page"),  # past int()'s digit limit
        ({"page_size": "101"}, "100"),
        ({"page_size": "-5"}, "page_size"),
        ({"feld": "mobility"}, "feld"),
        ({"created_from": "1.5.2026"}, "YYYY-MM-DD"),
        ({"created_from": "20260501"}, "created_from"),
        ({"created_to": "2026-02-30"}, "created_to"),
        ({"created_from": "2026-05-02", "created_to": "2026-05-01"}, "after"),
    ],
)
def test_bad_parameters_answer_400_in_json(client, world, params, words):
    response = client.get(PROPOSALS, params, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == 400
    assert words in error["message"]


def test_a_page_past_the_last_is_404_and_an_empty_first_page_is_fine(client, world):
    assert client.get(PROPOSALS, {"page": 9}).status_code == 404
    assert client.get(PROPOSALS, {"page": 9}).json()["error"]["status"] == 404
    empty = client.get(PROPOSALS, {"action_field": "welcome"})
    assert empty.status_code == 200 and empty.json()["results"] == []


def test_one_proposal_and_404_for_hidden_or_missing(client, world):
    shown = client.get(f"{PROPOSALS}{world.visible[0].pk}/")

    assert shown.status_code == 200
    assert shown.json()["title"] == "Trinkbrunnen am Königsplatz"
    assert shown.json()["license"]["name"] == LICENSE["name"]
    for proposal in world.hidden:
        response = client.get(f"{PROPOSALS}{proposal.pk}/")
        assert response.status_code == 404
        assert proposal.title not in response.content.decode()
    assert client.get(f"{PROPOSALS}999999/").json() == client.get(f"{PROPOSALS}{world.hidden[0].pk}/").json()


def test_votes_per_proposal_with_filters(client, world):
    data = client.get(VOTES, {"action_field": "ecosystem"}).json()

    assert data["count"] == 1
    assert data["results"][0] == {
        "proposal_id": world.visible[0].pk,
        "action_field": "ecosystem",
        "district": "mitte",
        "agree": 2,
        "disagree": 1,
        "pass": 0,
        "total": 3,
        "first_vote": data["results"][0]["first_vote"],
        "last_vote": data["results"][0]["last_vote"],
    }
    assert client.get(VOTES, {"status": "accepted"}).status_code == 400


def test_headers_cors_cache_and_etag(client, world):
    response = client.get(PROPOSALS)

    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Link"] == f'<{LICENSE["url"]}>; rel="license"'
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["ETag"]
    assert client.get(PROPOSALS, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert client.post(PROPOSALS).status_code == 405


def test_a_page_takes_the_same_queries_however_many_proposals(client, world):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(PROPOSALS, {"page_size": 100}).status_code == 200
            assert client.get(VOTES, {"page_size": 100}).status_code == 200
        return len(captured)

    few = queries()
    ProposalFactory.create_batch(20)
    assert queries() == few


def test_the_index_lists_the_endpoints_and_unknown_addresses_answer_json(client, world):
    index = client.get("/api/v1/").json()

    assert index["proposals"] == "http://testserver/api/v1/proposals/"
    assert index["votes"] == "http://testserver/api/v1/votes/"
    assert index["themes"] == "http://testserver/api/v1/themes/"
    missing = client.get("/api/v1/comments/")
    assert missing.status_code == 404
    assert missing.json()["error"]["status"] == 404
    assert client.get("/api/v1/proposals").status_code == 301  # Django adds the slash
