"""The Wagtail site's pages: the home page, the action fields, plain content pages and the statistics."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.cache_generations import SITE
from core.choices import ActionField
from core.fragments import cached, request_generations
from participation.listing import proposal_page_context
from participation.selectors import channel_counts_cached, phases_shown

# The statement, the page in Leichte Sprache and the "Barriere melden" messages are this app's models too.
from .accessibility_pages import AccessibilityStatementPage, EasyLanguagePage
from .blocks import RICH_TEXT_FEATURES, BodyBlock, GoalBlock, PhaseBlock
from .feedback.models import BarrierReport
from .figures import home_figures, home_participation
from .i18n import ActiveLanguageUrlMixin
from .routing import CachedChildRouteMixin, CachedViewRestrictionsMixin
from .snapshots import FiguresSnapshot  # noqa: F401 - a model of this app, kept in its own module
from .statistics import participation_statistics, statistics_as_of

# The public's links to a field's strategy: renewed at once by a publish (site generation), at the latest after this.
STRATEGY_LINKS_SECONDS = 300


class HomePage(ActiveLanguageUrlMixin, CachedChildRouteMixin, CachedViewRestrictionsMixin, Page):
    """The portal's start: the programme, the five action fields, the process and live figures."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    # The invitation at the top; the dates beside it come from the open participation phase.
    join_title = models.CharField(
        _("invitation heading"), max_length=80, blank=True, help_text=_("Empty: “Take part now”.")
    )
    join_text = models.CharField(
        _("invitation text"),
        max_length=240,
        blank=True,
        help_text=_("One or two sentences under the heading: what visitors can do now."),
    )
    timeline = StreamField([("phase", PhaseBlock())], verbose_name=_("participation process"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("join_title"), FieldPanel("join_text")], heading=_("Invitation")),
        FieldPanel("timeline"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.ActionFieldPage",
        "portal.ContentPage",
        "strategy.StrategyOverviewPage",
        "portal.StatisticsPage",
        "portal.AccessibilityStatementPage",
        "portal.EasyLanguagePage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def action_fields(self):
        return ActionFieldPage.objects.child_of(self).live().order_by("path")

    def route(self, request, path_components):
        """A page without a translation in the visitor's language is served in German at the same address
        (/en/statistik/ shows the German statistics in an English interface), as before pages had translations."""
        try:
            return super().route(request, path_components)
        except Http404:
            original = self.get_translation_or_none(Locale.get_default())
            if original is None or original.pk == self.pk:
                raise
            return original.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["action_fields"] = self.action_fields()
        context["figures"] = home_figures()
        context.update(home_participation())
        return context


class ActionFieldPage(ActiveLanguageUrlMixin, CachedChildRouteMixin, CachedViewRestrictionsMixin, Page):
    """One of the five action fields: what it covers, its goals, and (later) its proposals."""

    main_navigation = True  # in the header's navigation

    # One page per field and language (the English page is a translation of the German one); clean() checks it.
    action_field = models.CharField(_("action field"), max_length=20, choices=ActionField.choices)
    teaser = models.CharField(
        _("teaser"), max_length=240, help_text=_("One or two sentences for the card on the home page.")
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    goals = StreamField([("goal", GoalBlock())], verbose_name=_("goals"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("action_field"),
        FieldPanel("teaser"),
        FieldPanel("intro"),
        FieldPanel("goals"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("teaser"), index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["strategy.StrategyPage"]
    max_count = len(ActionField.choices)

    class Meta:
        verbose_name = _("action field page")
        verbose_name_plural = _("action field pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(proposal_page_context(request, action_field=self.action_field))
        phases = phases_shown(self.action_field)
        context["open_phase"], context["next_phase"] = phases["open_phase"], phases["next_phase"]
        context["strategy_links"] = self.strategy_links(request)
        # The page's cached part shows these links (action_field_page.html): their addresses name them.
        context["strategy_links_key"] = " ".join(link["url"] for link in context["strategy_links"])
        return context

    def strategy_links(self, request) -> list[dict]:
        """Links the pages below (the field's strategy) offer; the site knows no app above it. The public's are
        cached per site generation (a publish renews them), readers of drafts get theirs fresh."""
        if request.user.is_authenticated:
            return self._strategy_links(request)
        key = f"portal:strategy-links:{request_generations(SITE)}:{self.pk}:{get_language()}"
        return cached(
            key,
            lambda: [{"url": link["url"], "label": str(link["label"])} for link in self._strategy_links(request)],
            timeout=STRATEGY_LINKS_SECONDS,
        )

    def _strategy_links(self, request) -> list[dict]:
        # The strategy lives below the German page, so a translation lists the German page's links.
        source = self.get_translation_or_none(Locale.get_default()) or self
        return [
            link
            for child in source.get_children().specific()
            if hasattr(child, "action_field_links")
            for link in child.action_field_links(request)
        ]

    def clean(self):
        super().clean()
        others = ActionFieldPage.objects.exclude(pk=self.pk).filter(action_field=self.action_field)
        # A page not yet saved has no locale; it is made in the default language.
        if others.filter(locale_id=self.locale_id or Locale.get_default().pk).exists():
            raise ValidationError({"action_field": _("Another page already presents this action field.")})


class ContentPage(ActiveLanguageUrlMixin, CachedChildRouteMixin, CachedViewRestrictionsMixin, Page):
    """A plain page: Impressum, privacy notice, accessibility statement, Leichte Sprache, rules."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.ContentPage"]
    subpage_types = ["portal.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class StatisticsPage(ActiveLanguageUrlMixin, CachedViewRestrictionsMixin, Page):
    """Participation over time, per action field and per district, as charts with tables beside them."""

    main_navigation = True  # in the header's navigation

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("statistics page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The template keeps its charts and tables per stored count (statistics_as_of): built only when it renders
        # them anew.
        context["statistics_as_of"] = statistics_as_of()
        context["statistics"] = SimpleLazyObject(participation_statistics)
        context["channel_counts"] = channel_counts_cached()
        return context


__all__ = [
    "AccessibilityStatementPage",
    "ActionFieldPage",
    "BarrierReport",
    "ContentPage",
    "EasyLanguagePage",
    "HomePage",
    "StatisticsPage",
]
