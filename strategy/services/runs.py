"""Synthesis runs: the citizen input of one action field in, a draft revision of its strategy page out.

A run is requested (a pending row, the recorded intent), then carried out by a Celery task. The draft is an
unpublished page revision that enters the review workflow; only the project office's approval publishes it.
"""

import datetime
import logging
import time

from django.core.cache import cache
from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone

from core.choices import ActionField
from participation.selectors import latest_input_at, synthesis_input

from ..models import SynthesisRun
from ..synthesis import CommentIn, PreviousTheme, VoteIn, synthesize
from ..tasks import synthesis_run_task
from .drafts import draft_body, draft_save, strategy_page
from .engine import SYNTHESIS_SEED, embedding, input_digest, proposal_in

logger = logging.getLogger(__name__)

# A run that failed this many times (killed workers, database errors) is given up and marked failed.
MAX_ATTEMPTS = 4
# A run marked running this recently is another worker's, between its start and its row lock: not taken again
# (that would count a second attempt and race it). A run whose worker died is retaken after this, or by the sweep.
RETAKE_AFTER = datetime.timedelta(seconds=30)
DEBOUNCE_SECONDS = 10 * 60

Status = SynthesisRun.Status


def synthesis_request(action_field: str, *, requested_by=None, enqueue: bool = True) -> SynthesisRun:
    """Record the intent to synthesise a field and enqueue it after commit. An open run is returned, not doubled.

    With enqueue=False the caller sends it (the admin view does so after its response when tasks run eagerly).
    """
    with transaction.atomic():
        run = SynthesisRun.objects.filter(action_field=action_field, status__in=SynthesisRun.OPEN_STATUSES).first()
        if run is not None:
            return run
        try:
            with transaction.atomic():
                run = SynthesisRun.objects.create(action_field=action_field, requested_by=requested_by)
        except IntegrityError:
            # A concurrent request won the race (the one-open-run constraint); theirs is the run.
            return SynthesisRun.objects.get(action_field=action_field, status__in=SynthesisRun.OPEN_STATUSES)
        run_id = run.pk
        if enqueue:
            transaction.on_commit(lambda: synthesis_enqueue(run_id))
    return run


def synthesis_request_all() -> list[SynthesisRun]:
    """Request a run for every action field (the nightly beat); unchanged fields end as "unchanged"."""
    return [synthesis_request(field) for field in ActionField.values]


def synthesis_request_debounced(action_field: str) -> bool:
    """Request a run after new input, at most once per DEBOUNCE_SECONDS per field; True if one was requested."""
    # cache.add is atomic in Redis and locmem: only the first caller in the window gets True.
    if not cache.add(f"strategy:synthesis-debounce:{action_field}", 1, timeout=DEBOUNCE_SECONDS):
        return False
    synthesis_request(action_field)
    return True


def synthesis_request_changed(*, quiet: datetime.timedelta, now: datetime.datetime | None = None) -> list[str]:
    """Request runs for fields with input newer than their last run, once it has been quiet for `quiet`.

    The debounce after new input: participation does not know strategy, so strategy looks for changes.
    """
    now = now or timezone.now()
    requested = []
    for field in ActionField.values:
        latest = latest_input_at(field)
        if latest is None or latest > now - quiet:
            continue
        last_run = SynthesisRun.objects.filter(action_field=field).order_by("-requested_at").first()
        if last_run is None or latest > last_run.requested_at:
            synthesis_request(field)
            requested.append(field)
    return requested


def synthesis_enqueue(run_id: int) -> None:
    """Send a run to the workers. A broker outage only logs: the pending row stays and the sweep sends it later."""
    try:
        synthesis_run_task.delay(run_id)
    except Exception:
        logger.warning("could not enqueue synthesis run %s; the sweep will retry", run_id, exc_info=True)


def synthesis_sweep(*, pending_after: datetime.timedelta, running_after: datetime.timedelta) -> list[int]:
    """Re-enqueue runs that were never picked up or whose worker died; returns their ids. Safe to repeat."""
    now = timezone.now()
    stale = SynthesisRun.objects.filter(status=Status.PENDING, requested_at__lt=now - pending_after).values_list(
        "pk", flat=True
    )
    stuck = SynthesisRun.objects.filter(status=Status.RUNNING, started_at__lt=now - running_after).values_list(
        "pk", flat=True
    )
    run_ids = sorted({*stale, *stuck})
    for run_id in run_ids:
        synthesis_enqueue(run_id)
    return run_ids


