"""Per-account and per-address limits on writes, counted in the shared cache (Redis in production).

Without its store (Redis down, core/cache.py) a limit fails open: a proposal, comment or vote that is refused
because a counter is unreachable would be lost, and the outage is short and logged. The exception is the login:
allauth's `login_failed` limit also counts in the cache, so while the cache is down failed logins are counted in
the database (RateLimitHit) against the same rates, and guessing passwords stays as slow as with Redis.
"""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone

from .cache import cache_unavailable
from .models import RateLimitHit

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def client_address(request) -> str:
    """The visitor's address; behind N trusted proxies (ALLAUTH_TRUSTED_PROXY_COUNT) the Nth-last forwarded one."""
    # The same rule as allauth's limits, so both count one visitor the same way. Without proxies the
    # X-Forwarded-For header is the client's own word and is ignored.
    proxies = settings.ALLAUTH_TRUSTED_PROXY_COUNT
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if proxies and len(hops) >= proxies:
        return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _over_limit(key: str, limit: int, period: int) -> bool:
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr, or the cache is down
        if cache_unavailable():
            return False  # fail open, see the module's docstring
        cache.set(key, 1, timeout=period)
        count = 1
    return count > limit


def rate_limit_exceeded(request, action: str) -> bool:
    """Count one attempt at `action`; True when the account or the address is over its limit."""
    period = settings.PARTICIPATION_RATE_LIMITS[action][2]
    keys = _account_and_address_keys(request, action)
    count_many = getattr(cache, "count_many", None)
    if count_many is not None:
        # Redis: every bucket counted in one round trip (a vote is the busiest write; core/cache.py).
        counts = count_many({key: period for key, _limit in keys})
        if counts is None:
            return False  # fail open, see the module's docstring
        return any(count > limit for count, (_key, limit) in zip(counts, keys, strict=True))
    # Every bucket counts the attempt, so no short-circuit.
    results = [_over_limit(key, limit, period) for key, limit in keys]
    return any(results)


def address_rate_limit_exceeded(request, action: str) -> bool:
    """Count one request per address only, for anonymous reads that must not touch the session (open data)."""
    _per_user, per_address, period = settings.PARTICIPATION_RATE_LIMITS[action]
    return _over_limit(f"ratelimit:{action}:addr:{client_address(request)}", per_address, period)


def too_many_requests(request, action: str):
    period = settings.PARTICIPATION_RATE_LIMITS[action][2]
    response = render(request, "429.html", {"minutes": max(1, period // 60)}, status=429)
    response["Retry-After"] = str(period)
    return response


def _account_and_address_keys(request, action: str) -> list[tuple[str, int]]:
    per_user, per_address, _period = settings.PARTICIPATION_RATE_LIMITS[action]
    keys = [(f"ratelimit:{action}:addr:{client_address(request)}", per_address)]
    if request.user.is_authenticated:
        keys.append((f"ratelimit:{action}:user:{request.user.pk}", per_user))
    return keys


def rate_limit_reached(request, action: str) -> bool:
    """True when the account or the address has used up `action`'s limit; counts nothing.

    For limits on what was accepted rather than on what was sent: ask first, rate_limit_exceeded() after.
    """
    keys = _account_and_address_keys(request, action)
    counts = cache.get_many([key for key, _limit in keys])
    return any(counts.get(key, 0) >= limit for key, limit in keys)


def _rates(spec: str) -> list[tuple[int, int, str]]:
    # allauth's notation, "10/m/ip,5/5m/key": (amount, period in seconds, per what).
    rates = []
    for part in filter(None, (item.strip() for item in spec.split(","))):
        amount, duration, per = part.split("/")
        rates.append((int(amount), int(float(duration[:-1] or 1) * UNITS[duration[-1]]), per))
    return rates


def _login_failure_keys(request, login: str) -> list[tuple[str, int, int]]:
    """(hashed key, limit, period) for each of allauth's login_failed rates; hashed: no address in the table."""
    sources = {"ip": client_address(request), "key": login.strip().lower()}
    keys = []
    for amount, period, per in _rates(settings.ACCOUNT_RATE_LIMITS.get("login_failed", "")):
        if per in sources:
            digest = hashlib.sha256(f"{per}:{sources[per]}".encode()).hexdigest()
            keys.append((f"login_failed:{per}:{digest}", amount, period))
    return keys


def login_failures_exceeded(request, *, login: str) -> bool:
    """While the cache is down: whether this address or this account used up its failed logins (database count)."""
    if not cache_unavailable():
        return False  # allauth's own limit, in the cache, holds
    now = timezone.now()
    return any(
        RateLimitHit.objects.filter(key=key, created__gt=now - datetime.timedelta(seconds=period)).count() >= limit
        for key, limit, period in _login_failure_keys(request, login)
    )


def login_failure_record(request, *, login: str) -> None:
    """While the cache is down: count one failed login in the database, and forget counts older than a day."""
    if not cache_unavailable():
        return
    now = timezone.now()
    RateLimitHit.objects.bulk_create(
        RateLimitHit(key=key, created=now) for key, _l, _p in _login_failure_keys(request, login)
    )
    RateLimitHit.objects.filter(created__lt=now - datetime.timedelta(days=1)).delete()
