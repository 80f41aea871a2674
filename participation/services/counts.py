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


@transaction.atomic
def counts_reconcile(*, fix: bool = True, log: bool = True) -> list[CountDifference]:
    """Compare every proposal's stored counts with its vote and comment rows; repair them unless fix=False."""
    differences = []
    counted = _counted()
    rows = Proposal.objects.select_for_update().annotate(**{f"actual_{name}": expr for name, expr in counted.items()})
    for row in rows.order_by("pk"):
        for name in counted:
            stored, actual = getattr(row, name), getattr(row, f"actual_{name}")
            if stored != actual:
                differences.append(CountDifference(row.pk, name, stored, actual))
    if fix:
        for difference in differences:
            Proposal.objects.filter(pk=difference.proposal_id).update(**{difference.field: difference.actual})
    if log:
        for difference in differences:
            logger.warning("count differs: %s", difference)
    return differences
