from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Comment, Proposal, ProposalPhase, Report
from .services.moderation import HIDE, REPORTS_RESOLVE, RESTORE

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
    copy_view_enabled = False
    search_backend_name = None
    list_per_page = 50

    def get_urlpatterns(self):
        def action(name):
            return admin_views.ModerationActionView.as_view(model=self.model, action=name, viewset_name=self.name)

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/ausblenden/", action("hide"), name="hide"),
            path("<int:pk>/wiederherstellen/", action("restore"), name="restore"),
            path("<int:pk>/meldungen/", action("resolve"), name="resolve"),
        ]


class ProposalViewSet(ModerationViewSet):
    model = Proposal
    name = "vorschlaege"
    icon = "doc-full"
    menu_label = _("Proposals")
    index_view_class = admin_views.ProposalIndexView
    list_display = admin_views.PROPOSAL_COLUMNS
    filterset_class = admin_views.ProposalFilterSet
    search_fields = ["title", "body"]
    form_fields = ["title", "body", "action_field", "district"]


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
    menu_label = _("Reports")
    index_view_class = admin_views.ReportIndexView
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


@hooks.register("register_admin_viewset")
def register_participation_viewsets():
    return ParticipationViewSetGroup()


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action(HIDE, _("Hidden by moderation"), _("Hidden by moderation"))
    actions.register_action(RESTORE, _("Restored by moderation"), _("Restored by moderation"))
    actions.register_action(REPORTS_RESOLVE, _("Reports resolved"), _("Reports resolved"))
