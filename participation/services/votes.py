"""Votes, and the counts stored on proposals, kept exact in the vote's own transaction."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from ..models import Proposal, Vote
from ..permissions import vote_denial

COUNT_FIELDS = {Vote.Value.AGREE: "agree_count", Vote.Value.DISAGREE: "disagree_count", Vote.Value.PASS: "pass_count"}


def _locked(proposal: Proposal) -> Proposal:
    # The row lock serialises all votes on one proposal, so counts move one step at a time.
    return Proposal.objects.select_for_update().get(pk=proposal.pk)


@transaction.atomic
def vote_cast(proposal: Proposal, *, voter, value: int) -> Vote:
    """Record or change a citizen's vote. Casting the same vote twice changes nothing."""
    if value not in Vote.Value.values:
        raise ValidationError(_("Please choose agree, disagree or pass."), code="invalid_vote")
    proposal = _locked(proposal)
    denial = vote_denial(voter, proposal)
    if denial:
        raise PermissionDenied(denial)
    vote = Vote.objects.filter(proposal=proposal, voter=voter).first()
    if vote is not None and vote.value == value:
        return vote
    changes = {COUNT_FIELDS[value]: F(COUNT_FIELDS[value]) + 1}
    if vote is None:
        vote = Vote.objects.create(proposal=proposal, voter=voter, value=value)
    else:
        changes[COUNT_FIELDS[vote.value]] = F(COUNT_FIELDS[vote.value]) - 1
        vote.value = value
        vote.save(update_fields=["value", "updated"])
    Proposal.objects.filter(pk=proposal.pk).update(**changes)
    return vote


@transaction.atomic
def vote_withdraw(proposal: Proposal, *, voter) -> bool:
    """Take a citizen's vote back; True if there was one. Withdrawing twice changes nothing."""
    proposal = _locked(proposal)
    denial = vote_denial(voter, proposal)
    if denial:
        raise PermissionDenied(denial)
    vote = Vote.objects.filter(proposal=proposal, voter=voter).first()
    if vote is None:
        return False
    vote.delete()
    Proposal.objects.filter(pk=proposal.pk).update(**{COUNT_FIELDS[vote.value]: F(COUNT_FIELDS[vote.value]) - 1})
    return True
