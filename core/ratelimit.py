"""Per-account and per-address limits on writes, counted in the shared cache (Redis in production)."""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


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
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    return count > limit


def rate_limit_exceeded(request, action: str) -> bool:
    """Count one attempt at `action`; True when the account or the address is over its limit."""
    per_user, per_address, period = settings.PARTICIPATION_RATE_LIMITS[action]
    buckets = [(f"ratelimit:{action}:addr:{client_address(request)}", per_address)]
    if request.user.is_authenticated:
        buckets.append((f"ratelimit:{action}:user:{request.user.pk}", per_user))
    # Every bucket counts the attempt, so no short-circuit.
    results = [_over_limit(key, limit, period) for key, limit in buckets]
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
