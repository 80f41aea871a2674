"""Proposals in a real browser: write one (map, image, preview), find it, edit and withdraw it; keyboard use,
errors, accessibility, escaping of citizens' text and the similar-proposals hint while typing."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client
from PIL import Image
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from core.choices import ActionField, District
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory

from .support import WCAG_AA_TAGS, violation_summary


def german_degrees(value: str) -> str:
    """A coordinate as the proposal page shows it: three decimals, rounded half up (Django's floatformat), comma."""
    return str(Decimal(value).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)).replace(".", ",")


DISPLAY_NAME = "Erika Beispiel"
# A demo proposal (demo/data/proposals.yaml) that the similar-proposals hint should find.
DEMO_TITLE = "Sichere Querung der Frankfurter Straße für Schulkinder"
XSS = """<script>window.__xss=1</script><img src=x onerror="window.__xss=1">"""
# Any coordinates the map or a person sets are six-decimal numbers inside Kassel (51.26–51.36, 9.38–9.56).
LATITUDE = re.compile(r"^51\.(2[6-9]|3[0-5])\d{4}$")
LONGITUDE = re.compile(r"^9\.(3[89]|4\d|5[0-5])\d{4}$")

AXE = Axe()
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]}
# JSON data islands (json_script) hold the titles escaped; only other scripts would run.
INLINE_SCRIPTS_MENTIONING_XSS = """() => [...document.querySelectorAll("script:not([type='application/json'])")]
    .filter(script => script.text.includes("__xss")).length"""


# The demo content: the page tree, 150 proposals by demo citizens and an open proposal phase.
demo_content = pytest.mark.usefixtures("demo_site")
# Only what the migrations create, restored by serialized rollback too: a live-server test without it leaves
# post-migrate rows behind, and the next test that restores the page tree collides with them.
blank_site = pytest.mark.usefixtures("django_db_serialized_rollback", "transactional_db")


@pytest.fixture
def open_phase(transactional_db):
    return ProposalPhaseFactory()


@pytest.fixture
def citizen(transactional_db):
    """A citizen with a confirmed email address."""
    return ConfirmedUserFactory(display_name=DISPLAY_NAME)


@pytest.fixture
def citizen_page(page, context, live_server, citizen):
    """The browser page, signed in as `citizen` through a session that Django's test client opened."""
    client = Client()
    client.force_login(citizen)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    return page


@pytest.fixture
def png(tmp_path):
    path = tmp_path / "trinkbrunnen.png"
    Image.new("RGB", (48, 32), (40, 120, 90)).save(path)
    return path


def fill_text_fields(page, *, title: str, body: str, field: str) -> None:
    page.get_by_role("textbox", name="Titel", exact=True).fill(title)
    page.get_by_role("textbox", name="Beschreibung", exact=True).fill(body)
    page.get_by_role("combobox", name="Handlungsfeld", exact=True).select_option(label=field)


