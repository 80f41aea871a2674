import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.choices import ActionField
from participation.choices import ProposalStatus
from participation.models import Proposal, ProposalPhase, Vote
from participation.services import counts_reconcile, vote_cast, vote_withdraw
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory, UserFactory

pytestmark = pytest.mark.django_db

AGREE, DISAGREE, PASS = Vote.Value.AGREE, Vote.Value.DISAGREE, Vote.Value.PASS


def counts(proposal: Proposal) -> tuple[int, int, int]:
    proposal.refresh_from_db()
    return proposal.agree_count, proposal.disagree_count, proposal.pass_count


@pytest.fixture
def proposal():
    ProposalPhaseFactory()
    return ProposalFactory(action_field=ActionField.MOBILITY, author=ConfirmedUserFactory())


def test_a_vote_is_recorded_and_counted(proposal):
    vote_cast(proposal, voter=ConfirmedUserFactory(), value=AGREE)

    assert counts(proposal) == (1, 0, 0)
    assert Vote.objects.count() == 1


def test_the_same_vote_twice_changes_nothing(proposal):
    voter = ConfirmedUserFactory()
    vote_cast(proposal, voter=voter, value=AGREE)
    vote_cast(proposal, voter=voter, value=AGREE)

    assert counts(proposal) == (1, 0, 0)
    assert Vote.objects.count() == 1


def test_changing_a_vote_moves_the_count(proposal):
    voter = ConfirmedUserFactory()
    vote_cast(proposal, voter=voter, value=AGREE)
    vote_cast(proposal, voter=voter, value=DISAGREE)
    vote_cast(proposal, voter=voter, value=PASS)

    assert counts(proposal) == (0, 0, 1)
    assert Vote.objects.get().value == PASS


def test_withdrawing_removes_the_vote_and_twice_changes_nothing(proposal):
    voter = ConfirmedUserFactory()
    vote_cast(proposal, voter=voter, value=DISAGREE)

    assert vote_withdraw(proposal, voter=voter) is True
    assert vote_withdraw(proposal, voter=voter) is False
    assert counts(proposal) == (0, 0, 0)
    assert not Vote.objects.exists()


@pytest.mark.parametrize(
    ("make_voter", "message"),
    [
        (lambda proposal: UserFactory.build(), "log in"),  # anonymous-like: unsaved, not authenticated below
        (lambda proposal: UserFactory(), "confirm your email"),
        (lambda proposal: proposal.author, "own proposal"),
    ],
)
def test_who_may_not_vote(proposal, make_voter, message, settings):
    from django.contrib.auth.models import AnonymousUser

    settings.LANGUAGE_CODE = "en"
    voter = make_voter(proposal)
    if voter.pk is None:
        voter = AnonymousUser()

    with pytest.raises(PermissionDenied, match=message):
        vote_cast(proposal, voter=voter, value=AGREE)
    assert counts(proposal) == (0, 0, 0)


def test_no_votes_on_hidden_proposals(proposal):
    Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.HIDDEN)

    with pytest.raises(PermissionDenied):
        vote_cast(proposal, voter=ConfirmedUserFactory(), value=AGREE)


def test_voting_closes_with_the_phase():
    ProposalPhaseFactory(
        starts_at=timezone.now() - datetime.timedelta(days=30), ends_at=timezone.now() - datetime.timedelta(days=1)
    )
    proposal = ProposalFactory()

    with pytest.raises(PermissionDenied):
        vote_cast(proposal, voter=ConfirmedUserFactory(), value=AGREE)


def test_only_the_three_values(proposal):
    with pytest.raises(ValidationError):
        vote_cast(proposal, voter=ConfirmedUserFactory(), value=2)


def test_reconcile_finds_and_repairs_drifted_counts(proposal):
    vote_cast(proposal, voter=ConfirmedUserFactory(), value=AGREE)
    Proposal.objects.filter(pk=proposal.pk).update(agree_count=7, comment_count=2)

    differences = counts_reconcile(fix=False)
    assert {(d.field, d.stored, d.actual) for d in differences} == {("agree_count", 7, 1), ("comment_count", 2, 0)}
    assert counts(proposal) == (7, 0, 0)

    counts_reconcile(fix=True)
    assert counts(proposal) == (1, 0, 0)
    assert counts_reconcile() == []


def test_a_vote_answers_the_counts_after_it(proposal):
    vote_cast(proposal, voter=ConfirmedUserFactory(), value=PASS)

    tally = vote_cast(proposal.pk, voter=ConfirmedUserFactory(), value=AGREE)

    assert (tally.value, tally.agree, tally.disagree, tally.passes) == (AGREE, 1, 0, 1)
    assert tally.as_dict() == {"agree": 1, "disagree": 0, "pass": 1}


def test_the_same_vote_again_answers_the_counts_unchanged(proposal):
    voter = ConfirmedUserFactory()
    vote_cast(proposal, voter=voter, value=DISAGREE)

    tally = vote_cast(proposal, voter=voter, value=DISAGREE)

    assert tally.as_dict() == {"agree": 0, "disagree": 1, "pass": 0}


# Each rule of permissions.vote_denial(), which the one-statement write on PostgreSQL checks in SQL: the two must
# refuse the same people, with vote_denial()'s words.
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda proposal, voter: Proposal.objects.filter(pk=proposal.pk).update(hidden_by_reports=True), "not open"),
        (lambda proposal, voter: Proposal.objects.filter(pk=proposal.pk).update(status="withdrawn"), "not open"),
        (
            lambda proposal, voter: Proposal.objects.filter(pk=proposal.pk).update(
                duplicate_of=ProposalFactory(action_field=proposal.action_field)
            ),
            "duplicates another",
        ),
        (lambda proposal, voter: Proposal.objects.filter(pk=proposal.pk).update(author=voter), "own proposal"),
        (lambda proposal, voter: voter.emailaddress_set.update(verified=False), "confirm your email"),
        (lambda proposal, voter: ProposalPhase.objects.update(ends_at=timezone.now()), "closed"),
    ],
)
def test_every_rule_refuses_in_the_write_as_in_the_permission(proposal, change, message, settings):
    settings.LANGUAGE_CODE = "en"
    voter = ConfirmedUserFactory()
    change(proposal, voter)

    with pytest.raises(PermissionDenied, match=message):
        vote_cast(proposal, voter=voter, value=AGREE)
    assert not Vote.objects.filter(voter=voter).exists()


def test_an_inactive_account_may_not_vote(proposal):
    voter = ConfirmedUserFactory(is_active=False)

    with pytest.raises(PermissionDenied):
        vote_cast(proposal, voter=voter, value=AGREE)
    assert counts(proposal) == (0, 0, 0)


def test_a_vote_on_a_proposal_that_does_not_exist():
    with pytest.raises(Proposal.DoesNotExist):
        vote_cast(10**9, voter=ConfirmedUserFactory(), value=AGREE)


def test_casting_changing_and_withdrawing_announce_the_change_after_the_commit(proposal):
    from participation.events import votes_changed

    seen = []

    def receiver(sender, proposal_ids, **kwargs):
        seen.append(list(proposal_ids))

    votes_changed.connect(receiver)
    try:
        voter = ConfirmedUserFactory()
        vote_cast(proposal, voter=voter, value=AGREE)
        vote_cast(proposal, voter=voter, value=AGREE)  # unchanged: nothing to announce
        vote_cast(proposal, voter=voter, value=PASS)
        vote_withdraw(proposal, voter=voter)
        vote_withdraw(proposal, voter=voter)  # nothing to withdraw
    finally:
        votes_changed.disconnect(receiver)

    assert seen == [[proposal.pk]] * 3
