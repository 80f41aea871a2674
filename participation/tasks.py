"""Participation's Celery tasks: an interface only. Each imports its service in its body and calls it."""

from celery import shared_task

from core.task_options import DATABASE_RETRYING


@shared_task(**DATABASE_RETRYING, max_retries=3, soft_time_limit=600, time_limit=660)
def counts_reconcile_task() -> int:
    """Nightly: repair stored vote and comment counts from the rows. Idempotent: a second run finds nothing."""
    from .services import counts_reconcile

    return len(counts_reconcile(fix=True))


@shared_task(**DATABASE_RETRYING, max_retries=3, soft_time_limit=600, time_limit=660)
def pending_images_delete_expired_task() -> int:
    """Nightly: delete preview images of proposals never published. Idempotent: young files stay."""
    from .images import pending_images_delete_expired

    return pending_images_delete_expired()
