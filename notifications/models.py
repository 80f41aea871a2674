"""The outbox (every email owed to someone, recorded in the transaction of the event that caused it) and each
person's choice of emails."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.choices import ActionField, District

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
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    # A participant without an account (input from an event, #16) who gave an address with consent: mails about
    # their proposal go there instead; unsubscribing clears the address on the proposal.
    email = models.EmailField(_("address without an account"), blank=True)
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
        constraints = [
            models.CheckConstraint(
                condition=models.Q(recipient__isnull=False) | ~models.Q(email=""), name="notification_has_address"
            )
        ]

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
    duplicate_vote = models.BooleanField(_("email when a proposal I voted on is marked as a duplicate"), default=True)
    reply = models.BooleanField(_("email on replies"), default=True)
    staff_digest = models.BooleanField(_("moderation digest (project office)"), default=True)
    follow = models.BooleanField(_("news about what I follow"), default=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"notification preferences of {self.user_id}"

    def wants(self, kind: str) -> bool:
        return getattr(self, NotificationKind(kind).value)


class Follow(models.Model):
    """A person follows one proposal, one action field or one district, and says how often to hear of it (#16).

    Following is the consent to these mails; every mail carries the one-click unsubscribe of the kind "follow".
    """

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("at once")
        DAILY = "daily", _("daily digest")
        WEEKLY = "weekly", _("weekly digest")
        OFF = "off", _("not at all")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    proposal = models.ForeignKey(
        "participation.Proposal", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    action_field = models.CharField(_("action field"), max_length=20, choices=ActionField.choices, blank=True)
    district = models.CharField(_("district"), max_length=40, choices=District.choices, blank=True)
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices, default=Frequency.DAILY)
    created = models.DateTimeField(_("created"), default=timezone.now)
    # The digest cursor: news after this moment go into the next mail.
    reported_until = models.DateTimeField(default=timezone.now)
    # A followed proposal's "in die Strategie eingeflossen" is news once.
    strategy_reported = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(proposal__isnull=False, action_field="", district="")
                | models.Q(proposal__isnull=True, district="") & ~models.Q(action_field="")
                | models.Q(proposal__isnull=True, action_field="") & ~models.Q(district=""),
                name="follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "proposal"], condition=models.Q(proposal__isnull=False), name="follow_proposal_once"
            ),
            models.UniqueConstraint(
                fields=["user", "action_field"], condition=~models.Q(action_field=""), name="follow_field_once"
            ),
            models.UniqueConstraint(
                fields=["user", "district"], condition=~models.Q(district=""), name="follow_district_once"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} follows {self.proposal_id or self.action_field or self.district}"

    @property
    def target_label(self) -> str:
        if self.proposal_id:
            return self.proposal.title
        return self.get_action_field_display() if self.action_field else self.get_district_display()
