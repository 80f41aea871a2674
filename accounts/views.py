"""Thin views: permission, form, service, then redirect or render."""

import functools
import json
import time

from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.login import record_authentication
from allauth.account.views import SignupView
from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.profile import profile_panels

from . import invitations, services
from .forms import AccountDeleteForm, InvitationAcceptForm, ProfileForm
from .selectors import invitation_by_token


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.profile_update(request.user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "account/profile.html", {"form": form, "profile_panels": profile_panels(request.user)})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def data_export(request):
    if request.method == "GET":
        return render(request, "account/data_export.html")
    data = services.user_data_export(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"smart-kassel-daten-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST":
        # Guessing the password here is limited like allauth's own re-authentication.
        if limited := ratelimit.consume_or_429(request, action="reauthenticate", user=request.user):
            return limited
        if form.is_valid():
            try:
                services.account_delete(request.user, password=form.cleaned_data["password"])
            except ValidationError as error:
                form.add_error("password", error)
            except PermissionDenied as error:
                form.add_error(None, str(error))
            else:
                get_adapter(request).logout(request)
                messages.success(
                    request, _("Your account has been deleted. Your proposals and comments remain, anonymously.")
                )
                return redirect("wagtail_serve", "")
    return render(request, "account/delete.html", {"form": form})


def _padded_post(view):
    """Answer every POST after at least ACCOUNT_SIGNUP_MIN_SECONDS.

    A sign-up with a new address writes an account and sends a mail; one with a registered address only hashes
    the password and queues a mail. The rest of that difference would still tell a patient attacker which
    addresses have accounts, so both answers wait for the same floor (issue 14, F5).
    """

    @functools.wraps(view)  # still allauth's view (view_class), only slower to answer
    def padded(request, *args, **kwargs):
        started = time.monotonic()
        response = view(request, *args, **kwargs)
        if request.method == "POST":
            time.sleep(max(0.0, settings.ACCOUNT_SIGNUP_MIN_SECONDS - (time.monotonic() - started)))
        return response

    return padded


signup = _padded_post(SignupView.as_view())


@never_cache
@require_http_methods(["GET", "POST"])
def invitation_accept(request, token: str):
    """The invitation link: the person chooses a display name and password, is signed in, and goes on to the
    admin, whose MFA rule (accounts.middleware) first has them set up an authenticator app."""
    invitation = invitation_by_token(token)
    if not invitations.invitation_usable(invitation):
        return render(request, "account/invitation_invalid.html", {"invitation": invitation}, status=410)
    form = InvitationAcceptForm(request.POST or None, email=invitation.email)
    if request.method == "POST":
        # Guessing is hopeless (a 256-bit token), but the password hash per POST is worth a limit.
        if limited := ratelimit.consume_or_429(request, action="reset_password_from_key"):
            return limited
        if form.is_valid():
            try:
                user = invitations.invitation_accept(
                    invitation,
                    display_name=form.cleaned_data["display_name"],
                    password=form.cleaned_data["password1"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                get_adapter(request).login(request, user)
                # The password was typed in this very request: the authenticator's setup, which asks for a
                # recent password entry (allauth's reauthentication), need not ask for it again at once.
                record_authentication(request, user, "password", email=user.email, reauthenticated=True)
                messages.success(request, _("Welcome, %(name)s. Your account is ready.") % {"name": user.display_name})
                return redirect("wagtailadmin_home")
    context = {"form": form, "invitation": invitation, "mfa_required": settings.STAFF_MFA_REQUIRED}
    return render(request, "account/invitation_accept.html", context)