@demo_content
def test_citizen_publishes_finds_edits_and_withdraws_a_proposal(citizen_page, live_server, png):
    page = citizen_page
    title = "Trinkbrunnen am Königsplatz"
    body = "An heißen Tagen fehlt in der Innenstadt frisches Wasser.\n\nEin Trinkbrunnen am Königsplatz hilft allen."
    alt = "Skizze eines Trinkbrunnens vor der Straßenbahnhaltestelle"

    page.goto(live_server.url + "/vorschlaege/neu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vorschlag machen")
    fill_text_fields(page, title=title, body=body, field="Smart Ecosystem Services")

    # The place: no tile is loaded before the citizen agrees; then a click on the map sets the marker.
    place = page.get_by_role("group", name="Ort (optional)")
    latitude, longitude = place.get_by_label("Breitengrad (optional)"), place.get_by_label("Längengrad (optional)")
    place.get_by_role("button", name="Karte laden").click()
    map_canvas = place.locator("#placemap")
    expect(map_canvas.locator(".leaflet-tile-loaded").first).to_be_visible()
    expect(map_canvas.locator(".leaflet-marker-icon")).to_have_count(0)
    box = map_canvas.bounding_box()
    map_canvas.click(position={"x": box["width"] / 2 + 30, "y": box["height"] / 2 - 20})
    expect(map_canvas.locator(".leaflet-marker-icon")).to_have_count(1)
    expect(latitude).to_have_value(LATITUDE)
    expect(longitude).to_have_value(LONGITUDE)
    picked = latitude.input_value(), longitude.input_value()

    images = page.get_by_role("group", name="Bild (optional)")
    images.get_by_label("Bild (optional)").set_input_files(png)
    images.get_by_label("Bildbeschreibung").fill(alt)

    page.get_by_role("button", name="Vorschau und nach ähnlichen Vorschlägen suchen").click()
    preview = page.get_by_role("region", name="Vorschau")
    expect(preview.get_by_role("heading", level=3, name=title)).to_be_visible()
    expect(preview.locator(".user-text p")).to_have_count(2)
    expect(page.get_by_role("textbox", name="Titel", exact=True)).to_have_value(title)
    expect(latitude).to_have_value(picked[0])
    # The consent given above holds for this tab: the map loads again and shows the chosen place.
    expect(map_canvas.locator(".leaflet-marker-icon")).to_have_count(1)
    # Choosing a file after the preview replaces the image kept from before it.
    images.get_by_label("Bild (optional)").set_input_files(png)

    page.get_by_role("button", name="Vorschlag veröffentlichen").click()
    expect(page).to_have_url(re.compile(rf"^{re.escape(live_server.url)}/vorschlaege/\d+/$"))
    detail_url = page.url
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("status").filter(has_text="veröffentlicht")).to_be_visible()
    expect(page.locator(".proposal .author")).to_have_text(DISPLAY_NAME)
    image = page.get_by_role("img", name=alt)
    expect(image).to_have_attribute("src", re.compile(r"^/media/proposals/\w+\.png$"))
    # Not fetched: the test settings keep uploads in InMemoryStorage, which the /media/ route cannot serve.
    # The place as people read it: rounded to three decimals (about 100 m), with German decimal commas.
    expect(page.locator(".proposal .place-line")).to_contain_text(
        f"{german_degrees(picked[0])}° N, {german_degrees(picked[1])}° O"
    )

    # The list, newest first.
    page.goto(live_server.url + "/vorschlaege/")
    expect(page.locator(".proposal-card").first.get_by_role("link")).to_have_text(title)

    # The map, in a new tab (the consent to load tiles lasts for one tab's session).
    map_page = page.context.new_page()
    map_page.goto(live_server.url + "/vorschlaege/karte/")
    map_page.get_by_role("button", name="Karte laden").click()
    expect(map_page.locator("#proposalsmap .leaflet-marker-icon").first).to_be_visible()
    # The map loads its points from the data endpoint (compact rows), not from the page.
    data = map_page.evaluate("fetch('/vorschlaege/karte/punkte.json').then(response => response.json())")
    rows = [dict(zip(data["fields"], row, strict=True)) for row in data["points"]]
    assert [(row["lat"], row["lon"]) for row in rows if row["title"] == title] == [tuple(map(float, picked))]
    listed = map_page.get_by_role("heading", name="Die Vorschläge auf dieser Karte").locator("xpath=following::ul[1]")
    expect(listed.get_by_role("link", name=title, exact=True)).to_have_attribute(
        "href", detail_url[len(live_server.url) :]
    )
    map_page.close()

    # Edit the title.
    page.goto(detail_url)
    page.get_by_role("link", name="Bearbeiten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vorschlag bearbeiten")
    new_title = "Trinkbrunnen am Königsplatz und am Friedrichsplatz"
    page.get_by_role("textbox", name="Titel", exact=True).fill(new_title)
    page.get_by_role("button", name="Änderungen speichern").click()
    expect(page).to_have_url(detail_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(new_title)
    expect(page.get_by_role("img", name=alt)).to_be_attached()

    # Withdraw it, after a confirmation page.
    page.get_by_role("link", name="Zurückziehen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vorschlag zurückziehen")
    page.get_by_role("button", name="Ja, zurückziehen").click()
    expect(page).to_have_url(detail_url)
    # The status badge: "Status: " for screen readers, then the status in words.
    expect(page.locator(".proposal-header .badge-status-withdrawn")).to_have_text("Status: zurückgezogen")
    expect(page.get_by_text("Dieser Vorschlag wurde zurückgezogen.")).to_be_visible()
    expect(page.get_by_role("link", name="Bearbeiten")).to_have_count(0)
    expect(page.get_by_role("link", name="Zurückziehen")).to_have_count(0)


@blank_site
@pytest.mark.usefixtures("open_phase")
def test_image_chosen_before_the_preview_is_published(citizen_page, live_server, png):
    page = citizen_page
    page.goto(live_server.url + "/vorschlaege/neu/")
    fill_text_fields(
        page,
        title="Bank mit Schatten im Auepark",
        body="Im Auepark fehlen schattige Bänke für ältere Menschen.",
        field="Smart Ecosystem Services",
    )
    page.get_by_label("Bild (optional)", exact=True).set_input_files(png)
    page.get_by_label("Bildbeschreibung").fill("Eine Bank unter einem Baum")
    page.get_by_role("button", name="Vorschau und nach ähnlichen Vorschlägen suchen").click()
    expect(page.get_by_role("region", name="Vorschau")).to_be_visible()
    page.get_by_role("button", name="Vorschlag veröffentlichen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Bank mit Schatten im Auepark")
    expect(page.get_by_role("img", name="Eine Bank unter einem Baum")).to_be_attached(timeout=2_000)


@blank_site
@pytest.mark.usefixtures("open_phase")
def test_keyboard_user_submits_a_proposal(citizen_page, live_server):
    page = citizen_page
    title = "Qwertz Fnordbrunnen Plattenweg"
    page.goto(live_server.url + "/vorschlaege/neu/")

    page.keyboard.press("Tab")
    expect(page.locator("a.skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    page.keyboard.press("Tab")
    title_input = page.get_by_role("textbox", name="Titel", exact=True)
    expect(title_input).to_be_focused()
    # Typing asks for similar proposals; wait for the answer, so no hint appears between here and the next field.
    with page.expect_response(lambda response: "/vorschlaege/aehnlich/" in response.url):
        page.keyboard.type(title)
    expect(page.locator("#similar-proposals")).to_be_empty()

    page.keyboard.press("Tab")
    expect(page.get_by_role("textbox", name="Beschreibung", exact=True)).to_be_focused()
    page.keyboard.type("Ein Brunnen mit Trinkwasser am Plattenweg, für alle Spaziergänger.")

    page.keyboard.press("Tab")
    field = page.get_by_role("combobox", name="Handlungsfeld", exact=True)
    expect(field).to_be_focused()
    page.keyboard.press("End")
    expect(field).to_have_value(ActionField.MOBILITY)

    page.keyboard.press("Tab")
    district = page.get_by_label("Ortsbezirk (optional)")
    expect(district).to_be_focused()
    page.keyboard.type("Wehl")
    expect(district).to_have_value(District.WEHLHEIDEN)

    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Karte laden")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Breitengrad (optional)")).to_be_focused()
    page.keyboard.type("51.3155")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Längengrad (optional)")).to_be_focused()
    page.keyboard.type("9.4975")

    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Bild (optional)")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("textbox", name="Bildbeschreibung")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Vorschau und nach ähnlichen Vorschlägen suchen")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Vorschlag veröffentlichen")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".proposal .meta")).to_contain_text("Wehlheiden")
    expect(page.locator(".proposal .place-line")).to_contain_text("Wehlheiden · 51,316° N, 9,498° O")
    expect(page.locator(".proposal .eyebrow")).to_have_text("Smart Safe Mobility")


