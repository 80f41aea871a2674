"""The kinds of email the portal sends about participation, each of which a person can switch off."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    # The person's choice for each kind is the NotificationPreference field of the same name.
    STATUS = "status", _("The status of my proposal changes")
    ANSWER = "answer", _("The project office answers my proposal")
    HIDDEN = "hidden", _("The project office hides my proposal or comment")
    DUPLICATE = "duplicate", _("The project office marks my proposal as a duplicate")
    DUPLICATE_VOTE = "duplicate_vote", _("A proposal I voted on is marked as a duplicate (I may move my vote)")
    REPLY = "reply", _("Someone comments on my proposal or replies to my comment")
    FOLLOW = "follow", _("News about proposals, action fields and districts I follow")
    STAFF_DIGEST = "staff_digest", _("New reports and contributions awaiting moderation (project office, hourly)")


# The kinds about a person's own contributions; they also need the general switch (User.email_notifications).
CONTRIBUTION_KINDS = [
    NotificationKind.STATUS,
    NotificationKind.ANSWER,
    NotificationKind.HIDDEN,
    NotificationKind.DUPLICATE,
    NotificationKind.DUPLICATE_VOTE,
    NotificationKind.REPLY,
]
