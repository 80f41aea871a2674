"""No request leaves the test server: no CDN, web font, tile or tracker (the `page` fixture guards every test)."""

import pytest
from playwright.sync_api import expect

from .support import RequestLog


@pytest.mark.usefixtures("demo_site")
def test_pages_load_their_assets_from_the_test_server_only(page, live_server, request_log):
    for path in ["/", "/smart-safe-mobility/", "/datenschutz/", "/en/"]:
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()

    # The log must have seen the stylesheet and logo, or its emptiness would prove nothing.
    assert f"{live_server.url}/static/css/site.css" in request_log.urls
    assert f"{live_server.url}/static/img/logo.svg" in request_log.urls
    assert request_log.foreign() == []


def test_request_log_catches_a_third_party_request(browser, live_server):
    # A context of its own: the `page` fixture would rightly fail this test at teardown. The live server
    # keeps this test among pytest-django's transactional ones, next to the other browser tests.
    log = RequestLog(live_server.url)
    context = browser.new_context()
    context.on("request", log.record)
    # Abort instead of resolving: the network is closed and the request's existence is what counts.
    context.route("http://tracker.invalid/**", lambda route: route.abort())
    page = context.new_page()
    with page.expect_event("requestfailed"):
        page.set_content("<img src='http://tracker.invalid/pixel.gif' alt=''>")
    context.close()

    assert log.foreign() == ["http://tracker.invalid/pixel.gif"]
