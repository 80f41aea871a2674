"""What participation keeps about a person, for the export and the deletion (registered in apps.py).

The export is for people, not for the database: choices appear as their labels in the reader's language (a vote
reads "dafür", not 1), and flags that only steer the portal (submission keys, automatic hiding) stay out, as does
anything about other people (who answered, who else reported).
"""

from typing import Any

from django.utils.translation import pgettext_lazy

from .events import votes_changed
from .models import Comment, Proposal, Report, Vote
from .services.counts import vote_counts_recount

VOTE_WORDS = {
    Vote.Value.AGREE: pgettext_lazy("data export", "in favour"),
    Vote.Value.DISAGREE: pgettext_lazy("data export", "against"),
    Vote.Value.PASS: pgettext_lazy("data export", "abstained"),
}


def _proposal_export(proposal: Proposal) -> dict[str, Any]:
    original = proposal.duplicate_of
    return {
        "id": proposal.pk,
        "title": proposal.title,
        "body": proposal.body,
        "action_field": str(proposal.get_action_field_display()),
        "district": str(proposal.get_district_display()) if proposal.district else "",
        "latitude": proposal.latitude,
        "longitude": proposal.longitude,
        "image": proposal.image.name if proposal.image else "",
        "image_alt": proposal.image_alt,
        "status": str(proposal.get_status_display()),
        "created": proposal.created,
        "updated": proposal.updated,
        "votes_in_favour": proposal.agree_count,
        "votes_against": proposal.disagree_count,
        "abstentions": proposal.pass_count,
        "comments": proposal.comment_count,
        "official_answer": proposal.official_answer,
        "answered_at": proposal.answered_at,
        "duplicate_of": {"id": original.pk, "title": original.title} if original else None,
    }


def _comment_state(comment: Comment) -> str:
    if comment.deleted:
        return str(pgettext_lazy("data export", "deleted"))
    if comment.hidden:
        return str(pgettext_lazy("data export", "hidden by the project office"))
    if comment.awaiting_moderation:
        return str(pgettext_lazy("data export", "awaiting approval"))
    return str(pgettext_lazy("data export", "visible"))


def _comment_export(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.pk,
        "proposal_id": comment.proposal_id,
        "proposal_title": comment.proposal.title,
        "reply_to": comment.parent_id,
        "body": "" if comment.deleted else comment.body,
        "status": _comment_state(comment),
        "created": comment.created,
        "edited_at": comment.edited_at,
    }


def _vote_export(vote: Vote) -> dict[str, Any]:
    return {
        "proposal_id": vote.proposal_id,
        "proposal_title": vote.proposal.title,
        "value": str(VOTE_WORDS[vote.value]),
        "created": vote.created,
        "updated": vote.updated,
    }


def _report_export(report: Report) -> dict[str, Any]:
    # Readable without the database: what was reported (with the proposal's title), and the reason in words.
    proposal = report.proposal or report.comment.proposal
    return {
        "reported": str(pgettext_lazy("data export", "proposal" if report.proposal_id else "comment")),
        "proposal_id": proposal.pk,
        "proposal_title": proposal.title,
        "comment_id": report.comment_id,
        "reason": str(report.get_reason_display()),
        "text": report.text,
        "created": report.created,
        "resolved_at": report.resolved_at,
    }


def personal_data_export(user) -> dict[str, Any]:
    """The person's proposals, comments, votes and reports, readably, and nothing about anyone else."""
    proposals = Proposal.objects.filter(author=user).select_related("duplicate_of").order_by("pk")
    comments = Comment.objects.filter(author=user).select_related("proposal").order_by("pk")
    votes = Vote.objects.filter(voter=user).select_related("proposal").order_by("pk")
    reports = Report.objects.filter(reporter=user).select_related("proposal", "comment__proposal").order_by("pk")
    return {
        "proposals": [_proposal_export(p) for p in proposals],
        "comments": [_comment_export(c) for c in comments],
        "votes": [_vote_export(v) for v in votes],
        "reports": [_report_export(r) for r in reports],
    }


def personal_data_erase(user) -> None:
    """Delete the person's votes and recount the proposals they voted on. Proposals, comments and reports stay:
    the first two are part of the public record, reports still await the project office's decision; all three
    become anonymous (their author or reporter becomes NULL) when the account goes."""
    voted_on = list(Vote.objects.filter(voter=user).values_list("proposal_id", flat=True))
    Vote.objects.filter(voter=user).delete()
    vote_counts_recount(voted_on)
    votes_changed.send(sender=Vote, proposal_ids=voted_on)
    # Said here rather than left to the foreign key, so no later change of on_delete can take the reports along.
    Report.objects.filter(reporter=user).update(reporter=None)
