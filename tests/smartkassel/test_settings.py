"""The embedded default and the switch to real services, each checked in a fresh interpreter."""

import json
import os
import subprocess
import sys

from tests.conftest import REPO_ROOT

PROBE = """
import json, django
django.setup()
from django.conf import settings
from smartkassel.celery import app
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "cache": settings.CACHES["default"]["BACKEND"],
    "broker": app.conf.broker_url,
    "eager": app.conf.task_always_eager,
    "serializer": app.conf.task_serializer,
    "accept": app.conf.accept_content,
    "acks_late": app.conf.task_acks_late,
    "time_limit": app.conf.task_time_limit,
    "email": settings.EMAIL_BACKEND,
    "language": settings.LANGUAGE_CODE,
}))
"""


def probe(settings_module: str, **env_vars: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(DJANGO_SETTINGS_MODULE=settings_module, **env_vars)
    output = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_dev_defaults_need_no_services():
    config = probe("smartkassel.settings.dev")

    assert config["engine"] == "django.db.backends.sqlite3"
    assert config["db_name"].endswith("db.sqlite3")
    assert config["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert config["broker"] == "memory://"
    assert config["eager"] is True
    # `make run` writes mails to log/mail/ (DEV_LOG_TO_CONSOLE=1 brings the console back).
    assert config["email"] == "django.core.mail.backends.filebased.EmailBackend"
    assert config["language"] == "de"


def test_database_and_redis_urls_switch_to_real_services():
    config = probe(
        "smartkassel.settings.dev",
        DATABASE_URL="postgres://kassel:geheim@db.example:5432/smartkassel",
        REDIS_URL="redis://cache.example:6379/0",
    )

    assert config["engine"] == "django.db.backends.postgresql"
    assert config["db_name"] == "smartkassel"
    assert config["cache"] == "core.cache.FailSoftRedisCache"
    assert config["broker"] == "redis://cache.example:6379/0"
    assert config["eager"] is False


def test_celery_uses_json_acks_late_and_time_limits():
    config = probe("smartkassel.settings.dev")

    assert config["serializer"] == "json"
    assert config["accept"] == ["json"]
    assert config["acks_late"] is True
    assert config["time_limit"] > 0
