"""Comments and replies: the thread on the proposal page, writing, editing, deleting and pinning."""

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.http import HttpRequest
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.fragments import cached
from core.ratelimit import rate_limit_exceeded, too_many_requests

from ..forms import CommentEditForm, CommentForm
from ..models import Comment, Proposal
from ..permissions import can_change_comment, can_pin_comment, comment_denial
from ..selectors import COMMENT_ORDERS, comment_page_number, comment_thread
from ..services import comment_create, comment_delete, comment_pin, comment_update
from .common import comment_url, get_viewable_comment, get_viewable_proposal

DRAFT_SESSION_KEY = "participation:comment_draft"
DISCUSSION_TEMPLATE = "participation/components/comment_thread.html"
DISCUSSION_SECONDS = 60
DRAFT_FIELDS = ["body", "parent", "submission_key"]


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _mark_permissions(comment: Comment, user) -> None:
    # Pure predicates on loaded rows: no query per comment.
    # A comment awaiting approval is not public yet, so the pages that change one would not find it.
    comment.can_change = can_change_comment(user, comment) and not comment.awaiting_moderation
    comment.can_pin = can_pin_comment(user, comment)
    comment.can_report = (
        not comment.deleted
        and not comment.awaiting_moderation
        and not (user.is_authenticated and comment.author_id == user.pk)
    )


def _draft_for(request: HttpRequest, proposal: Proposal) -> dict | None:
    draft = request.session.get(DRAFT_SESSION_KEY)
    if not draft or draft.get("proposal") != proposal.pk:
        return None
    del request.session[DRAFT_SESSION_KEY]
    return {name: draft.get(name, "") for name in DRAFT_FIELDS}


def public_discussion(request: HttpRequest, proposal: Proposal) -> SafeString:
    """The discussion as an anonymous visitor sees it, the same for all at this address: rendered once per state
    of the comments (their number and latest change: writing, editing, deleting and moderating all save a
    comment), kept DISCUSSION_SECONDS at most, which bounds what no comment's save shows (a renamed author)."""
    state = Comment.objects.filter(proposal=proposal).aggregate(count=Count("pk"), changed=Max("updated"))
    changed = state["changed"].timestamp() if state["changed"] else 0
    address = hashlib.blake2b(request.GET.urlencode().encode(), digest_size=8).hexdigest()
    key = (
        f"participation:discussion:{proposal.pk}:{state['count']}:{changed}:{proposal.comment_count}"
        f":{get_language()}:{address}"
    )
    return cached(
        key,
        lambda: render_to_string(
            DISCUSSION_TEMPLATE, {"proposal": proposal, **discussion_context(request, proposal)}, request=request
        ),
        timeout=DISCUSSION_SECONDS,
    )


def discussion_context(request: HttpRequest, proposal: Proposal) -> dict:
    """The thread page and the comment and reply forms for the proposal page."""
    order = request.GET.get("comments")
    order = order if order in COMMENT_ORDERS else "oldest"
    page = comment_thread(proposal, order=order, page=request.GET.get("cpage") or 1, viewer=request.user)
    for comment in page:
        _mark_permissions(comment, request.user)
        for reply in comment.public_replies:
            _mark_permissions(reply, request.user)
    denial = comment_denial(request.user, proposal)
    draft = _draft_for(request, proposal) if denial is None else None
    reply_to = _int_or_none(request.GET.get("reply_to"))
    if draft and draft["parent"]:
        reply_to = _int_or_none(draft["parent"])
    comment_form = reply_form = None
    if denial is None:
        if reply_to and any(comment.pk == reply_to and not comment.deleted for comment in page):
            # A second form on the page: its own ids, so labels and errors stay unambiguous.
            initial = {**(draft or {}), "parent": reply_to}
            reply_form = CommentForm(initial=initial, reply=True, auto_id="id_reply_%s")
        # A draft whose comment has gone meanwhile becomes a new comment rather than being lost.
        comment_form = CommentForm(initial={**draft, "parent": None} if draft and not reply_form else None)
    return {
        "comment_page": page,
        "comment_order": order,
        "comment_denial": denial,
        "comment_form": comment_form,
        "reply_form": reply_form,
        "reply_to": reply_to if reply_form else None,
        "restored_comment": bool(draft) and not reply_form,
        "restored_reply": bool(draft) and bool(reply_form),
    }


