"""A new project office, end to end in a real browser (issue 13): a superuser invites a Projektbüro member in the
admin; the member opens the mailed link, chooses a name and password, sets up an authenticator app (TOTP, as in
production: the test settings require it), answers a proposal officially, hides a comment that has a reply (the
reply stays), and marks a duplicate (the author hears of it, the report that said "doppelt" closes). The new member
then invites a council member the same way, who reads a strategy draft.

Form fields are found by their names, so the steps hold in German (the invitee's browser) and English.
"""

import json
import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from accounts.models import Invitation, User
from core.choices import ActionField
from core.roles import COUNCIL_GROUP, MODERATOR_GROUP
from participation.choices import ProposalStatus
from participation.models import Report, Vote
from participation.services.moderation import proposal_answer, proposal_mark_duplicate
from portal.models import ActionFieldPage
from strategy.models import StrategyPage
from tests.factories import CommentFactory, ConfirmedUserFactory, ProposalFactory, StaffUserFactory, totp_code
from tests.staff import admin_browser_login

pytestmark = pytest.mark.usefixtures("demo_site")

PASSWORD = "Kassel-Projektbuero-2026"


def invite(page, base_url, *, email, role):
    """Fill the admin's invitation form and return the link's path from the mail."""
    mail.outbox.clear()
    page.goto(base_url + "/admin/einladungen/")
    page.locator("input[name=email]").fill(email)
    page.locator(f"input[name=role][value='{role}']").check()
    page.locator("form[action='/admin/einladungen/'] button[type=submit]").click()
    expect(page.locator("#open-invitations + table")).to_contain_text(email)
    (message,) = [m for m in mail.outbox if email in m.to]
    return re.search(r"https?://[^/\s]+(/konto/einladung/[^/\s]+/)", message.body).group(1)


def accept_and_set_up_mfa(page, base_url, path, *, name, assert_accessible=None):
    """Open the link, choose name and password, set up the authenticator app; returns the new account."""
    page.goto(base_url + path)
    if assert_accessible:
        assert_accessible(page)
    page.locator("input[name=display_name]").fill(name)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    # Straight on to the authenticator app's setup (the password was just typed, so it is not asked again).
    secret_field = page.locator("#authenticator_secret")
    expect(secret_field).to_be_visible()
    page.locator("input[name=code]").fill(totp_code(secret_field.input_value()))
    page.locator("form.form-mfa-activate button[type=submit]").click()
    expect(page.locator("#recovery_codes")).to_be_visible()
    page.locator("main a[href='/admin/']").click()
    expect(page).to_have_url(base_url + "/admin/")
    return User.objects.get(display_name=name)


def test_an_invited_project_office_member_moderates_with_mfa(
    browser, page, context, live_server, request_log, assert_accessible
):
    base = live_server.url
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    author = ConfirmedUserFactory(email_notifications=True, language="de")
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte", author=author)
    report = Report.objects.create(
        reporter=ConfirmedUserFactory(), proposal=duplicate, reason=Report.Reason.OTHER, text="Das ist doppelt"
    )
    proposal = ProposalFactory(title="Mehr Bänke am Auedamm", comment_count=2)
    rude = CommentFactory(proposal=proposal, body="Beleidigender Unsinn über die Nachbarn")
    CommentFactory(proposal=proposal, parent=rude, body="Bitte bleiben wir sachlich: Bänke helfen allen.")

    # A superuser invites, in the admin.
    admin_browser_login(context, live_server, StaffUserFactory(is_superuser=True))
    path = invite(page, base, email="neu.im.buero@example.org", role=MODERATOR_GROUP)
    assert_accessible(page)

    # The invitee, in a browser of their own.
    own = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 800})
    own.set_default_timeout(10_000)
    own.on("request", request_log.record)
    office = own.new_page()
    member = accept_and_set_up_mfa(office, base, path, name="Projektbüro Kassel", assert_accessible=assert_accessible)
    assert list(member.groups.values_list("name", flat=True)) == [MODERATOR_GROUP]
    assert Invitation.objects.get(email="neu.im.buero@example.org").accepted_at is not None
    # The link works once.
    office.goto(base + path)
    expect(office.locator("main form input[name=password1]")).to_have_count(0)

    # An official answer.
    office.goto(f"{base}/admin/vorschlaege/{proposal.pk}/antwort/")
    office.locator("select[name=status]").select_option(ProposalStatus.UNDER_REVIEW.value)
    office.locator("textarea[name=answer]").fill("Das Umweltamt prüft zehn neue Bänke.")
    office.locator("main form button[type=submit]").last.click()
    expect(office.locator(".messages")).to_be_visible()
    proposal.refresh_from_db()
    assert proposal.official_answer == "Das Umweltamt prüft zehn neue Bänke."
    assert proposal.answered_by == member

    # Hiding a comment keeps the reply of another citizen.
    office.goto(f"{base}/admin/kommentare/{rude.pk}/ausblenden/")
    office.locator("textarea[name=reason], input[name=reason]").first.fill("Beleidigung")
    office.locator("main form button[type=submit]").last.click()
    expect(office.locator(".messages")).to_be_visible()
    office.goto(f"{base}/en{proposal.get_absolute_url()}")
    expect(office.get_by_text("Beleidigender Unsinn über die Nachbarn")).to_have_count(0)
    expect(office.get_by_text("Bitte bleiben wir sachlich: Bänke helfen allen.")).to_be_visible()
    # The page's history shows the answer.
    expect(office.locator("#timeline")).to_contain_text("answered")

    # Marking a duplicate tells its author and closes the report that said so.
    mail.outbox.clear()
    office.goto(f"{base}/admin/vorschlaege/{duplicate.pk}/duplikat/")
    office.locator("input[name=original]").fill(str(original.pk))
    office.locator("main form button[type=submit]").last.click()
    expect(office.locator(".messages")).to_be_visible()
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of_id == original.pk
    assert any(author.email in message.to and duplicate.title in message.subject for message in mail.outbox)
    report.refresh_from_db()
    assert report.resolved_at is not None
    own.close()


