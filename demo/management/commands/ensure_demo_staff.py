from django.conf import settings
from django.core.management.base import BaseCommand

from accounts.services import staff_account_ensure


class Command(BaseCommand):
    help = "Create the local demo staff account for the Wagtail admin and print its sign-in (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="projektbuero")
        parser.add_argument("--email", default="projektbuero@smartkassel.localhost")

    def handle(self, *args, username, email, **options):
        user, password = staff_account_ensure(username=username, email=email)
        # Sign-in is by email address (allauth), so that is what the line names.
        self.stdout.write(self.style.SUCCESS(f"Wagtail admin: /admin/  email: {user.email}  password: {password}"))
        if settings.STAFF_MFA_REQUIRED:
            self.stdout.write("Two-factor authentication: the admin asks you to set up an authenticator app first.")
        else:
            self.stdout.write(
                self.style.WARNING("Two-factor authentication for staff is OFF (STAFF_MFA_REQUIRED, development only).")
            )