def _parent(proposal: Proposal, pk: int | None) -> Comment | None:
    if pk is None:
        return None
    return Comment.objects.public().filter(proposal=proposal, pk=pk, deleted=False).first()


def _form_url(proposal: Proposal, parent: Comment | None) -> str:
    """Where the comment form (or the reply form under `parent`) is on the proposal page."""
    if parent is None:
        return f"{proposal.get_absolute_url()}#comment-form"
    root = parent.parent or parent
    page = comment_page_number(root)
    return f"{proposal.get_absolute_url()}?reply_to={root.pk}&cpage={page}#reply-form"


@require_POST
def comment_create_view(request, pk: int):
    """Publish a comment or a reply; a resent form (same submission key) publishes it once."""
    proposal = get_viewable_proposal(request, pk)
    parent = _parent(proposal, _int_or_none(request.POST.get("parent")))
    if not request.user.is_authenticated:
        # The session ended while the citizen typed: keep the text for after the login.
        request.session[DRAFT_SESSION_KEY] = {
            "proposal": proposal.pk,
            "body": request.POST.get("body", "")[:2000],
            "parent": parent.pk if parent else "",
            "submission_key": request.POST.get("submission_key", ""),
        }
        messages.warning(request, _("Please log in again. Your text has been kept and will be filled in."))
        return redirect_to_login(_form_url(proposal, parent))
    denial = comment_denial(request.user, proposal)
    if denial:
        raise PermissionDenied(denial)
    if rate_limit_exceeded(request, "comment"):
        return too_many_requests(request, "comment")
    form = CommentForm(request.POST, reply=bool(request.POST.get("parent")))
    if form.is_valid():
        if form.cleaned_data["parent"] is not None and parent is None:
            form.add_error(None, _("The comment you replied to is no longer available."))
        else:
            try:
                comment, created = comment_create(
                    proposal,
                    author=request.user,
                    body=form.cleaned_data["body"],
                    parent=parent,
                    submission_key=form.cleaned_data["submission_key"],
                )
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
            else:
                if created and comment.awaiting_moderation:
                    messages.success(
                        request, _("Thank you! Your comment will be shown once the project office has reviewed it.")
                    )
                elif created:
                    messages.success(request, _("Thank you! Your comment has been published."))
                return redirect(comment_url(comment))
    return render(request, "participation/comment_create.html", {"proposal": proposal, "parent": parent, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def comment_edit(request, pk: int):
    comment = get_viewable_comment(request, pk)
    if not can_change_comment(request.user, comment):
        raise PermissionDenied(_("You can only edit your own comments."))
    if request.method == "POST":
        form = CommentEditForm(request.POST)
        if form.is_valid():
            comment = comment_update(comment, user=request.user, body=form.cleaned_data["body"])
            if comment.awaiting_moderation:
                messages.success(
                    request, _("Thank you! Your comment will be shown once the project office has reviewed it.")
                )
            else:
                messages.success(request, _("Your comment has been changed."))
            return redirect(comment_url(comment))
    else:
        form = CommentEditForm(initial={"body": comment.body})
    return render(
        request, "participation/comment_edit.html", {"comment": comment, "proposal": comment.proposal, "form": form}
    )


@login_required
@require_http_methods(["GET", "POST"])
def comment_delete_view(request, pk: int):
    comment = get_viewable_comment(request, pk)
    proposal = comment.proposal
    if request.method == "POST":
        # The service decides: deleting one's own comment twice changes nothing, another's is refused.
        if comment.deleted and comment.author_id != request.user.pk:
            raise PermissionDenied(_("You can only delete your own comments."))
        comment_delete(comment, user=request.user)
        messages.success(request, _("Your comment has been deleted."))
        return redirect(f"{proposal.get_absolute_url()}#comments")
    if not can_change_comment(request.user, comment):
        raise PermissionDenied(_("You can only delete your own comments."))
    return render(request, "participation/comment_delete.html", {"comment": comment, "proposal": proposal})


@login_required
@require_POST
def comment_pin_view(request, pk: int):
    """Pin or unpin a staff answer (POST pinned=1 or 0)."""
    comment = get_viewable_comment(request, pk)
    pinned = request.POST.get("pinned") == "1"
    comment_pin(comment, user=request.user, pinned=pinned)
    messages.success(request, _("The answer has been pinned.") if pinned else _("The answer has been unpinned."))
    return redirect(comment_url(comment))
