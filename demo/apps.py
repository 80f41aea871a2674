from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The top layer: demo content as data files and the loader that writes them. Nothing imports it."""

    name = "demo"
    verbose_name = _("Demo content")
