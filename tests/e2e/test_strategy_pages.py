"""The strategy as a council member reads it: overview, a field's strategy, statistics, and on paper."""

import re

import pytest
from playwright.sync_api import expect

from strategy.models import StrategyPage
from strategy.services.runs import synthesis_request
from tests.strategy.strategy_pages_fixtures import raw_body, revise, theme

from .support import demo_participation_load

OVERVIEW, FIELD_STRATEGY, STATISTICS = "/strategie/", "/smart-safe-mobility/strategie/", "/statistik/"
PAGES = [OVERVIEW, FIELD_STRATEGY, STATISTICS]


@pytest.fixture
def strategy(built_once, settings):
    """The mobility strategy drafted by the synthesis from the demo participation, with an open question, published.

    Built in the module's first test; the later ones get its rows back (see `built_once`).
    """
    settings.SYNTHESIS_EMBEDDER = "hash"
    return built_once(strategy_publish)


def strategy_publish():
    demo_participation_load()
    synthesis_request("mobility")  # committed at once here, so the (eager) task runs on commit
    page = StrategyPage.objects.get()
    body = [*raw_body(page.get_latest_revision_as_object()), theme("Tempo 30 in der Innenstadt", consensus="divisive")]
    revise(page, body, publish=True)
    return page


@pytest.mark.parametrize("path", PAGES)
def test_strategy_pages_are_reachable_and_accessible(page, live_server, assert_accessible, strategy, path):
    response = page.goto(live_server.url + path)

    assert response.ok
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)


def test_the_overview_is_in_the_main_navigation_and_leads_to_a_field_strategy(page, live_server, strategy):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Handlungsfelder").get_by_role("link", name="Strategie im Überblick").click()

    expect(page).to_have_url(live_server.url + OVERVIEW)
    expect(page.locator(".main-nav a[aria-current='page']")).to_have_count(1)
    page.locator("#field-mobility-title + ul a").first.click()
    expect(page).to_have_url(re.compile(r"/smart-safe-mobility/strategie/#theme-"))


def test_a_field_strategy_shows_charts_with_tables_and_the_open_questions(page, live_server, strategy):
    page.goto(live_server.url + FIELD_STRATEGY)

    themes = page.locator("section.theme")
    assert themes.count() >= 2
    first = themes.first
    expect(first.locator("svg[role='img'] title")).to_have_count(1)
    expect(first.locator("table caption")).to_have_count(1)
    open_questions = page.locator("section.open-questions")
    expect(open_questions.locator("#open-questions-title")).to_be_visible()
    divisive = open_questions.locator("section.theme").last
    expect(divisive.get_by_role("heading", level=3)).to_have_text("Tempo 30 in der Innenstadt")
    expect(divisive.locator("svg[role='img']")).to_have_count(2)  # votes, and agreement per group
    expect(divisive.locator("table")).to_have_count(2)


def test_the_statistics_page_draws_its_charts(page, live_server, strategy):
    page.goto(live_server.url + STATISTICS)

    expect(page.locator("svg[role='img']")).to_have_count(5)
    expect(page.locator("table caption")).to_have_count(3)


@pytest.mark.parametrize("path", PAGES)
def test_print_shows_content_only_with_link_targets(page, live_server, strategy, tmp_path, path):
    page.goto(live_server.url + path)
    page.emulate_media(media="print")

    page.screenshot(path=tmp_path / "print.png", full_page=True)

    assert (tmp_path / "print.png").stat().st_size > 0
    expect(page.locator(".main-nav")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".print-source")).to_be_visible()
    link = page.locator("main a[href^='/']").last
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert live_server.url + link.get_attribute("href") in after  # the whole address, to type in from paper
    if path == FIELD_STRATEGY:
        breaks = page.locator("section.theme").evaluate_all("s => s.map(e => getComputedStyle(e).breakBefore)")
        assert "page" in breaks[1:]
        # #12: the sheet names the portal, the field, the version and the day it was printed.
        header = page.locator(".print-header")
        expect(header).to_be_visible()
        expect(header).to_contain_text("Smart Kassel")
        expect(header).to_contain_text("Version 1")
        expect(header).to_contain_text("Stand:")


def test_print_of_a_field_strategy_for_signed_in_staff_has_no_user_bar(page, context, live_server, strategy):
    """Wagtail's user bar shows for staff on the site; on paper it must not."""
    from core.roles import COUNCIL_GROUP
    from tests.factories import StaffUserFactory
    from tests.staff import admin_browser_login

    admin_browser_login(context, live_server, StaffUserFactory(group=COUNCIL_GROUP), language="de")
    page.goto(live_server.url + FIELD_STRATEGY)
    page.emulate_media(media="print")

    expect(page.locator(".print-header")).to_be_visible()
    expect(page.locator("[data-wagtail-userbar]")).to_have_count(1)  # there for staff on screen ...
    expect(page.locator("[data-wagtail-userbar]")).to_be_hidden()  # ... and not on paper


def test_no_horizontal_scroll_at_320_pixels(page, live_server, strategy):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in PAGES:
        page.goto(live_server.url + path)
        width = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert width <= 0, path
