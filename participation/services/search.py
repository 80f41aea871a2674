"""Writes of the search columns: after each change of a proposal's text, and in bulk after loads or upgrades."""

from django.db.models import QuerySet

from ..models import Proposal
from ..search import search_document, search_rows_reindex


def proposal_search_update(proposal: Proposal) -> None:
    """Bring one saved proposal's search columns in line with its title and body; safe to repeat."""
    search_rows_reindex(Proposal.objects.filter(pk=proposal.pk))
    proposal.search_text = search_document(proposal.title, proposal.body)


def search_reindex(proposals: QuerySet | None = None, *, batch_size: int = 2000) -> int:
    """Rewrite the search columns of these proposals (default: all), set-based in batches; return how many.

    For writers that bypass the services (bulk loads, imports); running it twice changes nothing.
    """
    return search_rows_reindex(Proposal.objects.all() if proposals is None else proposals, batch_size=batch_size)
