from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The bottom layer: keys, roles, limits and helpers every app shares. Imports no app of ours."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import fragments

        # Cached parts of pages read each generation once per request (core/fragments.py).
        request_started.connect(fragments.request_started, dispatch_uid="core-fragments-request-started")
        request_finished.connect(fragments.request_finished, dispatch_uid="core-fragments-request-finished")
