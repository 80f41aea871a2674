"""Reads for the notifications: a person's choice of emails, and what the project office's digest lists."""

import datetime

from django.db.models import QuerySet

from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Report

from .models import NotificationPreference


def notification_preference(user) -> NotificationPreference:
    """The person's choice of emails; an unsaved default (every kind on) while they never changed it."""
    return NotificationPreference.objects.filter(user=user).first() or NotificationPreference(user=user)


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
    """Comments held for approval under pre-moderation that nobody has approved or refused yet."""
    return Comment.objects.filter(awaiting_moderation=True, hidden=False).order_by("created", "pk")


def staff_digest_items(*, since: datetime.datetime) -> dict[str, list[int]]:
    """Ids of what is new for the project office since a moment: open reports and items awaiting moderation."""
    return {
        "reports": list(reports_open_since(since).values_list("pk", flat=True)),
        "proposals": list(proposals_awaiting_moderation().filter(created__gte=since).values_list("pk", flat=True)),
        "comments": list(comments_awaiting_moderation().filter(created__gte=since).values_list("pk", flat=True)),
    }
