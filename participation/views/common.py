"""Helpers the participation views share."""

from django.http import Http404, HttpRequest

from ..models import Comment, Proposal
from ..permissions import can_view_proposal
from ..selectors import comment_for_viewer, comment_page_number, proposal_for_viewer


def get_viewable_proposal(request: HttpRequest, pk: int) -> Proposal:
    """The proposal if this visitor may see it; 404 otherwise, so hidden ones are not even confirmed to exist."""
    try:
        proposal = proposal_for_viewer(pk)
    except Proposal.DoesNotExist as exc:
        raise Http404 from exc
    if not can_view_proposal(request.user, proposal):
        raise Http404
    return proposal


def get_viewable_comment(request: HttpRequest, pk: int) -> Comment:
    """A public comment on a proposal this visitor may see; 404 otherwise."""
    try:
        comment = comment_for_viewer(pk)
    except Comment.DoesNotExist as exc:
        raise Http404 from exc
    if not can_view_proposal(request.user, comment.proposal):
        raise Http404
    return comment


def wants_json(request: HttpRequest) -> bool:
    # A browser's form submission accepts */* too; only a caller that prefers JSON (votes.js) gets it.
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def comment_url(comment: Comment) -> str:
    """The proposal page that shows this comment, anchored to it."""
    page = comment_page_number(comment)
    query = f"?cpage={page}" if page > 1 else ""
    return f"{comment.proposal.get_absolute_url()}{query}#comment-{comment.pk}"
