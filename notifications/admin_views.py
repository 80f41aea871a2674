"""The notification outbox for IT (superusers): what was sent, what waits, what failed, and failed mails again.

Recipients' addresses are personal data and the project office does not need them, so only superusers see this.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.widgets import HeaderButton

from .models import Notification
from .services import notifications_resend_failed

NOTIFICATION_COLUMNS = [
    "created",
    "kind",
    "recipient",
    "status",
    "attempts",
    Column("last_error", label=_("last error"), accessor=lambda n: Truncator(n.last_error).chars(80)),
]


def _failed_count() -> int:
    return Notification.objects.filter(status=Notification.Status.FAILED).count()


class NotificationIndexView(IndexView):
    """The outbox, newest first, with a button to send the failed ones again when there are any."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("recipient").order_by("-created", "-pk")

    @cached_property
    def header_buttons(self):
        failed = _failed_count()
        if not failed:
            return []
        label = ngettext("Send %(count)d failed mail again", "Send %(count)d failed mails again", failed)
        return [HeaderButton(label % {"count": failed}, url=reverse("benachrichtigungen:resend"), icon_name="mail")]


class NotificationResendView(WagtailAdminTemplateMixin, FormView):
    """Confirm, then set every failed notification to be sent again (say, after the mail server was mended)."""

    form_class = forms.Form
    template_name = "notifications/admin/resend.html"
    page_title = _("Send failed mails again")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            failed=_failed_count(),
            action_url=self.request.path,
            submit_button_label=self.page_title,
            **kwargs,
        )

    def form_valid(self, form):
        count = notifications_resend_failed()
        messages.success(
            self.request,
            ngettext("%(count)d failed mail will be sent again.", "%(count)d failed mails will be sent again.", count)
            % {"count": count},
        )
        return redirect("benachrichtigungen:index")
