"""Moderation by the project office: hiding, restoring, resolving reports, approving, answering, marking
duplicates and moving proposals between action fields, each with an entry in Wagtail's audit log."""

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from core.choices import ActionField

from .. import events
from ..choices import ProposalStatus
from ..models import VISIBLE_STATUSES, Comment, Proposal, Report, TriageFlag
from ..permissions import can_moderate

HIDE = "participation.hide"
RESTORE = "participation.restore"
REPORTS_RESOLVE = "participation.reports_resolve"
PUBLISH = "participation.publish"
APPROVE = "participation.approve"
ANSWER = "participation.answer"
DUPLICATE = "participation.duplicate"
ACTION_FIELD = "participation.action_field"

# Report.Reason has no "duplicate": citizens report one as "other" with a text like "Das ist doppelt". Marking the
# proposal as a duplicate settles exactly those reports; reports of spam or insults stay for a decision.
DUPLICATE_REPORT_WORDS = re.compile(r"doppel|duplikat|duplicate|gibt es (schon|bereits)|already exists", re.IGNORECASE)

# The statuses an official answer may give: the public ones. Hiding, approval and withdrawal have their own ways.
ANSWER_STATUSES = VISIBLE_STATUSES


def moderator_check(moderator) -> None:
    if not can_moderate(moderator):
        raise PermissionDenied(_("Only the project office can moderate contributions."))


_check = moderator_check


def _comment_count(comment: Comment, step: int) -> None:
    # A deleted placeholder and a comment awaiting approval are not counted, so neither moves the count.
    if not comment.deleted and not comment.awaiting_moderation:
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
    _flags_settle(proposal=proposal)
    events.contribution_hidden.send(Proposal, target=proposal, reason=reason)


def _comment_hide(comment: Comment, *, moderator, reason: str) -> None:
    if not comment.hidden:
        _comment_count(comment, -1)
    comment.hidden = True
    comment.hidden_by_reports = False
    comment.pinned = False
    # Hiding is also the refusal of a comment awaiting approval; restoring it later shows it.
    comment.awaiting_moderation = False
    comment.save(update_fields=["hidden", "hidden_by_reports", "pinned", "awaiting_moderation", "updated"])
    log(comment, HIDE, user=moderator, data={"reason": reason})
    _flags_settle(comment=comment)
    events.contribution_hidden.send(Comment, target=comment, reason=reason)


def _flags_settle(**target) -> None:
    # Hiding or marking a duplicate is the office's decision on the item's triage hints (its own log entry says so).
    TriageFlag.objects.filter(settled_at=None, **target).update(settled_at=timezone.now())


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


@transaction.atomic
def proposal_publish(proposal: Proposal, *, moderator) -> Proposal:
    """Approve a pre-moderated proposal: it becomes public. Publishing one that is not waiting changes nothing."""
    _check(moderator)
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.SUBMITTED:
        return proposal
    proposal.status = ProposalStatus.PUBLISHED
    proposal.save(update_fields=["status", "updated"])
    log(proposal, PUBLISH, user=moderator, data={})
    events.proposal_published.send(Proposal, proposal=proposal)
    events.proposal_status_changed.send(Proposal, proposal=proposal, old_status=ProposalStatus.SUBMITTED)
    return proposal


@transaction.atomic
def comment_approve(comment: Comment, *, moderator) -> Comment:
    """Approve a pre-moderated comment: others see it and it is counted. Approving twice changes nothing."""
    _check(moderator)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if not comment.awaiting_moderation:
        return comment
    comment.awaiting_moderation = False
    if not comment.hidden:
        _comment_count(comment, +1)
    comment.save(update_fields=["awaiting_moderation", "updated"])
    log(comment, APPROVE, user=moderator, data={})
    # Only now may the proposal's (or parent comment's) author hear of it.
    if not comment.hidden:
        events.comment_published.send(Comment, comment=comment)
    return comment


