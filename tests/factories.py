import datetime
import time

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.choices import ActionField
from notifications.kinds import NotificationKind
from notifications.models import Notification, NotificationPreference
from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Vote
from participation.services import proposal_search_update


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"buerger{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    # Every citizen chooses a public display name at sign-up.
    display_name = factory.Sequence(lambda n: f"Bürger {n}")
    password = factory.django.Password("ein-sicheres-passwort")


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Vorschlag Nummer {n}")
    body = "Mehr Trinkbrunnen in der Innenstadt, damit an heißen Tagen alle Wasser finden."
    action_field = ActionField.ECOSYSTEM
    author = factory.SubFactory(UserFactory)
    status = ProposalStatus.PUBLISHED

    @factory.post_generation
    def search_columns(proposal, create, extracted, **kwargs):
        # Made without the proposal service, so written as the other bulk writers do: searchable like real ones.
        if create:
            proposal_search_update(proposal)


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    proposal = factory.SubFactory(ProposalFactory)
    author = factory.SubFactory(UserFactory)
    body = "Gute Idee, am Königsplatz fehlt so etwas."


class FailedNotificationFactory(factory.django.DjangoModelFactory):
    """A "your proposal was hidden" mail that ran out of attempts."""

    class Meta:
        model = Notification

    recipient = factory.SubFactory(UserFactory, email_notifications=True)
    kind = NotificationKind.HIDDEN
    proposal = factory.SubFactory(ProposalFactory, author=factory.SelfAttribute("..recipient"))
    payload = factory.Dict({"reason": "Werbung"})
    status = Notification.Status.FAILED
    attempts = 12
    last_error = "SMTPServerDisconnected: Connection unexpectedly closed"


class VoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vote

    proposal = factory.SubFactory(ProposalFactory)
    voter = factory.SubFactory(UserFactory)
    value = Vote.Value.AGREE


class ConfirmedUserFactory(UserFactory):
    """A citizen whose email address is confirmed, so they may contribute."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def confirmed_email(user, create, extracted, **kwargs):
        from allauth.account.models import EmailAddress

        if create:
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )

    @factory.post_generation
    def notifications_off(user, create, kinds, **kwargs):
        """`notifications_off=["reply"]`: kinds of email this person switched off (every kind is on by default)."""
        if create and kinds:
            NotificationPreference.objects.update_or_create(user=user, defaults=dict.fromkeys(kinds, False))


def totp_activate(user) -> str:
    """Give a user an authenticator app, as finishing allauth's setup does; returns the app's secret."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str) -> str:
    """The code the authenticator app shows now, computed with allauth's own TOTP helpers."""
    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    period = app_settings.TOTP_PERIOD
    # A code in its last two seconds could expire before the server checks it (allauth allows no drift).
    if period - time.time() % period < 2:
        time.sleep(2)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


class StaffUserFactory(ConfirmedUserFactory):
    """A staff account with a confirmed address and an authenticator app, so the admin lets it in.

    `group="Projektbüro"` puts it into a role's group; `totp=False` leaves the app out.
    """

    is_staff = True
    display_name = factory.Sequence(lambda n: f"Mitarbeiterin {n}")

    @factory.post_generation
    def totp(user, create, extracted, **kwargs):
        if create and extracted is not False:
            totp_activate(user)

    @factory.post_generation
    def group(user, create, extracted, **kwargs):
        from django.contrib.auth.models import Group

        if create and extracted:
            user.groups.add(Group.objects.get(name=extracted))


class ProposalPhaseFactory(factory.django.DjangoModelFactory):
    """A phase open from yesterday for sixty days, for all action fields."""

    class Meta:
        model = "participation.ProposalPhase"

    title = "Ideen sammeln"
    action_field = ""
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=60))


class ProjectOfficeFactory(ConfirmedUserFactory):
    """A member of the project office (group Projektbüro, made by participation's migration 0004)."""

    is_staff = True

    @factory.post_generation
    def project_office_group(user, create, extracted, **kwargs):
        from django.contrib.auth.models import Group

        if create:
            user.groups.add(Group.objects.get(name="Projektbüro"))
