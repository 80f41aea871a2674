from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from core.choices import ActionField

from . import admin_views
from .admin_views.actions import ACTIONS
from .admin_views.edit import ProposalEditView
from .admin_views.events import event_detail, event_index, events_menu_item
from .admin_views.inspect import ReportInspectView
from .admin_views.todo import moderation_todo_index, todo_menu_item, triage_dismiss
from .choices import ProposalStatus
from .models import Comment, Proposal, ProposalPhase, Report
from .services import channels, edits, moderation, triage, votes

# The address segment of each moderation form, under the item's admin URL.
ACTION_PATHS = {
    "hide": "ausblenden",
    "restore": "wiederherstellen",
    "resolve": "meldungen",
    "publish": "veroeffentlichen",
    "approve": "freigeben",
    "answer": "antwort",
    "duplicate": "duplikat",
    "action_field": "handlungsfeld",
}

# Before the viewsets register: they would otherwise make a default policy for these models.
register_permission_policy(Proposal, admin_views.ModerationPermissionPolicy(Proposal))
register_permission_policy(Comment, admin_views.ModerationPermissionPolicy(Comment))
register_permission_policy(Report, admin_views.ModerationPermissionPolicy(Report, denied=("add", "change", "delete")))


class ProposalPhaseViewSet(SnippetViewSet):
    """The project office opens and closes proposal phases here."""

    model = ProposalPhase
    icon = "date"
    menu_label = _("Participation phases")
    list_display = ["title", "action_field", "starts_at", "ends_at"]
    list_filter = ["action_field"]


class ModerationViewSet(ModelViewSet):
    """Shared parts: read in the inspect view, moderate through the action forms, never add or delete."""

    inspect_view_enabled = True
    # The council reads only what the public reads (admin_views.readable_proposals).
    inspect_view_class = admin_views.ReadableInspectView
    copy_view_enabled = False
    search_backend_name = None
    list_per_page = 50

    def get_urlpatterns(self):
        def action(name):
            return admin_views.ModerationActionView.as_view(model=self.model, action=name, viewset_name=self.name)

        return [
            *super().get_urlpatterns(),
            *(path(f"<int:pk>/{ACTION_PATHS[name]}/", action(name), name=name) for name in ACTIONS[self.model]),
        ]


class ProposalViewSet(ModerationViewSet):
    model = Proposal
    name = "vorschlaege"
    icon = "doc-full"
    menu_label = _("Proposals")
    index_view_class = admin_views.ProposalIndexView
    edit_view_class = ProposalEditView
    list_display = admin_views.PROPOSAL_COLUMNS
    filterset_class = admin_views.ProposalFilterSet
    search_fields = ["title", "body"]
    # Status, answer and action field change only through the moderation forms, which write the audit log.
    form_fields = ["title", "body", "district"]


class CommentViewSet(ModerationViewSet):
    model = Comment
    name = "kommentare"
    icon = "comment"
    menu_label = _("Comments")
    index_view_class = admin_views.CommentIndexView
    list_display = admin_views.COMMENT_COLUMNS
    filterset_class = admin_views.CommentFilterSet
    search_fields = ["body"]
    form_fields = ["body"]


