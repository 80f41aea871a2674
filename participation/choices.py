"""Participation's own keys."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposalStatus(models.TextChoices):
    SUBMITTED = "submitted", _("submitted")
    PUBLISHED = "published", _("published")
    HIDDEN = "hidden", _("hidden by moderation")
    UNDER_REVIEW = "under_review", _("under review")
    ACCEPTED = "accepted", _("accepted into the strategy")
    NOT_FEASIBLE = "not_feasible", _("not feasible")
    WITHDRAWN = "withdrawn", _("withdrawn by the author")


class Channel(models.TextChoices):
    """How a proposal reached the portal (#16): online, or entered by the project office from an event."""

    ONLINE = "online", _("online")
    DENKLABOR = "denklabor", _("Denklabor (workshop)")
    BUERGERRAT = "buergerrat", _("citizens' council")
    PAPER = "paper", _("paper form")
    PHONE = "phone", _("telephone")


# The kinds of event whose input the project office enters on behalf of participants.
EVENT_CHANNELS = [(value, label) for value, label in Channel.choices if value != Channel.ONLINE]
