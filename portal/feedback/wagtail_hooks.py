"""The project office's list of reported barriers in the Wagtail admin: filters by status and language, an edit
form for the status and an internal note. Nobody adds or deletes messages here; they come from the public form."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import BarrierReport


class ReportsFromThePublicPolicy(ModelPermissionPolicy):
    """Messages come only from the public form and stay as the record of what was reported: no add, no delete."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in ("add", "delete")])


# Before the viewset registers: it would otherwise make a default policy for the model.
register_permission_policy(BarrierReport, ReportsFromThePublicPolicy(BarrierReport))


class BarrierReportViewSet(ModelViewSet):
    model = BarrierReport
    name = "barrieren"
    icon = "warning"
    menu_label = _("Reported barriers")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    search_fields = ["description", "page_address"]
    search_backend_name = None
    list_display = ["__str__", "status", "created"]
    list_filter = ["status", "language"]
    list_per_page = 50
    form_fields = ["status", "staff_note"]
    inspect_view_fields = ["created", "page_address", "description", "email", "language", "status", "staff_note"]


barrier_report_viewset = BarrierReportViewSet()


@hooks.register("register_admin_viewset")
def register_barrier_report_viewset():
    return barrier_report_viewset
