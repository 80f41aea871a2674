"""Redis really stopped: pages render from the database, writes are recorded, the outbox waits and drains after.

Each test starts its own `redis-server` on a free port (the machine's Redis stays untouched), points the
cache — and, for the worker test, the broker and a real Celery worker — at it, stops it and starts it again on
the same port. The server keeps nothing on disk, so a restart comes back empty: queued messages are lost too,
the worst case, and only the rows in the database bring the work back.
"""

import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid

import pytest
import redis
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.urls import reverse

from core.choices import ActionField
from demo.loader import demo_pages_load
from notifications.models import Notification
from participation.models import Comment, Proposal, Vote
from smartkassel.celery import app
from tests.conftest import REPO_ROOT, _database_url, require_service, wait_for
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory

PASSWORD = "ein-sicheres-passwort"  # the factories' password
DEAD_PORT_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A throwaway redis-server of this test: started, stopped and started again on one port."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--daemonize", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("redis-server did not start")
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def use_broker(url: str) -> None:
    # The app keeps its connection pools; forget them so the next publish connects to `url`.
    app.conf.broker_url = url
    app._pool = None
    app.__dict__.get("amqp") and setattr(app.amqp, "_producer_pool", None)


@pytest.fixture
def own_redis():
    require_service(bool(settings.REDIS_URL), "Redis (set REDIS_URL)")
    require_service(shutil.which("redis-server") is not None, "redis-server")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site_on_own_redis(own_redis):
    """The site's cache on this test's Redis, configured as the settings configure it (only the address differs)."""
    caches = {"default": {**settings.CACHES["default"], "LOCATION": own_redis.url}}
    with override_settings(CACHES=caches):
        yield own_redis


@pytest.fixture
def worker(site_on_own_redis, django_db_serialized_rollback, transactional_db):
    """A real `celery worker` on this test's Redis (its default queue: no one else uses this server)."""
    require_service(connection.vendor == "postgresql", "PostgreSQL for the Celery worker (set DATABASE_URL)")
    url = site_on_own_redis.url
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "smartkassel.settings.test",
        "DATABASE_URL": _database_url(connection.settings_dict),
        "REDIS_URL": url,
        "PYTEST_XDIST_WORKER": "",
    }
    name = f"redis-down-{os.getpid()}@{os.uname().nodename}"
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "smartkassel", "worker", "--pool=solo", "-n", name,
         "-Q", "celery,mail,synthesis",  # every queue of settings.CELERY_TASK_ROUTES, as `make worker` does
         "--without-heartbeat", "--without-gossip", "--without-mingle", "-l", "warning"],
        cwd=REPO_ROOT, env=env,
    )  # fmt: skip
    previous = (app.conf.broker_url, app.conf.task_always_eager)
    use_broker(url)
    app.conf.task_always_eager = False
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(destination=[name], timeout=0.5):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the Celery worker did not start")
        yield process
    finally:
        use_broker(previous[0])
        app.conf.task_always_eager = previous[1]
        process.terminate()
        process.wait(timeout=30)


def proposal_form(**overrides) -> dict:
    return {
        "title": "Sitzbänke im Bergpark",
        "body": "Auf den langen Wegen zum Herkules fehlen Bänke zum Ausruhen, besonders für ältere Menschen.",
        "action_field": ActionField.ECOSYSTEM,
        "district": "mitte",
        "latitude": "51.3155",
        "longitude": "9.4975",
        "image_alt": "",
        "website": "",
        "submission_key": str(uuid.uuid4()),
        "submit": "1",
    } | overrides


def cache_outage_records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "core.cache" and r.levelno >= logging.WARNING]


