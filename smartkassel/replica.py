"""Anonymous reads from a read replica (DATABASE_REPLICA_URL), everything else from the primary.

A router cannot see the request, so a middleware marks the requests whose reads may be a little stale: GET and
HEAD by people who are not logged in (they only read public pages, and the replica lags by well under a second).
Everything else — logged-in people, who must see their own vote and comment at once, any POST, the admin, Celery
tasks, management commands — reads and writes the primary. Without a replica the router answers None (default).
"""

from contextvars import ContextVar

from django.conf import settings

_replica_reads: ContextVar[bool] = ContextVar("replica_reads", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return "replica" if settings.REPLICA_READS and _replica_reads.get() else None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, copied: objects from either connection relate

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReplicaReadsMiddleware:
    """Lets an anonymous GET/HEAD read from the replica (after authentication, which reads the session)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.REPLICA_READS or request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return self.get_response(request)
        token = _replica_reads.set(True)
        try:
            return self.get_response(request)
        finally:
            _replica_reads.reset(token)
