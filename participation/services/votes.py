"""Votes, and the counts stored on proposals, kept exact in the vote's own transaction.

A vote is the busiest write of the portal (#17: 300 a second on two cores), so on PostgreSQL casting and
withdrawing are each one SQL statement in autocommit: no BEGIN/COMMIT, no read before the write. Elsewhere
(SQLite in development) the same rules run through the ORM in a transaction; SQLite writes one at a time.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..events import votes_changed
from ..models import VISIBLE_STATUSES, Proposal, Vote
from ..permissions import vote_denial

COUNT_FIELDS = {Vote.Value.AGREE: "agree_count", Vote.Value.DISAGREE: "disagree_count", Vote.Value.PASS: "pass_count"}


@dataclass(frozen=True)
class VoteTally:
    """What a vote left behind: the voter's own vote (None when withdrawn) and the proposal's stored counts."""

    value: int | None
    agree: int
    disagree: int
    passes: int

    def as_dict(self) -> dict[str, int]:
        return {"agree": self.agree, "disagree": self.disagree, "pass": self.passes}


# The rules of permissions.vote_denial() that depend on rows, checked under the proposal's row lock (FOR NO KEY
# UPDATE, which re-reads a row a concurrent transaction changed): visible, not a duplicate, not the voter's own,
# a phase open, a confirmed address. Whoever is refused gets vote_denial()'s words (_refusal below);
# tests/participation/test_services_votes.py keeps the two in step. Then the old vote is locked, changed or a new
# one inserted (the unique constraint decides between two at once), and the counts move by the difference.
# New counts are computed from the locked row (target), not from the UPDATE's own view of it: all parts of one
# statement share the snapshot taken before the lock wait, and a CHECK (counts >= 0) on that stale version would
# fail before PostgreSQL re-reads the row.
CAST_SQL = """
WITH target AS (
    SELECT p.id, p.agree_count, p.disagree_count, p.pass_count FROM participation_proposal p
    WHERE p.id = %(proposal)s AND p.status = ANY(%(visible)s) AND NOT p.hidden_by_reports
      AND p.duplicate_of_id IS NULL AND p.author_id IS DISTINCT FROM %(voter)s
      AND EXISTS (SELECT 1 FROM participation_proposalphase phase WHERE phase.action_field IN (p.action_field, '')
                  AND phase.starts_at <= %(now)s AND phase.ends_at > %(now)s)
      AND EXISTS (SELECT 1 FROM account_emailaddress address WHERE address.user_id = %(voter)s AND address.verified)
    FOR NO KEY UPDATE OF p
), old AS (
    SELECT vote.id, vote.value FROM participation_vote vote JOIN target ON vote.proposal_id = target.id
    WHERE vote.voter_id = %(voter)s FOR UPDATE OF vote
), changed AS (
    UPDATE participation_vote vote SET value = %(value)s, updated = %(now)s FROM old
    WHERE vote.id = old.id AND old.value <> %(value)s RETURNING old.value AS previous
), added AS (
    INSERT INTO participation_vote (created, updated, proposal_id, voter_id, value)
    SELECT %(now)s, %(now)s, target.id, %(voter)s, %(value)s FROM target WHERE NOT EXISTS (SELECT 1 FROM old)
    ON CONFLICT (proposal_id, voter_id) DO NOTHING RETURNING value
), moved AS (
    SELECT %(value)s AS value, (SELECT previous FROM changed) AS previous
    WHERE EXISTS (SELECT 1 FROM changed) OR EXISTS (SELECT 1 FROM added)
), counted AS (
    UPDATE participation_proposal p SET
        agree_count = t.agree_count + (moved.value = 1)::int - (moved.previous IS NOT DISTINCT FROM 1)::int,
        disagree_count = t.disagree_count + (moved.value = -1)::int - (moved.previous IS NOT DISTINCT FROM -1)::int,
        pass_count = t.pass_count + (moved.value = 0)::int - (moved.previous IS NOT DISTINCT FROM 0)::int
    FROM moved, target t WHERE p.id = t.id
    RETURNING p.agree_count, p.disagree_count, p.pass_count
)
SELECT EXISTS (SELECT 1 FROM moved), EXISTS (SELECT 1 FROM old),
       coalesce(counted.agree_count, target.agree_count), coalesce(counted.disagree_count, target.disagree_count),
       coalesce(counted.pass_count, target.pass_count)
FROM target LEFT JOIN counted ON true
"""

# Proposal first, then the vote, in the order every vote writer locks them; the count goes down with the row
# (computed from the locked row, as above).
WITHDRAW_SQL = """
WITH target AS (
    SELECT p.id, p.agree_count, p.disagree_count, p.pass_count FROM participation_proposal p
    WHERE p.id = %(proposal)s FOR NO KEY UPDATE
), gone AS (
    DELETE FROM participation_vote vote USING target
    WHERE vote.proposal_id = target.id AND vote.voter_id = %(voter)s RETURNING vote.value
)
UPDATE participation_proposal p SET
    agree_count = t.agree_count - (gone.value = 1)::int,
    disagree_count = t.disagree_count - (gone.value = -1)::int,
    pass_count = t.pass_count - (gone.value = 0)::int
