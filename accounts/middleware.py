"""The admin's door: whoever may enter it sets up two-factor authentication first."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .permissions import needs_mfa_setup


class StaffMFAMiddleware:
    """Sends an admin user without an authenticator app from any /admin/ page to the app's setup.

    With an app, allauth's login already asks for its code (or a recovery code), so the admin can rely
    on every admin session having passed the second factor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The path first: touching request.user reads the session, which would make public answers vary by cookie.
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return self.get_response(request)
        user = request.user
        if user.is_authenticated and needs_mfa_setup(user):
            messages.warning(
                request,
                _(
                    "Staff accounts need two-factor authentication before they open the admin. Please set up "
                    "an authenticator app now: scan the QR code and enter the six-digit code it shows."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
