"""Writes on accounts, and the rules that touch more than one row."""

import secrets
from importlib import import_module
from typing import Any

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.personal_data import personal_data_sources
from core.profile import profile_sections
from core.roles import MODERATOR_GROUP, roles_sync

from .models import Consent, User
from .validators import (
    DISPLAY_NAME_MAX_LENGTH,
    display_name_impersonates_staff,
    display_name_normalize,
    validate_display_name_format,
)

# The name a staff account made by staff_account_ensure shows, by role, while it has none of its own.
STAFF_DEFAULT_NAMES = {MODERATOR_GROUP: "Projektbüro Smart City"}


@transaction.atomic
def staff_account_ensure(*, username: str, email: str, role: str = MODERATOR_GROUP) -> tuple[User, str]:
    """Create or refresh a staff account in one role (a group, not a superuser), with a new random password.

    The password is returned once. The address is marked verified, so the account signs in through allauth
    without a confirmation email. The account holds exactly that role, so the demo shows what the role can do.
    Without a display name it gets one after its role ("Projektbüro Smart City"), so pages, mails and the
    admin's greeting name the office, not "Teilnehmende Person".
    """
    user, _created = User.objects.get_or_create(username=username, defaults={"email": email})
    if not user.display_name:
        name = STAFF_DEFAULT_NAMES.get(role, role)
        if not User.objects.filter(display_name__iexact=name).exclude(pk=user.pk).exists():
            user.display_name = name
    password = secrets.token_urlsafe(12)
    user.email = email
    user.is_staff = True
    user.is_superuser = False
    user.is_active = True
    user.set_password(password)
    user.save()
    if not Group.objects.filter(name=role).exists():
        roles_sync()
    user.groups.set([Group.objects.get(name=role)])
    EmailAddress.objects.filter(user=user).exclude(email__iexact=email).delete()
    EmailAddress.objects.update_or_create(
        user=user, email__iexact=email, defaults={"email": email, "verified": True, "primary": True}
    )
    return user, password


def display_name_validate(display_name: str, *, user: User | None = None) -> str:
    """Return the display name as it will be stored, or raise ValidationError.

    3–40 characters, not taken by anyone else (case-insensitive), and not posing as staff; `user` is the
    person choosing (None at sign-up). Staff may use the office's names.
    """
    name = display_name_normalize(display_name)
    validate_display_name_format(name)
    if not (user is not None and user.is_staff) and display_name_impersonates_staff(name):
        raise ValidationError(
            _("This name is reserved for the project office and the city. Please choose another one."),
            code="reserved",
        )
    others = User.objects.filter(display_name__iexact=name)
    if user is not None and user.pk:
        others = others.exclude(pk=user.pk)
    if others.exists():
        raise ValidationError(_("This display name is already taken."), code="taken")
    return name


@transaction.atomic
def profile_update(
    user: User,
    *,
    display_name: str,
    district: str = "",
    language: str = "",
    email_notifications: bool = False,
    sections: dict[str, dict[str, Any]] | None = None,
) -> User:
    """Change the public profile and preferences. Saving the same values again changes nothing.

    `sections` holds, by name, the values of the profile sections other apps registered (core.profile); each
    section saves its own in this transaction. Sections it does not name stay as they are.
    """
    user.display_name = display_name_validate(display_name, user=user)
    user.district = district
    user.language = language or User.Language.GERMAN
    user.email_notifications = email_notifications
    user.save(update_fields=["display_name", "district", "language", "email_notifications"])
    registered = profile_sections()
    for name, data in (sections or {}).items():
        registered[name].save(user, data)
    return user


def consent_record(user: User, *, document: str, version: str) -> Consent:
    """Record that the user accepted this version of a document; recording it again keeps the first date."""
    consent, _created = Consent.objects.get_or_create(user=user, document=document, version=version)
    return consent


@transaction.atomic
def consents_record_current(user: User) -> list[Consent]:
    """Record the current participation rules and privacy notice, as accepted at sign-up."""
    return [
        consent_record(
            user, document=Consent.Document.PARTICIPATION_RULES, version=settings.PARTICIPATION_RULES_VERSION
        ),
        consent_record(user, document=Consent.Document.PRIVACY_NOTICE, version=settings.PRIVACY_NOTICE_VERSION),
    ]


