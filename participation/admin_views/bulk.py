"""Bulk actions on a selection in the moderation listings: publish or approve, hide with a reason, restore.

Each item goes through the same service as the single action, so every item gets its own audit log entry and
an item that needs no change is left as it is (and not counted).
"""

from django.core.exceptions import PermissionDenied
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.bulk_action import BulkAction

from .. import services
from ..models import Comment, Proposal
from ..permissions import can_moderate
from .actions import ReasonForm


class ModerationBulkAction(BulkAction):
    """A moderation step on many items, for the project office only."""

    template_name = "participation/admin/bulk_confirm.html"
    target = Proposal
    action_priority = 20

    @classproperty
    def models(cls):
        return [cls.target]

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return can_moderate(self.request.user)

    def get_all_objects_in_listing_query(self, parent_id):
        # "All in listing" would mean every row regardless of the filters: only a visible selection is acted on.
        return self.model.objects.none().values_list("pk", flat=True)

    def object_context(self, obj):
        return {"item": obj, "label": str(obj) if isinstance(obj, Proposal) else obj.excerpt}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_label": self.display_name, "header_icon": "warning"}

    def get_execution_context(self):
        return {"user": self.request.user, "data": self.cleaned_form.cleaned_data}

    @classmethod
    def run(cls, obj, *, user, data) -> bool:
        """Apply the step to one item; True if it changed."""
        raise NotImplementedError

    @classmethod
    def execute_action(cls, objects, user=None, data=None, **kwargs):
        return sum(1 for obj in objects if cls.run(obj, user=user, data=data)), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d item changed.", "%(count)d items changed.", num_parent_objects) % {
            "count": num_parent_objects
        }


class ProposalPublishBulkAction(ModerationBulkAction):
    display_name = _("Publish")
    action_type = "publish"
    aria_label = _("Publish the selected proposals")

    @classmethod
    def run(cls, obj, *, user, data):
        before = obj.status
        return services.proposal_publish(obj, moderator=user).status != before


class ProposalHideBulkAction(ModerationBulkAction):
    display_name = _("Hide")
    action_type = "hide"
    aria_label = _("Hide the selected proposals")
    form_class = ReasonForm
    action_priority = 30

    @classmethod
    def run(cls, obj, *, user, data):
        before = obj.status
        return services.proposal_hide(obj, moderator=user, reason=data["reason"]).status != before


class ProposalRestoreBulkAction(ModerationBulkAction):
    display_name = _("Restore")
    action_type = "restore"
    aria_label = _("Restore the selected proposals")
    action_priority = 40

    @classmethod
    def run(cls, obj, *, user, data):
        before = (obj.status, obj.hidden_by_reports)
        after = services.proposal_restore(obj, moderator=user)
        return (after.status, after.hidden_by_reports) != before


class CommentApproveBulkAction(ModerationBulkAction):
    target = Comment
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected comments")

    @classmethod
    def run(cls, obj, *, user, data):
        before = obj.awaiting_moderation
        return services.comment_approve(obj, moderator=user).awaiting_moderation != before


class CommentHideBulkAction(ModerationBulkAction):
    target = Comment
    display_name = _("Hide")
    action_type = "hide"
    aria_label = _("Hide the selected comments")
    form_class = ReasonForm
    action_priority = 30

    @classmethod
    def run(cls, obj, *, user, data):
        before = (obj.hidden, obj.hidden_by_reports)
        after = services.comment_hide(obj, moderator=user, reason=data["reason"])
        return (after.hidden, after.hidden_by_reports) != before


class CommentRestoreBulkAction(ModerationBulkAction):
    target = Comment
    display_name = _("Restore")
    action_type = "restore"
    aria_label = _("Restore the selected comments")
    action_priority = 40

    @classmethod
    def run(cls, obj, *, user, data):
        before = obj.hidden
        return services.comment_restore(obj, moderator=user).hidden != before


BULK_ACTIONS = [
    ProposalPublishBulkAction,
    ProposalHideBulkAction,
    ProposalRestoreBulkAction,
    CommentApproveBulkAction,
    CommentHideBulkAction,
    CommentRestoreBulkAction,
]
