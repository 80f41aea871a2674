"""Security headers: the Content-Security-Policy of each area (public site, admin, data) and the Permissions-Policy."""

import re
from html.parser import HTMLParser

import pytest

from tests.factories import ProposalFactory, ProposalPhaseFactory, StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"
# django-csp writes the directives in no fixed order; compare them parsed.
NOTHING = {"default-src": ["'none'"], "frame-ancestors": ["'none'"]}
NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]{16,})'")


def directives(header: str) -> dict[str, list[str]]:
    """A policy as {directive: [sources]}."""
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts without the nonce, event handler and style
    attributes, javascript: URLs, <style> blocks without the nonce."""

    def __init__(self, nonce: str):
        super().__init__()
        self.nonce = nonce
        self.blocked: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.blocked.append(f"<{tag} {name}=…>")
            if name == "style":
                self.blocked.append(f"<{tag} style=…>")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.blocked.append(f"<{tag} {name}=javascript:…>")
        data_block = tag == "script" and attributes.get("type") == "application/json"
        inline = tag == "style" or (tag == "script" and "src" not in attributes and not data_block)
        if inline and attributes.get("nonce") != self.nonce:
            self.blocked.append(f"<{tag}> without the nonce")


@pytest.fixture
def proposal():
    ProposalPhaseFactory()
    return ProposalFactory(latitude="51.312000", longitude="9.455000")


def public_urls(proposal) -> list[str]:
    return [
        "/vorschlaege/",
        "/vorschlaege/karte/",
        f"/vorschlaege/{proposal.pk}/",
        "/offene-daten/",
        "/en/offene-daten/",
        "/konto/login/",
        "/konto/signup/",
        "/gibt-es-nicht/",
    ]


def test_every_public_page_has_a_nonce_and_no_inline_script_allowance(client, proposal):
    for url in public_urls(proposal):
        response = client.get(url)
        assert response["Content-Type"].startswith("text/html"), url
        policy = directives(response[CSP])

        assert policy["default-src"] == ["'self'"], url
        assert "'unsafe-inline'" not in policy["script-src"], url
        assert "'unsafe-eval'" not in policy["script-src"], url
        assert "'unsafe-inline'" not in policy["style-src"], url
        assert NONCE.fullmatch(policy["script-src"][-1]), url
        assert policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'none'"], url
        assert policy["base-uri"] == ["'self'"], url
        assert policy["form-action"] == ["'self'"], url


def test_every_inline_script_and_style_on_public_pages_carries_the_nonce(client, proposal):
    # Signed in as the author: the header's account menu, the proposal form and its edit form render too.
    client.force_login(proposal.author)
    for url in [*public_urls(proposal), "/vorschlaege/neu/", f"/vorschlaege/{proposal.pk}/bearbeiten/"]:
        response = client.get(url)
        assert response.status_code in {200, 404}, url
        nonce = NONCE.search(response[CSP]).group(1)
        parser = InlineCode(nonce)
        parser.feed(response.content.decode())

        assert parser.blocked == [], url


def test_the_map_page_gives_leaflets_inline_script_the_nonce(client, proposal):
    response = client.get("/vorschlaege/karte/")

    nonce = NONCE.search(response[CSP]).group(1)
    assert f'<script nonce="{nonce}">' in response.content.decode()


def test_each_response_has_its_own_nonce(client):
    first, second = client.get("/vorschlaege/"), client.get("/vorschlaege/")

    assert NONCE.search(first[CSP]).group(1) != NONCE.search(second[CSP]).group(1)


def test_the_tile_server_is_allowed_for_images_only(client, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"

    policy = directives(client.get("/vorschlaege/karte/")[CSP])

    assert "https://tiles.example.org" in policy["img-src"]
    assert "https://tiles.example.org" not in policy["script-src"] + policy["connect-src"]


def test_the_admin_has_its_own_policy_without_a_nonce(client):
    admin_login(client, StaffUserFactory(is_superuser=True))

    for url in ["/admin/", "/admin/pages/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response[CSP])

        # Wagtail's templates need inline code; a nonce would make browsers ignore 'unsafe-inline'.
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"], url
        assert not NONCE.search(response[CSP]), url
        assert policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'self'"], url
        assert policy["form-action"] == ["'self'"], url


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/",
        "/api/v1/proposals/",
        "/api/v1/gibt-es-nicht/",
        "/offene-daten/vorschlaege.json",
        "/offene-daten/vorschlaege.csv",
        "/offene-daten/vorschlaege.geojson",
    ],
)
def test_data_responses_may_load_nothing(client, url):
    response = client.get(url)

    assert not response["Content-Type"].startswith("text/html")
    assert directives(response[CSP]) == NOTHING


def test_json_answers_to_the_sites_scripts_may_load_nothing(client, proposal):
    response = client.get("/vorschlaege/aehnlich/", {"action_field": proposal.action_field, "text": "Radweg"})

    assert response["Content-Type"] == "application/json"
    assert directives(response[CSP]) == NOTHING


@pytest.mark.parametrize("url", ["/vorschlaege/", "/admin/", "/api/v1/", "/health/"])
def test_permissions_policy_on_every_response(client, url):
    response = client.get(url)

    policy = dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))
    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert policy[feature] == "()", (url, feature)


def test_the_policy_is_enforced_not_only_reported(client):
    response = client.get("/vorschlaege/")

    assert CSP in response
    assert "Content-Security-Policy-Report-Only" not in response
