"""Celery task of the feedback: an interface only; the idempotency lives in the service (row lock)."""

from celery import shared_task
from django.db import OperationalError

from core.task_options import DATABASE_RETRYING


# A mail server that fails (smtplib's errors are OSErrors) is retried with backoff; the row stays unnotified.
@shared_task(
    **{**DATABASE_RETRYING, "autoretry_for": (OperationalError, OSError)},
    retry_backoff_max=600,
    max_retries=5,
    soft_time_limit=50,
    time_limit=60,
)
def barrier_report_notify_task(report_id: int) -> int:
    """Tell the project office about one message. Idempotent: a redelivery after the mail sends nothing."""
    from .services import barrier_report_notify

    return barrier_report_notify(report_id)
