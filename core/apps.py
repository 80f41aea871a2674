from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The bottom layer: keys, roles, limits and helpers every app shares. Imports no app of ours."""

    name = "core"
    verbose_name = _("Core")
