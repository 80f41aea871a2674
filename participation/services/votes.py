"""Votes, and the counts stored on proposals, kept exact in the vote's own transaction."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from wagtail.log_actions import log

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


VOTE_MOVE = "participation.vote_move"


class VoteMove:
    """What a click on "move my vote" did: moved, already there (nothing doubled), or nothing to move."""

    MOVED = "moved"
    ALREADY = "already"
    NOTHING = "nothing"


def vote_move_offer(duplicate: Proposal, voter) -> Vote | None:
    """The voter's vote on a duplicate that they could move to its original: None when there is none to move, or
    when they voted on the original already (their vote there stands; nothing is ever doubled)."""
    if not duplicate.duplicate_of_id or not getattr(voter, "is_authenticated", False):
        return None
    if Vote.objects.filter(proposal_id=duplicate.duplicate_of_id, voter=voter).exists():
        return None
    return Vote.objects.filter(proposal=duplicate, voter=voter).first()


@transaction.atomic
def vote_move_to_original(duplicate: Proposal, *, voter) -> tuple[str, Vote | None]:
    """Move a person's vote from a duplicate to its original, at their own request (#16 item 3: merge by consent).

    Both rows are locked (lower id first, like every other writer that locks two proposals), so the stored counts
    move with the rows. A vote already cast on the original is kept and nothing is moved; a second click finds
    nothing to move. The move is written to the audit log of the original.
    """
    if not duplicate.duplicate_of_id:
        raise ValidationError(_("This proposal is not marked as a duplicate."), code="not_duplicate")
    first, second = sorted([duplicate.pk, duplicate.duplicate_of_id])
    locked = {p.pk: p for p in Proposal.objects.select_for_update().filter(pk__in=[first, second]).order_by("pk")}
    duplicate, original = locked[duplicate.pk], locked[duplicate.duplicate_of_id]
    existing = Vote.objects.filter(proposal=original, voter=voter).first()
    if existing is not None:
        return VoteMove.ALREADY, existing
    vote = Vote.objects.filter(proposal=duplicate, voter=voter).first()
    if vote is None:
        return VoteMove.NOTHING, None
    denial = vote_denial(voter, original)
    if denial:
        raise PermissionDenied(denial)
    field = COUNT_FIELDS[vote.value]
    vote.delete()
    Proposal.objects.filter(pk=duplicate.pk).update(**{field: F(field) - 1})
    moved = Vote.objects.create(proposal=original, voter=voter, value=vote.value)
    Proposal.objects.filter(pk=original.pk).update(**{field: F(field) + 1})
    log(original, VOTE_MOVE, user=voter, data={"from": duplicate.pk, "from_title": duplicate.title})
    return VoteMove.MOVED, moved
