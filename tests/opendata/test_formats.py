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


def _spreadsheet_cells(line: str, delimiter: str) -> list[str]:
    """The cells a spreadsheet makes of one written CSV line when it splits at `delimiter`."""
    import csv
    import io

    return [cell for row in csv.reader(io.StringIO(line, newline=""), delimiter=delimiter) for cell in row]


@pytest.mark.parametrize(
    "text",
    [
        "Idee;=1+2;",
        "Idee; =HYPERLINK(1)",
        "a,b;@SUMME(A1)",
        "Zeile eins\n=1+2",
        "Tab\t+49 561",
        "x;-2+3,y",
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_no_cell_starts_a_formula_under_either_separator(text, delimiter):
    """German Excel splits a .csv at semicolons: every cell it could make must start as text (F7)."""
    import csv

    class Echo:
        def write(self, value):
            return value

    line = csv.writer(Echo()).writerow(["7", csv_cell(text), "Radweg"])
    for cell in _spreadsheet_cells(line, delimiter):
        assert not cell.lstrip(" ").startswith(("=", "+", "-", "@")), (delimiter, cell)
    # A comma reader (RFC 4180) gets the text back, only apostrophes added.
    assert _spreadsheet_cells(line, ",")[1].replace("'", "") == text


@pytest.mark.django_db
def test_the_open_data_page_says_the_csv_is_comma_separated_utf8(client):
    page = client.get("/offene-daten/", HTTP_ACCEPT_LANGUAGE="de").content.decode()

    assert "UTF-8" in page
    assert "durch Kommas getrennt" in page
    assert "Semikolon" in page
