"""What participation keeps about a person, for the export and the deletion (registered in apps.py)."""

from typing import Any

from core.personal_data import model_fields

from .models import Comment, Proposal, Vote
from .services.counts import vote_counts_recount


def personal_data_export(user) -> dict[str, Any]:
    """The person's proposals, comments and votes, every stored field but the link back to them."""
    return {
        "proposals": [
            model_fields(p, exclude=("author", "submission_key")) for p in Proposal.objects.filter(author=user)
        ],
        "comments": [model_fields(c, exclude=("author",)) for c in Comment.objects.filter(author=user).order_by("pk")],
        "votes": [model_fields(v, exclude=("voter",)) for v in Vote.objects.filter(voter=user).order_by("pk")],
    }


def personal_data_erase(user) -> None:
    """Delete the person's votes and recount the proposals they voted on. Proposals and comments stay: the
    account's deletion leaves them anonymous (their author becomes NULL)."""
    voted_on = list(Vote.objects.filter(voter=user).values_list("proposal_id", flat=True))
    Vote.objects.filter(voter=user).delete()
    vote_counts_recount(voted_on)
