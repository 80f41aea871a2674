"""Wagtail's page routing with the children read from the cache: Wagtail reads each level of an address with two
queries (the child by its slug, then its specific page) on every request.

A cached child is the live page as published, so the key carries the site generation (bumped by a publish, an
unpublish, a move or a slug change: smartkassel/page_cache_signals.py) and the revisions generation (a saved draft
changes a page's "has unpublished changes", which pages show to those who may read drafts).
"""

from django.core.cache import cache
from django.db import transaction
from django.http import Http404
from wagtail.models import Page, PageViewRestriction

from core.cache_generations import SITE, generation_bump
from core.fragments import fragments_on, request_generations

REVISIONS = "page-revisions"
ROUTE_SECONDS = 300


def revisions_changed(sender=None, **kwargs) -> None:
    """A draft was saved: routes read the pages anew once it is committed."""
    transaction.on_commit(lambda: generation_bump(REVISIONS))


class CachedChildRouteMixin:
    """For page types with children: each child is found once per generation, not per request."""

    def route(self, request, path_components):
        if not path_components or not fragments_on():
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        key = f"portal:route:{request_generations(SITE, REVISIONS)}:{self.pk}:{slug}"
        child = cache.get(key)
        if child is None:
            try:
                # Without its StreamFields: they are read (one query) only when the page renders them, which its
                # cached parts spare; a strategy's body (every theme's members) is large to unpickle per request.
                child = self.get_children().defer_streamfields().specific().get(slug=slug)
            except Page.DoesNotExist as error:
                raise Http404 from error  # not cached: unknown addresses must not fill the cache
            cache.set(key, child, timeout=ROUTE_SECONDS)
        # As Wagtail does: the parent is known, so get_parent() needs no query.
        child._cached_parent_obj = self
        return child.route(request, remaining)


class CachedViewRestrictionsMixin:
    """Wagtail checks a page's view restrictions (its own and its ancestors') with two queries per request. Which
    restrictions apply is cached per site generation (saving or deleting a restriction, or moving a page, bumps
    it): none, the usual case, costs no query; otherwise the restrictions themselves are read as before."""

    def get_view_restrictions(self):
        if not fragments_on():
            return super().get_view_restrictions()
        key = f"portal:view-restrictions:{request_generations(SITE)}:{self.pk}"
        ids = cache.get(key)
        if ids is None:
            ids = list(super().get_view_restrictions().values_list("pk", flat=True))
            cache.set(key, ids, timeout=ROUTE_SECONDS)
        return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()
