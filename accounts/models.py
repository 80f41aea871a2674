from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.choices import District

from .validators import DISPLAY_NAME_MAX_LENGTH


class User(AbstractUser):
    """A person with an account: citizen, project-office staff or council member."""

    class Language(models.TextChoices):
        # Each language in its own words, as language choices are usually shown.
        GERMAN = "de", "Deutsch"
        ENGLISH = "en", "English"

    # The only name the public sees; the email address and the username never appear on the site.
    display_name = models.CharField(
        _("display name"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        blank=True,
        help_text=_("Shown with your proposals and comments. Choose a pseudonym if you like."),
    )
    district = models.CharField(_("district"), max_length=40, choices=District.choices, blank=True)
    # For emails sent outside a request (notifications); pages follow the language the visitor picks.
    language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.GERMAN
    )
    # The opt-in, asked at sign-up, to emails about one's own contributions: no such email without it. Which
    # kinds a person wants is the notifications app's NotificationPreference.
    email_notifications = models.BooleanField(_("email notifications"), default=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            # Staff accounts made in the admin may have no display name; every name that exists is unique.
            models.UniqueConstraint(
                Lower("display_name"),
                condition=~models.Q(display_name=""),
                name="user_display_name_unique_ci",
                violation_error_message=_("This display name is already taken."),
            )
        ]

    def __str__(self):
        return self.username

    def get_full_name(self) -> str:
        # Wagtail names people by their full name (sidebar, user list, audit log); ours is the display name.
        return self.display_name or super().get_full_name()

    @property
    def public_name(self) -> str:
        """The name to show on the site: the display name, or a neutral label."""
        return self.display_name or gettext("Participant")


class Consent(models.Model):
    """One person's agreement to one version of a document, kept as proof of when and to what."""

    class Document(models.TextChoices):
        PARTICIPATION_RULES = "participation_rules", _("participation rules")
        PRIVACY_NOTICE = "privacy_notice", _("privacy notice")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents", verbose_name=_("user")
    )
    document = models.CharField(_("document"), max_length=30, choices=Document.choices)
    version = models.CharField(_("version"), max_length=20)
    accepted_at = models.DateTimeField(_("accepted at"), default=timezone.now)

    class Meta:
        ordering = ["accepted_at", "pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            models.UniqueConstraint(fields=["user", "document", "version"], name="consent_once_per_version"),
        ]

    def __str__(self):
        return f"{self.user} {self.document} {self.version}"


class InvitationQuerySet(models.QuerySet):
    def pending(self, *, now=None):
        """Neither accepted nor revoked, and not yet expired: its link still works."""
        return self.filter(accepted_at=None, revoked_at=None, expires_at__gt=now or timezone.now())

    def open(self):
        """Neither accepted nor revoked (an expired one may be sent again with a new link)."""
        return self.filter(accepted_at=None, revoked_at=None)


class Invitation(models.Model):
    """A staff member's invitation of a person, by e-mail, into one role (a group from core.roles.ROLES).

    The link carries a random token; only its SHA-256 digest is stored, so a database copy opens no account.
    It works once, until `expires_at`, unless revoked; sending it again makes a new token (the old link dies).
    """

    email = models.EmailField(_("email address"))
    role = models.CharField(_("role"), max_length=150)
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    # The account it made; deleting the account deletes this record of its address too.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invitations",
        verbose_name=_("account"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            # One open invitation per address: a second one would leave two live links into possibly two roles.
            models.UniqueConstraint(
                Lower("email"),
                condition=models.Q(accepted_at=None, revoked_at=None),
                name="invitation_one_open_per_email",
            ),
        ]

    def __str__(self):
        return f"{self.email} → {self.role}"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()
