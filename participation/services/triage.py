"""Triage hints written when a proposal or comment arrives, and settled by the project office (#16 item 4)."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .. import triage
from ..models import Comment, Proposal, TriageFlag
from .moderation import moderator_check

TRIAGE_SETTLE = "participation.triage_settle"
FIELD_SAMPLE = 500  # the newest proposals of the field the off-topic and duplicate checks compare with


def _field_texts(proposal: Proposal) -> list[tuple[int, str]]:
    rows = (
        Proposal.objects.visible()
        .filter(action_field=proposal.action_field, duplicate_of=None)
        .exclude(pk=proposal.pk)
        .order_by("-created", "-pk")
        .values_list("pk", "title", "body")[:FIELD_SAMPLE]
    )
    return [(pk, f"{title} {title} {body[:300]}") for pk, title, body in rows]


def proposal_triage(proposal: Proposal) -> list[TriageFlag]:
    """Flag a new proposal where it may need the office's look; returns the flags written."""
    text = f"{proposal.title}\n{proposal.body}"
    flags = [TriageFlag(proposal=proposal, reason=h.reason, detail=h.detail) for h in triage.text_hints(text)]
    others = _field_texts(proposal)
    similar = triage.likely_duplicate(f"{proposal.title} {proposal.title} {proposal.body[:300]}", others)
    if similar:
        pk, score = similar
        flags.append(
            TriageFlag(
                proposal=proposal, reason=TriageFlag.Reason.DUPLICATE, detail=f"#{pk} ({score:.2f})", similar_to_id=pk
            )
        )
    elif not flags and triage.off_topic(text, [other for _pk, other in others]):
        flags.append(TriageFlag(proposal=proposal, reason=TriageFlag.Reason.OFF_TOPIC))
    return TriageFlag.objects.bulk_create(flags)


def comment_triage(comment: Comment) -> list[TriageFlag]:
    """Flag a new comment that may be spam or carry personal data."""
    flags = [TriageFlag(comment=comment, reason=h.reason, detail=h.detail) for h in triage.text_hints(comment.body)]
    return TriageFlag.objects.bulk_create(flags)


@transaction.atomic
def triage_flags_settle(
    *, moderator, proposal: Proposal | None = None, comment: Comment | None = None, acted: bool
) -> int:
    """The office looked at an item's hints: it acted (hid, marked a duplicate) or dismissed them. Logged."""
    moderator_check(moderator)
    open_flags = TriageFlag.objects.filter(settled_at=None, proposal=proposal, comment=comment)
    reasons = sorted(set(open_flags.values_list("reason", flat=True)))
    settled = open_flags.update(settled_at=timezone.now())
    if settled:
        log(proposal or comment, TRIAGE_SETTLE, user=moderator, data={"reasons": reasons, "acted": acted})
    return settled
