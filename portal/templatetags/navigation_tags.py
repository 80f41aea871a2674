from django import template
from wagtail.models import Page, Site, get_page_models

from portal.models import ContentPage

register = template.Library()


def _root(request) -> Page | None:
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def main_navigation_models() -> list[type[Page]]:
    """Page types that stand in the header: each declares `main_navigation = True` (the strategy overview too),
    so the site needs no import of the apps above it."""
    return [model for model in get_page_models() if getattr(model, "main_navigation", False)]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The action field pages, the strategy overview and the statistics, in the order the editors gave them."""
    root = _root(context.get("request"))
    if not root:
        return []
    # One query for the header of every page.
    return Page.objects.child_of(root).live().type(*main_navigation_models()).order_by("path")


@register.simple_tag(takes_context=True)
def footer_navigation(context):
    """Pages the editors marked "show in menus", except the action fields (they are in the header)."""
    root = _root(context.get("request"))
    return ContentPage.objects.child_of(root).live().in_menu().order_by("path") if root else []


@register.simple_tag(takes_context=True)
def home_url(context):
    root = _root(context.get("request"))
    return root.url if root else "/"
