from celery import shared_task

from core.task_options import DATABASE_RETRYING

from .images import pending_images_delete_expired
from .services import counts_reconcile


@shared_task(**DATABASE_RETRYING, max_retries=3, soft_time_limit=600, time_limit=660)
def counts_reconcile_task() -> int:
    """Nightly: repair stored vote and comment counts from the rows. Idempotent: a second run finds nothing."""
    return len(counts_reconcile(fix=True))


@shared_task(**DATABASE_RETRYING, max_retries=3, soft_time_limit=600, time_limit=660)
def pending_images_delete_expired_task() -> int:
    """Nightly: delete preview images of proposals never published. Idempotent: young files stay."""
    return pending_images_delete_expired()


# Registered with the workers through this module, which Celery's autodiscovery imports.
from .notifications.tasks import (  # noqa: E402, F401
    notification_send_task,
    notifications_sweep_task,
    reply_digest_send_task,
    reply_digests_send_task,
    staff_digests_send_task,
)
