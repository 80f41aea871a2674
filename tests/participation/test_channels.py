"""#16 item 1: input from a Denklabor, the citizens' council, paper and phone, entered by the project office."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.choices import ActionField, District
from participation.choices import Channel
from participation.models import InputEvent, PaperTally, Proposal, Vote
from participation.services.channels import RowsInvalid, csv_rows, event_proposals_create, paper_tally_record
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

CSV = (
    "titel;beschreibung;handlungsfeld;ortsbezirk;pseudonym;email;einwilligung\n"
    "Sitzbänke am Platz;Mehr Bänke zum Ausruhen am Platz der Deutschen Einheit.;Smart Welcome City;;Anna;;\n"
    "Radweg Leipziger Straße;Ein geschützter Radweg entlang der Leipziger Straße.;mobility;Wesertor;;"
    "rad@example.org;ja\n"
)


@pytest.fixture
def office():
    return ProjectOfficeFactory()


@pytest.fixture
def event(office):
    return InputEvent.objects.create(
        name="Denklabor Wesertor", kind=Channel.DENKLABOR, date=datetime.date(2025, 3, 12),
        place="Stadtteilzentrum", district=District.WESERTOR, created_by=office,
    )  # fmt: skip


def test_a_csv_becomes_proposals_of_the_event_with_their_channel(event, office):
    created = event_proposals_create(event, by=office, rows=csv_rows(CSV.encode()))

    assert [p.title for p in created] == ["Sitzbänke am Platz", "Radweg Leipziger Straße"]
    first, second = created
    assert first.channel == second.channel == Channel.DENKLABOR and first.event == event
    assert first.author is None and first.contributor_name == "Anna" and first.is_visible
    assert first.action_field == ActionField.WELCOME and second.action_field == ActionField.MOBILITY
    assert first.district == District.WESERTOR  # the event's district where the row names none
    assert second.contact_email == "rad@example.org" and second.contact_consent_at is not None
    assert Proposal.objects.filter(search_text__contains="radweg").exists()  # searchable like online proposals


def test_one_bad_line_imports_nothing_and_is_named_with_its_line_number(event, office):
    bad = CSV + "Ohne Beschreibung;;mobility;;;;\n" + "Falsches Feld;Text;Raumfahrt;;;;\n"

    with pytest.raises(RowsInvalid) as caught:
        event_proposals_create(event, by=office, rows=csv_rows(bad.encode()))

    assert [error.line for error in caught.value.errors] == [4, 5]
    assert not Proposal.objects.exists()


def test_an_email_without_consent_is_refused(event, office):
    rows = [(2, {"title": "Bänke", "body": "Mehr Bänke", "action_field": "mobility", "contact_email": "a@b.de"})]

    with pytest.raises(RowsInvalid):
        event_proposals_create(event, by=office, rows=rows)


def test_a_file_without_the_required_columns_or_not_utf8_says_so(event):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="titel|title|body|action_field"):
        csv_rows(b"name;text\nA;B\n")
    with pytest.raises(ValidationError, match="UTF-8"):
        csv_rows("titel;beschreibung;handlungsfeld\nStraße;Ä;mobility\n".encode("latin-1"))


def test_only_the_project_office_enters_input(event):
    for user in [ConfirmedUserFactory(), StaffUserFactory()]:
        with pytest.raises(PermissionDenied):
            event_proposals_create(event, by=user, rows=csv_rows(CSV.encode()))


def test_paper_tallies_stay_apart_from_votes(event, office):
    (proposal, _second) = event_proposals_create(event, by=office, rows=csv_rows(CSV.encode()))

    paper_tally_record(proposal, event=event, agree=14, disagree=3, by=office)
    paper_tally_record(proposal, event=event, agree=15, disagree=3, by=office)  # a correction, not a second tally

    proposal.refresh_from_db()
    assert (proposal.agree_count, proposal.disagree_count) == (0, 0)
    assert not Vote.objects.exists()
    assert list(PaperTally.objects.values_list("agree", "disagree")) == [(15, 3)]


def test_the_admin_pages_record_an_event_and_import_a_csv(client, office):
    admin_login(client, office)
    response = client.post(
        reverse("participation_events"),
        {"name": "Denklabor Oberzwehren", "kind": Channel.DENKLABOR, "date": "2025-02-20", "place": "Schule"},
    )
    event = InputEvent.objects.get()
    assert response["Location"] == reverse("participation_event", args=[event.pk])

    upload = SimpleUploadedFile("denklabor.csv", (CSV + "Kaputt;;mobility;;;;\n").encode(), content_type="text/csv")
    page = client.post(reverse("participation_event", args=[event.pk]), {"action": "csv", "file": upload})
    content = page.content.decode()
    assert page.status_code == 200 and ("Line 4" in content or "Zeile 4" in content)
    assert not Proposal.objects.exists()

    upload = SimpleUploadedFile("denklabor.csv", CSV.encode(), content_type="text/csv")
    client.post(reverse("participation_event", args=[event.pk]), {"action": "csv", "file": upload})
    assert Proposal.objects.filter(event=event).count() == 2


def test_typed_rows_keep_what_was_typed_when_one_is_invalid(client, office, event):
    admin_login(client, office)
    data = {"action": "rows", "rows-TOTAL_FORMS": "2", "rows-INITIAL_FORMS": "0"}
    data |= {"rows-0-title": "Trinkbrunnen", "rows-0-body": "Am Bahnhof", "rows-0-action_field": "ecosystem"}
    data |= {"rows-1-title": "Ohne Feld", "rows-1-body": "Text bleibt stehen"}

    page = client.post(reverse("participation_event", args=[event.pk]), data).content.decode()

    assert not Proposal.objects.exists()
    assert "Trinkbrunnen" in page and "Text bleibt stehen" in page


def test_the_events_admin_is_closed_to_others(client, event):
    admin_login(client, StaffUserFactory())
    assert client.get(reverse("participation_events")).status_code in {302, 403}
    assert client.get(reverse("participation_event", args=[event.pk])).status_code in {302, 403}


def test_event_input_counts_in_the_synthesis_and_the_channel_figures(event, office):
    from participation.selectors import channel_counts, synthesis_input

    created = event_proposals_create(event, by=office, rows=csv_rows(CSV.encode()))
    paper_tally_record(created[1], event=event, agree=12, disagree=4, by=office)

    proposals, _comments, _votes = synthesis_input(ActionField.MOBILITY)
    assert created[1].pk in [row.pk for row in proposals]
    counts = channel_counts()
    assert ("denklabor", "Denklabor (Workshop)", 2) in counts.channels or (
        2 in [c for k, _l, c in counts.channels if k == "denklabor"]
    )
    assert (counts.paper_agree, counts.paper_disagree) == (12, 4)
    assert channel_counts(action_field=ActionField.ECOSYSTEM).offline == 0


def test_statistics_and_the_open_data_show_the_channel(client, event, office):
    created = event_proposals_create(event, by=office, rows=csv_rows(CSV.encode()))
    from portal.statistics import statistics_refresh

    statistics_refresh()
    from wagtail.models import Page

    from portal.models import StatisticsPage

    root = Page.objects.get(depth=1)
    home = root.get_children().first() or root
    page = home.add_child(instance=StatisticsPage(title="Statistik", slug="statistik"))
    html = client.get(page.url).content.decode()
    assert 'id="channels-title"' in html

    records = client.get("/api/v1/proposals/").json()["results"]
    assert {r["channel"] for r in records if r["id"] in {p.pk for p in created}} == {"denklabor"}


def test_one_typed_row_is_saved_and_the_untouched_rows_are_skipped(client, office, event):
    """As a browser sends the form: every row, the untouched ones with their empty choices."""
    admin_login(client, office)
    data = {"action": "rows", "rows-TOTAL_FORMS": "5", "rows-INITIAL_FORMS": "0"}
    for number in range(5):
        data |= {f"rows-{number}-{name}": "" for name in ["title", "body", "action_field", "district"]}
        data |= {f"rows-{number}-contributor_name": "", f"rows-{number}-contact_email": ""}
    data |= {"rows-0-title": "Trinkbrunnen", "rows-0-body": "Am Bahnhof", "rows-0-action_field": "ecosystem"}

    response = client.post(reverse("participation_event", args=[event.pk]), data)

    assert response.status_code == 302
    assert list(Proposal.objects.values_list("title", flat=True)) == ["Trinkbrunnen"]


def test_errors_name_the_columns_as_the_file_does(event, office):
    with pytest.raises(ValidationError) as missing:
        csv_rows(b"titel;text\nA;B\n")
    assert "beschreibung, handlungsfeld" in str(missing.value)

    bad = "Titel;Beschreibung;Handlungsfeld\nFalsches Feld;Text;Raumfahrt\n"
    with pytest.raises(RowsInvalid) as caught:
        event_proposals_create(event, by=office, rows=csv_rows(bad.encode()))
    ((error,),) = [e.messages for e in caught.value.errors]
    assert error.startswith("Handlungsfeld: ")
