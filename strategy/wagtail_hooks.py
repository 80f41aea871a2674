from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.staticfiles import versioned_static

from . import views
from .admin_panels import ParticipationOverviewPanel
from .permissions import can_read_strategy_drafts, can_view_synthesis


class SynthesisMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_synthesis(request.user)


class StrategyDraftsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_strategy_drafts(request.user)


@hooks.register("register_admin_urls")
def register_synthesis_urls():
    return [
        path("synthese/", views.synthesis_index, name="strategy_synthesis"),
        path("synthese/<str:action_field>/ausfuehren/", views.synthesis_run_now, name="strategy_synthesis_run"),
        path("strategie-entwuerfe/", views.strategy_drafts_index, name="strategy_drafts"),
        path("strategie-entwuerfe/<int:page_id>/", views.strategy_draft_read, name="strategy_draft_read"),
    ]


@hooks.register("register_admin_menu_item")
def register_synthesis_menu_item():
    return SynthesisMenuItem(_("Synthesis"), reverse("strategy_synthesis"), icon_name="cogs", order=260)


@hooks.register("register_admin_menu_item")
def register_strategy_drafts_menu_item():
    return StrategyDraftsMenuItem(
        _("Strategy drafts"), reverse("strategy_drafts"), icon_name="doc-full-inverse", order=255
    )


@hooks.register("construct_homepage_panels")
def add_participation_overview(request, panels):
    panels.append(ParticipationOverviewPanel())


@hooks.register("register_permissions")
def register_strategy_draft_permission():
    # Shown in the admin's group editor, so whoever runs the portal can give or take the right to read drafts.
    return Permission.objects.filter(content_type__app_label="strategy", codename="view_strategypage")


@hooks.register("insert_editor_css")
def strategy_editor_css():
    # Figures of the synthesis run are read-only in the page editor: they should look it.
    return format_html('<link rel="stylesheet" href="{}">', versioned_static("css/strategy-admin.css"))
