"""Builds the demo page tree. Idempotent: pages that exist (matched by key or slug) are left as editors left them."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page, Site

from . import demo_content
from .models import ActionFieldPage, ContentPage, HomePage, StatisticsPage, StrategyOverviewPage
from .roles import draft_reading_grant, page_rights_grant


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _home_page() -> tuple[HomePage, bool]:
    home = HomePage.objects.first()
    if home:
        return home, False
    root = Page.get_first_root_node()
    # Wagtail's first migration leaves a placeholder "Welcome" page with our slug; it makes way.
    for placeholder in root.get_children().filter(slug=demo_content.HOME["slug"]):
        if placeholder.specific_class is Page:
            placeholder.delete()
    data = demo_content.HOME
    home = HomePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        timeline=[("phase", phase) for phase in data["timeline"]],
    )
    root.add_child(instance=home)
    return _publish(home), True


def _ensure_site(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, "Smart Kassel", home
    site.save()
    # The roles' migration ran before this tree existed, so the page rights are given here.
    page_rights_grant(
        home, group_model=Group, permission_model=Permission, group_page_permission_model=GroupPagePermission
    )
    draft_reading_grant(group_model=Group, permission_model=Permission)


def _ensure_action_fields(home: HomePage) -> int:
    created = 0
    existing = set(ActionFieldPage.objects.values_list("action_field", flat=True))
    for data in demo_content.ACTION_FIELDS:
        if data["action_field"] in existing:
            continue
        page = ActionFieldPage(
            title=demo_content.TITLES[data["action_field"]],
            slug=data["slug"],
            action_field=data["action_field"],
            teaser=data["teaser"],
            intro=data["intro"],
            goals=[("goal", {"title": title, "description": text}) for title, text in data["goals"]],
            show_in_menus=True,
        )
        home.add_child(instance=page)
        _publish(page)
        created += 1
    return created


def _ensure_content_pages(home: HomePage) -> int:
    created = 0
    for data in demo_content.CONTENT_PAGES:
        if home.get_children().filter(slug=data["slug"]).exists():
            continue
        page = ContentPage(
            title=data["title"], slug=data["slug"], intro=data["intro"], body=data["body"], show_in_menus=True
        )
        home.add_child(instance=page)
        _publish(page)
        created += 1
    return created


def _ensure_strategy_pages(home: HomePage) -> int:
    """The strategy overview and the statistics page, each once, shown in the main navigation."""
    created = 0
    for model, data in [
        (StrategyOverviewPage, demo_content.STRATEGY_OVERVIEW),
        (StatisticsPage, demo_content.STATISTICS),
    ]:
        if model.objects.exists() or home.get_children().filter(slug=data["slug"]).exists():
            continue
        page = model(show_in_menus=True, **data)
        home.add_child(instance=page)
        _publish(page)
        created += 1
    return created


@transaction.atomic
def demo_pages_load() -> dict[str, int]:
    """Create the home page, the five action field pages and the content pages where missing."""
    home, home_created = _home_page()
    _ensure_site(home)
    return {
        "home": int(home_created),
        "action_fields": _ensure_action_fields(home),
        "content_pages": _ensure_content_pages(home),
        "strategy_pages": _ensure_strategy_pages(home),
    }
