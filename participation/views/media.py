"""Proposal images under /media/proposals/: served only to those who may see the proposal."""

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from core.media import storage_response

from ..choices import ProposalStatus
from ..models import Proposal
from ..permissions import can_view_proposal

# Short, so a proposal hidden later drops out of shared caches soon; Last-Modified makes revalidation a cheap 304.
PUBLIC_MAX_AGE = 300


@require_safe
def proposal_image(request: HttpRequest, path: str) -> HttpResponse:
    """A proposal's image for whoever may see the proposal (everyone while it is public; otherwise its author and
    the project office); 404 for anyone else, for kept preview images and for files no proposal points to."""
    name = f"proposals/{path}"
    proposal = Proposal.objects.filter(image=name).only("pk", "status", "hidden_by_reports", "author_id").first()
    if proposal is None or not can_view_proposal(request.user, proposal):
        raise Http404
    response = storage_response(request, name)
    public = proposal.is_visible or proposal.status == ProposalStatus.WITHDRAWN
    response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}" if public else "private, no-store"
    if not public:
        response["Vary"] = "Cookie"
    return response
