"""Invitations of staff by e-mail into a role: the writes (create, send again, revoke, accept) and the mail.

The link proves the address, so accepting needs no confirmation mail: the person chooses a display name and a
password, and the admin's MFA rule (accounts.middleware) then leads them to set up an authenticator app.
"""

import datetime
import hashlib
import secrets

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.roles import ROLES, roles_sync

from .models import Invitation, User
from .permissions import can_invite
from .services import display_name_validate

# Long enough to reach someone back from a week away; short enough that an old mail opens nothing.
INVITATION_VALID_DAYS = 7


def token_digest(token: str) -> str:
    """The stored form of a link's token (as accounts.selectors.invitation_by_token computes it): a database copy
    gives no working link."""
    return hashlib.sha256(token.encode()).hexdigest()


def _account_exists(email: str) -> bool:
    return (
        User.objects.filter(email__iexact=email).exists() or EmailAddress.objects.filter(email__iexact=email).exists()
    )


def _check(user, role: str) -> None:
    if not can_invite(user, role):
        raise PermissionDenied(_("You may not invite people into this role."))


def _new_link(invitation: Invitation) -> str:
    """Give the invitation a fresh token and validity; returns the token, which is stored nowhere."""
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation.token_digest = token_digest(token)
    invitation.sent_at = now
    invitation.expires_at = now + datetime.timedelta(days=INVITATION_VALID_DAYS)
    return token


def _mail_after_commit(invitation: Invitation, token: str) -> None:
    # Sent from this process, not a task: the token exists only here and would otherwise sit in the broker.
    transaction.on_commit(lambda: invitation_mail_send(invitation, token=token))


@transaction.atomic
def invitation_create(*, email: str, role: str, invited_by: User) -> Invitation:
    """Invite an address into a role and mail it a link; the inviter must be allowed to hand out that role.

    An address that has an account, or an open invitation still valid, is refused (send that one again, or
    revoke it); an expired open one is revoked and replaced.
    """
    _check(invited_by, role)
    email = email.strip()
    if _account_exists(email):
        raise ValidationError(
            _(
                "An account with this email address exists already. A superuser can give it the role on its "
                "page under Users."
            ),
            code="account_exists",
        )
    open_invitations = Invitation.objects.select_for_update().open().filter(email__iexact=email)
    if any(not invitation.is_expired for invitation in open_invitations):
        raise ValidationError(
            _("This address has an open invitation. Send it again or revoke it in the list below."),
            code="invitation_open",
        )
    open_invitations.update(revoked_at=timezone.now())
    invitation = Invitation(email=email, role=role, invited_by=invited_by)
    token = _new_link(invitation)
    invitation.save()
    _mail_after_commit(invitation, token)
    return invitation


@transaction.atomic
def invitation_resend(invitation: Invitation, *, by: User) -> Invitation:
    """Mail the invitation again with a new link, valid from now; the previous link stops working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    _check(by, invitation.role)
    if invitation.accepted_at or invitation.revoked_at:
        raise ValidationError(_("This invitation was accepted or revoked; invite the person anew."), code="closed")
    token = _new_link(invitation)
    invitation.save(update_fields=["token_digest", "sent_at", "expires_at"])
    _mail_after_commit(invitation, token)
    return invitation


@transaction.atomic
def invitation_revoke(invitation: Invitation, *, by: User) -> Invitation:
    """Make the invitation's link useless. Revoking twice changes nothing; an accepted one cannot be revoked."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    _check(by, invitation.role)
    if invitation.accepted_at:
        raise ValidationError(_("This invitation was accepted already."), code="accepted")
    if not invitation.revoked_at:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def invitation_usable(invitation: Invitation | None) -> bool:
    return bool(
        invitation is not None
        and not invitation.accepted_at
        and not invitation.revoked_at
        and not invitation.is_expired
        and invitation.role in ROLES
    )


@transaction.atomic
def invitation_accept(invitation: Invitation, *, display_name: str, password: str) -> User:
    """Create the invited person's account in the invitation's role, with a verified address; works once.

    The account is staff (it enters the admin, may use the office's names and is deleted by an administrator);
    what it may do there comes from its role's group alone.
    """
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation_usable(invitation):
        raise ValidationError(_("This invitation link is no longer valid."), code="invalid")
    if _account_exists(invitation.email):
        raise ValidationError(
            _("An account with this email address exists already. Please sign in instead."), code="account_exists"
        )
    user = User(email=invitation.email, is_staff=True)
    user.display_name = display_name_validate(display_name, user=user)
    validate_password(password, user=user)
    user.username = get_adapter().generate_unique_username([user.display_name, "team"])
    user.set_password(password)
    user.save()
    if not Group.objects.filter(name=invitation.role).exists():
        roles_sync()
    user.groups.add(Group.objects.get(name=invitation.role))
    EmailAddress.objects.create(user=user, email=invitation.email, verified=True, primary=True)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    return user


def invitation_url(token: str) -> str:
    """The absolute address of the link in the mail (German pages have no language prefix)."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("accounts:invitation_accept", kwargs={"token": token})
    return f"{settings.SITE_URL}{path}"


def invitation_mail_send(invitation: Invitation, *, token: str) -> None:
    """Mail the invitation's link, in German (the portal's first language; the person has no account yet)."""
    inviter = invitation.invited_by
    context = {
        "invitation": invitation,
        "role": invitation.role,
        # Only a chosen name: "Teilnehmende Person lädt Sie ein" would tell the invitee nothing.
        "inviter": inviter.display_name if inviter else "",
        "url": invitation_url(token),
        "valid_days": INVITATION_VALID_DAYS,
        "current_site": {"domain": settings.SITE_URL.split("//", 1)[-1], "name": "Smart Kassel"},
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("account/email/invitation_subject.txt", context).strip()
        body = render_to_string("account/email/invitation_message.txt", context)
    send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, None, [invitation.email])
