from django.conf import settings
from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import admin_views
from .services import admin_made_account_prepare


class StaffMFAOffPanel(Component):
    """A warning on the admin's home page while staff sign in without a second factor (dev settings)."""

    name = "staff_mfa_off"
    order = 10
    template_name = "accounts/admin/staff_mfa_off_panel.html"


@hooks.register("construct_homepage_panels")
def add_staff_mfa_warning(request, panels):
    if not settings.STAFF_MFA_REQUIRED:
        panels.append(StaffMFAOffPanel())


@hooks.register("after_create_user")
def prepare_admin_made_account(request, user):
    admin_made_account_prepare(user)


@hooks.register("before_create_user")
def point_to_invitations(request):
    # An account made here gets a password typed by someone else and no second factor yet; an invitation lets
    # the person choose both. The form still works (admin_made_account_prepare makes its account usable).
    if request.method == "GET":
        messages.info(
            request,
            format_html(
                "{} <a href='{}'>{}</a>",
                _("To give someone a role, better invite them by email: they choose their own name and password."),
                reverse("accounts_invitations"),
                _("Invitations"),
            ),
        )


@hooks.register("register_admin_urls")
def register_invitation_urls():
    return [
        path("einladungen/", admin_views.invitation_index, name="accounts_invitations"),
        path("einladungen/<int:pk>/erneut-senden/", admin_views.invitation_resend, name="accounts_invitation_resend"),
        path("einladungen/<int:pk>/widerrufen/", admin_views.invitation_revoke, name="accounts_invitation_revoke"),
    ]


@hooks.register("register_admin_menu_item")
def register_invitations_menu_item():
    return admin_views.InvitationsMenuItem(
        gettext_lazy("Invitations"), reverse("accounts_invitations"), icon_name="mail", order=850
    )
