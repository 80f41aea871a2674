"""How tests log staff in. The one place for it, so a login requirement for staff (MFA) is met here once."""

from django.test import Client


def admin_login(client: Client, user):
    """Log a staff user in on a test client, ready for the Wagtail admin; returns the user.

    Staff must have an authenticator app before the admin opens (STAFF_MFA_REQUIRED), and the session must have
    passed it: give them one, and record in the session what allauth records after a correct code.
    """
    import time

    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
    from allauth.mfa.models import Authenticator

    from tests.factories import totp_activate

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        totp_activate(user)
    client.force_login(user)
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [{"method": "mfa", "at": time.time(), "type": "totp"}]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return user


def admin_browser_login(context, live_server, user, *, language: str = "en"):
    """Log a staff user in for a Playwright browser context, with the admin in `language`; returns the user.

    The steps of browser tests read the same before and after a German catalogue is merged (English admin).
    """
    from django.conf import settings
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    admin_login(client, user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])
    return user
