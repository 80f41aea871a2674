"""Each page once in this process through Django's test client: how many queries, and the slowest one."""

from dataclasses import dataclass


@dataclass
class QueryProfile:
    status: int
    count: int
    slowest_ms: float
    slowest_sql: str
    total_ms: float


def profile(path: str) -> QueryProfile:
    """The page rendered twice without the full-page cache; the second rendering's queries (other caches warm)."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_X_FORWARDED_FOR="10.254.0.1")
    with override_settings(PAGE_CACHE_SECONDS=0):
        _get(client, path)
        with CaptureQueriesContext(connection) as captured:
            response = _get(client, path)
    times = [(float(query["time"]) * 1000, query["sql"]) for query in captured.captured_queries]
    slowest_ms, slowest_sql = max(times, default=(0.0, ""))
    return QueryProfile(
        status=response.status_code,
        count=len(times),
        slowest_ms=slowest_ms,
        slowest_sql=" ".join(slowest_sql.split()),
        total_ms=sum(ms for ms, _ in times),
    )


def _get(client, path: str):
    response = client.get(path)
    if response.streaming:
        for _chunk in response.streaming_content:  # a streamed export queries while it is read
            pass
    return response
