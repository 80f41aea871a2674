"""What every cached fragment of a page is keyed on besides its own data: the deployed templates and static files.

A fragment's own data is in its key too (a generation, a row's content, the filters), so a change of the data
is seen by the next render without any deletion; a deploy that changes a template or a static file starts new
keys the same way, and what was stored before expires on its own.
"""

import functools
import hashlib
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache

from core.cache_generations import SITE, generations

T = TypeVar("T")


@functools.cache
def templates_version() -> str:
    """A digest of the project's templates and of the static files' manifest, computed once per process."""
    digest = hashlib.blake2b(digest_size=6)
    for folder in (Path(name) for engine in settings.TEMPLATES for name in engine.get("DIRS", [])):
        for path in sorted(folder.rglob("*.html")):
            digest.update(path.read_bytes())
    # The hashed names of static files (icons in cards) change with a deploy of new static files.
    digest.update(str(getattr(staticfiles_storage, "manifest_hash", "")).encode())
    return digest.hexdigest()


def fragments_on() -> bool:
    """Whether parts of pages come from the cache (settings.FRAGMENT_CACHE; tests turn it off)."""
    return settings.FRAGMENT_CACHE


def cached(key: str, compute: Callable[[], T], *, timeout: int) -> T:
    """The value stored under `key`, computed and stored when missing (computed each time with the cache off)."""
    if not settings.FRAGMENT_CACHE:
        return compute()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value


# The generations a request has read: one request renders one state of the site, and reads each counter once
# (several parts of a page are keyed on the site generation). None outside a request: every read asks the cache.
_request_generations: ContextVar[dict | None] = ContextVar("request_generations", default=None)


def request_generations(*names: str) -> str:
    """core.cache_generations.generations(), read at most once per request."""
    memo = _request_generations.get()
    if memo is None:
        return generations(*names)
    missing = [name for name in names if name not in memo]
    if missing:
        memo.update(zip(missing, generations(*missing).split("."), strict=True))
    return ".".join(memo[name] for name in names)


def site_key(prefix: str, *wanted) -> str:
    """A cache key renewed with the site generation: the prefix, the generation and a digest of what was asked
    (filters, an address, a language)."""
    digest = hashlib.blake2b(repr(wanted).encode(), digest_size=12).hexdigest()
    return f"{prefix}:{request_generations(SITE)}:{digest}"


def request_started(sender=None, **kwargs) -> None:
    _request_generations.set({})


def request_finished(sender=None, **kwargs) -> None:
    _request_generations.set(None)
