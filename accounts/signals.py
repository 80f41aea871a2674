"""Receivers for allauth's signals."""

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator


def second_factor_record_on_setup(sender, request, user, authenticator, **kwargs) -> None:
    """Setting up an app means typing one of its codes: this session has passed the second factor."""
    if authenticator.type == Authenticator.Type.TOTP and request is not None and request.user == user:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
