"""How long the portal keeps mails it sent and what the privacy notice says about it (issue 14, F6)."""

import datetime
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.utils import timezone

from notifications.models import Notification
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _notification(recipient, *, status, days_old: int) -> Notification:
    moment = timezone.now() - datetime.timedelta(days=days_old)
    return Notification.objects.create(
        recipient=recipient,
        kind="status",
        status=status,
        created=moment,
        sent_at=moment if status == Notification.Status.SENT else None,
    )


def test_sent_and_settled_notifications_are_deleted_after_the_stated_days():
    from notifications.services import NOTIFICATION_RETENTION
    from notifications.tasks import notifications_delete_old_task

    anna = UserFactory()
    days = NOTIFICATION_RETENTION.days
    old_sent = _notification(anna, status=Notification.Status.SENT, days_old=days + 1)
    old_skipped = _notification(anna, status=Notification.Status.SKIPPED, days_old=days + 1)
    old_failed = _notification(anna, status=Notification.Status.FAILED, days_old=days + 1)
    recent = _notification(anna, status=Notification.Status.SENT, days_old=days - 1)
    pending = _notification(anna, status=Notification.Status.PENDING, days_old=days + 5)

    notifications_delete_old_task.delay()
    notifications_delete_old_task.delay()  # a second run finds nothing more

    kept = set(Notification.objects.values_list("pk", flat=True))
    assert kept == {recent.pk, pending.pk}
    assert not {old_sent.pk, old_skipped.pk, old_failed.pk} & kept
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "notifications.tasks.notifications_delete_old_task" in scheduled


def test_the_privacy_notice_states_what_is_kept_and_for_how_long():
    from notifications.services import NOTIFICATION_RETENTION

    pages = yaml.safe_load((Path(settings.BASE_DIR) / "demo" / "data" / "pages.yaml").read_text())
    privacy = next(page for page in pages["content_pages"] if page["slug"] == "datenschutz")
    text = str(privacy)
    assert "IP-Adresse" in text
    assert f"{NOTIFICATION_RETENTION.days} Tage" in text
    assert "Sitzung" in text


def test_the_web_servers_access_log_keeps_no_ip_address():
    """The privacy notice says the server's logs hold no IP addresses: gunicorn's format leaves %(h)s out."""
    dockerfile = (Path(settings.BASE_DIR) / "Dockerfile").read_text()
    command = next(line for line in dockerfile.splitlines() if line.startswith("CMD") and "gunicorn" in line)
    assert "--access-logformat" in command
    assert "%(h)s" not in command and "X-Forwarded-For" not in command
