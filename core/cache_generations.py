"""Generation counters in the cache: a key that embeds a generation is invalidated by bumping it, never by a scan.

Shared by the layers: participation's map points and the site's page cache read the "site" generation, and
the wiring app bumps it when proposals or pages change (smartkassel/page_cache_signals.py).
"""

from django.core.cache import cache

SITE = "site"


def _key(name: str) -> str:
    return f"generation:{name}"


def generation(name: str) -> int:
    return cache.get(_key(name)) or 0


def generations(*names: str) -> str:
    """Several generations in one cache round trip, as a string to put in a key."""
    values = cache.get_many([_key(name) for name in names])
    return ".".join(str(values.get(_key(name), 0)) for name in names)


def generation_bump(name: str) -> None:
    """Make every key built with the current generation unreachable (they expire on their own)."""
    count_many = getattr(cache, "count_many", None)
    if count_many is not None:
        # Redis: one round trip (INCR starts a missing counter), not incr()'s existence check and then set().
        count_many({_key(name): None})
        return
    try:
        cache.incr(_key(name))
    except ValueError:  # not stored yet, or evicted: any value differs from what keys were built with
        cache.set(_key(name), 1, timeout=None)
