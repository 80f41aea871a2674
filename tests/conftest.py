"""Fixtures shared by all tests, and the rule for real services: skip when absent, fail if REQUIRE_SERVICES=1."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

REPO_ROOT = Path(__file__).resolve().parent.parent


def require_service(available: bool, what: str) -> None:
    """Skip a test whose service is missing, or fail it when CI demands every service."""
    if available:
        return
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(f"{what} is required (REQUIRE_SERVICES=1) but not available")
    pytest.skip(f"{what} is not available")


@pytest.fixture(autouse=True)
def _default_language():
    # A request under /en/ leaves the test thread in English; every test starts in the default language, so
    # reverse() and get_absolute_url() give the same address whatever ran before.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_cache():
    # Redis outlives a test; each test starts with an empty cache, as locmem would give it.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a test module, rolled back after its last test: data built in a module-scoped
    fixture that requests this is built once instead of once per test.

    Every test in the module still uses `db` (pytest-django's per-test transaction becomes a savepoint inside
    this one), so what a test writes is undone before the next test. Not for modules with live-server or
    `transactional_db` tests: their flush would run inside this transaction.
    """
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def postgres(db):
    from django.db import connection

    require_service(connection.vendor == "postgresql", "PostgreSQL (set DATABASE_URL)")
    return connection


@pytest.fixture
def redis_url():
    require_service(bool(settings.REDIS_URL), "Redis (set REDIS_URL)")
    return settings.REDIS_URL


def _database_url(settings_dict) -> str:
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{settings_dict['NAME']}"


@pytest.fixture
def celery_worker(django_db_serialized_rollback, transactional_db, redis_url):
    """A real `celery worker` process on Redis, using this test run's PostgreSQL database.

    Tasks sent with apply_async() while this fixture is active go through Redis to that worker.
    """
    from django.db import connection

    from smartkassel.celery import app

    require_service(connection.vendor == "postgresql", "PostgreSQL for the Celery worker (set DATABASE_URL)")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "smartkassel.settings.test",
        "DATABASE_URL": _database_url(connection.settings_dict),
        "REDIS_URL": redis_url,
        # The worker uses exactly this process's Redis database (test settings would shift it again).
        "PYTEST_XDIST_WORKER": "",
    }
    queue = f"test-{os.getpid()}-{time.monotonic_ns()}"
    # The routed queues (mail, synthesis: settings.CELERY_TASK_ROUTES) live in this process's own Redis database;
    # emptied first, so nothing an earlier test left there runs now.
    routed = sorted({route["queue"] for route in settings.CELERY_TASK_ROUTES.values()})
    redis.Redis.from_url(redis_url).delete(*routed)
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "smartkassel", "worker", "--pool=solo", "-Q", ",".join([queue, *routed]),
         "-n", f"{queue}@%h", "--without-heartbeat", "--without-gossip", "--without-mingle", "-l", "warning"],
        cwd=REPO_ROOT, env=env,
    )  # fmt: skip
    previous = (app.conf.task_always_eager, app.conf.task_default_queue)
    app.conf.task_always_eager, app.conf.task_default_queue = False, queue
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(destination=[f"{queue}@{os.uname().nodename}"], timeout=0.5):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the Celery worker did not start")
        yield app
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = previous
        process.terminate()
        process.wait(timeout=30)


def wait_for(predicate, *, timeout: float = 30.0, interval: float = 0.1):
    """Poll until predicate() returns a truthy value, for results that another process produces."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"condition not met within {timeout} s")