def user_data_export(user: User) -> dict[str, Any]:
    """Everything the portal stores about one person (DSGVO Art. 15 and 20), and nothing about anyone else.

    The account's own data, then the sections each app registered (core.personal_data); choices as their labels
    in the reader's language, no flags that only steer the portal.
    """
    data = {
        "exported_at": timezone.now(),
        "account": {
            "username": user.username,
            "display_name": user.display_name,
            "email": user.email,
            "district": str(user.get_district_display()) if user.district else "",
            "language": str(user.get_language_display()),
            "email_notifications": user.email_notifications,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "roles": list(user.groups.order_by("name").values_list("name", flat=True)),
        },
        "email_addresses": [
            {"email": address.email, "confirmed": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        # Which second factors exist and when they were used, never their secrets.
        "authenticators": [
            {"type": str(a.get_type_display()), "created_at": a.created_at, "last_used_at": a.last_used_at}
            for a in Authenticator.objects.filter(user=user).order_by("pk")
        ],
        "consents": [
            {"document": str(c.get_document_display()), "version": c.version, "accepted_at": c.accepted_at}
            for c in Consent.objects.filter(user=user)
        ],
        # How a staff account came to be: the role it was invited into and when (not who invited, another person).
        "invitations": [
            {"role": invitation.role, "sent_at": invitation.sent_at, "accepted_at": invitation.accepted_at}
            for invitation in user.invitations.order_by("pk")
        ],
    }
    for source in personal_data_sources().values():
        data.update(source.export(user))
    return data


@transaction.atomic
def account_delete(user: User, *, password: str) -> None:
    """Delete a citizen's account after checking the password.

    Every app's eraser runs first, in this transaction (participation deletes the votes and recounts; its
    proposals and comments stay, anonymous, as their author becomes NULL); consents, email addresses and second
    factors go with the account, and so do all the person's sessions, in every browser. Staff accounts are
    removed by an administrator, not here.
    """
    if user.is_staff or user.is_superuser:
        raise PermissionDenied(_("Staff accounts are deleted by an administrator."))
    if not user.check_password(password):
        raise ValidationError(_("The password is not correct."), code="password_incorrect")
    for source in personal_data_sources().values():
        source.erase(user)
    user_sessions_delete(user)
    user.delete()


def user_sessions_delete(user: User) -> int:
    """Delete every stored session signed in as this person (other browsers too); returns how many.

    Sessions are signed blobs, so each is decoded to find its `_auth_user_id`. A session holds what allauth
    kept for the person (an e-mail address, say), so none may outlive a deleted account.
    """
    engine = import_module(settings.SESSION_ENGINE)
    if not hasattr(engine.SessionStore, "get_model_class"):
        return 0  # cookie or cache sessions: nothing stored here to search
    user_id = str(user.pk)
    keys = [
        session.session_key
        for session in engine.SessionStore.get_model_class().objects.iterator()
        if str(session.get_decoded().get(SESSION_KEY, "")) == user_id
    ]
    for key in keys:
        engine.SessionStore(session_key=key).delete()
    return len(keys)


def sessions_clear_expired() -> None:
    """Purge expired sessions from the store, as `manage.py clearsessions` does; running it again is harmless."""
    call_command("clearsessions")


@transaction.atomic
def admin_made_account_prepare(user: User) -> User:
    """Make an account created in the Wagtail admin usable at once: its address is trusted, it has a name.

    Staff type the address and hand over the account, so no confirmation mail stands between the person and
    their role; the display name comes from the names typed (or the username) unless it is taken.
    """
    if user.email:
        EmailAddress.objects.filter(user=user).exclude(email__iexact=user.email).delete()
        EmailAddress.objects.update_or_create(
            user=user, email__iexact=user.email, defaults={"email": user.email, "verified": True, "primary": True}
        )
    if not user.display_name:
        name = display_name_normalize(f"{user.first_name} {user.last_name}".strip() or user.username)
        taken = User.objects.filter(display_name__iexact=name).exclude(pk=user.pk).exists()
        if name and not taken:
            user.display_name = name[:DISPLAY_NAME_MAX_LENGTH]
            user.save(update_fields=["display_name"])
    return user


def account_already_exists_mail_send(
    email: str, *, signup_url: str, password_reset_url: str, site_domain: str, language: str
) -> None:
    """Send allauth's "you already have an account" mail, outside the request (the adapter enqueues it)."""
    context = {
        "email": email,
        "signup_url": signup_url,
        "password_reset_url": password_reset_url,
        "current_site": {"domain": site_domain, "name": site_domain},
    }
    with translation.override(language or settings.LANGUAGE_CODE):
        get_adapter().render_mail("account/email/account_already_exists", email, context).send()
