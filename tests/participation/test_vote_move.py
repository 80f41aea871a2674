"""#16 item 3 (and #13 "notify the voters"): a duplicate's voters are asked, and move their vote by one click.

Nothing moves without the click; a vote already cast on the original is never doubled; counts equal rows.
"""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from notifications.kinds import NotificationKind
from notifications.models import Notification
from participation.models import Proposal, Vote
from participation.services import VoteMove, proposal_mark_duplicate, vote_cast, vote_move_to_original
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, ProposalPhaseFactory

pytestmark = pytest.mark.django_db

AGREE, DISAGREE = Vote.Value.AGREE, Vote.Value.DISAGREE


@pytest.fixture
def pair():
    ProposalPhaseFactory()
    original = ProposalFactory(title="Radweg an der Frankfurter Straße", author=ConfirmedUserFactory())
    duplicate = ProposalFactory(title="Radweg Frankfurter Strasse bitte", author=ConfirmedUserFactory())
    return original, duplicate


def _mark(duplicate, original):
    proposal_mark_duplicate(duplicate, moderator=ProjectOfficeFactory(), original=original)
    duplicate.refresh_from_db()


def _counts_equal_rows(*proposals):
    for proposal in proposals:
        proposal.refresh_from_db()
        rows = Vote.objects.filter(proposal=proposal)
        assert (proposal.agree_count, proposal.disagree_count, proposal.pass_count) == (
            rows.filter(value=AGREE).count(),
            rows.filter(value=DISAGREE).count(),
            rows.filter(value=Vote.Value.PASS).count(),
        )


def test_marking_asks_the_voters_but_moves_nothing(pair, django_capture_on_commit_callbacks):
    original, duplicate = pair
    # E-mail is opt-in (DSGVO): those without the switch see the offer on the duplicate's page only.
    voter, already = ConfirmedUserFactory(email_notifications=True), ConfirmedUserFactory(email_notifications=True)
    silent = ConfirmedUserFactory()
    vote_cast(duplicate, voter=silent, value=AGREE)
    vote_cast(duplicate, voter=voter, value=AGREE)
    vote_cast(duplicate, voter=already, value=AGREE)
    vote_cast(original, voter=already, value=DISAGREE)

    with django_capture_on_commit_callbacks(execute=True):
        _mark(duplicate, original)

    asked = Notification.objects.filter(kind=NotificationKind.DUPLICATE_VOTE)
    assert list(asked.values_list("recipient", flat=True)) == [voter.pk]  # not who voted on the original already
    assert Vote.objects.get(voter=voter).proposal_id == duplicate.pk  # nothing moved yet
    assert Vote.objects.get(voter=silent).proposal_id == duplicate.pk
    message = next(m for m in mail.outbox if voter.email in m.to)
    assert reverse("participation:proposal_detail", args=[duplicate.pk]) + "#duplicate" in message.body


def test_one_click_moves_the_vote_and_counts_equal_rows(pair):
    original, duplicate = pair
    voter = ConfirmedUserFactory()
    vote_cast(duplicate, voter=voter, value=DISAGREE)
    _mark(duplicate, original)

    outcome, vote = vote_move_to_original(duplicate, voter=voter)

    assert outcome == VoteMove.MOVED and vote.proposal_id == original.pk and vote.value == DISAGREE
    assert not Vote.objects.filter(proposal=duplicate, voter=voter).exists()
    _counts_equal_rows(original, duplicate)
    entry = ModelLogEntry.objects.get(action="participation.vote_move", object_id=str(original.pk))
    assert entry.data["from"] == duplicate.pk
    # A second click finds nothing to move.
    assert vote_move_to_original(duplicate, voter=voter) == (VoteMove.ALREADY, vote)


def test_a_vote_on_the_original_is_never_doubled(pair):
    original, duplicate = pair
    voter = ConfirmedUserFactory()
    vote_cast(duplicate, voter=voter, value=AGREE)
    vote_cast(original, voter=voter, value=DISAGREE)
    _mark(duplicate, original)

    outcome, vote = vote_move_to_original(duplicate, voter=voter)

    assert outcome == VoteMove.ALREADY and vote.value == DISAGREE
    assert Vote.objects.filter(proposal=original, voter=voter).count() == 1
    _counts_equal_rows(original, duplicate)


def test_the_duplicates_page_offers_the_move_and_the_post_does_it(client, pair):
    original, duplicate = pair
    voter = ConfirmedUserFactory()
    vote_cast(duplicate, voter=voter, value=AGREE)
    _mark(duplicate, original)
    client.force_login(voter)

    page = client.get(duplicate.get_absolute_url()).content.decode()
    assert reverse("participation:vote_move", args=[duplicate.pk]) in page

    response = client.post(reverse("participation:vote_move", args=[duplicate.pk]), follow=True)

    assert response.redirect_chain[-1][0].startswith(original.get_absolute_url())
    assert Vote.objects.get(voter=voter).proposal_id == original.pk
    assert (
        reverse("participation:vote_move", args=[duplicate.pk])
        not in client.get(duplicate.get_absolute_url()).content.decode()
    )
    _counts_equal_rows(original, duplicate)


def test_the_move_needs_a_login_and_a_post_and_a_duplicate(client, pair):
    original, duplicate = pair
    url = reverse("participation:vote_move", args=[duplicate.pk])

    assert client.get(url).status_code == 405
    assert reverse("account_login") in client.post(url)["Location"]
    client.force_login(ConfirmedUserFactory())
    client.post(url)  # not a duplicate: an error message, nothing written
    assert not Vote.objects.exists()
    assert Proposal.objects.get(pk=original.pk).agree_count == 0
