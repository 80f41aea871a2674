"""The strategy overview page: each field's top themes, the key figures and the method."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.cache_generations import SITE
from core.fragments import request_generations
from participation.selectors import districts_reached_cached
from portal.blocks import RICH_TEXT_FEATURES
from portal.figures import home_figures
from portal.i18n import ActiveLanguageUrlMixin
from portal.models import HomePage
from portal.routing import CachedViewRestrictionsMixin

from ..glance import overview_glance
from ..permissions import can_read_strategy_drafts
from ..selectors import OVERVIEW_GENERATION, strategy_overview


class StrategyOverviewPage(ActiveLanguageUrlMixin, CachedViewRestrictionsMixin, Page):
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
        # The template keeps its rendering per overview_key (a publish, a proposal saved, a new draft: see
        # strategy.selectors.OVERVIEW_GENERATION), so what it shows is read only when it renders anew.
        context["overview_key"] = request_generations(SITE, OVERVIEW_GENERATION)
        context["timeline"] = SimpleLazyObject(self._timeline)
        context["fields"] = SimpleLazyObject(strategy_overview)
        context["glance"] = SimpleLazyObject(lambda: overview_glance(context["fields"]))
        context["can_read_drafts"] = can_read_strategy_drafts(request.user)
        context["figures"] = {**home_figures(), "districts": districts_reached_cached()}
        return context

    def _timeline(self):
        home = HomePage.objects.parent_of(self).first()
        return home.timeline if home else []
