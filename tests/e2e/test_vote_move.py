"""#16 item 3 in a real browser: a duplicate's voter follows the mail's link and moves the vote by one click;
the original's stored counts equal its rows afterwards."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from participation.models import Vote
from participation.services import proposal_mark_duplicate, vote_cast
from tests.e2e.test_discussion import log_in
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, ProposalPhaseFactory


@pytest.fixture
def marked(django_db_serialized_rollback, transactional_db):
    ProposalPhaseFactory()
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz", author=ConfirmedUserFactory())
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte", author=ConfirmedUserFactory())
    voter = ConfirmedUserFactory(display_name="Rosa Kasselerin", email_notifications=True, language="de")
    vote_cast(duplicate, voter=voter, value=Vote.Value.AGREE)
    vote_cast(original, voter=ConfirmedUserFactory(), value=Vote.Value.DISAGREE)
    proposal_mark_duplicate(duplicate, moderator=ProjectOfficeFactory(), original=original)
    return original, duplicate, voter


def test_a_duplicates_voter_moves_the_vote_by_one_click(page, context, live_server, marked):
    original, duplicate, voter = marked
    message = next(m for m in mail.outbox if voter.email in m.to)
    link = re.search(r"https?://\S+#duplicate", message.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    log_in(context, live_server, voter)
    page.goto(f"{live_server.url}/{path}")
    notice = page.locator("#duplicate")
    expect(notice).to_contain_text("Sie haben hier abgestimmt (Zustimmung)")
    notice.get_by_role("button", name="Meine Stimme auf das Original übertragen").click()

    expect(page).to_have_url(re.compile(rf"{original.get_absolute_url()}#support$"))
    expect(page.get_by_text("Ihre Stimme zählt jetzt für den ursprünglichen Vorschlag: Zustimmung.")).to_be_visible()
    expect(page.locator('[data-vote-count="agree"]')).to_have_text("1")
    original.refresh_from_db()
    assert (
        (original.agree_count, original.disagree_count)
        == (
            Vote.objects.filter(proposal=original, value=1).count(),
            Vote.objects.filter(proposal=original, value=-1).count(),
        )
        == (1, 1)
    )
    assert not Vote.objects.filter(proposal=duplicate).exists()