def synthesis_run(run_id: int) -> SynthesisRun | None:
    """Carry out a requested run.

    Idempotent: a run that is finished, or being carried out by another worker (its row is locked, or it started
    less than RETAKE_AFTER ago), is left alone and returned as it stands, so each attempt is counted once; input
    whose digest equals the last draft's ends as "unchanged" without a new revision. The draft revision, the
    workflow and the run's "done" commit in one transaction, so a killed worker leaves no half-written draft and
    the run, still "running", is carried out again on redelivery or by the sweep.
    """
    if not _run_start(run_id):
        return SynthesisRun.objects.filter(pk=run_id).first()
    try:
        return _run_work(run_id)
    except OperationalError:
        raise  # the database is unwell: the task retries, the run stays "running"
    except Exception as error:
        logger.exception("synthesis run %s failed", run_id)
        return _run_fail(run_id, f"{type(error).__name__}: {error}")


@transaction.atomic
def _run_start(run_id: int) -> bool:
    run = SynthesisRun.objects.select_for_update(skip_locked=True).filter(pk=run_id).first()
    if run is None or not run.is_open:
        return False
    if run.status == Status.RUNNING and run.started_at and run.started_at > timezone.now() - RETAKE_AFTER:
        return False
    if run.attempts >= MAX_ATTEMPTS:
        _finish(run, Status.FAILED, error=f"gave up after {run.attempts} attempts")
        return False
    run.status, run.attempts, run.started_at = Status.RUNNING, run.attempts + 1, timezone.now()
    run.save(update_fields=["status", "attempts", "started_at"])
    return True


def _run_work(run_id: int) -> SynthesisRun | None:
    clock = time.monotonic()
    with transaction.atomic():
        # Held to the end: the lock is what makes this the only worker on this run.
        run = SynthesisRun.objects.select_for_update(skip_locked=True).filter(pk=run_id, status=Status.RUNNING).first()
        if run is None:
            # Another worker holds it (or finished it): the run as it stands, for the caller to report or wait on.
            return SynthesisRun.objects.filter(pk=run_id).first()
        proposals, comments, votes = synthesis_input(run.action_field)
        run.input_digest = input_digest(proposals, comments, votes)
        run.proposals, run.comments, run.votes = len(proposals), len(comments), len(votes)
        last = (
            SynthesisRun.objects.filter(action_field=run.action_field, status=Status.DONE)
            .order_by("-finished_at", "-pk")
            .first()
        )
        page = strategy_page(run.action_field)
        if last is not None and last.input_digest == run.input_digest and page is not None:
            run.themes, run.themes_found, run.page = last.themes, last.themes_found, page
            return _finish(run, Status.UNCHANGED, seconds=time.monotonic() - clock)

        previous = [PreviousTheme(**theme) for theme in (last.themes if last else [])]
        embedder, embedding_cache = embedding()
        result = synthesize(
            [proposal_in(row) for row in proposals],
            [CommentIn(id=str(row.pk), proposal=str(row.proposal_id), body=row.body) for row in comments],
            [VoteIn(proposal=str(row.proposal_id), voter=str(row.voter_id), value=row.value) for row in votes],
            seed=SYNTHESIS_SEED,
            previous=previous,
            embedder=embedder,
            cache=embedding_cache,
        )
        field_result = result.fields.get(run.action_field)
        themes = field_result.themes if field_result else []
        titles = {str(row.pk): row.title for row in proposals}
        body = draft_body(themes, titles=titles, proposals=proposals, comments=comments, votes=votes)
        page, revision = draft_save(run.action_field, body, page=page)

        run.themes = [
            {"id": t.id, "action_field": run.action_field, "label": t.label, "proposals": list(t.proposals)}
            for t in themes
        ]
        run.themes_found, run.page, run.revision = len(themes), page, revision
        return _finish(run, Status.DONE, seconds=time.monotonic() - clock)


@transaction.atomic
def _run_fail(run_id: int, error: str) -> SynthesisRun | None:
    run = SynthesisRun.objects.select_for_update().filter(pk=run_id).first()
    if run is None or not run.is_open:
        return run
    return _finish(run, Status.FAILED, error=error[:2000])


def _finish(run: SynthesisRun, status: str, *, seconds: float | None = None, error: str = "") -> SynthesisRun:
    run.status, run.error, run.finished_at = status, error, timezone.now()
    if seconds is not None:
        run.duration = datetime.timedelta(seconds=round(seconds, 3))
    elif run.started_at:
        run.duration = run.finished_at - run.started_at
    run.save()
    return run
