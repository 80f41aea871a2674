"""Counters in Redis in one round trip (core.cache.FailSoftRedisCache.count_many): rate limits and generations."""

import pytest
from django.core.cache import cache, caches
from django.test import RequestFactory, override_settings

from core.cache import FailSoftRedisCache
from core.cache_generations import generation, generation_bump
from core.ratelimit import rate_limit_exceeded, rate_limit_reached


@pytest.fixture
def redis_cache(redis_url):
    if not isinstance(caches["default"], FailSoftRedisCache):
        pytest.skip("the default cache is not Redis here")
    return cache


def _ttl(key: str) -> int:
    return cache._cache.get_client(write=True).ttl(cache.make_and_validate_key(key))


def test_counters_start_at_one_expire_after_their_period_and_count_on(redis_cache):
    assert redis_cache.count_many({"limited": 60, "forever": None}) == [1, 1]
    assert redis_cache.count_many({"limited": 60, "forever": None}) == [2, 2]

    assert 0 < _ttl("limited") <= 60  # set when the counter began, not renewed by counting
    assert _ttl("forever") == -1
    # Plain integers, so cache.get() and get_many() read them as the other counters.
    assert redis_cache.get_many(["limited", "forever"]) == {"limited": 2, "forever": 2}


def test_a_counter_without_redis_is_none_and_fails_soft():
    dead = FailSoftRedisCache("redis://127.0.0.1:1/8", {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}})

    assert dead.count_many({"a": 60}) is None


@override_settings(PARTICIPATION_RATE_LIMITS={"vote": (2, 5, 3600)})
def test_the_rate_limit_counts_account_and_address_in_redis(redis_cache, db):
    from tests.factories import UserFactory

    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.7")
    request.user = UserFactory()

    assert [rate_limit_exceeded(request, "vote") for _ in range(3)] == [False, False, True]
    assert rate_limit_reached(request, "vote")
    assert 0 < _ttl(f"ratelimit:vote:user:{request.user.pk}") <= 3600


def test_a_generation_bump_is_one_increment(redis_cache):
    before = generation("page-test")

    generation_bump("page-test")
    generation_bump("page-test")

    assert generation("page-test") == before + 2
