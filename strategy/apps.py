from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategyConfig(AppConfig):
    name = "strategy"
    verbose_name = _("Strategy")

    def ready(self):
        from participation.extensions import proposal_links_register

        from . import signals
        from .selectors import themes_of_proposal_cached

        signals.connect()
        # Proposal pages link to the published themes that rest on them; participation asks, never imports.
        proposal_links_register(themes_of_proposal_cached)
