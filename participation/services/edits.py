"""What an author's edit of a published contribution sets off: review again under pre-moderation, reopened reports
under post-moderation, and always an entry in Wagtail's audit log (the item's history)."""

from django.utils import timezone
from wagtail.log_actions import log

from ..models import Comment, Proposal, Report

EDIT = "participation.edit"


def reports_reopen(target: Proposal | Comment) -> int:
    """Open again the resolved reports of an item whose text changed: a "keep" decision was about the old text."""
    field = "proposal" if isinstance(target, Proposal) else "comment"
    return Report.objects.filter(resolved_at__isnull=False, **{field: target}).update(resolved_at=None)


def edit_log(target: Proposal | Comment, *, user, previous: dict, review: bool, reopened: int) -> None:
    """One history entry per edit, with the text it replaced, so the project office sees what changed."""
    log(
        target,
        EDIT,
        user=user,
        data={
            "previous": previous,
            "changed": sorted(previous),
            "review": review,
            "reports_reopened": reopened,
            "at": timezone.now().isoformat(),
        },
    )
