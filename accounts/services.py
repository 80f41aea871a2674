"""Writes on accounts."""

import secrets

from django.db import transaction

from .models import User


@transaction.atomic
def staff_account_ensure(*, username: str, email: str) -> tuple[User, str]:
    """Create or refresh a Wagtail admin account with a new random password, which it returns once."""
    user, _created = User.objects.get_or_create(username=username, defaults={"email": email})
    password = secrets.token_urlsafe(12)
    user.email = email
    user.is_staff = True
    user.is_superuser = True
    user.is_active = True
    user.set_password(password)
    user.save()
    return user, password
