"""The unsubscribe link (no login needed) and the notification choices on the profile."""

import uuid

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from notifications.kinds import NotificationKind
from notifications.models import Notification
from notifications.selectors import notification_preference
from notifications.services import notification_unsubscribe
from notifications.tokens import unsubscribe_token
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, ProposalPhaseFactory

pytestmark = pytest.mark.django_db


def unsubscribe_url(user, kind, *, language="") -> str:
    path = reverse("notifications:unsubscribe", args=[unsubscribe_token(user, kind)])
    return f"/{language}{path}" if language else path


def test_the_link_asks_first_and_switches_the_kind_off_on_post_without_login(client):
    user = ConfirmedUserFactory(email_notifications=True)
    url = unsubscribe_url(user, NotificationKind.REPLY, language="en")

    page = client.get(url)
    user.refresh_from_db()
    assert page.status_code == 200
    assert notification_preference(user).reply  # a mail scanner following the link changes nothing
    assert "Someone comments on my proposal or replies to my comment" in page.content.decode()
    assert 'method="post"' in page.content.decode()

    done = client.post(url)
    user.refresh_from_db()
    assert done.status_code == 200
    assert "Done." in done.content.decode()
    assert not notification_preference(user).reply
    preference = notification_preference(user)
    assert preference.status and preference.hidden and user.email_notifications  # only that kind
    assert client.post(url).status_code == 200  # repeated: still off, no error


def test_one_click_post_from_a_mail_program_needs_no_csrf_token():
    from django.test import Client

    user = ConfirmedUserFactory(email_notifications=True)
    response = Client(enforce_csrf_checks=True).post(
        unsubscribe_url(user, NotificationKind.STATUS), {"List-Unsubscribe": "One-Click"}
    )

    user.refresh_from_db()
    assert response.status_code == 200
    assert not notification_preference(user).status


@pytest.mark.parametrize(
    "token",
    ["nonsense", "WzEsInJlcGx5Il0:1xW7HH:forged-signature-000000000000000000000000"],
    ids=["garbage", "forged"],
)
def test_a_damaged_or_forged_link_changes_nothing(client, token):
    user = ConfirmedUserFactory(email_notifications=True)
    url = reverse("notifications:unsubscribe", args=[token])

    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    user.refresh_from_db()
    assert notification_preference(user).reply


def test_a_link_for_another_kind_or_a_deleted_account_is_invalid(client):
    user = ConfirmedUserFactory()
    token = unsubscribe_token(user, NotificationKind.REPLY)
    user.delete()

    assert client.post(reverse("notifications:unsubscribe", args=[token])).status_code == 404


def test_unsubscribe_service_rejects_an_unknown_kind():
    with pytest.raises(ValueError, match="not a valid NotificationKind"):
        notification_unsubscribe(ConfirmedUserFactory(), kind="everything")


def profile_data(user, **overrides) -> dict:
    return {
        "display_name": user.display_name,
        "district": "",
        "language": "de",
        "email_notifications": "on",
        "notifications": [NotificationKind.STATUS, NotificationKind.ANSWER, NotificationKind.HIDDEN],
    } | overrides


def test_a_citizen_switches_a_kind_off_on_the_profile(client):
    user = ConfirmedUserFactory(email_notifications=True)
    client.force_login(user)
    page = client.get("/en/konto/profil/").content.decode()
    assert "Which emails?" in page
    assert 'value="reply"' in page and 'value="staff_digest"' not in page

    response = client.post("/en/konto/profil/", profile_data(user))

    assert response.status_code == 302
    user.refresh_from_db()
    preference = notification_preference(user)
    assert not preference.reply
    assert preference.status and preference.answer and preference.hidden
    assert preference.staff_digest  # not offered to citizens, so left as it was


def test_the_project_office_can_switch_its_digest_off(client):
    user = ProjectOfficeFactory()
    client.force_login(user)
    assert 'value="staff_digest"' in client.get("/en/konto/profil/").content.decode()

    client.post("/en/konto/profil/", profile_data(user, notifications=[NotificationKind.REPLY]))

    user.refresh_from_db()
    preference = notification_preference(user)
    assert not preference.staff_digest and preference.reply and not preference.status


def test_an_unknown_kind_on_the_profile_is_an_error(client):
    user = ConfirmedUserFactory()
    client.force_login(user)

    response = client.post("/en/konto/profil/", profile_data(user, notifications=["staff_digest"]))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1", EMAIL_PORT=1, EMAIL_TIMEOUT=2
)
def test_a_comment_is_saved_when_the_mail_server_is_down(client, django_capture_on_commit_callbacks):
    ProposalPhaseFactory()
    proposal = ProposalFactory(author=ConfirmedUserFactory(email_notifications=True))
    client.force_login(ConfirmedUserFactory())

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("participation:comment_create", args=[proposal.pk]),
            {"body": "Gute Idee!", "website": "", "submission_key": str(uuid.uuid4())},
        )

    assert response.status_code == 302
    notification = Notification.objects.get()
    assert notification.status == Notification.Status.PENDING and notification.last_error
    assert mail.outbox == []


def test_the_data_export_lists_preferences_and_notifications(client):
    user = ConfirmedUserFactory(notifications_off=["reply"])
    Notification.objects.create(recipient=user, kind=NotificationKind.STATUS, payload={"secret": "x"})
    client.force_login(user)

    data = client.post(reverse("accounts:data_export")).json()

    # Kinds and states in words (issue 13: labels, not codes).
    assert (
        data["notification_preferences"]["Jemand kommentiert meinen Vorschlag oder antwortet auf meinen Kommentar"]
        is False
    )
    assert data["notifications"][0]["kind"] == "Der Status meines Vorschlags ändert sich"
    assert data["notifications"][0]["status"] == "wartet"
    assert "payload" not in data["notifications"][0]