@blank_site
@pytest.mark.usefixtures("open_phase")
def test_form_errors_are_shown_keep_the_text_and_are_accessible(citizen_page, live_server, assert_accessible):
    page = citizen_page
    body = "Eine Fahrradstraße quer durch die Stadt, von Wilhelmshöhe bis zur Fulda."
    page.goto(live_server.url + "/vorschlaege/neu/")
    fill_text_fields(page, title="Rad", body=body, field="Smart Safe Mobility")
    page.get_by_label("Breitengrad (optional)").fill("52.520008")  # Berlin
    page.get_by_label("Längengrad (optional)").fill("13.404954")
    page.get_by_role("button", name="Vorschlag veröffentlichen").click()

    summary = page.get_by_role("alert").filter(has=page.get_by_role("heading", name="Bitte prüfen Sie Ihre Eingaben"))
    expect(summary).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile(r"^Titel: "))).to_have_attribute("href", "#id_title")
    expect(summary.get_by_role("link", name=re.compile(r"außerhalb von Kassel"))).to_have_attribute(
        "href", "#id_latitude"
    )

    title = page.get_by_role("textbox", name="Titel", exact=True)
    expect(title).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_title_errors")).to_contain_text("mindestens 5 Zeichen")
    expect(title).to_have_accessible_description(re.compile("mindestens 5 Zeichen"))
    expect(page.locator("#id_latitude_errors")).to_contain_text("außerhalb von Kassel")
    expect(page.get_by_role("textbox", name="Beschreibung", exact=True)).to_have_value(body)
    expect(title).to_have_value("Rad")

    # The summary's link takes the citizen to the field.
    summary.get_by_role("link", name=re.compile(r"^Titel: ")).click()
    expect(title).to_be_focused()
    assert_accessible(page)


