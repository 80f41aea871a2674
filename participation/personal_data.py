"""What participation keeps about a person, for the export and the deletion (registered in apps.py)."""

from typing import Any

from core.personal_data import model_fields

from .models import Comment, Proposal, Report, Vote
from .services.counts import vote_counts_recount


def _report_export(report: Report) -> dict[str, Any]:
    # Readable without the database: what was reported (with the proposal's title), and the reason in words.
    proposal = report.proposal or report.comment.proposal
    return {
        **model_fields(report, exclude=("reporter",)),
        "reported": "proposal" if report.proposal_id else "comment",
        "proposal_id": proposal.pk,
        "proposal_title": proposal.title,
        "reason_label": str(report.get_reason_display()),
    }


def personal_data_export(user) -> dict[str, Any]:
    """The person's proposals, comments, votes and reports, every stored field but the link back to them."""
    return {
        "proposals": [
            model_fields(p, exclude=("author", "submission_key")) for p in Proposal.objects.filter(author=user)
        ],
        "comments": [model_fields(c, exclude=("author",)) for c in Comment.objects.filter(author=user).order_by("pk")],
        "votes": [model_fields(v, exclude=("voter",)) for v in Vote.objects.filter(voter=user).order_by("pk")],
        "reports": [
            _report_export(r)
            for r in Report.objects.filter(reporter=user).select_related("proposal", "comment__proposal").order_by("pk")
        ],
    }


def personal_data_erase(user) -> None:
    """Delete the person's votes and recount the proposals they voted on. Proposals and comments stay: the
    account's deletion leaves them anonymous (their author becomes NULL)."""
    voted_on = list(Vote.objects.filter(voter=user).values_list("proposal_id", flat=True))
    Vote.objects.filter(voter=user).delete()
    vote_counts_recount(voted_on)