class ReportViewSet(ModelViewSet):
    model = Report
    name = "meldungen"
    icon = "warning"
    # Wagtail has a "Reports" menu of its own (Berichte/Meldungen); ours names whose reports these are.
    menu_label = _("Citizens' reports")
    index_view_class = admin_views.ReportIndexView
    inspect_view_class = ReportInspectView
    inspect_view_fields = ["item_label", "reason", "text", "created", "resolved_at"]
    list_display = admin_views.REPORT_COLUMNS
    filterset_class = admin_views.ReportFilterSet
    search_fields = ["text"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["text"]


class ParticipationViewSetGroup(ViewSetGroup):
    """Everything the project office moderates, in one menu group."""

    menu_label = _("Participation")
    menu_icon = "group"
    menu_order = 250
    items = (ProposalViewSet, CommentViewSet, ReportViewSet, ProposalPhaseViewSet)
    submenu_hook = admin_views.PARTICIPATION_MENU_HOOK


@hooks.register("register_admin_viewset")
def register_participation_viewsets():
    return ParticipationViewSetGroup()


for _bulk_action in admin_views.BULK_ACTIONS:
    hooks.register("register_bulk_action", _bulk_action)


def _reason(entry) -> str:
    return (entry.data or {}).get("reason", "")


def _formatter(label, comment=_reason) -> type[LogFormatter]:
    """A history line: the action's label, and the reason (or answer, or change) as its comment."""

    class ModerationLogFormatter(LogFormatter):
        def format_message(self, log_entry):
            # The history of a model without revisions shows only the message, so the detail goes in it too.
            detail = comment(log_entry)
            return f"{label}: {detail}" if detail else str(label)

        def format_comment(self, log_entry):
            return comment(log_entry)

    ModerationLogFormatter.label = label
    return ModerationLogFormatter


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    for action, formatter in [
        (moderation.HIDE, _formatter(_("Hidden by moderation"))),
        (moderation.RESTORE, _formatter(_("Restored by moderation"))),
        (moderation.REPORTS_RESOLVE, _formatter(_("Reports resolved"))),
        (moderation.PUBLISH, _formatter(_("Published after review"))),
        (moderation.APPROVE, _formatter(_("Approved after review"))),
        (moderation.ANSWER, _formatter(_("Official answer and status"), lambda e: _answer_comment(e))),
        (moderation.DUPLICATE, _formatter(_("Marked as duplicate"), lambda e: _duplicate_comment(e))),
        (moderation.ACTION_FIELD, _formatter(_("Action field changed"), lambda e: _action_field_comment(e))),
        (edits.EDIT, _formatter(_("Edited by the author"), lambda e: _edit_comment(e))),
        (votes.VOTE_MOVE, _formatter(_("Vote moved from a duplicate"), lambda e: _vote_move_comment(e))),
        (channels.EVENT_ENTRY, _formatter(_("Proposals entered from an event"))),
        (channels.PAPER_TALLY, _formatter(_("Paper tally recorded"))),
        (triage.TRIAGE_SETTLE, _formatter(_("Triage hint settled"), lambda e: _triage_comment(e))),
    ]:
        actions.register_action(action)(formatter)


def _triage_comment(entry) -> str:
    data = entry.data or {}
    decision = _("acted on") if data.get("acted") else _("dismissed")
    return f"{', '.join(data.get('reasons', []))}: {decision}"


def _vote_move_comment(entry) -> str:
    data = entry.data or {}
    return f"#{data.get('from', '')} {data.get('from_title', '')}".strip()


def _label(choices, value) -> str:
    return str(dict(choices).get(value, value or ""))


def _answer_comment(entry) -> str:
    data = entry.data or {}
    before, after = data.get("previous_status"), data.get("status")
    status = f"{_label(ProposalStatus.choices, before)} → {_label(ProposalStatus.choices, after)}"
    return f"{status}: {data['answer']}" if data.get("answer_changed") else status


def _duplicate_comment(entry) -> str:
    data = entry.data or {}
    if not data.get("original"):
        return str(_("not a duplicate any more"))
    return f"{_('duplicate of')} {data['original']}: {data.get('original_title', '')}"


def _action_field_comment(entry) -> str:
    data = entry.data or {}
    before, after = data.get("previous"), data.get("action_field")
    return f"{_label(ActionField.choices, before)} → {_label(ActionField.choices, after)}"


def _edit_comment(entry) -> str:
    """What the edit changed, with the text it replaced (so a reviewer sees both), and what it set off."""
    data = entry.data or {}
    previous = data.get("previous") or {}
    parts = [f"{name}: «{value}»" for name, value in previous.items() if name in {"title", "body"}]
    others = [name for name in previous if name not in {"title", "body"}]
    if others:
        parts.append(", ".join(others))
    if data.get("review"):
        parts.append(str(_("awaits approval again")))
    if data.get("reports_reopened"):
        parts.append(str(_("%(count)s reports opened again") % {"count": data["reports_reopened"]}))
    return "; ".join(parts)


@hooks.register("register_admin_urls")
def register_todo_url():
    return [
        path("zu-erledigen/", moderation_todo_index, name="participation_todo"),
        path("zu-erledigen/hinweis/<str:kind>/<int:pk>/", triage_dismiss, name="participation_triage_dismiss"),
    ]


@hooks.register(admin_views.PARTICIPATION_MENU_HOOK)
def register_todo_menu_item():
    return todo_menu_item()


@hooks.register("register_admin_urls")
def register_event_urls():
    return [
        path("veranstaltungen/", event_index, name="participation_events"),
        path("veranstaltungen/<int:pk>/", event_detail, name="participation_event"),
    ]


@hooks.register(admin_views.PARTICIPATION_MENU_HOOK)
def register_events_menu_item():
    return events_menu_item()
