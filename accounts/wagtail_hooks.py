from django.conf import settings
from wagtail import hooks
from wagtail.admin.ui.components import Component

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
