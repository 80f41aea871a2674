"""Anonymous full-page caching in Redis (the default cache), with explicit invalidation, and HTTP caching headers.

Who is served from the cache: a GET or HEAD without a session or messages cookie — a visitor who is not signed
in and has nothing pending to read. Signed-in people always get a freshly rendered page (`private, no-cache`).
What is stored: a 200 response of a public area that set no cookie. A page that sets one (a form with a CSRF
token, a session written) is therefore never stored: the cache cannot hand one visitor's token to another.

Invalidation, without flushing the site: each stored page belongs to generations (counters in the cache).
- every page: the site generation, bumped when a Wagtail page is (un)published and when a proposal is saved
  (created, edited, moderated);
- a proposal's page also: that proposal's generation, bumped by a vote or a comment on it.
Counts on lists (the list, the action field pages, the home page) follow a vote within settings.PAGE_CACHE_SECONDS
(the pages say so). The content-security nonce is per request: it is stored as a placeholder and replaced by
this request's nonce, so a cached page never reuses one.
"""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import parse_etags, quote_etag
from django.utils.translation import get_language

from core.cache_generations import SITE, generation_bump, generations

NONCE_PLACEHOLDER = b"__smartkassel_csp_nonce__"
PROPOSAL_PAGE = re.compile(r"^(?:/en)?/vorschlaege/(\d+)/$")
# Never stored, whatever the response: personal areas, the admin, the language switch, media with permissions.
EXCLUDED_PREFIXES = ("/admin/", "/konto/", "/en/konto/", "/i18n/", "/health/", "/media/", "/documents/", "/_util/")
CACHEABLE_TYPES = ("text/html", "application/json")
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Robots-Tag", "Link")


def _proposal_generation(proposal_id: int) -> str:
    return f"proposal-page:{proposal_id}"


def site_pages_invalidate() -> None:
    """Every anonymous page is rendered anew (a page was published, a proposal was added or changed)."""
    generation_bump(SITE)


def proposal_page_invalidate(proposal_id: int) -> None:
    """Only this proposal's page is rendered anew (a vote or a comment); lists follow within the timeout."""
    generation_bump(_proposal_generation(proposal_id))


def _generations(path: str) -> str:
    match = PROPOSAL_PAGE.match(path)
    return generations(SITE, _proposal_generation(int(match.group(1)))) if match else generations(SITE)


def _is_cacheable_request(request) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return not request.path.startswith(EXCLUDED_PREFIXES)


def _is_storable(response) -> bool:
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and content_type in CACHEABLE_TYPES
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def _page_key(request) -> str:
    where = hashlib.sha256(f"{request.scheme}://{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"page-cache:page:{_generations(request.path)}:{get_language() or ''}:{where}"


def _public_headers(response, etag: str) -> None:
    response["ETag"] = etag
    # Browsers ask again each time (a cheap 304); shared caches may keep a page as long as we do.
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS, must_revalidate=True)


def _not_modified(request, etag: str) -> bool:
    wanted = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
    return "*" in wanted or etag in wanted


def _nonce(request) -> bytes | None:
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce).encode() if nonce is not None else None


class AnonymousPageCacheMiddleware:
    """Serves anonymous GETs of public pages from the cache and stores what may be shared (see module docstring).

    Placed after the security headers middleware, so a page from the cache gets this request's policy and nonce.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_cache=True)
            return response
        key = _page_key(request)
        stored = cache.get(key)
        if stored is not None:
            return self._from_cache(request, stored)
        response = self.get_response(request)
        if _is_storable(response):
            self._store(request, response, key)
        return response

    def _store(self, request, response, key: str) -> None:
        body = response.content
        nonce = _nonce(request)
        if nonce and nonce in body:
            body = body.replace(nonce, NONCE_PLACEHOLDER)
        etag = quote_etag(hashlib.sha256(body).hexdigest()[:32])
        headers = {name: response[name] for name in STORED_HEADERS if name in response}
        cache.set(key, {"body": body, "headers": headers, "etag": etag}, timeout=settings.PAGE_CACHE_SECONDS)
        _public_headers(response, etag)
        response["X-Page-Cache"] = "miss"

    def _from_cache(self, request, stored: dict):
        etag = stored["etag"]
        if _not_modified(request, etag):
            response = HttpResponseNotModified()
        else:
            body = stored["body"]
            if NONCE_PLACEHOLDER in body:
                body = body.replace(NONCE_PLACEHOLDER, _nonce(request) or b"")
            response = HttpResponse(body)
        for name, value in stored["headers"].items():
            response[name] = value
        _public_headers(response, etag)
        response["X-Page-Cache"] = "hit"
        return response
