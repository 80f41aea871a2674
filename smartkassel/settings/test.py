"""Tests: embedded defaults unless DATABASE_URL / REDIS_URL name real services."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL, env

SECRET_KEY = "test-only-key-smartkassel-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A real Celery worker is another process, where locmem's outbox cannot be seen: worker tests name a folder.
if env("TEST_EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env("TEST_EMAIL_FILE_PATH")
# Uploads go to a throwaway folder, so the live server can serve them like production does.
# A real Celery worker writes files too (open data exports): such tests name the folder both processes share.
MEDIA_ROOT = Path(env("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="smartkassel-test-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests run tasks in-process; tests marked celery_worker switch to the real worker.
CELERY_TASK_ALWAYS_EAGER = True
# pytest-xdist gives each worker its own test database; it gets its own Redis database too (the one named,
# minus the worker's number), since tests empty the cache and a worker's flush must not empty the other's.
_worker = env("PYTEST_XDIST_WORKER").removeprefix("gw")
if REDIS_URL and _worker.isdigit() and int(_worker):
    _base, _, _db = REDIS_URL.rpartition("/")
    REDIS_URL = f"{_base}/{int(_db or 0) - int(_worker)}"
    CACHES["default"]["LOCATION"] = CELERY_BROKER_URL = REDIS_URL
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = "smartkassel-test"
# Tests change rows directly and read pages back at once: the page cache is on only where a test turns it on
# (tests/smartkassel/test_anonymous_cache.py).
PAGE_CACHE_SECONDS = 0
# The same for the cached parts of pages (core/fragments.py): tests that check their renewal turn it on.
FRAGMENT_CACHE = False
# Tests never contact a tile server: the map shows a local placeholder tile.
MAP_TILE_URL = "/static/img/map-tile-offline.png?{z}/{x}/{y}"
