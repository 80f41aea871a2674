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
