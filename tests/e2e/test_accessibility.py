"""WCAG 2.1 AA on every public page: axe-core at a phone's (375 px) and a desktop's (1280 px) width, reflow at
320 CSS pixels (WCAG 1.4.10), and a phone's first screen (375 × 812) shows each page's main heading (#15).

"Every public page" is what a visitor reaches by links from the German and the English home page (header,
footer, content), crawled without a login; a page behind a login shows the login page, which is checked too.
"""

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.usefixtures("demo_site")

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
# Addresses that are not pages for the public, or files rather than pages.
SKIP = re.compile(
    r"^/(admin|django-admin|documents|media|static|jsi18n|health|_util|i18n|api)/"
    r"|^/konto/logout/|\.(csv|json|geojson|xml|zip|pdf|ics|txt)$"
)
# Pages of one kind share a template: the first of each kind stands for the rest.
ONE_OF_A_KIND = [
    re.compile(r"^(/en)?/vorschlaege/\d+/$"),
    re.compile(r"^(/en)?/vorschlaege/\d+/[\w-]+/$"),
    re.compile(r"^(/en)?/vorschlaege/kommentare/\d+/[\w-]+/$"),
]
MAX_PAGES = 80


def _links(page) -> list[str]:
    return page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")


def crawl(page, base: str, check) -> list[str]:
    """Visit every address a visitor reaches by links from "/" and "/en/"; call check(path) on each page.

    Each test crawls afresh: the demo rows (and so the proposals' addresses) are rebuilt between tests on SQLite.
    """
    origin = urlsplit(base)[:2]
    queue, seen, kinds, found = ["/", "/en/"], set(), Counter(), []
    while queue and len(found) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = page.goto(base + path)
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        landed = urlsplit(page.url).path
        if landed != path and landed in seen:
            continue  # a redirect to a page already checked (the login page, for instance)
        if "text/html" not in response.headers.get("content-type", ""):
            continue  # a data file or an API answer, not a page
        seen.add(landed)
        found.append(landed)
        check(landed)
        for href in _links(page):
            parts = urlsplit(href)
            if parts[:2] != origin or SKIP.search(parts.path) or parts.path in seen or parts.path in queue:
                continue
            kind = next((pattern.pattern for pattern in ONE_OF_A_KIND if pattern.match(parts.path)), None)
            if kind:
                if kinds[kind]:
                    continue
                kinds[kind] += 1
            queue.append(parts.path)
    return found


def axe_failures(page, assert_accessible, path: str) -> list[str]:
    try:
        assert_accessible(page)
    except pytest.fail.Exception as failure:
        return [f"{path}:\n{failure}"]
    return []


def heading_off_screen(page) -> str:
    """Why the page's single h1 is not wholly on the first screen, or "" when it is."""
    headings = page.locator("h1")
    if headings.count() != 1:
        return f"{headings.count()} h1 elements"
    box = headings.bounding_box()
    scroll_y = page.evaluate("() => window.scrollY")
    if box is None or not headings.is_visible():
        return "h1 not rendered"
    if scroll_y != 0 or box["y"] < 0 or box["y"] + box["height"] > PHONE["height"]:
        return f"h1 from {box['y']:.0f} to {box['y'] + box['height']:.0f} px (scrolled {scroll_y})"
    return ""


def test_every_public_page_at_a_desktops_width_passes_axe(page, live_server, assert_accessible):
    page.set_viewport_size(DESKTOP)
    failures = []

    paths = crawl(page, live_server.url, lambda path: failures.extend(axe_failures(page, assert_accessible, path)))

    expected = ["/", "/en/", "/smart-safe-mobility/", "/vorschlaege/", "/statistik/", "/datenschutz/", "/konto/login/"]
    assert set(expected) <= set(paths), f"the crawl missed {sorted(set(expected) - set(paths))}"
    assert any(re.match(r"^/vorschlaege/\d+/$", path) for path in paths), "the crawl found no proposal"
    assert not failures, "axe at 1280 px:\n" + "\n".join(failures)


def test_every_public_page_on_a_phone_passes_axe_shows_its_heading_first_and_reflows(
    page, live_server, assert_accessible
):
    page.set_viewport_size(PHONE)
    failures, hidden = [], {}

    def check(path):
        failures.extend(axe_failures(page, assert_accessible, path))
        if reason := heading_off_screen(page):
            hidden[path] = reason

    paths = crawl(page, live_server.url, check)

    assert len(paths) > 10
    assert not failures, "axe at 375 px:\n" + "\n".join(failures)
    assert not hidden, f"Main heading not on the first screen at 375 × 812: {hidden}"

    # WCAG 1.4.10: nothing scrolls sideways at 320 CSS pixels (a chart scrolls in its own region).
    page.set_viewport_size({"width": 320, "height": 640})
    overflowing = {}
    for path in paths:
        page.goto(live_server.url + path)
        scroll_width, client_width = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if scroll_width > client_width:
            overflowing[path] = f"{scroll_width} px content in {client_width} px"
    assert not overflowing, f"Pages scroll sideways at 320 px: {overflowing}"