def test_a_council_member_invited_by_the_project_office_reads_a_draft(browser, page, context, live_server, request_log):
    base = live_server.url
    field_page = ActionFieldPage.objects.get(action_field=ActionField.MOBILITY)
    draft = StrategyPage(
        title="Strategie: Sicher unterwegs",
        slug="strategie",
        live=False,
        body=[("paragraph", RichText("<p>Entwurf: sichere Schulwege an der Wilhelmshöher Allee.</p>"))],
    )
    field_page.add_child(instance=draft)
    draft.save_revision()

    # The project office (not a superuser) may invite council members.
    office = StaffUserFactory(group=MODERATOR_GROUP, display_name="Projektbüro Smart City")
    admin_browser_login(context, live_server, office)
    path = invite(page, base, email="ratsmitglied@example.org", role=COUNCIL_GROUP)
    # …but into no role beyond its own and the council's.
    expect(page.locator("input[name=role]")).to_have_count(2)

    own = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 800})
    own.set_default_timeout(10_000)
    own.on("request", request_log.record)
    council_page = own.new_page()
    council = accept_and_set_up_mfa(council_page, base, path, name="Rita Rat")
    assert list(council.groups.values_list("name", flat=True)) == [COUNCIL_GROUP]

    council_page.locator("a[href='/admin/strategie-entwuerfe/']").first.click()
    drafts = council_page.locator("main table")
    expect(drafts).to_contain_text("Strategie: Sicher unterwegs")
    drafts.locator(f"a[href='/admin/strategie-entwuerfe/{draft.pk}/']").click()
    expect(council_page.locator("body")).to_contain_text("sichere Schulwege an der Wilhelmshöher Allee")
    # Council members moderate nothing and invite nobody.
    council_page.goto(f"{base}/admin/einladungen/")
    expect(council_page).not_to_have_url(f"{base}/admin/einladungen/")
    own.close()


def citizen_sign_in(page, base_url, user):
    page.goto(base_url + "/konto/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill("ein-sicheres-passwort")  # UserFactory's
    page.locator("form.form-login button[type=submit]").first.click()
    expect(page.locator("form.form-login")).to_have_count(0)


def test_the_author_sees_on_the_profile_and_the_page_what_happened(page, live_server, assert_accessible):
    base = live_server.url
    office = StaffUserFactory(group=MODERATOR_GROUP, display_name="Projektbüro Smart City")
    author = ConfirmedUserFactory()
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    answered = ProposalFactory(author=author, title="Mehr Bänke am Auedamm")
    duplicate = ProposalFactory(author=author, title="Trinkbrunnen bitte")
    proposal_answer(answered, moderator=office, status=ProposalStatus.ACCEPTED, answer="Zehn Bänke kommen im Mai.")
    proposal_mark_duplicate(duplicate, moderator=office, original=original)

    citizen_sign_in(page, base, author)
    page.goto(base + "/konto/profil/")
    mine = page.locator("section[aria-labelledby=profile-proposals]")
    expect(mine).to_contain_text("Zehn Bänke kommen im Mai.")
    expect(mine.get_by_role("link", name="Trinkbrunnen am Königsplatz")).to_have_attribute(
        "href", original.get_absolute_url()
    )
    assert_accessible(page)
    mine.get_by_role("link", name="Mehr Bänke am Auedamm", exact=True).click()
    expect(page).to_have_url(base + answered.get_absolute_url())
    timeline = page.locator("#timeline")
    expect(timeline.locator("li")).to_have_count(2)
    expect(timeline).to_contain_text("geantwortet")
    assert_accessible(page)


def test_a_citizen_downloads_readable_data_then_deletes_the_account_and_the_report_stays(page, live_server):
    base = live_server.url
    citizen = ConfirmedUserFactory()
    proposal = ProposalFactory(title="Werbung für ein Autohaus")
    Vote.objects.create(proposal=ProposalFactory(), voter=citizen, value=Vote.Value.DISAGREE)
    report = Report.objects.create(reporter=citizen, proposal=proposal, reason=Report.Reason.SPAM)

    citizen_sign_in(page, base, citizen)
    page.goto(base + "/konto/daten/")
    with page.expect_download() as download:
        page.locator("main form button[type=submit]").first.click()
    data = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert [vote["value"] for vote in data["votes"]] == ["dagegen"]
    assert [r["proposal_title"] for r in data["reports"]] == ["Werbung für ein Autohaus"]

    page.goto(base + "/konto/loeschen/")
    page.locator("input[name=password]").fill("ein-sicheres-passwort")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("body")).to_contain_text("gelöscht")
    assert not User.objects.filter(pk=citizen.pk).exists()
    report.refresh_from_db()
    assert report.reporter_id is None and report.resolved_at is None
