"""The site's Celery tasks: an interface only, each calls one function inside its body."""

from celery import shared_task

from core.task_options import DATABASE_RETRYING


@shared_task(**DATABASE_RETRYING, max_retries=5, soft_time_limit=50, time_limit=60)
def home_figures_refresh_task() -> dict[str, int]:
    """Recount the home page figures. Idempotent: it only overwrites a cached value."""
    from .figures import home_figures_refresh

    return home_figures_refresh()
