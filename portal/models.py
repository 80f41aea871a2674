"""The Wagtail site's pages: the home page, the action fields, plain content pages and the statistics."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.choices import ActionField
from participation.listing import proposal_page_context
from participation.selectors import next_phase, open_phase

from .blocks import RICH_TEXT_FEATURES, BodyBlock, GoalBlock, PhaseBlock
from .figures import home_figures
from .statistics import participation_statistics


class HomePage(Page):
    """The portal's start: the programme, the five action fields, the process and live figures."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    timeline = StreamField([("phase", PhaseBlock())], verbose_name=_("participation process"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("timeline"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.ActionFieldPage",
        "portal.ContentPage",
        "strategy.StrategyOverviewPage",
        "portal.StatisticsPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def action_fields(self):
        return ActionFieldPage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["action_fields"] = self.action_fields()
        context["figures"] = home_figures()
        return context


class ActionFieldPage(Page):
    """One of the five action fields: what it covers, its goals, and (later) its proposals."""

    main_navigation = True  # in the header's navigation

    action_field = models.CharField(_("action field"), max_length=20, choices=ActionField.choices, unique=True)
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
        context["open_phase"] = open_phase(self.action_field)
        context["next_phase"] = next_phase(self.action_field)
        # Pages below (the field's strategy) offer their own links; the site knows no app above it.
        context["strategy_links"] = [
            link
            for child in self.get_children().specific()
            if hasattr(child, "action_field_links")
            for link in child.action_field_links(request)
        ]
        return context

    def clean(self):
        super().clean()
        if ActionFieldPage.objects.exclude(pk=self.pk).filter(action_field=self.action_field).exists():
            raise ValidationError({"action_field": _("Another page already presents this action field.")})


class ContentPage(Page):
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


class StatisticsPage(Page):
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
        context["statistics"] = participation_statistics()
        return context
