from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        # The phases pages show come from the cache (selectors.phases_shown): a saved phase renews them.
        from django.db.models.signals import post_delete, post_save

        from core.personal_data import personal_data_register
        from core.profile import ProfilePanel, profile_panel_register

        from . import personal_data
        from .models import ProposalPhase
        from .selectors import phases_changed, user_proposals

        post_save.connect(phases_changed, sender=ProposalPhase, dispatch_uid="participation-phases-saved")
        post_delete.connect(phases_changed, sender=ProposalPhase, dispatch_uid="participation-phases-deleted")
        personal_data_register(
            "participation", export=personal_data.personal_data_export, erase=personal_data.personal_data_erase
        )
        # "My proposals" on the profile page.
        profile_panel_register(
            "participation_proposals",
            ProfilePanel("participation/profile_proposals.html", lambda user: {"proposals": user_proposals(user)}),
        )
