"""The notification outbox in the admin: IT sees what failed and why, and sends failed mails again."""

import pytest
from django.core import mail
from django.urls import reverse

from notifications.models import Notification
from tests.factories import ConfirmedUserFactory, FailedNotificationFactory, StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

ERROR = "SMTPRecipientsRefused: {'buerger@example.org': (550, b'Mailbox unavailable')}"


@pytest.fixture
def failed():
    return FailedNotificationFactory(recipient=ConfirmedUserFactory(email_notifications=True), last_error=ERROR)


def test_the_outbox_lists_a_failed_mail_with_its_error_and_offers_to_send_it_again(client, failed):
    admin_login(client, StaffUserFactory(is_superuser=True))

    html = client.get(reverse("benachrichtigungen:index"), {"status": "failed"}).content.decode()

    assert "SMTPRecipientsRefused" in html
    assert reverse("benachrichtigungen:resend") in html
    confirm = client.get(reverse("benachrichtigungen:resend")).content.decode()
    assert "1 E-Mail konnte auch nach allen Wiederholungen nicht gesendet werden." in confirm


def test_sending_again_sends_the_mail_and_says_so(client, failed, django_capture_on_commit_callbacks):
    admin_login(client, StaffUserFactory(is_superuser=True))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("benachrichtigungen:resend"), follow=True)

    failed.refresh_from_db()
    assert failed.status == Notification.Status.SENT
    assert [m.to for m in mail.outbox] == [[failed.recipient.email]]
    assert response.redirect_chain[-1][0] == reverse("benachrichtigungen:index")
    assert reverse("benachrichtigungen:resend") not in response.content.decode()  # nothing failed any more


def test_no_button_while_nothing_failed(client):
    admin_login(client, StaffUserFactory(is_superuser=True))

    assert reverse("benachrichtigungen:resend") not in client.get(reverse("benachrichtigungen:index")).content.decode()
