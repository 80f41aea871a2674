from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """Emails about participation: the outbox, digests and each person's preferences.

    Participation does not know this app: it sends domain events (participation.events), which the receivers
    connected here turn into outbox rows. Preferences join the profile page and the personal-data export
    through core's registries.
    """

    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from core.personal_data import personal_data_register
        from core.profile import profile_panel_register, profile_section_register
        from participation.extensions import proposal_panels_register

        from . import personal_data, receivers
        from .panels import FOLLOWS_PROFILE_PANEL, follow_proposal_panel
        from .profile import PROFILE_SECTION

        receivers.connect()
        personal_data_register(
            "notifications", export=personal_data.personal_data_export, erase=personal_data.personal_data_erase
        )
        profile_section_register("notifications", PROFILE_SECTION)
        profile_panel_register("follows", FOLLOWS_PROFILE_PANEL)
        proposal_panels_register(follow_proposal_panel)
