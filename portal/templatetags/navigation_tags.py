from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site, get_page_models

from core.cache_generations import SITE
from core.fragments import cached, request_generations
from portal.i18n import active_language_path
from portal.models import AccessibilityStatementPage, ContentPage, EasyLanguagePage

register = template.Library()

# The footer's pages: the legal and accessibility pages (the action fields and overviews stand in the header).
FOOTER_PAGE_TYPES = (ContentPage, AccessibilityStatementPage, EasyLanguagePage)
# The links are cached per site generation (a publish, unpublish, move or slug change renews them at once); the
# timeout only bounds what a change made outside Wagtail's signals could leave behind.
NAVIGATION_SECONDS = 300


@dataclass(frozen=True)
class NavLink:
    """One link of the header or footer: plain data, so the whole navigation is one cache entry."""

    pk: int
    title: str
    url: str
    language: str  # the page's own language, for the link's lang attribute


def _root(request) -> Page | None:
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _translations(request) -> dict:
    """The live home page and top-level pages in the active language, by translation key (none in German: the
    site's root and its pages are German)."""
    language = translation.get_language()
    if language == settings.LANGUAGE_CODE or request is None:
        return {}
    pages = Page.objects.live().filter(locale__language_code=language, depth__lte=3).select_related("locale")
    return {page.translation_key: page for page in pages}


def main_navigation_models() -> list[type[Page]]:
    """Page types that stand in the header: each declares `main_navigation = True` (the strategy overview too),
    so the site needs no import of the apps above it."""
    return [model for model in get_page_models() if getattr(model, "main_navigation", False)]


def _link(request, page: Page) -> NavLink:
    # The navigation reads plain Page rows, which do not carry the page types' ActiveLanguageUrlMixin.
    url = page.get_url(request)
    if url and settings.WAGTAIL_I18N_ENABLED:
        url = active_language_path(url)
    return NavLink(pk=page.pk, title=page.title, url=url or "", language=page.locale.language_code)


def _navigation_build(request) -> dict:
    """Header and footer links in the active language: each page's live translation where one exists, else the
    (German) page itself."""
    root = _root(request)
    if root is None:
        return {"home": "/", "main": [], "footer": [], "easy_language": None}
    translations = _translations(request)
    main = Page.objects.child_of(root).live().type(*main_navigation_models()).select_related("locale")
    footer = list(
        Page.objects.child_of(root).live().in_menu().type(*FOOTER_PAGE_TYPES).select_related("locale").order_by("path")
    )
    # Leichte Sprache is German only, so its header link keeps the German address.
    easy = next((page for page in footer if page.specific_class is EasyLanguagePage), None)
    return {
        "home": translations.get(root.translation_key, root).url,
        "main": [_link(request, translations.get(page.translation_key, page)) for page in main.order_by("path")],
        "footer": [_link(request, translations.get(page.translation_key, page)) for page in footer],
        "easy_language": easy.get_url(request) if easy else None,
    }


def _navigation(request) -> dict:
    """The navigation from the cache (one read per request), built on a miss."""
    if request is None:
        return _navigation_build(None)
    found = getattr(request, "_portal_navigation", None)
    if found is None:
        key = f"portal:navigation:{request_generations(SITE)}:{translation.get_language()}:{request.get_host()}"
        found = cached(key, lambda: _navigation_build(request), timeout=NAVIGATION_SECONDS)
        request._portal_navigation = found
    return found


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[NavLink]:
    """The action field pages, the strategy overview and the statistics, in the order the editors gave them."""
    return _navigation(context.get("request"))["main"]


@register.simple_tag(takes_context=True)
def footer_navigation(context) -> list[NavLink]:
    """Pages the editors marked "show in menus", except the action fields (they are in the header)."""
    return _navigation(context.get("request"))["footer"]


@register.simple_tag(takes_context=True)
def easy_language_url(context) -> str | None:
    """The address of the page in Leichte Sprache for the header's link, or None."""
    return _navigation(context.get("request"))["easy_language"]


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    """The home page in the active language."""
    return _navigation(context.get("request"))["home"]
