"""The "Offene Daten" page in a real browser: reached from the footer, accessible, and its downloads work."""

import csv
import json

import pytest
from playwright.sync_api import expect

from opendata.licence import LICENSE
from participation.models import Proposal
from tests.opendata.support import check_geojson

pytestmark = pytest.mark.usefixtures("demo_site")


def _download(page, selector: str):
    with page.expect_download() as info:
        page.locator(selector).click()
    download = info.value
    return download.suggested_filename, download.path().read_text(encoding="utf-8")


def test_footer_leads_to_the_page_which_axe_finds_clean(page, live_server, assert_accessible):
    page.goto(live_server.url + "/")
    page.locator('footer a[href="/offene-daten/"]').click()

    expect(page).to_have_url(f"{live_server.url}/offene-daten/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(f'a[href="{LICENSE["url"]}"]')).to_be_visible()
    assert_accessible(page)
    # The districts sit in a closed <details>; opened, they must be clean too.
    page.locator("main details summary").click()
    assert_accessible(page)


def test_english_page_is_clean_and_fits_a_small_screen(page, live_server, assert_accessible):
    page.set_viewport_size({"width": 320, "height": 640})
    response = page.goto(live_server.url + "/en/offene-daten/")

    assert response.ok
    expect(page.get_by_role("heading", level=1)).to_have_text("Open data")
    scroll_width, client_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= client_width
    assert_accessible(page)


def test_download_links_deliver_files_that_parse(page, live_server):
    page.goto(live_server.url + "/offene-daten/")

    name, text = _download(page, 'a[href="/offene-daten/vorschlaege.csv"]')
    assert name == "smartkassel-vorschlaege.csv"
    rows = list(csv.DictReader(text.splitlines()))
    visible = Proposal.objects.visible()
    assert len(rows) == visible.count() > 0
    assert "@" not in text

    name, text = _download(page, 'a[href="/offene-daten/vorschlaege.geojson"]')
    assert name == "smartkassel-vorschlaege.geojson"
    document = json.loads(text)
    check_geojson(document)
    assert len(document["features"]) == visible.located().count()
    assert document["license"]["url"] == LICENSE["url"]


def test_the_api_answers_in_the_browser(page, live_server):
    response = page.goto(live_server.url + "/api/v1/proposals/?action_field=mobility&page_size=5")

    assert response.ok
    assert response.headers["access-control-allow-origin"] == "*"
    data = json.loads(page.locator("body").inner_text())
    assert data["license"]["name"] == LICENSE["name"]
    assert len(data["results"]) == 5
    assert {record["action_field"] for record in data["results"]} == {"mobility"}
