"""Celery tasks of the notifications: thin wrappers; the idempotency lives in the services (row locks).

Each task imports its service inside its body: the services import these tasks to enqueue them.
"""

import datetime

from celery import shared_task
from django.db import OperationalError

from core.task_options import DATABASE_RETRYING, SHORT_TASK

from .exceptions import NotificationNotSent

# A mail server that fails is retried with backoff (1 s, 2 s, 4 s … at most ten minutes apart); after the last
# retry the row stays pending and the sweep sends it again later.
MAIL_RETRYING = {
    **DATABASE_RETRYING,
    "autoretry_for": (OperationalError, NotificationNotSent),
    "retry_backoff_max": 600,
    "max_retries": 5,
    "soft_time_limit": 50,
    "time_limit": 60,
}


@shared_task(**MAIL_RETRYING)
def notification_send_task(notification_id: int) -> int:
    """Send one notification. Idempotent: the row is locked and marked sent, a redelivery sends nothing."""
    from .services import notification_send

    return notification_send(notification_id)


@shared_task(**MAIL_RETRYING)
def reply_digest_send_task(recipient_id: int) -> int:
    """Send one person's reply digest. Idempotent: the rows it lists are marked sent under a lock."""
    from .services import reply_digest_send

    return reply_digest_send(recipient_id)


@shared_task(**SHORT_TASK)
def reply_digests_send_task() -> list[int]:
    """Daily: send each person with held replies one digest. Safe to repeat: sent rows are not sent again."""
    from .services import reply_digests_due

    recipients = reply_digests_due()
    for recipient_id in recipients:
        reply_digest_send_task.delay(recipient_id)
    return recipients


@shared_task(**SHORT_TASK)
def staff_digests_send_task() -> list[int]:
    """Hourly: a digest of new reports and items awaiting moderation for the project office. At most hourly."""
    from .services import staff_digests_create

    return [notification.pk for notification in staff_digests_create()]


@shared_task(**SHORT_TASK)
def notifications_sweep_task(older_than_seconds: int = 600) -> list[int]:
    """Re-enqueue notifications left pending (Redis was down, retries ran out). Safe to repeat."""
    from .services import notifications_sweep

    return notifications_sweep(older_than=datetime.timedelta(seconds=older_than_seconds))


@shared_task(**SHORT_TASK)
def notifications_delete_old_task() -> int:
    """Nightly: delete settled notifications past the retention period the privacy notice states. Idempotent."""
    from .services import notifications_delete_old

    return notifications_delete_old()


@shared_task(**SHORT_TASK)
def follow_digests_send_task(frequency: str) -> list[int]:
    """Daily or weekly: one mail per person with news from their follows. Safe to repeat: each follow's cursor
    moves in the transaction that records the mail, so news are never sent twice."""
    from .follows import follow_digests_send

    return [notification.pk for notification in follow_digests_send(frequency)]
