"""Liveness of the services the portal needs, for load balancers and `docker compose`."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .celery import app

logger = logging.getLogger(__name__)


def database_state() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def cache_state() -> str:
    # The fail-soft cache (core/cache.py) hides an outage from pages; here Redis itself must answer.
    ping = getattr(cache, "ping", None)
    if ping is not None:
        ping()
    key, value = f"health:{uuid.uuid4().hex}", "1"
    cache.set(key, value, timeout=10)
    ok = cache.get(key) == value
    cache.delete(key)
    if not ok:
        raise RuntimeError("cache lost a value")
    return "ok"


def broker_state() -> str:
    # The embedded default has no broker to be down: tasks run in the request's process.
    if str(app.conf.broker_url).startswith("memory://"):
        return "in-process"
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0.2, timeout=2)
    return "ok"


CHECKS = {"database": database_state, "cache": cache_state, "broker": broker_state}


@never_cache
@require_GET
def health(request):
    """200 with each service's state when all are up, 503 when any is down."""
    states = {}
    for name, check in CHECKS.items():
        try:
            states[name] = check()
        except Exception as exc:
            logger.warning("health check %s failed: %s", name, exc)
            states[name] = "down"
    healthy = all(state != "down" for state in states.values())
    return JsonResponse({"status": "ok" if healthy else "down", **states}, status=200 if healthy else 503)