FROM gone, target t WHERE p.id = t.id
"""


def _refusal(proposal_id: int, voter) -> PermissionDenied:
    # Only on the way out: the proposal read again to say why in vote_denial()'s words.
    denial = vote_denial(voter, Proposal.objects.get(pk=proposal_id))
    return PermissionDenied(denial or _("Voting on this proposal is closed."))


def _changed(proposal_id: int) -> None:
    votes_changed.send(sender=Vote, proposal_ids=[proposal_id])


def vote_cast(proposal: Proposal | int, *, voter, value: int) -> VoteTally:
    """Record or change a citizen's vote; returns the counts after it. Casting the same vote twice changes nothing.

    One vote per person by the unique constraint; the counts move in the same statement or transaction as the row.
    Raises PermissionDenied with vote_denial()'s reason, or Proposal.DoesNotExist.
    """
    if value not in Vote.Value.values:
        raise ValidationError(_("Please choose agree, disagree or pass."), code="invalid_vote")
    proposal_id = proposal.pk if isinstance(proposal, Proposal) else proposal
    if not getattr(voter, "is_authenticated", False) or not voter.is_active:
        raise _refusal(proposal_id, voter)
    if connection.vendor != "postgresql":
        return _vote_cast_orm(proposal_id, voter=voter, value=value)
    params = {"proposal": proposal_id, "voter": voter.pk, "value": value, "now": timezone.now()}
    params["visible"] = [str(status) for status in VISIBLE_STATUSES]
    row = _cast(params)
    if row is not None and not (row[0] or row[1]):
        # A vote of the same person came in while the statement waited for the proposal's lock: its snapshot,
        # taken before, did not show it, and the insert met it. Again, holding the lock first, so the statement
        # sees every vote (each writer takes that lock before it touches a vote).
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM participation_proposal WHERE id = %s FOR NO KEY UPDATE", [proposal_id])
            row = _cast(params)
    if row is None:
        raise _refusal(proposal_id, voter)
    written, had_vote, *counts = row
    if not (written or had_vote):  # not reached: under the lock nobody else writes a vote on this proposal
        raise PermissionDenied(_("Your vote could not be saved. Please try again."))
    if written:
        _changed(proposal_id)
    return VoteTally(value, *counts)


def _cast(params: dict) -> tuple | None:
    with connection.cursor() as cursor:
        cursor.execute(CAST_SQL, params)
        return cursor.fetchone()


@transaction.atomic
def _vote_cast_orm(proposal_id: int, *, voter, value: int) -> VoteTally:
    # The row lock serialises all votes on one proposal, so counts move one step at a time.
    proposal = Proposal.objects.select_for_update().get(pk=proposal_id)
    denial = vote_denial(voter, proposal)
    if denial:
        raise PermissionDenied(denial)
    vote = Vote.objects.filter(proposal=proposal, voter=voter).first()
    if vote is None or vote.value != value:
        changes = {COUNT_FIELDS[value]: F(COUNT_FIELDS[value]) + 1}
        if vote is None:
            Vote.objects.create(proposal=proposal, voter=voter, value=value)
        else:
            changes[COUNT_FIELDS[vote.value]] = F(COUNT_FIELDS[vote.value]) - 1
            vote.value = value
            vote.save(update_fields=["value", "updated"])
        Proposal.objects.filter(pk=proposal.pk).update(**changes)
        _changed(proposal_id)
        proposal.refresh_from_db(fields=list(COUNT_FIELDS.values()))
    return VoteTally(value, proposal.agree_count, proposal.disagree_count, proposal.pass_count)


def vote_withdraw(proposal: Proposal, *, voter) -> bool:
    """Take a citizen's vote back; True if there was one. Withdrawing twice changes nothing."""
    denial = vote_denial(voter, Proposal.objects.get(pk=proposal.pk))
    if denial:
        raise PermissionDenied(denial)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(WITHDRAW_SQL, {"proposal": proposal.pk, "voter": voter.pk})
            withdrawn = cursor.rowcount > 0
        if withdrawn:
            _changed(proposal.pk)
        return withdrawn
    return _vote_withdraw_orm(proposal, voter=voter)


@transaction.atomic
def _vote_withdraw_orm(proposal: Proposal, *, voter) -> bool:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    vote = Vote.objects.filter(proposal=proposal, voter=voter).first()
    if vote is None:
        return False
    vote.delete()
    Proposal.objects.filter(pk=proposal.pk).update(**{COUNT_FIELDS[vote.value]: F(COUNT_FIELDS[vote.value]) - 1})
    _changed(proposal.pk)
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
    votes_changed.send(sender=Vote, proposal_ids=[duplicate.pk, original.pk])
    return VoteMove.MOVED, moved
