"""allauth hooks: what a sign-up stores beyond email and password, and who may drop a second factor."""

from functools import partial

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal import flows
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.utils.translation import get_language

from core.ratelimit import login_failure_record, login_failures_exceeded

from .permissions import can_remove_totp
from .tasks import account_already_exists_mail_send_task


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Store the profile chosen at sign-up with the new user; consents follow in the form's signup()."""
        data = form.cleaned_data
        user.display_name = data.get("display_name", "")
        user.district = data.get("district", "")
        user.language = data.get("language") or user.Language.GERMAN
        user.email_notifications = bool(data.get("email_notifications"))
        return super().save_user(request, user, form, commit=commit)

    def pre_authenticate(self, request, **credentials):
        super().pre_authenticate(request, **credentials)
        # allauth counts failed logins in the cache; while Redis is down the database counts them (core.ratelimit).
        if login_failures_exceeded(request, login=credentials.get("email", credentials.get("username", ""))):
            raise self.validation_error("too_many_login_attempts")

    def authentication_failed(self, request, **credentials):
        login_failure_record(request, login=credentials.get("email", credentials.get("username", "")))
        super().authentication_failed(request, **credentials)

    def populate_username(self, request, user):
        # The username is internal but shows in the admin and in logs: derive it from the public
        # pseudonym, never from the email address (allauth's default).
        if not user.username:
            user.username = self.generate_unique_username([user.display_name, "buerger"])

    def send_account_already_exists_mail(self, email: str) -> None:
        # Sign-up with a registered address answers like a new one; sending this mail in the request (SMTP)
        # would make it slower or faster than the new account's path, so a task sends it after the commit
        # (in-process where tasks run eagerly). robust: a broker outage must not turn the answer into a 500.
        request = context.request
        send = partial(
            account_already_exists_mail_send_task.delay,
            email=email,
            signup_url=flows.signup.get_signup_url(request),
            password_reset_url=flows.password_reset.get_reset_password_url(request),
            site_domain=get_current_site(request).domain,
            language=get_language() or "",
        )
        transaction.on_commit(send, robust=True)


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        # Otherwise a staff member could switch the app off and be sent straight back to set it up.
        if authenticator.type == Authenticator.Type.TOTP:
            return can_remove_totp(authenticator.user)
        return super().can_delete_authenticator(authenticator)
