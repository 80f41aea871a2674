"""allauth hooks: what a sign-up stores beyond email and password, and who may drop a second factor."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator

from .permissions import can_remove_totp


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Store the profile chosen at sign-up with the new user; consents follow in the form's signup()."""
        data = form.cleaned_data
        user.display_name = data.get("display_name", "")
        user.district = data.get("district", "")
        user.language = data.get("language") or user.Language.GERMAN
        user.email_notifications = bool(data.get("email_notifications"))
        return super().save_user(request, user, form, commit=commit)

    def populate_username(self, request, user):
        # The username is internal but shows in the admin and in logs: derive it from the public
        # pseudonym, never from the email address (allauth's default).
        if not user.username:
            user.username = self.generate_unique_username([user.display_name, "buerger"])


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        # Otherwise a staff member could switch the app off and be sent straight back to set it up.
        if authenticator.type == Authenticator.Type.TOTP:
            return can_remove_totp(authenticator.user)
        return super().can_delete_authenticator(authenticator)
