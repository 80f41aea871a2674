"""Who must do what before entering the admin. Plain predicates, used by the middleware, adapter and templates."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings

from core.roles import COUNCIL_GROUP, MODERATOR_GROUP, ROLES, has_role


def has_admin_access(user) -> bool:
    """Staff, or anyone Wagtail lets into its admin (the access_admin permission; superusers have it)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or user.has_perm("wagtailadmin.access_admin")


def needs_mfa_setup(user) -> bool:
    """An admin user without an authenticator app, while STAFF_MFA_REQUIRED is on: set one up first."""
    return (
        settings.STAFF_MFA_REQUIRED and has_admin_access(user) and not is_mfa_enabled(user, [Authenticator.Type.TOTP])
    )


def session_passed_second_factor(request, user) -> bool:
    """This session entered a code of the person's authenticator (at login, reauthentication or setup).

    allauth records every completed step of a login in the session; only an "mfa" step proves the second factor,
    whichever way the first one was passed (password, e-mailed code, any future method).
    """
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, user))


def needs_second_factor(request, user) -> bool:
    """An admin user with an app whose session has not passed it: ask for a code before the admin opens."""
    return (
        settings.STAFF_MFA_REQUIRED
        and has_admin_access(user)
        and not needs_mfa_setup(user)
        and not session_passed_second_factor(request, user)
    )


def can_remove_totp(user) -> bool:
    """Admin users keep their authenticator app while it is required; citizens may switch theirs off."""
    return not (settings.STAFF_MFA_REQUIRED and has_admin_access(user))


# Whom the project office may invite: its own colleagues and council members. Every other role (a future IT or
# administrators' role, say) is the superusers' to hand out, so a role added to core.roles.ROLES is safe by default.
PROJECT_OFFICE_INVITES = (MODERATOR_GROUP, COUNCIL_GROUP)


def invitable_roles(user) -> list[str]:
    """The roles this person may invite others into, in the order of core.roles.ROLES (none for citizens)."""
    if not user.is_authenticated or not user.is_active:
        return []
    if user.is_superuser:
        return list(ROLES)
    if has_role(user, MODERATOR_GROUP):
        return [role for role in ROLES if role in PROJECT_OFFICE_INVITES]
    return []


def can_invite(user, role: str | None = None) -> bool:
    """May invite anyone at all (role None), or into this role."""
    roles = invitable_roles(user)
    return bool(roles) if role is None else role in roles
