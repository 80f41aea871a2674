"""Moderation by the project office: hiding, restoring and resolving reports, each with an audit log entry."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from ..choices import ProposalStatus
from ..models import Comment, Proposal, Report
from ..notifications.services import notify_hidden
from ..permissions import can_moderate

HIDE = "participation.hide"
RESTORE = "participation.restore"
REPORTS_RESOLVE = "participation.reports_resolve"


def _check(moderator) -> None:
    if not can_moderate(moderator):
        raise PermissionDenied(_("Only the project office can moderate contributions."))


def _comment_count(comment: Comment, step: int) -> None:
    # A deleted placeholder is not counted either way, so only a real comment moves the count.
    if not comment.deleted:
        Proposal.objects.filter(pk=comment.proposal_id).update(comment_count=F("comment_count") + step)


def _previous_status(proposal: Proposal) -> str:
    entry = ModelLogEntry.objects.for_instance(proposal).filter(action=HIDE).order_by("-timestamp", "-pk").first()
    status = (entry.data or {}).get("previous_status") if entry else None
    return status if status in ProposalStatus.values and status != ProposalStatus.HIDDEN else ProposalStatus.PUBLISHED


def _proposal_hide(proposal: Proposal, *, moderator, reason: str) -> None:
    previous = proposal.status
    proposal.status = ProposalStatus.HIDDEN
    proposal.hidden_by_reports = False
    proposal.save(update_fields=["status", "hidden_by_reports", "updated"])
    log(proposal, HIDE, user=moderator, data={"reason": reason, "previous_status": previous})
    notify_hidden(proposal, reason=reason)


def _comment_hide(comment: Comment, *, moderator, reason: str) -> None:
    if not comment.hidden:
        _comment_count(comment, -1)
    comment.hidden = True
    comment.hidden_by_reports = False
    comment.pinned = False
    comment.save(update_fields=["hidden", "hidden_by_reports", "pinned", "updated"])
    log(comment, HIDE, user=moderator, data={"reason": reason})
    notify_hidden(comment, reason=reason)


@transaction.atomic
def proposal_hide(proposal: Proposal, *, moderator, reason: str) -> Proposal:
    """Hide a proposal from the public with a reason. Hiding a hidden proposal changes nothing."""
    _check(moderator)
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.HIDDEN:
        _proposal_hide(proposal, moderator=moderator, reason=reason.strip())
    return proposal


@transaction.atomic
def proposal_restore(proposal: Proposal, *, moderator) -> Proposal:
    """Show a hidden proposal again, in the status it had before. Restoring a visible one changes nothing."""
    _check(moderator)
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.HIDDEN and not proposal.hidden_by_reports:
        return proposal
    if proposal.status == ProposalStatus.HIDDEN:
        proposal.status = _previous_status(proposal)
    proposal.hidden_by_reports = False
    proposal.save(update_fields=["status", "hidden_by_reports", "updated"])
    log(proposal, RESTORE, user=moderator, data={"status": proposal.status})
    return proposal


@transaction.atomic
def comment_hide(comment: Comment, *, moderator, reason: str) -> Comment:
    """Hide a comment with a reason; the proposal's comment count drops. Hiding twice changes nothing."""
    _check(moderator)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if not comment.hidden or comment.hidden_by_reports:
        _comment_hide(comment, moderator=moderator, reason=reason.strip())
    return comment


@transaction.atomic
def comment_restore(comment: Comment, *, moderator) -> Comment:
    """Show a hidden comment again; the proposal's comment count rises. Restoring a visible one changes nothing."""
    _check(moderator)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if not comment.hidden:
        return comment
    _comment_count(comment, +1)
    comment.hidden = False
    comment.hidden_by_reports = False
    comment.save(update_fields=["hidden", "hidden_by_reports", "updated"])
    log(comment, RESTORE, user=moderator, data={})
    return comment


@transaction.atomic
def reports_resolve(target: Proposal | Comment, *, moderator, keep: bool, reason: str = "") -> int:
    """Close all open reports of one item at once: keep it (shown again) or hide it. Returns how many closed.

    A second call finds no open reports and changes nothing.
    """
    _check(moderator)
    target = type(target).objects.select_for_update().get(pk=target.pk)
    field = "proposal" if isinstance(target, Proposal) else "comment"
    closed = Report.objects.filter(resolved_at=None, **{field: target}).update(resolved_at=timezone.now())
    if not closed:
        return 0
    if keep:
        if isinstance(target, Comment) and target.hidden_by_reports:
            # Hidden by the reports alone: keeping it shows it again.
            _comment_count(target, +1)
            target.hidden = False
        target.hidden_by_reports = False
        fields = ["hidden_by_reports", "updated"] + (["hidden"] if isinstance(target, Comment) else [])
        target.save(update_fields=fields)
    elif isinstance(target, Proposal):
        if target.status != ProposalStatus.HIDDEN:
            _proposal_hide(target, moderator=moderator, reason=reason or _("Reports upheld"))
    elif not target.hidden or target.hidden_by_reports:
        _comment_hide(target, moderator=moderator, reason=reason or _("Reports upheld"))
    log(target, REPORTS_RESOLVE, user=moderator, data={"keep": keep, "reports": closed, "reason": reason})
    return closed