@transaction.atomic
def proposal_answer(proposal: Proposal, *, moderator, status: str, answer: str) -> Proposal:
    """Set a proposal's status with the city's official answer, shown on its page. The same answer again changes
    nothing; an empty answer keeps the one given before."""
    _check(moderator)
    if status not in ANSWER_STATUSES:
        raise ValidationError(_("Please choose a status for the answer."), code="status")
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status == ProposalStatus.HIDDEN:
        raise ValidationError(_("This proposal is hidden. Restore it before you answer it."), code="hidden")
    old_status, old_answer = proposal.status, proposal.official_answer
    answer = answer.strip() or old_answer
    if status == old_status and answer == old_answer:
        return proposal
    proposal.status = status
    fields = ["status", "updated"]
    if answer != old_answer:
        proposal.official_answer, proposal.answered_at, proposal.answered_by = answer, timezone.now(), moderator
        fields += ["official_answer", "answered_at", "answered_by"]
    proposal.save(update_fields=fields)
    log(
        proposal,
        ANSWER,
        user=moderator,
        data={
            "status": status,
            "previous_status": old_status,
            "answer": answer,
            "answer_changed": answer != old_answer,
        },
    )
    # Sent in this transaction: the notifications record their outbox rows in it; the emails go after commit.
    events.proposal_status_changed.send(Proposal, proposal=proposal, old_status=old_status)
    if answer != old_answer:
        events.official_answer_given.send(Proposal, proposal=proposal)
    return proposal


@transaction.atomic
def proposal_mark_duplicate(proposal: Proposal, *, moderator, original: Proposal | None) -> Proposal:
    """Mark a proposal as a duplicate of an earlier one (None: not a duplicate any more). A duplicate takes no more
    votes and points to the original; its author is told, and its open reports that say "duplicate" are closed.
    Marking it again with the same original changes nothing."""
    _check(moderator)
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if original is not None:
        # Always point to the first of a chain, so nobody is sent from duplicate to duplicate.
        original = Proposal.objects.get(pk=original.pk)
        if original.duplicate_of_id:
            original = Proposal.objects.get(pk=original.duplicate_of_id)
        if original.pk == proposal.pk:
            raise ValidationError(_("A proposal cannot be a duplicate of itself."), code="self")
        if not original.is_visible:
            raise ValidationError(_("The original proposal must be public."), code="original_hidden")
    original_id = original.pk if original else None
    if proposal.duplicate_of_id == original_id:
        return proposal
    previous = proposal.duplicate_of_id
    proposal.duplicate_of = original
    proposal.save(update_fields=["duplicate_of", "updated"])
    # Duplicates of this one now point to its original too.
    if original is not None:
        Proposal.objects.filter(duplicate_of=proposal).update(duplicate_of=original)
    closed = _duplicate_reports_close(proposal) if original is not None else 0
    if original is not None:
        _flags_settle(proposal=proposal)
    log(
        proposal,
        DUPLICATE,
        user=moderator,
        data={
            "original": original_id,
            "original_title": original.title if original else "",
            "previous": previous,
            "reports_closed": closed,
        },
    )
    if original is not None:
        events.proposal_marked_duplicate.send(Proposal, proposal=proposal, original=original)
    return proposal


def _duplicate_reports_close(proposal: Proposal) -> int:
    """Close the open reports of a proposal that say it is a duplicate; returns how many. Call with it locked."""
    open_reports = Report.objects.filter(resolved_at=None, proposal=proposal)
    matching = [report.pk for report in open_reports.only("pk", "text") if DUPLICATE_REPORT_WORDS.search(report.text)]
    closed = Report.objects.filter(pk__in=matching).update(resolved_at=timezone.now())
    # Hidden by those reports alone: now that they are settled, the duplicate is shown again (pointing to the original).
    if closed and proposal.hidden_by_reports and not open_reports.exists():
        proposal.hidden_by_reports = False
        proposal.save(update_fields=["hidden_by_reports", "updated"])
    return closed


@transaction.atomic
def proposal_change_action_field(proposal: Proposal, *, moderator, action_field: str) -> Proposal:
    """Move a proposal to another action field. Moving it to the field it is in changes nothing."""
    _check(moderator)
    if action_field not in ActionField.values:
        raise ValidationError(_("Please choose an action field."), code="action_field")
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    previous = proposal.action_field
    if previous == action_field:
        return proposal
    proposal.action_field = action_field
    proposal.save(update_fields=["action_field", "updated"])
    log(proposal, ACTION_FIELD, user=moderator, data={"action_field": action_field, "previous": previous})
    return proposal
