"""#16 item 1 in a real browser: the project office records a Denklabor and uploads its proposals by CSV; a bad
line is rejected with its line number and nothing is half-imported; the proposals then show their origin.

The admin is in English (the Projektbüro member's Wagtail profile); the public pages are German.
"""

import pytest
from playwright.sync_api import expect

from participation.choices import Channel
from participation.models import Proposal
from tests.factories import ProjectOfficeFactory, ProposalPhaseFactory
from tests.staff import admin_browser_login

HEADER = "titel;beschreibung;handlungsfeld;ortsbezirk;pseudonym;email;einwilligung\n"
ROWS = [
    "Sitzbänke am Platz;Mehr Bänke zum Ausruhen am Platz.;Smart Welcome City;;Anna;;",
    "Radweg Leipziger Straße;Ein geschützter Radweg.;mobility;Wesertor;;rad@example.org;ja",
    "Grüne Dächer;Dachbegrünung auf Schulen und Ämtern.;ecosystem;;;;",
    "Wasserstoffbusse;Busse mit Wasserstoff im Quartier.;h2quarters;;Bernd;;",
    "Digitale Sprechstunde;Online-Sprechstunde des Ortsbeirats.;citizen;;;;",
]


@pytest.fixture
def office_page(page, context, live_server, django_db_serialized_rollback, transactional_db):
    ProposalPhaseFactory()
    admin_browser_login(context, live_server, ProjectOfficeFactory(display_name="Projektbüro Smart City"))
    return page


def _upload(page, tmp_path, name, lines):
    path = tmp_path / name
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    page.locator("#csv ~ form input[type=file]").set_input_files(str(path))
    page.get_by_role("button", name="Import the file").click()


def test_a_denklabor_by_csv_with_one_bad_line(office_page, live_server, tmp_path):
    page = office_page
    page.goto(f"{live_server.url}/admin/veranstaltungen/")
    page.get_by_label("Name").fill("Denklabor Wesertor")
    page.get_by_label("Kind").select_option(Channel.DENKLABOR)
    page.get_by_label("Date").fill("2025-03-12")
    page.get_by_label("Place").fill("Stadtteilzentrum Wesertor")
    page.get_by_role("button", name="Record the event").click()
    expect(page.get_by_text("Event recorded. Now enter its proposals.")).to_be_visible()

    _upload(page, tmp_path, "bad.csv", [*ROWS, "Ohne Feld;Text;Raumfahrt;;;;"])
    expect(page.get_by_role("alert")).to_contain_text("Line 7")
    assert not Proposal.objects.exists()

    _upload(page, tmp_path, "good.csv", ROWS)
    expect(page.get_by_text("5 proposals imported from the file.")).to_be_visible()
    assert Proposal.objects.filter(channel=Channel.DENKLABOR).count() == 5

    bike = Proposal.objects.get(title="Radweg Leipziger Straße")
    page.goto(f"{live_server.url}{bike.get_absolute_url()}")
    expect(page.locator(".channel-note")).to_contain_text("Denklabor Wesertor")
    expect(page.locator(".channel-note")).to_contain_text("vom Projektbüro eingetragen")
    page.goto(f"{live_server.url}/vorschlaege/")
    expect(page.locator(".proposal-card", has_text="Radweg Leipziger Straße").locator(".badge-channel")).to_be_visible()
    # The channel statistics count them, and the next synthesis reads them like online proposals.
    from wagtail.models import Site

    from participation.selectors import synthesis_input
    from portal.models import StatisticsPage

    home = Site.objects.get(is_default_site=True).root_page
    statistics = home.add_child(instance=StatisticsPage(title="Statistik", slug="statistik"))
    page.goto(f"{live_server.url}{statistics.url}")
    channels = page.locator(".channel-counts")
    expect(channels).to_contain_text("Woher die Vorschläge kamen")
    expect(channels.get_by_role("row", name="Denklabor (Workshop) 5")).to_be_visible()
    assert bike.pk in [row.pk for row in synthesis_input("mobility")[0]]
