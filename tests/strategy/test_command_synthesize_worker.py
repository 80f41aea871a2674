"""`manage.py synthesize` while a worker has the same run, on real PostgreSQL (issue 14, F10).

The worker is a thread with its own connection that runs the service as a Celery worker would; it holds the
run's row lock while it synthesises. The command must wait for that run, report it, approve it once it is done,
and never count a second attempt.
"""

import io
import os
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from strategy.models import StrategyPage, SynthesisRun
from strategy.services import runs
from tests.factories import ProjectOfficeFactory
from tests.strategy.synthesis_fixtures import FIELD, make_input

ON_POSTGRES = connection.vendor == "postgresql"
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not ON_POSTGRES and os.environ.get("REQUIRE_SERVICES") != "1", reason="PostgreSQL (set DATABASE_URL)"
    ),
    pytest.mark.usefixtures("pages", "hash_embedder"),
]


@pytest.fixture
def slow_synthesis(monkeypatch):
    """The worker's synthesis takes two seconds, holding the row lock; `locked` is set once it holds it."""
    locked = threading.Event()
    real = runs.synthesize

    def slow(*args, **kwargs):
        locked.set()
        time.sleep(2)
        return real(*args, **kwargs)

    monkeypatch.setattr(runs, "synthesize", slow)
    return locked


def in_worker(call) -> tuple[threading.Thread, list]:
    errors: list = []

    def target():
        try:
            call()
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=target)
    thread.start()
    return thread, errors


def synthesize(*args) -> str:
    out = io.StringIO()
    call_command("synthesize", *args, stdout=out)
    return out.getvalue()


def test_the_command_waits_for_the_run_a_worker_holds_and_approves_it(slow_synthesis):
    make_input()
    reviewer = ProjectOfficeFactory()
    run = runs.synthesis_request(FIELD, enqueue=False)  # requested earlier, e.g. by the nightly beat
    worker, errors = in_worker(lambda: runs.synthesis_run(run.pk))
    assert slow_synthesis.wait(timeout=60)

    output = synthesize(FIELD, "--approve-as", reviewer.email)

    worker.join(timeout=60)
    assert errors == []
    assert f"{FIELD}: done" in output and "published" in output, output
    run.refresh_from_db()
    assert (run.status, run.attempts) == (SynthesisRun.Status.DONE, 1)
    assert StrategyPage.objects.get().live


def test_a_run_a_worker_has_just_started_is_not_taken_again(slow_synthesis):
    """The gap between the worker's start (committed) and its lock: the command must not count a second attempt."""
    make_input()
    reviewer = ProjectOfficeFactory()
    run = runs.synthesis_request(FIELD, enqueue=False)
    SynthesisRun.objects.filter(pk=run.pk).update(
        status=SynthesisRun.Status.RUNNING, attempts=1, started_at=timezone.now()
    )

    def worker_after_the_gap():
        time.sleep(1)
        runs._run_work(run.pk)

    worker, errors = in_worker(worker_after_the_gap)
    output = synthesize(FIELD, "--approve-as", reviewer.email)
    worker.join(timeout=60)

    assert errors == []
    assert "published" in output, output
    run.refresh_from_db()
    assert (run.status, run.attempts) == (SynthesisRun.Status.DONE, 1)
    assert SynthesisRun.objects.filter(action_field=FIELD).count() == 1
