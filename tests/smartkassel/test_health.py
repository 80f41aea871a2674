import pytest
from django.test import override_settings

from smartkassel.celery import app

DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


@pytest.mark.django_db
def test_health_is_ok_when_all_services_answer(client):
    response = client.get("/health/")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["cache"] == "ok"
    assert body["broker"] in {"ok", "in-process"}


@pytest.mark.django_db
def test_health_is_503_when_the_cache_is_down(client):
    dead_cache = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": DEAD_REDIS}}
    with override_settings(CACHES=dead_cache):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["cache"] == "down"
    assert response.json()["status"] == "down"


@pytest.mark.django_db
def test_health_is_503_when_the_broker_is_down(client):
    previous = app.conf.broker_url
    app.conf.broker_url = DEAD_REDIS
    try:
        response = client.get("/health/")
    finally:
        app.conf.broker_url = previous

    assert response.status_code == 503
    assert response.json()["broker"] == "down"


def test_health_checks_the_real_broker_when_one_is_configured(client, redis_url, db):
    assert app.conf.broker_url == redis_url
    assert client.get("/health/").json()["broker"] == "ok"


@pytest.mark.django_db
def test_health_refuses_post(client):
    assert client.post("/health/").status_code == 405
