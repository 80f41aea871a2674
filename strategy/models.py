from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from participation import phases
from participation.choices import ActionField
from participation.listing import proposal_page_context

from .blocks import RICH_TEXT_FEATURES, BodyBlock, GoalBlock, PhaseBlock
from .services import home_figures


class HomePage(Page):
    """The portal's start: the programme, the five action fields, the process and live figures."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    timeline = StreamField([("phase", PhaseBlock())], verbose_name=_("participation process"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("timeline"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["strategy.ActionFieldPage", "strategy.ContentPage"]
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

    parent_page_types = ["strategy.HomePage"]
    subpage_types = []
    max_count = len(ActionField.choices)

    class Meta:
        verbose_name = _("action field page")
        verbose_name_plural = _("action field pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(proposal_page_context(request, action_field=self.action_field))
        context["open_phase"] = phases.open_phase(self.action_field)
        context["next_phase"] = phases.next_phase(self.action_field)
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

    parent_page_types = ["strategy.HomePage", "strategy.ContentPage"]
    subpage_types = ["strategy.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
