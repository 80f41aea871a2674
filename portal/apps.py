from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The Wagtail site: home page, action field pages, content pages, statistics and navigation."""

    name = "portal"
    verbose_name = _("Site")

    def ready(self):
        # Routes come from the cache (portal/routing.py): a saved draft renews them.
        from django.db.models.signals import post_save
        from wagtail.models import Revision

        from core.personal_data import personal_data_register

        # The feedback package's admin list registers with Wagtail's hooks (Wagtail imports only portal.wagtail_hooks).
        from .feedback import personal_data, wagtail_hooks  # noqa: F401
        from .routing import revisions_changed

        post_save.connect(revisions_changed, sender=Revision, dispatch_uid="portal-route-revisions")
        personal_data_register(
            "barrier_reports", export=personal_data.personal_data_export, erase=personal_data.personal_data_erase
        )