def test_the_site_serves_and_records_with_redis_stopped_and_the_outbox_drains_after(client, own_redis, worker, caplog):
    demo_pages_load()
    ProposalPhaseFactory()
    author = ConfirmedUserFactory(email_notifications=True)
    proposal = ProposalFactory(author=author)
    citizen = ConfirmedUserFactory()
    # With Redis up the pages fill the cache (site roots, home figures, theme index)...
    assert client.get("/").status_code == 200

    # ...then Redis goes away, and every cached value with it.
    caplog.set_level(logging.WARNING)
    own_redis.stop()

    pages = {
        "home": "/",
        "proposal list": reverse("participation:proposal_list"),
        "proposal": proposal.get_absolute_url(),
        "strategy": "/strategie/",
        "statistics": "/statistik/",
        "API": reverse("opendata:api_proposals"),
        "CSV": reverse("opendata:proposals_csv"),
        "login": reverse("account_login"),
    }
    for name, url in pages.items():
        assert client.get(url).status_code == 200, name

    response = client.post(reverse("account_login"), {"login": citizen.email, "password": PASSWORD})
    assert response.status_code == 302, "login with Redis down"
    assert client.get(reverse("accounts:profile")).status_code == 200

    response = client.post(reverse("participation:proposal_create"), proposal_form())
    assert response.status_code == 302, "proposal with Redis down"
    assert Proposal.objects.filter(author=citizen, title="Sitzbänke im Bergpark").exists()
    comment_url = reverse("participation:comment_create", args=[proposal.pk])
    comment = {"body": "Am Königsplatz wäre ein Brunnen ideal.", "website": "", "submission_key": str(uuid.uuid4())}
    assert client.post(comment_url, comment).status_code == 302, "comment with Redis down"
    assert Comment.objects.filter(proposal=proposal, author=citizen).exists()
    vote_url = reverse("participation:proposal_vote", args=[proposal.pk])
    assert client.post(vote_url, {"value": "1"}).status_code == 302, "vote with Redis down"
    assert Vote.objects.filter(proposal=proposal, voter=citizen, value=1).exists()

    # The reply mail to the author waits in the outbox: the enqueue after commit found no broker.
    reply = Notification.objects.get(recipient=author)
    assert reply.status == Notification.Status.PENDING

    health = client.get("/health/")
    assert health.status_code == 503
    assert health.json()["cache"] == "down"
    # Many requests, one outage: logged once, not once per request.
    assert len(cache_outage_records(caplog)) == 1

    own_redis.start()
    # The worker reconnects and sends the sweeps at once: the outbox drains without waiting for beat.
    wait_for(lambda: Notification.objects.get(pk=reply.pk).status == Notification.Status.SENT, timeout=90)
    assert client.get("/health/").status_code == 200


def test_login_failures_are_limited_in_the_database_while_redis_is_down(client, site_on_own_redis, db):
    citizen = ConfirmedUserFactory()
    site_on_own_redis.stop()
    login_url = reverse("account_login")

    # allauth allows 5 failed logins per address in 5 minutes ("5/5m/key"); its counter is in the cache.
    for _attempt in range(5):
        response = client.post(login_url, {"login": citizen.email, "password": "falsch-falsch-falsch"})
        assert response.status_code == 200
    response = client.post(login_url, {"login": citizen.email, "password": PASSWORD})

    assert response.status_code == 200, "the sixth attempt must be refused, even with the right password"
    assert "_auth_user_id" not in client.session


def test_a_fail_soft_cache_without_redis_misses_skips_and_logs_once(caplog):
    from core.cache import FailSoftRedisCache

    # Its own address: the outage memory is per server and process, and another test may have met port 1.
    dead = FailSoftRedisCache("redis://127.0.0.1:1/7", {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}})
    caplog.set_level(logging.WARNING)

    assert dead.get("figures", "default") == "default"
    assert dead.set("figures", 1) is None
    # An add "succeeds": allauth's limiter waits for its lock key and would refuse every login otherwise.
    assert dead.add("lock", 1) is True
    with pytest.raises(ValueError):
        dead.incr("counter")
    assert dead.get_many(["a", "b"]) == {}
    assert dead.get_or_set("generation", 0) == 0
    assert dead.has_key("a") is False
    assert dead.delete("a") is False
    dead.set_many({"a": 1})
    dead.delete_many(["a"])
    dead.clear()
    assert len(cache_outage_records(caplog)) == 1


def test_health_answers_503_while_the_fail_soft_cache_has_no_redis(client, db):
    dead = {
        "default": {
            "BACKEND": "core.cache.FailSoftRedisCache",
            "LOCATION": DEAD_PORT_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    with override_settings(CACHES=dead):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["cache"] == "down"


def test_sweeps_are_sent_when_a_worker_connects(monkeypatch):
    from smartkassel.celery import CONNECT_SWEEPS, SweepOnConnect

    sent = []
    monkeypatch.setattr(app, "send_task", lambda name, **kwargs: sent.append(name))

    class Consumer:
        pass

    consumer = Consumer()
    consumer.app = app
    SweepOnConnect(consumer).start(consumer)

    assert sent == list(CONNECT_SWEEPS)
    assert set(sent) == {"notifications.tasks.notifications_sweep_task", "strategy.tasks.synthesis_sweep_task"}
