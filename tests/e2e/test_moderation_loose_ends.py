"""The project office in a real browser (issue 13): hiding a comment keeps its replies; marking a duplicate by
clicking a candidate's label notifies the author and closes the report that said "doppelt".

The admin is in English (the moderator's Wagtail profile), the public page under /en/, so the steps read the same
before and after the German catalogue is compiled.
"""

import pytest
from django.core import mail
from playwright.sync_api import expect

from notifications.kinds import NotificationKind
from notifications.models import Notification
from participation.models import Report
from tests.factories import (
    CommentFactory,
    ConfirmedUserFactory,
    ProjectOfficeFactory,
    ProposalFactory,
    ProposalPhaseFactory,
)
from tests.staff import admin_browser_login


@pytest.fixture
def moderator_page(page, context, live_server, django_db_serialized_rollback, transactional_db):
    """A browser page logged in as the project office, admin in English, while a phase is open."""
    ProposalPhaseFactory()
    admin_browser_login(context, live_server, ProjectOfficeFactory(display_name="Projektbüro Smart City"))
    return page


def test_hiding_a_comment_keeps_the_replies_of_others(moderator_page, live_server):
    page = moderator_page
    proposal = ProposalFactory(title="Trinkbrunnen am Königsplatz", comment_count=2)
    rude = CommentFactory(proposal=proposal, body="Beleidigender Unsinn über die Nachbarn")
    CommentFactory(proposal=proposal, parent=rude, body="Bitte bleiben wir sachlich: Brunnen helfen im Sommer.")

    page.goto(f"{live_server.url}/admin/kommentare/{rude.pk}/ausblenden/")
    page.get_by_label("Reason").fill("Beleidigung")
    page.get_by_role("button", name="Hide").click()
    expect(page.get_by_text("Hidden.")).to_be_visible()

    page.goto(f"{live_server.url}/en{proposal.get_absolute_url()}")
    expect(page.get_by_text("Beleidigender Unsinn über die Nachbarn")).to_have_count(0)
    expect(page.get_by_text("Hidden by the project office.")).to_be_visible()
    expect(page.get_by_text("Bitte bleiben wir sachlich: Brunnen helfen im Sommer.")).to_be_visible()
    expect(page.locator("#comments-title")).to_contain_text("(1)")


def test_marking_a_duplicate_notifies_the_author_and_closes_the_matching_report(moderator_page, live_server):
    page = moderator_page
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    author = ConfirmedUserFactory(email_notifications=True, language="de")
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte", author=author)
    report = Report.objects.create(
        reporter=ConfirmedUserFactory(), proposal=duplicate, reason=Report.Reason.OTHER, text="Das ist doppelt"
    )

    page.goto(f"{live_server.url}/admin/vorschlaege/{duplicate.pk}/duplikat/")
    # A click on the candidate's label ticks its radio (the label holds no link that would open a tab instead).
    page.locator("label", has_text=f"No. {original.pk}: {original.title}").click()
    expect(page.get_by_role("radio", name=f"No. {original.pk}: {original.title}")).to_be_checked()
    page.get_by_role("button", name="Mark as duplicate").click()
    expect(page.get_by_text(f"Marked as a duplicate of No. {original.pk}.")).to_be_visible()

    duplicate.refresh_from_db()
    assert duplicate.duplicate_of_id == original.pk
    notification = Notification.objects.get(recipient=author)
    assert notification.kind == NotificationKind.DUPLICATE
    assert notification.status == Notification.Status.SENT
    assert any(author.email in message.to and duplicate.title in message.subject for message in mail.outbox)
    report.refresh_from_db()
    assert report.resolved_at is not None


@pytest.mark.parametrize("listing", ["vorschlaege", "kommentare"])
def test_the_title_column_stays_readable_at_1280_px(moderator_page, live_server, listing):
    page = moderator_page
    page.set_viewport_size({"width": 1280, "height": 800})
    proposal = ProposalFactory(
        title="Zebrastreifen vor der Grundschule am Weinberg und Tempo 30 in der Frankfurter Straße"
    )
    CommentFactory(proposal=proposal, body="Ein langer Kommentar über Zebrastreifen, Schulwege und Tempo 30 " * 2)

    page.goto(f"{live_server.url}/admin/{listing}/")

    width = page.locator("table.listing td.title").first.bounding_box()["width"]
    assert width >= 240, f"title column only {width:.0f} px wide"
