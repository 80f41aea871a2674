"""A message about a barrier on the portal (HVBIT § 4 Abs. 2 Nr. 2: the feedback mechanism)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class BarrierReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=BarrierReport.Status.OPEN)


class BarrierReport(models.Model):
    """One message, anonymous unless the sender leaves an e-mail address for the answer."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        DONE = "done", _("done")

    created = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated = models.DateTimeField(_("changed"), auto_now=True)
    page_address = models.CharField(_("page address"), max_length=500, blank=True)
    description = models.TextField(_("description"))
    email = models.EmailField(_("e-mail for the answer"), blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)
    staff_note = models.TextField(
        _("note of the project office"),
        blank=True,
        help_text=_("Internal: what was done, when the sender was answered."),
    )
    # Set once the project office was told by mail; the task sends only while it is empty (idempotent).
    notified_at = models.DateTimeField(_("office notified"), null=True, blank=True, editable=False)

    objects = BarrierReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("reported barrier")
        verbose_name_plural = _("reported barriers")

    def __str__(self):
        return f"{self.page_address or '–'}: {self.description[:60]}"
