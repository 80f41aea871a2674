"""How tests log staff in. The one place for it, so a login requirement for staff (MFA) is met here once."""

from django.test import Client


def admin_login(client: Client, user):
    """Log a staff user in on a test client, ready for the Wagtail admin; returns the user.

    Staff must have an authenticator app before the admin opens (STAFF_MFA_REQUIRED): give them one.
    """
    from allauth.mfa.models import Authenticator

    from tests.factories import totp_activate

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        totp_activate(user)
    client.force_login(user)
    return user
