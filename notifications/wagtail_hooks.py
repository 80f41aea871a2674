"""The outbox in the Wagtail admin, as an item of participation's menu group (through its submenu hook)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from participation.admin_views import PARTICIPATION_MENU_HOOK, ModerationPermissionPolicy

from .admin_views import NOTIFICATION_COLUMNS, NotificationIndexView, NotificationResendView
from .models import Notification

# Before the viewset registers: it would otherwise make a default policy for the model.
register_permission_policy(Notification, ModerationPermissionPolicy(Notification, denied=("add", "change", "delete")))


class NotificationViewSet(ModelViewSet):
    """The email outbox, read-only, for IT; nobody holds its model permissions, so superusers only."""

    model = Notification
    name = "benachrichtigungen"
    icon = "mail"
    menu_label = _("Notifications")
    menu_hook = PARTICIPATION_MENU_HOOK
    menu_order = 5  # after participation's own four items
    index_view_class = NotificationIndexView
    list_display = NOTIFICATION_COLUMNS
    list_filter = ["status", "kind"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]  # required by ModelViewSet; the policy refuses every change

    def get_urlpatterns(self):
        resend = NotificationResendView.as_view()
        return [*super().get_urlpatterns(), path("erneut-senden/", resend, name="resend")]


@hooks.register("register_admin_viewset")
def register_notification_viewset():
    return NotificationViewSet()
