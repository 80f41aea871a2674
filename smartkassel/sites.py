"""Wagtail's site for a request, from the cache: Wagtail finds it with a query on every page it serves (~3 ms).

The site (with its root page) is cached per host and site generation; saving or deleting a Site starts a new
generation (page_cache_signals), as publishing a page does.
"""

from django.core.cache import cache
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core.cache_generations import SITE
from core.fragments import fragments_on, request_generations

SITE_SECONDS = 300


def site_for_request(request) -> Site | None:
    if not fragments_on():
        return None
    key = f"wagtail-site:{request_generations(SITE)}:{request._get_raw_host()}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        # Wagtail's own lookup (hostname, port, default site), with the root page selected.
        site = Site._find_for_request(request)
        if site is not None:
            # The root's page comes with the cached site (without its StreamFields: read when rendered).
            root = site.root_page
            root.__dict__["specific"] = Page.objects.defer_streamfields().specific().get(pk=root.pk)
            cache.set(key, site, timeout=SITE_SECONDS)
    return site


def serve(request, path):
    """Wagtail's page view, given the request's site from the cache (Site.find_for_request reads
    request._wagtail_site first); without a cached site Wagtail looks it up itself, as before."""
    if request.method in ("GET", "HEAD") and (site := site_for_request(request)) is not None:
        request._wagtail_site = site
    return wagtail_views.serve(request, path)
