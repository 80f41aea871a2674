"""What the notifications keep about a person, for the export and the deletion (core.personal_data)."""

from typing import Any

from .kinds import NotificationKind
from .models import Follow, Notification, NotificationPreference
from .selectors import notification_preference


def personal_data_export(user) -> dict[str, Any]:
    """The person's choice of emails and the emails owed and sent to them, with kinds and states in words."""
    preference = notification_preference(user)
    notifications = Notification.objects.filter(recipient=user).select_related("proposal").order_by("created", "pk")
    return {
        # Each kind of email as the profile names it, and whether the person wants it.
        "notification_preferences": {str(kind.label): preference.wants(kind) for kind in NotificationKind},
        # Which emails were owed and sent; a staff digest's payload names other people's reports, so it stays out.
        "notifications": [
            {
                "kind": str(notification.get_kind_display()),
                "status": str(notification.get_status_display()),
                "created": notification.created,
                "sent_at": notification.sent_at,
                "proposal_id": notification.proposal_id,
                "proposal_title": notification.proposal.title if notification.proposal else "",
            }
            for notification in notifications
        ],
        # What the person follows (#16) and how often they hear of it.
        "follows": [
            {
                "what": str(follow.target_label),
                "kind": "proposal" if follow.proposal_id else "action field" if follow.action_field else "district",
                "how_often": str(follow.get_frequency_display()),
                "since": follow.created,
            }
            for follow in Follow.objects.filter(user=user).select_related("proposal").order_by("created", "pk")
        ],
    }


def personal_data_erase(user) -> None:
    """Delete the person's outbox rows and preferences (their account's deletion would take them too)."""
    Notification.objects.filter(recipient=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
    Follow.objects.filter(user=user).delete()
