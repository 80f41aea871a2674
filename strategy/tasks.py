import datetime

from celery import shared_task

from core.task_options import DATABASE_RETRYING, SHORT_TASK

from .services import home_figures_refresh
from .services import synthesis as synthesis_services

# A run that has been "running" longer than the hard time limit lost its worker.
SYNTHESIS_SOFT_TIME_LIMIT = 25 * 60
SYNTHESIS_TIME_LIMIT = 30 * 60


@shared_task(**DATABASE_RETRYING, max_retries=5, soft_time_limit=50, time_limit=60)
def home_figures_refresh_task() -> dict[str, int]:
    """Recount the home page figures. Idempotent: it only overwrites a cached value."""
    return home_figures_refresh()


@shared_task(
    **DATABASE_RETRYING,
    reject_on_worker_lost=True,
    retry_backoff_max=300,
    max_retries=3,
    soft_time_limit=SYNTHESIS_SOFT_TIME_LIMIT,
    time_limit=SYNTHESIS_TIME_LIMIT,
)
def synthesis_run_task(run_id: int) -> str | None:
    """Carry out one synthesis run. Idempotent: a finished or locked run is left alone, unchanged input adds nothing."""
    run = synthesis_services.synthesis_run(run_id)
    return run.status if run else None


@shared_task(**SHORT_TASK)
def synthesis_request_all_task() -> list[int]:
    """Nightly: request a run for every action field. Idempotent: an open run per field is reused."""
    return [run.pk for run in synthesis_services.synthesis_request_all()]


@shared_task(**SHORT_TASK)
def synthesis_sweep_task() -> list[int]:
    """Re-enqueue runs left pending (Redis was down) or running (their worker died). Safe to repeat."""
    return synthesis_services.synthesis_sweep(
        pending_after=datetime.timedelta(minutes=5),
        running_after=datetime.timedelta(seconds=SYNTHESIS_TIME_LIMIT + 60),
    )


@shared_task(**SHORT_TASK)
def synthesis_request_changed_task() -> list[str]:
    """After new input, and ten quiet minutes, request a run for the field. Safe to repeat: open runs are reused."""
    return synthesis_services.synthesis_request_changed(quiet=datetime.timedelta(minutes=10))
