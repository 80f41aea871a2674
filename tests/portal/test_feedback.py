"""“Barriere melden”: the public form (no account, no JavaScript), the office's mail and its list in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from core.roles import COUNCIL_GROUP, MODERATOR_GROUP, roles_sync
from portal.feedback.models import BarrierReport
from portal.feedback.personal_data import personal_data_erase, personal_data_export
from portal.feedback.services import barrier_report_notify
from tests.accounts.test_admin_made_roles import create_in_admin
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

URL = "/barriere-melden/"
DESCRIPTION = "Der Knopf „Abstimmen“ ist mit dem Screenreader nicht zu erreichen."


def post(client, url=URL, **data):
    return client.post(url, {"page_address": "/vorschlaege/", "description": DESCRIPTION, "email": "", **data})


def test_the_form_opens_without_an_account_with_the_page_address_filled_in(client):
    response = client.get(URL, {"seite": "/smart-safe-mobility/"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Barriere melden</h1>" in html
    assert 'value="/smart-safe-mobility/"' in html
    assert "anonym" in html  # the privacy note on the optional address


@pytest.mark.parametrize("given", ["//evil.example/", "https://evil.example/", "javascript:alert(1)"])
def test_only_a_path_of_this_site_is_filled_in(client, given):
    form = client.get(URL, {"seite": given}).context["form"]

    assert form["page_address"].value() == ""


def test_an_anonymous_message_lands_in_the_database_and_the_office_gets_a_mail(
    client, django_capture_on_commit_callbacks
):
    office = ProjectOfficeFactory(email="buero@example.org")
    ConfirmedUserFactory(email="buergerin@example.org")  # not in the office: no mail

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, email="antwort@example.org")

    assert response.status_code == 302
    assert response.url == reverse("feedback:barrier_report_thanks")
    report = BarrierReport.objects.get()
    assert (report.page_address, report.description, report.email) == (
        "/vorschlaege/",
        DESCRIPTION,
        "antwort@example.org",
    )
    assert report.status == BarrierReport.Status.OPEN
    assert report.language == "de"
    assert report.notified_at is not None
    assert [message.to for message in mail.outbox] == [[office.email]]
    sent = mail.outbox[0]
    assert "/vorschlaege/" in sent.subject
    assert DESCRIPTION in sent.body
    assert reverse("barrieren:edit", args=[report.pk]) in sent.body
    assert "antwort@example.org" not in sent.body  # the sender's address stays in the admin
    thanks = client.get(response.url).content.decode()
    assert "Vielen Dank für Ihre Nachricht" in thanks


def test_the_office_is_told_once_however_often_the_task_runs(client, django_capture_on_commit_callbacks):
    ProjectOfficeFactory()
    with django_capture_on_commit_callbacks(execute=True):
        post(client)
    report = BarrierReport.objects.get()

    assert barrier_report_notify(report.pk) == 0
    assert len(mail.outbox) == 1


def test_errors_are_german_and_keep_what_was_typed(client):
    response = post(client, description="  ", email="nicht-ganz@", page_address="/statistik/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Bitte beschreiben Sie die Barriere in ein paar Worten." in html
    assert "Bitte geben Sie eine vollständige E-Mail-Adresse ein" in html
    assert 'value="nicht-ganz@"' in html
    assert 'value="/statistik/"' in html
    assert 'aria-invalid="true"' in html
    assert not BarrierReport.objects.exists()


def test_errors_are_english_under_en(client):
    response = post(client, url="/en/barriere-melden/", description="")

    assert "Please describe the barrier in a few words." in response.content.decode()
    assert not BarrierReport.objects.exists()


def test_a_description_keeps_its_text_on_an_error_in_another_field(client):
    response = post(client, email="kein-at-zeichen")

    assert DESCRIPTION in response.content.decode()


def test_a_filled_honeypot_is_refused(client):
    response = post(client, website="https://spam.example")

    assert response.status_code == 200
    assert not BarrierReport.objects.exists()


def test_messages_are_rate_limited(client, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "barrier_report": (2, 2, 3600)}

    assert post(client).status_code == 302
    assert post(client).status_code == 302
    response = post(client)

    assert response.status_code == 429
    assert BarrierReport.objects.count() == 2


def test_every_page_links_the_form_with_its_own_address(client, demo_site):
    for path in ["/", "/smart-safe-mobility/", "/vorschlaege/"]:
        html = client.get(path).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        header = html[: html.index("<main")]
        link = f'href="/barriere-melden/?seite={path}"'
        assert link in footer, path
        assert link in header, path


def test_the_project_office_role_reads_and_changes_messages():
    roles_sync()
    office = set(Group.objects.get(name=MODERATOR_GROUP).permissions.values_list("codename", flat=True))
    council = set(Group.objects.get(name=COUNCIL_GROUP).permissions.values_list("codename", flat=True))

    assert {"view_barrierreport", "change_barrierreport"} <= office
    assert "delete_barrierreport" not in office
    assert not {"view_barrierreport", "change_barrierreport"} & council


def test_a_project_office_member_made_in_the_admin_works_the_list(client):
    roles_sync()
    BarrierReport.objects.create(page_address="/statistik/", description="Diagramm ohne Tabelle?")
    done = BarrierReport.objects.create(page_address="/", description="Schon erledigt", status="done")
    member = create_in_admin(client, username="petra", group_name=MODERATOR_GROUP)
    admin_login(client, member)

    listing = client.get(reverse("barrieren:index"))
    assert listing.status_code == 200
    assert "Diagramm ohne Tabelle?" in listing.content.decode()
    only_open = client.get(reverse("barrieren:index"), {"status": "open"}).content.decode()
    assert "Diagramm ohne Tabelle?" in only_open
    assert "Schon erledigt" not in only_open
    # The admin's menu shows the list to the office.
    assert reverse("barrieren:index") in client.get(reverse("wagtailadmin_home")).content.decode()

    report = BarrierReport.objects.get(description="Diagramm ohne Tabelle?")
    response = client.post(
        reverse("barrieren:edit", args=[report.pk]), {"status": "done", "staff_note": "Tabelle ergänzt."}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.staff_note) == ("done", "Tabelle ergänzt.")
    # Messages come only from the public form and are not deleted in the admin.
    assert client.get(reverse("barrieren:add")).status_code in (302, 403)
    assert client.get(reverse("barrieren:delete", args=[done.pk])).status_code in (302, 403)
    assert BarrierReport.objects.count() == 2


def test_council_members_do_not_see_the_messages(client):
    roles_sync()
    admin_login(client, StaffUserFactory(group=COUNCIL_GROUP))

    assert client.get(reverse("barrieren:index")).status_code in (302, 403)


def test_a_persons_messages_are_exported_and_their_address_erased():
    person = ConfirmedUserFactory(email="Person@Example.org")
    BarrierReport.objects.create(description="Kontrast zu schwach", email="person@example.org")
    BarrierReport.objects.create(description="Von jemand anderem", email="other@example.org")

    assert [row["description"] for row in personal_data_export(person)["barrier_reports"]] == ["Kontrast zu schwach"]
    personal_data_erase(person)
    assert set(BarrierReport.objects.values_list("email", flat=True)) == {"", "other@example.org"}
    assert BarrierReport.objects.count() == 2
