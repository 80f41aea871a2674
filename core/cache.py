"""The default cache in production: Django's Redis cache, failing soft when Redis is away.

Redis holds only what can be rebuilt (home figures, the theme index, Wagtail's site roots, rate-limit counters),
so an outage must not turn into a 500: a read misses, a write is skipped, and pages come from the database.
The outage is logged once when it begins and once when it ends, per process, not per request. After a failure
the cache leaves Redis alone for RETRY_AFTER seconds, so a request that touches the cache many times waits for
at most one connection timeout (OPTIONS socket_connect_timeout / socket_timeout keep that short).
"""

import logging
import threading
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)
RETRY_AFTER = 5.0


class Outage:
    """Whether one Redis server is away, shared by the cache objects of all threads of this process."""

    def __init__(self, location: str):
        self.location = location
        self.down = False
        self.retry_at = 0.0
        self._lock = threading.Lock()

    def skip(self) -> bool:
        return self.down and time.monotonic() < self.retry_at

    def failed(self, error: Exception) -> None:
        with self._lock:
            began = not self.down
            self.down, self.retry_at = True, time.monotonic() + RETRY_AFTER
        if began:
            logger.error("cache %s unavailable, serving without it until it answers: %s", self.location, error)

    def recovered(self) -> None:
        if not self.down:
            return
        with self._lock:
            ended, self.down = self.down, False
        if ended:
            logger.warning("cache %s answers again", self.location)


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def _outage(location: str) -> Outage:
    with _outages_lock:
        return _outages.setdefault(location, Outage(location))


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, keeping one redis.Redis per connection pool instead of building one per call.

    Building one costs more than the round trip it makes (redis-py fills a table of some 170 response callbacks
    each time): three times per vote (#17). A redis.Redis is safe to share; its connections come from the pool.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


# count_many(): per key, start a missing counter at 0 with its expiry (an empty period: none), then count one.
COUNT_SCRIPT = """
local counts = {}
for index, key in ipairs(KEYS) do
    local seconds = tonumber(ARGV[index])
    if seconds then redis.call('SET', key, 0, 'EX', seconds, 'NX') end
    counts[index] = redis.call('INCR', key)
end
return counts
"""


class FailSoftRedisCache(RedisCache):
    """RedisCache whose operations miss (reads) or do nothing (writes) while Redis does not answer."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._count_script = None
        self.outage = _outage(server if isinstance(server, str) else ",".join(server))

    @property
    def unavailable(self) -> bool:
        """True from a failed call until one succeeds again."""
        return self.outage.down

    def _soft(self, name: str, fallback, *args, **kwargs):
        if self.outage.skip():
            return fallback
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except UNAVAILABLE as error:
            self.outage.failed(error)
            return fallback
        self.outage.recovered()
        return result

    def ping(self) -> None:
        """Ask Redis itself, past the outage memory; raises when it does not answer (for /health/)."""
        try:
            self._cache.get_client(write=True).ping()
        except UNAVAILABLE as error:
            self.outage.failed(error)
            raise
        self.outage.recovered()

    def get(self, key, default=None, version=None):
        return self._soft("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._soft("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._soft("has_key", False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("set_many", [], data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # "Added": allauth waits for its lock key with add() and would refuse every login after a second.
        # Without Redis there is nothing to exclude each other with; callers that count (core.ratelimit) know.
        return self._soft("add", True, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._soft("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._soft("delete_many", None, keys, version)

    def clear(self):
        return self._soft("clear", False)

    def incr(self, key, delta=1, version=None):
        # A missing key is what incr() reports as ValueError; callers already handle it (and then set()).
        missing = object()
        result = self._soft("incr", missing, key, delta, version)
        if result is missing:
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return result

    def count_many(self, keys: dict[str, int | None], version=None) -> list[int] | None:
        """Add one to each counter, creating a missing one at 1 that expires after its seconds (None: never).

        One round trip and one atomic step (a Lua script), so a counter never outlives its period without a
        timeout, as a separate add() and incr() (three round trips each) could leave it. None while Redis does
        not answer.
        """
        if self.outage.skip():
            return None
        names = [self.make_and_validate_key(key, version=version) for key in keys]
        periods = ["" if seconds is None else seconds for seconds in keys.values()]
        try:
            if self._count_script is None:
                self._count_script = self._cache.get_client(write=True).register_script(COUNT_SCRIPT)
            counts = self._count_script(keys=names, args=periods)
        except UNAVAILABLE as error:
            self.outage.failed(error)
            return None
        self.outage.recovered()
        return [int(count) for count in counts]


def cache_unavailable(alias: str = "default") -> bool:
    """Whether the cache `alias` is a fail-soft cache in an outage (always False for local-memory caches)."""
    return getattr(caches[alias], "unavailable", False)
