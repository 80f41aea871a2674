from django.conf import settings
from django.core.management.base import BaseCommand

from accounts.services import staff_account_ensure
from core.roles import MODERATOR_GROUP


class Command(BaseCommand):
    help = (
        "Create the local demo account of the project office (group Projektbüro, not a superuser) and print its "
        "sign-in (development only). `make run` runs it last, so the login is the last thing on the screen."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="projektbuero")
        parser.add_argument("--email", default="projektbuero@smartkassel.localhost")

    def handle(self, *args, username, email, **options):
        user, password = staff_account_ensure(username=username, email=email, role=MODERATOR_GROUP)
        site = settings.SITE_URL
        # Sign-in is by email address (allauth), so that is what the lines name.
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Smart Kassel runs at {site}/"))
        self.stdout.write(self.style.SUCCESS(f"Project office ({MODERATOR_GROUP}, not a superuser): {site}/admin/"))
        self.stdout.write(self.style.SUCCESS(f"  email: {user.email}  password: {password}"))
        if settings.STAFF_MFA_REQUIRED:
            self.stdout.write("Two-factor authentication: the admin asks you to set up an authenticator app first.")
        else:
            self.stdout.write(
                self.style.WARNING("Two-factor authentication for staff is OFF (STAFF_MFA_REQUIRED, development only).")
            )
        if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
            self.stdout.write(f"Mails the portal sends are kept in {settings.EMAIL_FILE_PATH}/, not sent.")
        log_file = getattr(settings, "DEV_LOG_FILE", None)
        if log_file:
            self.stdout.write(f"The log (synthesis, tasks, mails sent): {log_file}")
