"""Reports (flags) of proposals and comments; enough of them hide the item until staff decide."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from ..models import Comment, Proposal, Report
from ..permissions import report_denial


class AlreadyReported(PermissionDenied):
    """This person has reported this item before."""


@transaction.atomic
def report_create(*, reporter, target: Proposal | Comment, reason: str, text: str = "") -> Report:
    """Record one report; the configured number of reports from different people hides the item."""
    if reason not in Report.Reason.values:
        raise ValidationError(_("Please choose a reason."), code="reason")
    if reason == Report.Reason.OTHER and not text.strip():
        raise ValidationError(_("Please describe the problem."), code="text_required")
    # Locking the item makes the count below and the hiding one step, even with reports at the same moment.
    target = type(target).objects.select_for_update().get(pk=target.pk)
    denial = report_denial(reporter, author_id=target.author_id)
    if denial:
        raise PermissionDenied(denial)
    field = "proposal" if isinstance(target, Proposal) else "comment"
    try:
        with transaction.atomic():
            report = Report.objects.create(reporter=reporter, reason=reason, text=text.strip(), **{field: target})
    except IntegrityError as exc:
        raise AlreadyReported(_("You have already reported this contribution. Thank you.")) from exc
    # One report per person and item (the unique constraints), so rows count people, including anonymised ones
    # of deleted accounts (a DISTINCT on the reporter would merge those NULLs into one).
    open_reports = Report.objects.filter(resolved_at=None, **{field: target}).count()
    if open_reports >= settings.PARTICIPATION_REPORTS_TO_HIDE and not target.hidden_by_reports:
        _hide(target)
    return report


def _hide(target: Proposal | Comment) -> None:
    # A save, not a queryset update: caches of the pages that show the item follow the model's save signal.
    if isinstance(target, Proposal):
        target.hidden_by_reports = True
        target.save(update_fields=["hidden_by_reports"])
        return
    was_shown = not target.hidden and not target.deleted
    target.hidden_by_reports = target.hidden = True
    target.save(update_fields=["hidden_by_reports", "hidden"])
    if was_shown:
        Proposal.objects.filter(pk=target.proposal_id).update(comment_count=F("comment_count") - 1)
