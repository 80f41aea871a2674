"""The site's Celery tasks: an interface only, each calls one function inside its body."""

from celery import shared_task

from core.task_options import DATABASE_RETRYING

# Celery's autodiscovery imports portal.tasks only; the feedback's task registers through this import.
from .feedback.tasks import barrier_report_notify_task

__all__ = ["barrier_report_notify_task", "home_figures_refresh_task"]


@shared_task(**DATABASE_RETRYING, max_retries=5, soft_time_limit=50, time_limit=60)
def home_figures_refresh_task() -> dict[str, int]:
    """Recount the home page figures. Idempotent: it only overwrites a cached value."""
    from .figures import home_figures_refresh

    return home_figures_refresh()


@shared_task(**DATABASE_RETRYING, max_retries=5, soft_time_limit=110, time_limit=120)
def statistics_refresh_task() -> None:
    """Recount the statistics page's figures. Idempotent: it overwrites the one stored snapshot."""
    from .statistics import statistics_refresh

    statistics_refresh()
