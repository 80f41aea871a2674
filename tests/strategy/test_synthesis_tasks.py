import datetime

import pytest
from django.utils import timezone

from strategy.models import StrategyPage, SynthesisRun
from strategy.services.runs import synthesis_request
from strategy.tasks import synthesis_request_all_task, synthesis_run_task, synthesis_sweep_task
from tests.conftest import wait_for
from tests.strategy.synthesis_fixtures import FIELD, make_input


@pytest.mark.django_db
@pytest.mark.usefixtures("pages", "hash_embedder")
def test_run_task_runs_in_process(django_capture_on_commit_callbacks):
    make_input()
    run = SynthesisRun.objects.create(action_field=FIELD)

    assert synthesis_run_task.delay(run.pk).get() == SynthesisRun.Status.DONE
    assert synthesis_run_task.delay(run.pk).get() == SynthesisRun.Status.DONE  # repeated: nothing new
    assert StrategyPage.objects.get().revisions.count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("pages", "hash_embedder")
def test_nightly_task_requests_every_field(django_capture_on_commit_callbacks):
    make_input()

    with django_capture_on_commit_callbacks(execute=True):
        run_ids = synthesis_request_all_task.delay().get()

    runs = SynthesisRun.objects.filter(pk__in=run_ids)
    assert runs.count() == 5
    assert runs.get(action_field=FIELD).status == SynthesisRun.Status.DONE
    assert not runs.filter(status__in=SynthesisRun.OPEN_STATUSES).exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("pages", "hash_embedder")
def test_sweep_resends_old_pending_and_stuck_runs():
    make_input()
    old = timezone.now() - datetime.timedelta(hours=2)
    pending = synthesis_request(FIELD)  # on_commit never fires here: as if Redis had been down
    SynthesisRun.objects.filter(pk=pending.pk).update(requested_at=old)
    stuck = SynthesisRun.objects.create(action_field="mobility", status=SynthesisRun.Status.RUNNING, started_at=old)
    fresh = SynthesisRun.objects.create(action_field="welcome")

    swept = synthesis_sweep_task.delay().get()

    assert swept == sorted([pending.pk, stuck.pk])
    assert SynthesisRun.objects.get(pk=pending.pk).status == SynthesisRun.Status.DONE
    assert SynthesisRun.objects.get(pk=stuck.pk).status == SynthesisRun.Status.DONE
    assert SynthesisRun.objects.get(pk=fresh.pk).status == SynthesisRun.Status.PENDING


@pytest.mark.celery_worker
@pytest.mark.usefixtures("pages")
def test_run_task_on_a_real_worker(celery_worker):
    make_input()
    run = SynthesisRun.objects.create(action_field=FIELD)

    synthesis_run_task.delay(run.pk)

    done = wait_for(
        lambda: SynthesisRun.objects.filter(pk=run.pk, status=SynthesisRun.Status.DONE).first(), timeout=120
    )
    assert done.themes_found == 3
    assert not StrategyPage.objects.get().live


@pytest.mark.django_db
@pytest.mark.usefixtures("pages", "hash_embedder")
def test_new_input_requests_a_run_once_it_has_been_quiet():
    from strategy.services.runs import synthesis_request_changed

    make_input()
    quiet = datetime.timedelta(minutes=10)

    assert synthesis_request_changed(quiet=quiet) == []  # the input is seconds old: still settling
    later = timezone.now() + datetime.timedelta(minutes=11)
    assert synthesis_request_changed(quiet=quiet, now=later) == [FIELD]
    assert SynthesisRun.objects.filter(action_field=FIELD).count() == 1
    # Nothing new since that request: no second run.
    SynthesisRun.objects.filter(action_field=FIELD).update(status=SynthesisRun.Status.DONE)
    assert synthesis_request_changed(quiet=quiet, now=later + datetime.timedelta(minutes=30)) == []


@pytest.mark.django_db
@pytest.mark.usefixtures("pages", "hash_embedder")
def test_a_run_whose_worker_died_is_taken_up_again_within_minutes():
    """#14 F2: recovery must not wait for the half-hour time limit; a live worker's run is locked and left alone."""
    make_input()
    orphan = SynthesisRun.objects.create(
        action_field=FIELD,
        status=SynthesisRun.Status.RUNNING,
        attempts=1,
        started_at=timezone.now() - datetime.timedelta(minutes=3),
    )

    synthesis_sweep_task()  # eager here: the re-sent run is carried out at once

    orphan.refresh_from_db()
    assert orphan.status == SynthesisRun.Status.DONE
    assert orphan.attempts == 2
