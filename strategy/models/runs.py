"""Synthesis runs: the recorded intent and outcome of drafting one action field's strategy."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.choices import ActionField


class SynthesisRun(models.Model):
    """One synthesis of an action field. A pending row is the recorded intent; at most one is open per field."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        UNCHANGED = "unchanged", _("unchanged")
        FAILED = "failed", _("failed")

    OPEN_STATUSES = (Status.PENDING, Status.RUNNING)

    action_field = models.CharField(_("action field"), max_length=20, choices=ActionField.choices, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now, db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    input_digest = models.CharField(_("input digest"), max_length=64, blank=True)
    proposals = models.PositiveIntegerField(_("proposals"), default=0)
    comments = models.PositiveIntegerField(_("comments"), default=0)
    votes = models.PositiveIntegerField(_("votes"), default=0)
    themes_found = models.PositiveIntegerField(_("themes"), default=0)
    # Id, field, label and members of each theme, so the next run keeps ids and labels (PreviousTheme).
    themes = models.JSONField(_("theme keys"), default=list, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    duration = models.DurationField(_("duration"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    page = models.ForeignKey(
        "strategy.StrategyPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("strategy page"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("draft revision"),
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("synthesis run")
        verbose_name_plural = _("synthesis runs")
        permissions = [("run_synthesis", _("Can start a synthesis run"))]
        constraints = [
            # One open run per field: a second request finds the first instead of queueing another.
            models.UniqueConstraint(
                fields=["action_field"],
                condition=models.Q(status__in=["pending", "running"]),
                name="synthesisrun_one_open_per_field",
            ),
        ]

    def __str__(self):
        return f"{self.get_action_field_display()} {self.requested_at:%Y-%m-%d %H:%M} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES
