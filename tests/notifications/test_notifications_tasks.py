"""Sending notifications: retries and the sweep when mail or Redis is down, and a real worker's mail."""

import datetime
import email
import email.policy

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings

from notifications import services
from notifications.models import Notification
from notifications.services import notification_send, notifications_sweep
from notifications.tasks import notification_send_task
from participation.services import proposal_hide
from smartkassel.celery import app
from tests.conftest import wait_for
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory

REASON = "Werbung für ein Geschäft."
# Nothing listens on port 1: the mail server and the broker are "down".
MAIL_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 1,
    "EMAIL_TIMEOUT": 2,
}
DEAD_REDIS = "redis://127.0.0.1:1/0"


def hidden_proposal_notification() -> Notification:
    """A hidden proposal whose author is owed a mail; the after-commit send has not happened yet."""
    author = ConfirmedUserFactory(email_notifications=True)
    with transaction.atomic():
        proposal_hide(ProposalFactory(author=author), moderator=ProjectOfficeFactory(), reason=REASON)
    return Notification.objects.get(recipient=author)


@pytest.mark.django_db
def test_a_failed_send_is_recorded_retried_and_later_swept(django_capture_on_commit_callbacks):
    with override_settings(**MAIL_DOWN), django_capture_on_commit_callbacks(execute=True):
        notification = hidden_proposal_notification()
    # The enqueue after commit swallowed the failure: the moderator's request would not have failed.

    notification.refresh_from_db()
    assert notification.status == Notification.Status.PENDING
    assert notification.attempts >= 1
    assert "ConnectionRefusedError" in notification.last_error
    assert mail.outbox == []

    assert notifications_sweep(older_than=datetime.timedelta(0)) == [notification.pk]
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert len(mail.outbox) == 1
    # Swept again: nothing pending, nothing sent twice.
    assert notifications_sweep(older_than=datetime.timedelta(0)) == []
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_task_raises_for_a_retry_and_gives_up_after_max_attempts():
    notification = hidden_proposal_notification()
    Notification.objects.filter(pk=notification.pk).update(attempts=services.MAX_ATTEMPTS - 1)

    with override_settings(**MAIL_DOWN), pytest.raises(services.NotificationNotSent):
        notification_send(notification.pk)

    notification.refresh_from_db()
    assert notification.status == Notification.Status.FAILED
    assert notifications_sweep(older_than=datetime.timedelta(0)) == []


@pytest.mark.django_db
def test_sending_twice_sends_one_mail():
    notification = hidden_proposal_notification()

    assert notification_send_task.delay(notification.pk).get() == 1
    assert notification_send_task.delay(notification.pk).get() == 0
    assert len(mail.outbox) == 1


@pytest.fixture
def broker_down():
    """Tasks go to a broker that does not answer (Redis down); the connection pools are rebuilt around it."""
    previous = (app.conf.broker_url, app.conf.task_always_eager)

    def reset_pools():
        # Not closed: kombu keeps pools per broker URL, and the real broker's is needed again afterwards.
        app._pool = None
        app.amqp._producer_pool = None

    reset_pools()
    app.conf.broker_url, app.conf.task_always_eager = DEAD_REDIS, False
    yield
    app.conf.broker_url, app.conf.task_always_eager = previous
    reset_pools()


@pytest.mark.django_db
def test_a_hide_succeeds_when_redis_is_down_and_the_sweep_sends_later(broker_down, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notification = hidden_proposal_notification()

    notification.refresh_from_db()
    assert notification.status == Notification.Status.PENDING
    assert notification.attempts == 0
    assert mail.outbox == []


@pytest.fixture
def worker_mails(tmp_path, monkeypatch):
    """Mails of a real Celery worker, as files in a folder (locmem cannot cross processes).

    Request it before `celery_worker`, which starts the worker with the environment of that moment.
    """
    monkeypatch.setenv("TEST_EMAIL_FILE_PATH", str(tmp_path))

    separator = b"\n" + b"-" * 79

    def messages() -> list[email.message.EmailMessage]:
        # The backend creates the file before it writes: only a file with its closing line holds a whole message.
        texts = [path.read_bytes() for path in sorted(tmp_path.glob("*.log"))]
        return [
            email.message_from_bytes(text.split(separator)[0], policy=email.policy.default)
            for text in texts
            if separator in text
        ]

    return messages


@pytest.mark.celery_worker
def test_a_real_worker_sends_the_mail_after_commit(worker_mails, celery_worker):
    author = ConfirmedUserFactory(email_notifications=True, language="en")
    proposal = ProposalFactory(author=author, title="Nachtbus nach Harleshausen")

    proposal_hide(proposal, moderator=ProjectOfficeFactory(), reason=REASON)

    (message,) = wait_for(worker_mails, timeout=60)
    assert message["To"] == author.email
    assert message["Subject"].strip() == "[Smart Kassel] Your proposal “Nachtbus nach Harleshausen” has been hidden"
    assert message["List-Unsubscribe"].strip().startswith("<http://127.0.0.1:8000/en/konto/benachrichtigungen/")
    assert REASON in message.get_body(preferencelist=("plain",)).get_content()
    assert REASON in message.get_body(preferencelist=("html",)).get_content()
    wait_for(lambda: Notification.objects.filter(status=Notification.Status.SENT).exists())


@pytest.mark.django_db
def test_failed_mails_get_new_attempts_and_go_out_after_commit(django_capture_on_commit_callbacks):
    single = hidden_proposal_notification()
    held = hidden_proposal_notification()  # the kind does not matter to the resend, only whether a digest holds it
    Notification.objects.filter(pk=single.pk).update(status=Notification.Status.FAILED, attempts=services.MAX_ATTEMPTS)
    Notification.objects.filter(pk=held.pk).update(status=Notification.Status.FAILED, attempts=3, digest=True)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert services.notifications_resend_failed() == 2

    assert len(callbacks) == 1  # the digest's row waits for the evening digest
    single.refresh_from_db()
    assert (single.status, single.attempts) == (Notification.Status.SENT, 1)
    assert len(mail.outbox) == 1
    held.refresh_from_db()
    assert (held.status, held.attempts) == (Notification.Status.PENDING, 0)
    assert services.notifications_resend_failed() == 0
