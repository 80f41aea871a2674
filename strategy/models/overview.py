"""The strategy overview page: each field's top themes, the key figures and the method."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from participation.selectors import districts_reached
from portal.blocks import RICH_TEXT_FEATURES
from portal.figures import home_figures
from portal.i18n import ActiveLanguageUrlMixin
from portal.models import HomePage

from ..glance import overview_glance
from ..permissions import can_read_strategy_drafts
from ..selectors import strategy_overview


class StrategyOverviewPage(ActiveLanguageUrlMixin, Page):
    """The strategy at a glance (agreement, open questions, little support), status and timeline, each field's
    top themes, key figures and the method."""

    main_navigation = True  # in the header's navigation

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    method = RichTextField(
        _("method note"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("How themes, support and consensus are computed, in plain language, with the limits."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("method")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("method")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("strategy overview page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = HomePage.objects.parent_of(self).first()
        context["timeline"] = home.timeline if home else []
        context["fields"] = strategy_overview()
        context["glance"] = overview_glance(context["fields"])
        context["can_read_drafts"] = can_read_strategy_drafts(request.user)
        context["figures"] = {**home_figures(), "districts": districts_reached()}
        return context
