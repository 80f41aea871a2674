"""The strategy's Celery tasks: an interface only. Each takes ids, imports its service in its body and calls it.

The services import these tasks at module level to enqueue them after commit (shared/STYLE.md).
"""

import datetime

from celery import shared_task

from core.task_options import DATABASE_RETRYING, SHORT_TASK

# A run that has been "running" longer than the hard time limit lost its worker.
SYNTHESIS_SOFT_TIME_LIMIT = 25 * 60
SYNTHESIS_TIME_LIMIT = 30 * 60


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
    from .services.runs import synthesis_run

    run = synthesis_run(run_id)
    return run.status if run else None


@shared_task(**SHORT_TASK)
def synthesis_request_all_task() -> list[int]:
    """Nightly: request a run for every action field. Idempotent: an open run per field is reused."""
    from .services.runs import synthesis_request_all

    return [run.pk for run in synthesis_request_all()]


@shared_task(**SHORT_TASK)
def synthesis_sweep_task(pending_after_seconds: int = 300) -> list[int]:
    """Re-enqueue runs left pending (Redis was down) or running (their worker died). Safe to repeat."""
    from .services.runs import synthesis_sweep

    # A run still being worked on holds its row lock, and the service leaves a locked run alone; so a "running"
    # run is re-sent after two minutes, and one whose worker died is taken up again within minutes, not after the
    # half-hour time limit.
    return synthesis_sweep(
        pending_after=datetime.timedelta(seconds=pending_after_seconds),
        running_after=datetime.timedelta(minutes=2),
    )


@shared_task(**SHORT_TASK)
def synthesis_request_changed_task() -> list[str]:
    """After new input, and ten quiet minutes, request a run for the field. Safe to repeat: open runs are reused."""
    from .services.runs import synthesis_request_changed

    return synthesis_request_changed(quiet=datetime.timedelta(minutes=10))


@shared_task(**SHORT_TASK)
def theme_index_refresh_task() -> None:
    """Build the proposal pages' theme index after a strategy page was (un)published, so no page view builds it.
    Idempotent: it starts a new generation and writes the same index again."""
    from .selectors import theme_index_refresh

    theme_index_refresh()
