"""The project office at work in a real browser: the reports queue, an official answer, bulk publishing; and
axe-core on the public pages that show an official answer or point from a duplicate to its original.

The moderator uses the admin in English (their Wagtail profile's language), so the steps read the same before
and after the German catalogue is merged; the public pages are checked under /en/ for the same reason.
"""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Report
from tests.factories import (
    CommentFactory,
    ConfirmedUserFactory,
    ProjectOfficeFactory,
    ProposalFactory,
    ProposalPhaseFactory,
)
from tests.staff import admin_browser_login


@pytest.fixture
def phase(django_db_serialized_rollback, transactional_db):
    """An open phase. Serialized rollback keeps Wagtail's root page for the tests after this one."""
    return ProposalPhaseFactory()


@pytest.fixture
def moderator_page(page, context, live_server, phase):
    """A browser page logged in as the project office, admin in English."""
    admin_browser_login(context, live_server, ProjectOfficeFactory(display_name="Projektbüro Smart City"))
    return page


def row_action(page, title: str, action: str) -> None:
    """Open the "more" menu of the listing row titled `title` and follow one of its moderation links."""
    page.get_by_role("button", name=f"More options for '{title}'").click()
    page.get_by_role("link", name=action).click()


def test_moderator_works_the_reports_queue_and_hides_a_reported_comment(moderator_page, live_server):
    page = moderator_page
    proposal = ProposalFactory(title="Trinkbrunnen am Königsplatz", comment_count=1)
    comment = CommentFactory(proposal=proposal, body="Beleidigender Unsinn über die Nachbarn")
    for _ in range(2):
        Report.objects.create(reporter=ConfirmedUserFactory(), comment=comment, reason=Report.Reason.INSULT)
    with translation.override("en"):
        report_title = str(Report.objects.first())

    page.goto(f"{live_server.url}/admin/meldungen/?open=true")
    row_action(page, report_title, "Resolve reports")
    expect(page.get_by_role("paragraph").filter(has_text="Beleidigender Unsinn über die Nachbarn")).to_be_visible()
    page.get_by_label("Hide: the reports are right").check()
    page.get_by_label("Reason").fill("Beleidigung")
    page.get_by_role("button", name="Resolve reports").click()

    expect(page.get_by_text("2 report(s) resolved.")).to_be_visible()
    comment.refresh_from_db()
    assert comment.hidden
    assert not Report.objects.filter(resolved_at=None).exists()
    page.goto(f"{live_server.url}/en{proposal.get_absolute_url()}")
    expect(page.get_by_text("Beleidigender Unsinn über die Nachbarn")).to_have_count(0)


def test_moderator_answers_a_proposal_and_the_public_page_shows_it(moderator_page, live_server, assert_accessible):
    page = moderator_page
    proposal = ProposalFactory(title="Mehr Bänke am Auedamm")

    page.goto(f"{live_server.url}/admin/vorschlaege/")
    row_action(page, proposal.title, "Answer officially")
    page.get_by_label("Status").select_option(ProposalStatus.ACCEPTED.value)
    page.get_by_label("Official answer").fill("Das Umweltamt stellt im Frühjahr zehn Bänke auf.")
    page.get_by_role("button", name="Answer officially").click()
    expect(page.get_by_text("The answer has been saved.")).to_be_visible()

    page.goto(f"{live_server.url}/en{proposal.get_absolute_url()}")
    answer = page.get_by_role("region", name="The city's answer")
    expect(answer).to_contain_text("Das Umweltamt stellt im Frühjahr zehn Bänke auf.")
    expect(answer).to_contain_text("accepted into the strategy")
    assert_accessible(page)


def test_moderator_marks_a_duplicate_by_picking_a_similar_proposal(moderator_page, live_server):
    page = moderator_page
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte")

    page.goto(f"{live_server.url}/admin/vorschlaege/")
    row_action(page, duplicate.title, "Mark as duplicate")
    expect(page.get_by_role("link", name=original.title)).to_have_attribute("target", "_blank")  # a look first
    page.get_by_role("radio", name=f"No. {original.pk}: {original.title}").check()
    page.get_by_role("button", name="Mark as duplicate").click()

    expect(page.get_by_text(f"Marked as a duplicate of No. {original.pk}.")).to_be_visible()
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == original
    page.goto(f"{live_server.url}/en{duplicate.get_absolute_url()}")
    pointer = page.get_by_role("region", name="This idea has been proposed before")
    expect(pointer.get_by_role("link", name=original.title)).to_be_visible()


def test_moderator_bulk_publishes_premoderated_proposals(moderator_page, live_server):
    page = moderator_page
    waiting = [
        ProposalFactory(title=f"Wartender Vorschlag {number}", status=ProposalStatus.SUBMITTED) for number in range(3)
    ]
    ProposalFactory(title="Schon öffentlich")

    page.goto(f"{live_server.url}/admin/vorschlaege/?status=submitted")
    for proposal in waiting:
        expect(page.get_by_role("link", name=proposal.title)).to_be_visible()
    page.get_by_role("checkbox", name="Select all").first.check()
    page.get_by_role("link", name="Publish the selected proposals").click()
    expect(page.get_by_text("This applies to 3 selected items:")).to_be_visible()
    page.get_by_role("button", name="Publish").click()

    expect(page.get_by_text("3 items changed.")).to_be_visible()
    assert Proposal.objects.filter(status=ProposalStatus.PUBLISHED).count() == 4
    page.goto(f"{live_server.url}/en/vorschlaege/")
    for proposal in waiting:
        expect(page.get_by_role("link", name=proposal.title)).to_be_visible()


def test_official_answer_and_duplicate_pages_are_accessible(page, live_server, phase, assert_accessible):
    original = ProposalFactory(
        title="Trinkbrunnen am Königsplatz",
        status=ProposalStatus.UNDER_REVIEW,
        official_answer="Wir prüfen mit den Stadtwerken zwei Standorte.\n\nEine Entscheidung folgt im Mai.",
    )
    duplicate = ProposalFactory(title="Wasser am Königsplatz", duplicate_of=original)

    page.goto(f"{live_server.url}/en{original.get_absolute_url()}")
    expect(page.get_by_role("region", name="The city's answer")).to_contain_text("Eine Entscheidung folgt im Mai.")
    assert_accessible(page)

    page.goto(f"{live_server.url}/en{duplicate.get_absolute_url()}")
    pointer = page.get_by_role("region", name="This idea has been proposed before")
    pointer.get_by_role("link", name=original.title).click()
    expect(page).to_have_url(f"{live_server.url}/en{original.get_absolute_url()}#support")
    page.go_back()
    assert_accessible(page)
    assert not Comment.objects.exists()
