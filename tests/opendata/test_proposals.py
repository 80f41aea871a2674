"""The open data files of participation: proposals (CSV, JSON, GeoJSON) and votes per proposal (CSV, JSON)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from opendata.licence import LICENSE
from opendata.proposals import PROPOSAL_COLUMNS, VOTE_COLUMNS
from opendata.views import proposals_csv
from tests.factories import ProposalFactory

from .support import SECRET_TITLES, body_text, build_world, check_geojson, read_csv, read_json

pytestmark = pytest.mark.django_db

DOWNLOADS = {
    "proposals_csv": "text/csv",
    "proposals_json": "application/json",
    "proposals_geojson": "application/geo+json",
    "votes_csv": "text/csv",
    "votes_json": "application/json",
}


def url(name: str) -> str:
    return reverse(f"opendata:{name}")


@pytest.fixture
def world():
    return build_world()


def assert_nothing_private(text: str, world) -> None:
    assert "@example.org" not in text
    for value in world.private_strings:
        assert value not in text
    for title in SECRET_TITLES:
        assert title not in text


@pytest.mark.parametrize("name", DOWNLOADS)
def test_every_file_downloads_with_licence_and_open_headers(client, world, name):
    response = client.get(url(name))

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith(DOWNLOADS[name])
    assert response["Content-Disposition"].startswith('attachment; filename="smartkassel-')
    assert response["Link"] == f'<{LICENSE["url"]}>; rel="license"'
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age=300" in response["Cache-Control"]
    # Anonymous open data sets no cookie and does not vary by one.
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert_nothing_private(body_text(response), world)


def test_the_addresses_are_the_documented_ones():
    assert url("proposals_csv") == "/offene-daten/vorschlaege.csv"
    assert url("proposals_geojson") == "/offene-daten/vorschlaege.geojson"
    assert url("votes_json") == "/offene-daten/stimmen.json"


def test_proposals_csv_has_the_documented_columns_and_only_visible_proposals(client, world):
    rows = read_csv(client.get(url("proposals_csv")))

    assert list(rows[0]) == [column.name for column in PROPOSAL_COLUMNS]
    assert [int(row["id"]) for row in rows] == sorted(p.pk for p in world.visible)
    first = next(row for row in rows if int(row["id"]) == world.visible[0].pk)
    assert first["title"] == "Trinkbrunnen am Königsplatz"
    assert first["district"] == "mitte" and first["district_name"] == "Mitte"
    assert first["action_field_name"] == "Smart Ecosystem Services"
    assert (first["latitude"], first["longitude"]) == ("51.3155", "9.4975")
    assert (first["votes_agree"], first["votes_disagree"], first["votes_pass"], first["votes_total"]) == (
        "2",
        "1",
        "0",
        "3",
    )
    assert first["comments"] == "1"
    assert first["url"].endswith(f"/vorschlaege/{world.visible[0].pk}/")
    assert first["created"].endswith("+00:00")
    unplaced = next(row for row in rows if row["title"] == "Ohne Ort und Bezirk")
    assert unplaced["latitude"] == unplaced["longitude"] == unplaced["district"] == ""


def test_csv_defuses_text_that_a_spreadsheet_would_run(client, world):
    rows = read_csv(client.get(url("proposals_csv")))
    formula = next(row for row in rows if int(row["id"]) == world.visible[1].pk)

    assert formula["title"] == '\'=HYPERLINK("http://example.org")'
    # JSON keeps the exact words.
    records = read_json(client.get(url("proposals_json")))["results"]
    assert next(r for r in records if r["id"] == world.visible[1].pk)["title"] == '=HYPERLINK("http://example.org")'


def test_proposals_json_carries_the_licence_and_typed_records(client, world):
    document = read_json(client.get(url("proposals_json")))

    assert document["license"]["name"] == LICENSE["name"]
    assert document["license"]["url"] == LICENSE["url"]
    assert document["license"]["documentation"].endswith("/offene-daten/")
    records = document["results"]
    assert [r["id"] for r in records] == sorted(p.pk for p in world.visible)
    assert all(set(r) == {column.name for column in PROPOSAL_COLUMNS} for r in records)
    first = records[0]
    assert isinstance(first["latitude"], float) and isinstance(first["votes_total"], int)
    assert {r["status"] for r in records} == {"published", "under_review", "accepted"}


def test_geojson_holds_the_located_proposals_as_points(client, world):
    document = read_json(client.get(url("proposals_geojson")))

    check_geojson(document)
    assert document["license"]["url"] == LICENSE["url"]
    located = [p for p in world.visible if p.latitude is not None]
    assert sorted(f["id"] for f in document["features"]) == sorted(p.pk for p in located)
    feature = next(f for f in document["features"] if f["id"] == world.visible[0].pk)
    assert feature["geometry"]["coordinates"] == [9.4975, 51.3155]
    assert feature["properties"]["title"] == "Trinkbrunnen am Königsplatz"


def test_votes_are_added_up_per_visible_proposal_from_the_vote_rows(client, world):
    rows = read_csv(client.get(url("votes_csv")))

    assert list(rows[0]) == [column.name for column in VOTE_COLUMNS]
    by_id = {int(row["proposal_id"]): row for row in rows}
    assert set(by_id) == {p.pk for p in world.visible}
    counted = by_id[world.visible[0].pk]
    assert (counted["agree"], counted["disagree"], counted["pass"], counted["total"]) == ("2", "1", "0", "3")
    assert len(counted["first_vote"]) == 10 and counted["first_vote"] <= counted["last_vote"]
    silent = by_id[world.visible[3].pk]
    assert (silent["total"], silent["first_vote"], silent["last_vote"]) == ("0", "", "")
    records = read_json(client.get(url("votes_json")))["results"]
    assert next(r for r in records if r["proposal_id"] == world.visible[2].pk)["pass"] == 1


def test_pseudonyms_only_when_the_setting_allows(client, world, settings):
    settings.OPEN_DATA_INCLUDE_PSEUDONYMS = True

    rows = read_csv(client.get(url("proposals_csv")))
    text = body_text(client.get(url("proposals_json")))

    authors = {int(row["id"]): row["author"] for row in rows}
    assert authors[world.visible[0].pk] == "Henriette Quastenberg"
    assert authors[world.visible[3].pk] == ""
    assert "@example.org" not in text
    for voter in world.voters:
        assert voter.display_name not in text


def _queries_for(client, name: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        body_text(client.get(url(name)))
    return len(queries)


@pytest.mark.parametrize("name", ["proposals_csv", "proposals_geojson", "votes_json"])
def test_a_download_takes_the_same_queries_for_more_proposals(client, world, name):
    few = _queries_for(client, name)
    ProposalFactory.create_batch(30, latitude="51.3", longitude="9.45")

    assert _queries_for(client, name) == few


def test_downloads_are_read_only(client, world):
    assert client.post(url("proposals_csv")).status_code == 405
    assert client.head(url("proposals_csv")).status_code == 200


def test_a_head_request_reads_no_rows(rf, world):
    # Called directly: the test client would drop a HEAD body itself, a WSGI server iterates it.
    with CaptureQueriesContext(connection) as queries:
        response = proposals_csv(rf.head(url("proposals_csv")))
        body = b"".join(response.streaming_content)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert body == b""
    assert not [query for query in queries if "participation_proposal" in query["sql"]]


def test_too_many_downloads_from_one_address_are_refused(client, world, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "open_data": (2, 2, 3600)}

    assert client.get(url("votes_csv")).status_code == 200
    assert client.get(url("votes_csv")).status_code == 200
    refused = client.get(url("votes_csv"))

    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert refused.json()["error"]["status"] == 429
