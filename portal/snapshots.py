"""Stored participation figures: the statistics page reads them instead of grouping every vote per request."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FiguresSnapshot(models.Model):
    """Participation figures counted by a beat task (portal.statistics), so no page groups the votes per request.

    One row per kind of figures (`key`); `data` holds plain numbers, `computed_at` is the "as of" time shown.
    """

    key = models.CharField(max_length=40, unique=True)
    data = models.JSONField(default=dict)
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("figures snapshot")

    def __str__(self):
        return f"{self.key} ({self.computed_at:%Y-%m-%d %H:%M})"
