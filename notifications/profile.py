"""The choice of emails on the profile page, added through core.profile (accounts does not import this app)."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.profile import ProfileSection
from core.roles import MODERATOR_GROUP

from .kinds import CONTRIBUTION_KINDS, NotificationKind
from .selectors import notification_preference
from .services import notification_preferences_update


def offered_kinds(user) -> list[str]:
    """The kinds this person can choose: the project office also gets its moderation digest."""
    kinds = list(CONTRIBUTION_KINDS)
    if user.groups.filter(name=MODERATOR_GROUP).exists():
        kinds.append(NotificationKind.STAFF_DIGEST)
    return kinds


def _fields(user) -> dict[str, forms.Field]:
    return {
        "notifications": forms.MultipleChoiceField(
            label=_("Which emails?"),
            choices=[(kind, NotificationKind(kind).label) for kind in offered_kinds(user)],
            widget=forms.CheckboxSelectMultiple,
            required=False,
            help_text=_(
                "Emails about your proposals and comments come only while the box above is ticked. "
                "Several replies on one day come together in one email in the evening."
            ),
        )
    }


def _initial(user) -> dict[str, Any]:
    preference = notification_preference(user)
    return {"notifications": [kind for kind in offered_kinds(user) if preference.wants(kind)]}


def _save(user, data: dict[str, Any]) -> None:
    # Kinds not offered to this person (a citizen and the staff digest) stay as they are.
    chosen = set(data["notifications"])
    notification_preferences_update(user, wanted={kind: kind in chosen for kind in offered_kinds(user)})


PROFILE_SECTION = ProfileSection(fields=_fields, initial=_initial, save=_save)
