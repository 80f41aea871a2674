"""WCAG 2.1 AA checks with axe-core and reflow at 320 CSS pixels (WCAG 1.4.10)."""

import pytest

PAGES = ["/", "/smart-safe-mobility/", "/datenschutz/"]

pytestmark = pytest.mark.usefixtures("demo_site")


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag_violation(page, live_server, assert_accessible, path):
    response = page.goto(live_server.url + path)
    assert response.ok
    assert_accessible(page)


def test_no_horizontal_scroll_at_320_pixels(page, live_server):
    page.set_viewport_size({"width": 320, "height": 640})
    overflowing = {}
    for path in PAGES:
        response = page.goto(live_server.url + path)
        assert response.ok, path
        scroll_width, client_width = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if scroll_width > client_width:
            overflowing[path] = f"{scroll_width} px content in {client_width} px"
    assert not overflowing, f"Pages scroll sideways at 320 px: {overflowing}"
