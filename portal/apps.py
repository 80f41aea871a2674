from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The Wagtail site: home page, action field pages, content pages, statistics and navigation."""

    name = "portal"
    verbose_name = _("Site")
