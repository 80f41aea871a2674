"""The outbox (every email owed to someone, recorded in the transaction of the event that caused it) and each
person's choice of emails."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .kinds import NotificationKind


class Notification(models.Model):
    """One email owed to one person. A task sends it after commit; a beat sweep re-sends what is left pending."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        # The person switched this kind off, or the item is gone or hidden, before the mail went out.
        SKIPPED = "skipped", _("skipped")
        FAILED = "failed", _("failed")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("recipient")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    proposal = models.ForeignKey(
        "participation.Proposal", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    comment = models.ForeignKey(
        "participation.Comment", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # What the mail needs beyond the objects: a moderation reason, the old status, the ids a digest lists.
    payload = models.JSONField(default=dict, blank=True)
    # Held for the daily reply digest instead of being sent on its own.
    digest = models.BooleanField(_("held for the digest"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["status", "kind", "recipient"], name="notification_pending_idx")]

    def __str__(self):
        return f"{self.kind} to {self.recipient_id} ({self.status})"


class NotificationPreference(models.Model):
    """Which kinds of email one person wants. Made on the first change: a person without a row wants every kind."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="notification_preference",
        verbose_name=_("user"),
    )
    # One field per NotificationKind, named by its value.
    status = models.BooleanField(_("email on status changes"), default=True)
    answer = models.BooleanField(_("email on official answers"), default=True)
    hidden = models.BooleanField(_("email when moderation hides a contribution"), default=True)
    duplicate = models.BooleanField(_("email when a proposal is marked as a duplicate"), default=True)
    reply = models.BooleanField(_("email on replies"), default=True)
    staff_digest = models.BooleanField(_("moderation digest (project office)"), default=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"notification preferences of {self.user_id}"

    def wants(self, kind: str) -> bool:
        return getattr(self, NotificationKind(kind).value)
