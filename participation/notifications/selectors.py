"""Reads for the notifications: what the project office's digest lists."""

import datetime

from django.db.models import QuerySet

from ..choices import ProposalStatus
from ..models import Comment, Proposal, Report


def reports_open_since(since: datetime.datetime) -> QuerySet[Report]:
    """Open reports made since a moment, oldest first, with the reported item."""
    return (
        Report.objects.filter(resolved_at=None, created__gte=since)
        .select_related("proposal", "comment__proposal")
        .order_by("created", "pk")
    )


def proposals_awaiting_moderation() -> QuerySet[Proposal]:
    """Proposals submitted under pre-moderation that nobody has approved yet."""
    return Proposal.objects.filter(status=ProposalStatus.SUBMITTED).order_by("created", "pk")


def comments_awaiting_moderation() -> QuerySet[Comment]:
    """Comments held for approval under pre-moderation.

    Comments have no pre-moderation yet: when they get one (e.g. a boolean `awaiting_moderation`), this is the
    one place to filter them, and the staff digest lists them.
    """
    return Comment.objects.none()


def staff_digest_items(*, since: datetime.datetime) -> dict[str, list[int]]:
    """Ids of what is new for the project office since a moment: open reports and items awaiting moderation."""
    return {
        "reports": list(reports_open_since(since).values_list("pk", flat=True)),
        "proposals": list(proposals_awaiting_moderation().filter(created__gte=since).values_list("pk", flat=True)),
        "comments": list(comments_awaiting_moderation().filter(created__gte=since).values_list("pk", flat=True)),
    }
