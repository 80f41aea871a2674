"""The Content-Security-Policy in a real browser: enforced on the public site, the map and the admin, and nothing
that our pages or Wagtail's admin need is blocked (no `securitypolicyviolation`, no console report)."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from portal.models import HomePage
from tests.factories import ConfirmedUserFactory, StaffUserFactory
from tests.staff import admin_browser_login

# Added to every document and frame before its own scripts run (Playwright injects it past the page's CSP).
VIOLATION_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`
  );
});
"""
NONCE = re.compile(r"script-src [^;]*'nonce-[A-Za-z0-9+/=]{16,}'")


class CspWatch:
    """What the browser reported as blocked by a policy: console messages and violation events, per address."""

    def __init__(self, page):
        self.page = page
        self.reports: list[str] = []
        page.on("console", self._console)

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.reports.append(f"console: {message.text}")

    def visit(self, url: str, *, admin: bool = False):
        """Open `url`, check that its policy is the enforced one of its area, and return the response."""
        response = self.page.goto(url)
        assert response.ok, url
        policy = response.headers.get("content-security-policy", "")
        if admin:
            assert "script-src 'self' 'unsafe-inline'" in policy, (url, policy)
        else:
            assert NONCE.search(policy), (url, policy)
            assert "'unsafe-inline'" not in policy, (url, policy)
        assert "permissions-policy" in response.headers, url
        return response

    def collect(self) -> None:
        """Read the current document's violation events (call before leaving it)."""
        self.page.wait_for_load_state("networkidle")
        events = self.page.evaluate("window.__cspViolations || []")
        self.reports.extend(f"{self.page.url}: {event}" for event in events)

    def assert_none(self) -> None:
        assert self.reports == [], "CSP violations:\n  " + "\n  ".join(self.reports)


@pytest.fixture
def watch(context, page):
    context.add_init_script(VIOLATION_LISTENER)
    return CspWatch(page)


def map_loads(page, map_id: str) -> None:
    """Agree to the map (once per tab), then Leaflet has made its container and drawn tiles."""
    button = page.locator(f'.map-block[data-map="{map_id}"] .map-load')
    if button.is_visible():
        button.click()
    canvas = page.locator(f"#{map_id}")
    expect(canvas).to_have_class(re.compile(r"\bleaflet-container\b"))
    expect(canvas.locator(".leaflet-tile-loaded").first).to_be_visible()
    assert page.evaluate(f"!!window.leafletmap{map_id}")


def test_public_pages_and_the_map_run_without_violations(page, live_server, demo_site, watch):
    placed = next(proposal for proposal in demo_site if proposal.latitude is not None)
    base = live_server.url

    for path in ["/", "/smart-safe-mobility/", "/vorschlaege/", "/strategie/", "/statistik/", "/offene-daten/"]:
        watch.visit(base + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        watch.collect()

    watch.visit(f"{base}/vorschlaege/karte/")
    map_loads(page, "proposalsmap")
    expect(page.locator("#proposalsmap .leaflet-marker-icon").first).to_be_visible()
    watch.collect()

    watch.visit(f"{base}/vorschlaege/{placed.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(placed.title)
    map_loads(page, "proposalmap")
    expect(page.locator("#proposalmap .leaflet-marker-icon")).to_be_visible()
    watch.collect()

    watch.assert_none()


def test_the_new_proposal_form_and_its_map_run_without_violations(page, context, live_server, demo_site, watch):
    client = Client()
    client.force_login(ConfirmedUserFactory())
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])

    watch.visit(live_server.url + "/vorschlaege/neu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vorschlag machen")
    map_loads(page, "placemap")
    canvas = page.locator("#placemap")
    box = canvas.bounding_box()
    canvas.click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    expect(canvas.locator(".leaflet-marker-icon")).to_have_count(1)
    # The similar-proposals hint asks the server while the citizen types (connect-src).
    page.get_by_label("Titel").first.fill("Radweg entlang der Wilhelmshöher Allee")
    watch.collect()

    watch.assert_none()


def test_the_admin_runs_without_violations(page, context, live_server, demo_site, watch):
    admin_browser_login(context, live_server, StaffUserFactory(is_superuser=True))
    home = HomePage.objects.get()

    watch.visit(live_server.url + "/admin/", admin=True)
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    watch.collect()

    watch.visit(live_server.url + "/admin/vorschlaege/", admin=True)
    expect(page.locator("table.listing tbody tr").first).to_be_visible()
    watch.collect()

    watch.visit(f"{live_server.url}/admin/pages/{home.pk}/edit/", admin=True)
    # Wagtail's scripts have built the editor: the body's stream field and the rich text editors.
    expect(page.locator("form[data-edit-form]")).to_be_visible()
    expect(page.locator(".Draftail-Editor").first).to_be_visible()
    watch.collect()

    watch.assert_none()
