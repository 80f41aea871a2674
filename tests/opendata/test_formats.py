"""The shared open data plumbing: CSV cells, timestamps, the licence block and JSON answers for unknown API paths."""

import datetime
import zoneinfo

import pytest

from opendata.formats import csv_cell, iso_datetime
from opendata.licence import LICENSE, license_info


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        (True, "true"),
        (0, "0"),
        (-3, "-3"),  # numbers are data, not formulas
        ([4, 8, 15], "4 8 15"),
        (["=HYPERLINK(1)", "Satz."], "'=HYPERLINK(1) Satz."),  # a list of texts is guarded as its joined text
        ("Radweg", "Radweg"),
        ("=SUMME(A1:A9)", "'=SUMME(A1:A9)"),
        ("+49 561", "'+49 561"),
        ("-Fahrradstraße", "'-Fahrradstraße"),
        ("@Stadt", "'@Stadt"),
    ],
)
def test_csv_cells(value, cell):
    assert csv_cell(value) == cell


def test_moments_are_utc_to_the_second():
    kassel = datetime.datetime(2026, 7, 1, 14, 30, 5, 123456, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))

    assert iso_datetime(kassel) == "2026-07-01T12:30:05+00:00"
    assert iso_datetime(None) is None


def test_the_licence_block_names_licence_attribution_and_the_german_documentation(settings):
    info = license_info()

    assert info["url"] == LICENSE["url"] == "https://www.govdata.de/dl-de/by-2-0"
    assert info["name"].startswith("Datenlizenz Deutschland")
    assert info["attribution"]
    assert info["documentation"] == f"{settings.SITE_URL}/offene-daten/"


@pytest.mark.django_db
def test_unknown_api_paths_answer_json_404(client):
    response = client.get("/api/v2/proposals/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"error": {"status": 404, "message": "Not found."}}
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.django_db
def test_api_messages_follow_the_clients_language(client):
    german = client.get("/api/v2/proposals/", HTTP_ACCEPT_LANGUAGE="de")

    assert german.json()["error"]["message"] == "Nicht gefunden."
    assert "Accept-Language" in german["Vary"]
