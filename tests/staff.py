"""How tests log staff in. The one place for it, so a login requirement for staff (MFA) is met here once."""

from django.test import Client


def admin_login(client: Client, user):
    """Log a staff user in on a test client, ready for the Wagtail admin; returns the user."""
    client.force_login(user)
    return user
