"""The stored counts checked against the rows they count."""

import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from ..models import Comment, Proposal, Vote

logger = logging.getLogger(__name__)


def _rows(model, **filters):
    # One correlated subquery per count: joining votes and comments at once would multiply the rows.
    counted = model.objects.filter(proposal=OuterRef("pk"), **filters).order_by().values("proposal")
    return Coalesce(Subquery(counted.annotate(n=Count("pk")).values("n"), output_field=IntegerField()), 0)


def _counted() -> dict:
    return {
        "agree_count": _rows(Vote, value=1),
        "disagree_count": _rows(Vote, value=-1),
        "pass_count": _rows(Vote, value=0),
        "comment_count": _rows(Comment, hidden=False, deleted=False, awaiting_moderation=False),
    }


VOTE_COUNTS = ("agree_count", "disagree_count", "pass_count")


def vote_counts_recount(proposal_ids) -> int:
    """Set these proposals' stored vote counts from their vote rows (after votes went in bulk); returns how many.

    Recounted rather than moved by F(), so a repeated call is exact and changes nothing.
    """
    counted = _counted()
    return Proposal.objects.filter(pk__in=proposal_ids).update(**{name: counted[name] for name in VOTE_COUNTS})


@dataclass(frozen=True)
class CountDifference:
    proposal_id: int
    field: str
    stored: int
    actual: int


# Proposals locked and repaired together: short enough that a vote waits at most a moment.
RECONCILE_BATCH = 500


def counts_reconcile(*, fix: bool = True, log: bool = True) -> list[CountDifference]:
    """Compare every proposal's stored counts with its vote and comment rows; repair them unless fix=False.

    Safe beside people voting: each batch of proposals is locked first, and only then counted and repaired, in
    statements that see every vote committed before the lock (a vote waits for the lock to move a count, so
    none can move one between the count and the repair). Repairs are one UPDATE per batch.
    """
    differences = []
    ids = list(Proposal.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), RECONCILE_BATCH):
        differences += _reconcile_batch(ids[start : start + RECONCILE_BATCH], fix=fix)
    if log:
        for difference in differences:
            logger.warning("count differs: %s", difference)
    return differences


@transaction.atomic
def _reconcile_batch(ids: list[int], *, fix: bool) -> list[CountDifference]:
    # The lock in a statement of its own: PostgreSQL's read-committed snapshot is taken per statement, so the
    # counting statement below starts after the lock and sees the rows the stored counts stand for.
    list(Proposal.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True))
    counted = _counted()
    rows = Proposal.objects.filter(pk__in=ids).annotate(**{f"actual_{name}": expr for name, expr in counted.items()})
    differences = [
        CountDifference(row.pk, name, getattr(row, name), getattr(row, f"actual_{name}"))
        for row in rows.order_by("pk")
        for name in counted
        if getattr(row, name) != getattr(row, f"actual_{name}")
    ]
    if fix and differences:
        Proposal.objects.filter(pk__in={d.proposal_id for d in differences}).update(**counted)
    return differences