@demo_content
def test_axe_finds_no_violation_on_the_proposal_pages(citizen_page, live_server):
    page = citizen_page
    failures = []

    def check(name: str) -> None:
        # Leaflet's attribution is left to test_map_attribution_links_do_not_rely_on_colour: whether axe can
        # judge it depends on which tile lies behind it at that moment.
        violations = AXE.run(page, context={"exclude": [[".leaflet-control-attribution"]]}, options=AXE_OPTIONS)
        if violations.response["violations"]:
            failures.append(f"{name}: {violation_summary(violations.response['violations'])}")

    page.goto(live_server.url + "/vorschlaege/neu/")
    expect(page.get_by_role("textbox", name="Titel", exact=True)).to_be_visible()
    check("the empty proposal form")

    page.goto(live_server.url + "/vorschlaege/")
    expect(page.locator(".proposal-card").first).to_be_visible()
    check("the list")

    page.goto(live_server.url + "/vorschlaege/karte/")
    page.get_by_role("button", name="Karte laden").click()
    expect(page.locator("#proposalsmap .leaflet-marker-icon").first).to_be_visible()
    expect(page.locator("#proposalsmap .leaflet-tile-loaded").first).to_be_visible()
    check("the map page with the map loaded")

    page.get_by_role("link", name=DEMO_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(DEMO_TITLE)
    # The consent to load tiles holds for this tab, so the proposal's map loads by itself.
    expect(page.locator("#proposalmap .leaflet-marker-icon")).to_be_visible()
    check("a proposal's detail page with its map")

    assert not failures, "\n\n".join(failures)


@blank_site
def test_map_attribution_links_do_not_rely_on_colour(page, live_server):
    page.goto(live_server.url + "/vorschlaege/karte/")
    page.get_by_role("button", name="Karte laden").click()
    link = page.locator(".leaflet-control-attribution a").first
    expect(link).to_be_visible()
    assert "underline" in link.evaluate("link => getComputedStyle(link).textDecorationLine")


@blank_site
def test_citizens_markup_is_inert_on_detail_list_and_map(page, live_server):
    title = f"Kuckucksei {XSS}"
    proposal = ProposalFactory(
        title=title,
        body=f"Vorsicht: {XSS}\n\nhttp://example.org/{XSS}",
        latitude="51.315500",
        longitude="9.497500",
    )
    page.goto(f"{live_server.url}/vorschlaege/{proposal.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".proposal .user-text p").first).to_have_text(f"Vorsicht: {XSS}")
    expect(page).to_have_title(f"{title} – Smart Kassel")
    assert_inert(page)

    page.goto(live_server.url + "/vorschlaege/")
    expect(page.locator(".proposal-card").first.get_by_role("link")).to_have_text(title)
    assert_inert(page)

    # Searched for, the proposal is the map's only marker; its popup shows the title as text.
    page.goto(live_server.url + "/vorschlaege/karte/?q=Kuckucksei")
    page.get_by_role("button", name="Karte laden").click()
    marker = page.locator("#proposalsmap .leaflet-marker-icon")
    expect(marker).to_have_count(1)
    expect(marker).to_have_attribute("title", title)
    popup = page.locator("#proposalsmap .leaflet-popup-content")
    # A click while the map still fits its bounds can miss the moving marker (seen once on a busy machine):
    # click again only while no popup has opened (a click on an open one would close it).
    for _attempt in range(3):
        marker.click()
        try:
            popup.wait_for(state="visible", timeout=2000)
            break
        except PlaywrightTimeoutError:
            continue
    expect(popup).to_have_text(title)
    assert_inert(page)


def assert_inert(page) -> None:
    """No script of the citizen ran, and none of their tags became an element or an inline script."""
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("img[src='x'], [onerror]").count() == 0
    assert page.evaluate(INLINE_SCRIPTS_MENTIONING_XSS) == 0


@demo_content
def test_typing_a_title_like_an_existing_one_shows_similar_proposals(citizen_page, live_server):
    page = citizen_page
    page.goto(live_server.url + "/vorschlaege/neu/")
    page.get_by_role("combobox", name="Handlungsfeld", exact=True).select_option(label="Smart Safe Mobility")
    hint = page.locator("#similar-proposals")
    expect(hint).to_be_empty()

    page.get_by_role("textbox", name="Titel", exact=True).press_sequentially("Sichere Querung für Schulkinder")
    expect(hint).to_contain_text("Es gibt schon ähnliche Vorschläge")
    link = hint.get_by_role("link", name=DEMO_TITLE)
    expect(link).to_have_attribute("href", re.compile(r"^/vorschlaege/\d+/$"))


SIMILAR_TITLE = "Trinkbrunnen in der Innenstadt"


@blank_site
@pytest.mark.usefixtures("open_phase")
def test_publishing_checks_for_duplicates_and_suggests_the_district(citizen_page, live_server):
    from participation.models import Proposal

    existing = ProposalFactory(title=SIMILAR_TITLE, action_field=ActionField.ECOSYSTEM)
    page = citizen_page
    page.goto(live_server.url + "/vorschlaege/neu/")
    fill_text_fields(
        page,
        title="Trinkbrunnen am Königsplatz",
        body="An heißen Tagen fehlt in der Innenstadt frisches Trinkwasser für alle.",
        field="Smart Ecosystem Services",
    )
    place = page.get_by_role("group", name="Ort (optional)")
    district = place.get_by_role("combobox", name="Ortsbezirk (optional)")
    expect(district).to_have_value("")
    # Typed the German way, with a decimal comma; the district whose centre is nearest is suggested at once.
    place.get_by_label("Breitengrad (optional)").fill("51,3440")
    place.get_by_label("Längengrad (optional)").fill("9,4820")
    place.get_by_label("Längengrad (optional)").press("Tab")
    expect(district).to_have_value(District.PHILIPPINENHOF_WARTEBERG)
    expect(place.locator("#district-suggestion")).to_contain_text("Philippinenhof-Warteberg")

    # Publishing first shows the similar proposal: one extra step, because there is one.
    page.get_by_role("button", name="Vorschlag veröffentlichen").click()
    check = page.get_by_role("region", name="Vor dem Veröffentlichen prüfen")
    expect(check.get_by_role("link", name=re.compile(SIMILAR_TITLE))).to_have_attribute(
        "href", existing.get_absolute_url()
    )
    assert not Proposal.objects.filter(title="Trinkbrunnen am Königsplatz").exists()
    expect(page.get_by_role("textbox", name="Titel", exact=True)).to_have_value("Trinkbrunnen am Königsplatz")
    expect(district).to_have_value(District.PHILIPPINENHOF_WARTEBERG)

    page.get_by_role("button", name="Vorschlag veröffentlichen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Trinkbrunnen am Königsplatz")
    proposal = Proposal.objects.get(title="Trinkbrunnen am Königsplatz")
    assert proposal.district == District.PHILIPPINENHOF_WARTEBERG
    assert str(proposal.latitude) == "51.344000"


@blank_site
@pytest.mark.usefixtures("open_phase")
def test_the_duplicate_check_and_district_suggestion_work_without_javascript(browser, live_server, citizen):
    from participation.models import Proposal

    ProposalFactory(title=SIMILAR_TITLE, action_field=ActionField.ECOSYSTEM)
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    try:
        client = Client()
        client.force_login(citizen)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
        page = context.new_page()
        page.goto(live_server.url + "/vorschlaege/neu/")
        fill_text_fields(
            page,
            title="Trinkbrunnen am Königsplatz",
            body="An heißen Tagen fehlt in der Innenstadt frisches Trinkwasser für alle.",
            field="Smart Ecosystem Services",
        )
        page.get_by_label("Breitengrad (optional)").fill("51,3160")
        page.get_by_label("Längengrad (optional)").fill("9,4950")

        page.get_by_role("button", name="Vorschlag veröffentlichen").click()
        check = page.get_by_role("region", name="Vor dem Veröffentlichen prüfen")
        expect(check.get_by_role("link", name=re.compile(SIMILAR_TITLE))).to_be_visible()
        expect(check).to_contain_text("Ortsbezirk aus dem Ort auf der Karte")
        expect(page.get_by_role("combobox", name="Ortsbezirk (optional)")).to_have_value(District.MITTE)

        page.get_by_role("button", name="Vorschlag veröffentlichen").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Trinkbrunnen am Königsplatz")
        assert Proposal.objects.get(title="Trinkbrunnen am Königsplatz").district == District.MITTE
    finally:
        context.close()


def test_the_vote_figures_fit_a_phone_without_breaking_a_word(page, live_server):
    """At 375 px three tiles side by side broke "Zustimmung" inside the word; on a phone they are rows."""
    proposal = ProposalFactory(agree_count=1234, disagree_count=56, pass_count=7)
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(live_server.url + proposal.get_absolute_url())
    label = page.locator(".vote-counts dt").first
    expect(label).to_have_text("Zustimmung")
    line = page.evaluate("(el) => parseFloat(getComputedStyle(el).lineHeight)", label.element_handle())
    assert label.bounding_box()["height"] < 1.5 * line  # one line
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
