from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The Wagtail site: home page, action field pages, content pages, statistics and navigation."""

    name = "portal"
    verbose_name = _("Site")

    def ready(self):
        from core.personal_data import personal_data_register

        # The feedback package's admin list registers with Wagtail's hooks (Wagtail imports only portal.wagtail_hooks).
        from .feedback import personal_data, wagtail_hooks  # noqa: F401

        personal_data_register(
            "barrier_reports", export=personal_data.personal_data_export, erase=personal_data.personal_data_erase
        )
