from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    """The open data files, the read-only JSON API and their documentation page, over the selectors below."""

    name = "opendata"
    verbose_name = _("Open data")
