"""The design on a phone and a desktop (#15): the menu folds into a disclosure that works without JavaScript,
the filters fold on phones, the first screen holds content, the home page invites, five field cards never
leave an orphan, charts have visible titles and keep their labels inside, focus stays visible."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.usefixtures("demo_site")

PHONE = {"width": 375, "height": 812}
TABLET = {"width": 800, "height": 1000}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture
def no_script_page(browser, live_server):
    """A phone-sized page with JavaScript switched off."""
    context = browser.new_context(locale="de-DE", viewport=PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_the_phone_menu_opens_and_closes_without_javascript(no_script_page, live_server):
    page = no_script_page
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Handlungsfelder")
    menu = page.locator("summary.menu-button")

    expect(menu).to_be_visible()
    expect(menu).to_have_text("Menü")
    expect(nav.get_by_role("link", name="Alle Vorschläge")).to_be_hidden()

    menu.click()
    expect(nav.get_by_role("link", name="Alle Vorschläge")).to_be_visible()
    expect(page.locator(".site-menu").get_by_role("link", name="Anmelden")).to_be_visible()  # account links too
    nav.get_by_role("link", name="Alle Vorschläge").click()
    expect(page).to_have_url(live_server.url + "/vorschlaege/")
    expect(page.get_by_role("heading", level=1)).to_be_in_viewport()

    page.locator("summary.menu-button").click()
    page.locator("summary.menu-button").click()
    expect(nav.get_by_role("link", name="Alle Vorschläge")).to_be_hidden()


def test_the_keyboard_opens_the_phone_menu_with_a_visible_focus(page, live_server):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    menu = page.locator("summary.menu-button")

    for _press in range(5):
        page.keyboard.press("Tab")
        if menu.evaluate("element => element === document.activeElement"):
            break
    expect(menu).to_be_focused()
    assert menu.evaluate("element => getComputedStyle(element).outlineStyle") != "none"
    page.keyboard.press("Enter")
    expect(page.locator("details.site-menu")).to_have_attribute("open", "")


def test_a_desktop_shows_the_navigation_in_one_bar_without_a_menu_button(page, live_server):
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Handlungsfelder")

    expect(page.locator("summary.menu-button")).to_be_hidden()
    links = nav.get_by_role("link")
    assert links.count() >= 6
    for index in range(links.count()):
        expect(links.nth(index)).to_be_visible()
    # White on the portal's blue.
    assert nav.evaluate("element => getComputedStyle(element).backgroundColor") == "rgb(11, 79, 138)"


def test_filters_fold_on_a_phone_and_the_first_proposal_is_on_the_first_screen(page, live_server):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/vorschlaege/")
    search = page.get_by_role("textbox", name="Suche")

    expect(search).to_be_hidden()
    expect(page.locator(".proposal-card").first).to_be_in_viewport()
    page.get_by_text("Suchen, filtern und sortieren").click()
    expect(search).to_be_visible()

    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/vorschlaege/")
    expect(page.get_by_role("textbox", name="Suche")).to_be_visible()
    expect(page.get_by_text("Suchen, filtern und sortieren")).to_be_hidden()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_the_home_page_invites_on_its_first_screen(page, live_server, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/")
    invitation = page.get_by_role("region", name="Jetzt mitmachen")

    expect(invitation).to_contain_text("Vorschläge sind bis zum")
    expect(invitation.get_by_role("link", name="Vorschlag machen")).to_be_in_viewport()
    invitation.get_by_role("link", name="Vorschlag machen").click()
    expect(page).to_have_url(re.compile(r"/konto/login/\?next=(/|%2F)vorschlaege(/|%2F)neu(/|%2F)$"))


@pytest.mark.parametrize(("viewport", "rows"), [(DESKTOP, [5]), (TABLET, [1, 2, 2]), (PHONE, [1, 1, 1, 1, 1])])
def test_the_five_field_cards_leave_no_orphan(page, live_server, viewport, rows):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/")
    cards = page.locator(".card-grid-fields > li")
    expect(cards).to_have_count(5)

    tops = [round(cards.nth(index).bounding_box()["y"]) for index in range(5)]
    per_row = [tops.count(top) for top in sorted(set(tops))]

    assert per_row == rows
    for index in range(5):
        expect(cards.nth(index).locator("img.card-icon")).to_be_visible()


def test_statistics_charts_have_visible_titles_full_width_and_unclipped_labels(page, live_server):
    page.goto(live_server.url + "/statistik/")
    figures = page.locator("figure.chart-figure")
    assert figures.count() >= 3
    main_width = page.locator("main").evaluate("main => main.clientWidth")

    for index in range(figures.count()):
        figure = figures.nth(index)
        expect(figure.locator("figcaption.chart-title")).to_be_visible()
        expect(figure.locator("figcaption.chart-title")).not_to_be_empty()
        svg = figure.locator("svg.chart")
        assert svg.bounding_box()["width"] >= 0.9 * (main_width - 64), "a chart narrower than the content"
        outside = svg.evaluate(
            """svg => {
                const frame = svg.getBoundingClientRect();
                return [...svg.querySelectorAll('text')].map(text => text.getBoundingClientRect())
                    .filter(box => box.left < frame.left - 1 || box.right > frame.right + 1
                                   || box.top < frame.top - 1 || box.bottom > frame.bottom + 1).length;
            }"""
        )
        assert outside == 0, f"chart {index}: {outside} labels cut off"


def test_a_chart_keeps_readable_labels_on_a_phone_by_scrolling_in_its_own_region(page, live_server):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/statistik/")
    region = page.locator(".chart-scroll").first

    font_size = region.locator("text").first.evaluate("text => text.getBoundingClientRect().height")
    assert font_size >= 10, "chart labels shrunk below a readable size"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    region.focus()
    expect(region).to_be_focused()  # keyboard users can scroll it
