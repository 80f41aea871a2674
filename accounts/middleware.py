"""The admin's door: whoever may enter it sets up two-factor authentication first, and every session passes it."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .permissions import needs_mfa_setup, needs_second_factor


class StaffMFAMiddleware:
    """Guards every /admin/ page: no authenticator app → its setup; an app but no code in this session → the code.

    Owning an app is not enough: a session opened by any path that skipped the code (a password form other
    than allauth's, a login by e-mailed code, a future method) must enter it before the admin opens.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The path first: touching request.user reads the session, which would make public answers vary by cookie.
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return self.get_response(request)
        user = request.user
        if not user.is_authenticated:
            return self.get_response(request)
        if needs_mfa_setup(user):
            messages.warning(
                request,
                _(
                    "Staff accounts need two-factor authentication before they open the admin. Please set up "
                    "an authenticator app now: scan the QR code and enter the six-digit code it shows."
                ),
            )
            return redirect("mfa_activate_totp")
        if needs_second_factor(request, user):
            messages.info(
                request,
                _("Please enter the code of your authenticator app (or a recovery code) to open the admin."),
            )
            return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
