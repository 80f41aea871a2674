"""Comments and replies: writing, editing, deleting and pinning."""

import uuid

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import events
from ..models import Comment, ModerationSettings, Proposal
from ..permissions import can_change_comment, can_moderate, can_pin_comment, comment_denial
from .edits import edit_log, reports_reopen
from .triage import comment_triage


def _count(proposal_id: int, step: int) -> None:
    Proposal.objects.filter(pk=proposal_id).update(comment_count=F("comment_count") + step)


def comment_create(
    proposal: Proposal, *, author, body: str, parent: Comment | None = None, submission_key: uuid.UUID | None = None
) -> tuple[Comment, bool]:
    """Publish a comment or a reply, or keep it for approval where comments are pre-moderated.

    The same submission key (a resent form) returns the first comment.
    """
    denial = comment_denial(author, proposal)
    if denial:
        raise PermissionDenied(denial)
    if submission_key:
        existing = Comment.objects.filter(author=author, submission_key=submission_key).first()
        if existing:
            return existing, False
    if parent is not None:
        if parent.proposal_id != proposal.pk:
            raise PermissionDenied(_("You can only reply to a comment on the same proposal."))
        # Replies go one level deep: a reply to a reply joins the same thread.
        parent = parent.parent or parent
    by_staff = can_moderate(author)
    comment = Comment(
        proposal=proposal,
        parent=parent,
        author=author,
        body=body,
        by_staff=by_staff,
        by_proposal_author=proposal.author_id == author.pk,
        # The project office's own answers need nobody's approval.
        awaiting_moderation=not by_staff and ModerationSettings.current().premoderate_comments,
        submission_key=submission_key,
    )
    try:
        with transaction.atomic():
            comment.save()
            if not by_staff:
                comment_triage(comment)
            # A comment awaiting approval is counted, and its addressee told, when the project office approves it.
            if not comment.awaiting_moderation:
                _count(proposal.pk, +1)
                events.comment_published.send(Comment, comment=comment)
    except IntegrityError:
        return Comment.objects.get(author=author, submission_key=submission_key), False
    return comment, True


@transaction.atomic
def comment_update(comment: Comment, *, user, body: str) -> Comment:
    """Change one's own comment; it is then marked as edited.

    Under pre-moderation the changed comment awaits approval again (uncounted until then); under post-moderation
    its resolved reports open again. Every change is in the audit log with the text it replaced. Saving the same
    text changes nothing.
    """
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if not can_change_comment(user, comment):
        raise PermissionDenied(_("You can only edit your own comments."))
    if body == comment.body:
        return comment
    previous = {"body": comment.body}
    comment.body = body
    comment.edited_at = timezone.now()
    fields = ["body", "edited_at", "updated"]
    review = (
        not comment.awaiting_moderation
        and not comment.by_staff
        and not can_moderate(user)
        and ModerationSettings.current().premoderate_comments
    )
    if review:
        comment.awaiting_moderation = True
        comment.pinned = False
        fields += ["awaiting_moderation", "pinned"]
        # Uncounted while it waits; comment_approve counts it again.
        _count(comment.proposal_id, -1)
    comment.save(update_fields=fields)
    reopened = 0 if comment.awaiting_moderation else reports_reopen(comment)
    edit_log(comment, user=user, previous=previous, review=review, reopened=reopened)
    return comment


@transaction.atomic
def comment_delete(comment: Comment, *, user) -> None:
    """Delete one's own comment; where replies hang on it, a placeholder stays. Deleting twice changes nothing."""
    comment = Comment.objects.select_for_update().filter(pk=comment.pk).first()
    if comment is None or comment.deleted:
        return
    if not can_change_comment(user, comment):
        raise PermissionDenied(_("You can only delete your own comments."))
    if comment.replies.exists():
        comment.deleted = True
        comment.body = ""
        comment.pinned = False
        comment.save(update_fields=["deleted", "body", "pinned", "updated"])
    else:
        comment.delete()
    if not comment.awaiting_moderation:
        _count(comment.proposal_id, -1)


@transaction.atomic
def comment_pin(comment: Comment, *, user, pinned: bool = True) -> Comment:
    """Pin (or unpin) a staff answer above the discussion."""
    if not can_pin_comment(user, comment):
        raise PermissionDenied(_("Only the project office can pin its answers."))
    Comment.objects.filter(pk=comment.pk).update(pinned=pinned)
    comment.pinned = pinned
    return comment
