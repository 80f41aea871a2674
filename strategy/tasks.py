from celery import shared_task
from django.db import OperationalError

from .services import home_figures_refresh


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=5,
    soft_time_limit=50,
    time_limit=60,
)
def home_figures_refresh_task() -> dict[str, int]:
    """Recount the home page figures. Idempotent: it only overwrites a cached value."""
    return home_figures_refresh()
