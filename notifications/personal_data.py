"""What the notifications keep about a person, for the export and the deletion (core.personal_data)."""

from typing import Any

from .kinds import NotificationKind
from .models import Notification, NotificationPreference
from .selectors import notification_preference


def personal_data_export(user) -> dict[str, Any]:
    """The person's choice of emails and the emails owed and sent to them."""
    preference = notification_preference(user)
    return {
        "notification_preferences": {kind: preference.wants(kind) for kind in NotificationKind.values},
        # Which emails were owed and sent; a staff digest's payload names other people's reports, so it stays out.
        "notifications": list(
            Notification.objects.filter(recipient=user).values("kind", "status", "created", "sent_at", "proposal")
        ),
    }


def personal_data_erase(user) -> None:
    """Delete the person's outbox rows and preferences (their account's deletion would take them too)."""
    Notification.objects.filter(recipient=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
