"""Reads of participation data, shaped for their callers (the strategy app reads only these)."""

from dataclasses import asdict, dataclass

from .models import Comment, Proposal, Vote


@dataclass(frozen=True)
class ParticipationFigures:
    proposals: int
    comments: int
    votes: int
    participants: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def participation_figures() -> ParticipationFigures:
    """Public totals: visible proposals, their comments and votes, and the distinct people behind them."""
    proposals = Proposal.objects.visible()
    comments = Comment.objects.filter(proposal__in=proposals)
    votes = Vote.objects.filter(proposal__in=proposals)
    # UNION (not UNION ALL) removes duplicates in the database, so a person counts once.
    people = (
        proposals.exclude(author=None)
        .order_by()
        .values_list("author_id")
        .union(
            comments.exclude(author=None).order_by().values_list("author_id"), votes.order_by().values_list("voter_id")
        )
    )
    return ParticipationFigures(
        proposals=proposals.count(), comments=comments.count(), votes=votes.count(), participants=people.count()
    )
