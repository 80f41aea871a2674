"""Open data tasks: an interface only, each calls one service inside its body."""

from celery import shared_task

from core.task_options import DATABASE_RETRYING, SHORT_TASK

# A file of 100,000 proposals takes some seconds per language; the time limits leave room for ten times as many.
BUILD_LIMITS = {"soft_time_limit": 540, "time_limit": 600}


@shared_task(**DATABASE_RETRYING, max_retries=3, **BUILD_LIMITS)
def export_build_task(key: str, language: str) -> None:
    """Build one open data file. Idempotent: the same data give the same file; the manifest is replaced last;
    a build of the same file running elsewhere makes this one a no-op."""
    from .exports import export_build_once

    export_build_once(key, language=language)


@shared_task(**SHORT_TASK)
def exports_build_task() -> None:
    """Queue a build of every open data file in every language (beat, every 15 minutes), each a task of its own,
    so a large file has the whole time limit. Idempotent as export_build_task."""
    from .exports import export_keys

    for key, language in export_keys():
        export_build_task.delay(key, language)
