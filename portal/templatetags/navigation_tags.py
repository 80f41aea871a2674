from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site, get_page_models

from portal.i18n import active_language_path
from portal.models import AccessibilityStatementPage, ContentPage, EasyLanguagePage

register = template.Library()

# The footer's pages: the legal and accessibility pages (the action fields and overviews stand in the header).
FOOTER_PAGE_TYPES = (ContentPage, AccessibilityStatementPage, EasyLanguagePage)


def _root(request) -> Page | None:
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _translations(request) -> dict:
    """The live home page and top-level pages in the active language, by translation key: one query per request,
    none in German (the site's root and its pages are German)."""
    language = translation.get_language()
    if language == settings.LANGUAGE_CODE or request is None:
        return {}
    cached = getattr(request, "_portal_translations", None)
    if cached is None or cached[0] != language:
        pages = Page.objects.live().filter(locale__language_code=language, depth__lte=3).select_related("locale")
        cached = (language, {page.translation_key: page for page in pages})
        request._portal_translations = cached
    return cached[1]


def _localized(request, pages) -> list[Page]:
    """Each page in the active language where a live translation exists, else the (German) page itself. The pages
    come with their `locale`, so the templates mark each link's language."""
    translations = _translations(request)
    return [translations.get(page.translation_key, page) for page in pages]


def main_navigation_models() -> list[type[Page]]:
    """Page types that stand in the header: each declares `main_navigation = True` (the strategy overview too),
    so the site needs no import of the apps above it."""
    return [model for model in get_page_models() if getattr(model, "main_navigation", False)]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The action field pages, the strategy overview and the statistics, in the order the editors gave them."""
    request = context.get("request")
    root = _root(request)
    if not root:
        return []
    pages = Page.objects.child_of(root).live().type(*main_navigation_models()).select_related("locale")
    return _localized(request, pages.order_by("path"))


@register.simple_tag(takes_context=True)
def footer_navigation(context):
    """Pages the editors marked "show in menus", except the action fields (they are in the header)."""
    request = context.get("request")
    return _localized(request, _footer_pages(request))


def _footer_pages(request) -> list[Page]:
    """The footer's (German) pages, read once per request: the header's Leichte Sprache link comes from them."""
    cached = getattr(request, "_portal_footer_pages", None) if request is not None else None
    if cached is None:
        root = _root(request)
        pages = Page.objects.child_of(root).live().in_menu().type(*FOOTER_PAGE_TYPES) if root else Page.objects.none()
        cached = list(pages.select_related("locale").order_by("path"))
        if request is not None:
            request._portal_footer_pages = cached
    return cached


@register.simple_tag(takes_context=True)
def easy_language_page(context):
    """The page in Leichte Sprache for the header's link (German only, so never localised), or None."""
    pages = _footer_pages(context.get("request"))
    return next((page for page in pages if page.specific_class is EasyLanguagePage), None)


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page in the active language; the site's root is the German one (no query for German pages)."""
    root = _root(context.get("request"))
    if not root:
        return "/"
    return _localized(context.get("request"), [root])[0].url


@register.simple_tag(takes_context=True)
def nav_url(context, page) -> str:
    """A header or footer link in the visitor's language: the navigation reads plain Page rows (one query), which
    do not carry the page types' ActiveLanguageUrlMixin."""
    url = page.get_url(context.get("request"))
    return active_language_path(url) if url and settings.WAGTAIL_I18N_ENABLED else url
