"""The project office's "Zu erledigen" list: reports, items awaiting approval and unanswered popular proposals."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.admin.menu import MenuItem

from ..models import Comment, Proposal
from ..permissions import can_moderate
from ..selectors import TodoItem, moderation_todo
from ..services.triage import triage_flags_settle

# Each kind of item: its label and the moderation forms that settle it, as (URL name, label) pairs.
KINDS = {
    "proposal_reported": (
        gettext_lazy("Reported proposal"),
        [
            ("vorschlaege:resolve", gettext_lazy("Decide on the reports")),
            ("vorschlaege:duplicate", gettext_lazy("Mark as duplicate")),
        ],
    ),
    "comment_reported": (
        gettext_lazy("Reported comment"),
        [("kommentare:resolve", gettext_lazy("Decide on the reports"))],
    ),
    "proposal_waiting": (
        gettext_lazy("Proposal awaiting approval"),
        [("vorschlaege:publish", gettext_lazy("Publish")), ("vorschlaege:hide", gettext_lazy("Hide"))],
    ),
    "comment_waiting": (
        gettext_lazy("Comment awaiting approval"),
        [("kommentare:approve", gettext_lazy("Approve")), ("kommentare:hide", gettext_lazy("Hide"))],
    ),
    "proposal_flagged": (
        gettext_lazy("Hint: please take a look"),
        [
            ("vorschlaege:hide", gettext_lazy("Hide")),
            ("vorschlaege:duplicate", gettext_lazy("Mark as duplicate")),
        ],
    ),
    "comment_flagged": (
        gettext_lazy("Hint: please take a look"),
        [("kommentare:hide", gettext_lazy("Hide"))],
    ),
    "proposal_unanswered": (
        gettext_lazy("Many votes, no official answer"),
        [("vorschlaege:answer", gettext_lazy("Answer officially"))],
    ),
}


def _row(item: TodoItem) -> dict:
    label, actions = KINDS[item.kind]
    target = item.target
    is_comment = item.kind.startswith("comment")
    return {
        "item": item,
        "label": label,
        "title": target.excerpt if is_comment else target.title,
        "proposal": target.proposal if is_comment else target,
        "actions": [(reverse(name, args=[target.pk]), action_label) for name, action_label in actions],
        "dismiss_url": reverse("participation_triage_dismiss", args=[item.kind.split("_")[0], target.pk])
        if item.kind.endswith("_flagged")
        else "",
    }


@require_http_methods(["GET", "HEAD"])
def moderation_todo_index(request):
    """Everything waiting for the project office, oldest first, each with links to the forms that settle it."""
    if not can_moderate(request.user):
        raise PermissionDenied
    days = settings.MODERATION_TODO_ANSWER_AFTER_DAYS
    votes = settings.MODERATION_TODO_ANSWER_MIN_VOTES
    rows = [_row(item) for item in moderation_todo(answer_min_votes=votes, answer_after_days=days)]
    return TemplateResponse(
        request,
        "participation/admin/todo.html",
        {"page_title": _("To do"), "header_icon": "tasks", "rows": rows, "answer_days": days, "answer_votes": votes},
    )


class TodoMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


def todo_menu_item() -> MenuItem:
    return TodoMenuItem(_("To do"), reverse("participation_todo"), icon_name="tasks", order=0)


@require_POST
def triage_dismiss(request, kind: str, pk: int):
    """The office looked at an item's triage hints and leaves it as it is (logged with who decided)."""
    if not can_moderate(request.user):
        raise PermissionDenied
    model = {"proposal": Proposal, "comment": Comment}.get(kind)
    if model is None:
        raise Http404
    target = get_object_or_404(model, pk=pk)
    triage_flags_settle(moderator=request.user, acted=False, **{kind: target})
    messages.success(request, _("Hint dismissed; the item stays as it is."))
    return redirect("participation_todo")
