from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        from core.personal_data import personal_data_register
        from core.profile import ProfilePanel, profile_panel_register

        from . import personal_data
        from .selectors import user_proposals

        personal_data_register(
            "participation", export=personal_data.personal_data_export, erase=personal_data.personal_data_erase
        )
        # "My proposals" on the profile page.
        profile_panel_register(
            "participation_proposals",
            ProfilePanel("participation/profile_proposals.html", lambda user: {"proposals": user_proposals(user)}),
        )
