from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from core.choices import ActionField
from participation import phases
from participation.listing import proposal_page_context
from participation.selectors import districts_reached

from .blocks import RICH_TEXT_FEATURES, BodyBlock, GoalBlock, PhaseBlock, StrategyBodyBlock
from .permissions import can_read_strategy_drafts
from .services import home_figures
from .statistics import participation_statistics
from .versions import body_sections, compare_bodies


def selectors():
    """strategy.selectors, imported late: it reads these models."""
    from . import selectors as module

    return module


# The council preview's path under a strategy page ("draft").
COUNCIL_PREVIEW_SLUG = "entwurf"


class HomePage(Page):
    """The portal's start: the programme, the five action fields, the process and live figures."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    timeline = StreamField([("phase", PhaseBlock())], verbose_name=_("participation process"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("timeline"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "strategy.ActionFieldPage",
        "strategy.ContentPage",
        "strategy.StrategyOverviewPage",
        "strategy.StatisticsPage",
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
    subpage_types = ["strategy.StrategyPage"]
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


class StrategyPage(RoutablePageMixin, Page):
    """The strategy of one action field: themes drafted by the synthesis, reviewed and published by staff.

    Its URL serves the live version to everyone. Under it: the list of published versions, each of them, a
    comparison of two, and the council preview of the newest draft (council and project office only).
    """

    body = StreamField(StrategyBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["strategy.ActionFieldPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strategy page")
        verbose_name_plural = _("strategy pages")

    def route(self, request, path_components):
        # The council reads a first draft before anything is published: Wagtail routes only live pages.
        if not self.live and path_components == [COUNCIL_PREVIEW_SLUG]:
            view, args, kwargs = self.resolve_subpage(f"/{COUNCIL_PREVIEW_SLUG}/")
            return RouteResult(self, args=(view, args, kwargs))
        return super().route(request, path_components)

    def get_context(self, request, *args, versions=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("sections", body_sections(self.body))
        # A route that has read the versions already passes them, so the publish log is read once per request.
        if versions is None:
            versions = selectors().published_versions(self) if self.pk else []
        context["versions"] = versions
        # Only when a draft exists, so the public's requests pay no query for the group check.
        context["can_read_draft"] = self.has_unpublished_changes and can_read_strategy_drafts(request.user)
        return context

    @path("", name="current")
    def current(self, request):
        return self.render(request)

    @path("versionen/", name="versions")
    def versions(self, request):
        return self.render(
            request,
            template="strategy/strategy_versions.html",
            context_overrides={"sections": None},
        )

    @path("versionen/<int:revision_id>/", name="version")
    def version(self, request, revision_id: int):
        versions = selectors().published_versions(self)
        found = selectors().published_version(self, revision_id, versions=versions)
        if found is None:
            raise Http404
        version, content = found
        return self.render(
            request,
            versions=versions,
            context_overrides={"sections": body_sections(content.body), "shown_version": version, "content": content},
        )

    @path("versionen/vergleich/", name="compare")
    def compare(self, request):
        versions = selectors().published_versions(self)
        by_id = {str(v.revision_id): v for v in versions}
        old, new = by_id.get(request.GET.get("alt", "")), by_id.get(request.GET.get("neu", ""))
        if old is None or new is None:
            # Without a valid pair, compare the two newest versions (or show the form alone).
            old, new = (versions[1], versions[0]) if len(versions) > 1 else (None, None)
        comparison = None
        if old and new:
            if old.published_at > new.published_at:
                old, new = new, old
            old_content = selectors().published_version(self, old.revision_id, versions=versions)[1]
            new_content = selectors().published_version(self, new.revision_id, versions=versions)[1]
            comparison = compare_bodies(old_content.body, new_content.body)
        return self.render(
            request,
            template="strategy/strategy_compare.html",
            versions=versions,
            context_overrides={"sections": None, "old": old, "new": new, "comparison": comparison},
        )

    @path(f"{COUNCIL_PREVIEW_SLUG}/", name="council_preview")
    def council_preview(self, request):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_read_strategy_drafts(request.user):
            raise PermissionDenied
        draft = self.get_latest_revision_as_object()
        response = self.render(
            request,
            context_overrides={"sections": body_sections(draft.body), "draft": draft, "content": draft},
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response


class StrategyOverviewPage(Page):
    """The strategy at a glance: status and timeline, each field's top themes, key figures and the method."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    method = RichTextField(
        _("method note"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("How themes, support and consensus are computed, in plain language, with the limits."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("method")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("method")]

    parent_page_types = ["strategy.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("strategy overview page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = HomePage.objects.parent_of(self).first()
        context["timeline"] = home.timeline if home else []
        context["fields"] = selectors().strategy_overview()
        context["figures"] = {**home_figures(), "districts": districts_reached()}
        return context


class StatisticsPage(Page):
    """Participation over time, per action field and per district, as charts with tables beside them."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["strategy.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("statistics page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["statistics"] = participation_statistics()
        return context


class SynthesisRun(models.Model):
    """One synthesis of an action field. A pending row is the recorded intent; at most one is open per field."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        UNCHANGED = "unchanged", _("unchanged")
        FAILED = "failed", _("failed")

    OPEN_STATUSES = (Status.PENDING, Status.RUNNING)

    action_field = models.CharField(_("action field"), max_length=20, choices=ActionField.choices, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now, db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    input_digest = models.CharField(_("input digest"), max_length=64, blank=True)
    proposals = models.PositiveIntegerField(_("proposals"), default=0)
    comments = models.PositiveIntegerField(_("comments"), default=0)
    votes = models.PositiveIntegerField(_("votes"), default=0)
    themes_found = models.PositiveIntegerField(_("themes"), default=0)
    # Id, field, label and members of each theme, so the next run keeps ids and labels (PreviousTheme).
    themes = models.JSONField(_("theme keys"), default=list, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    duration = models.DurationField(_("duration"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    page = models.ForeignKey(
        "strategy.StrategyPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("strategy page"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("draft revision"),
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("synthesis run")
        verbose_name_plural = _("synthesis runs")
        permissions = [("run_synthesis", _("Can start a synthesis run"))]
        constraints = [
            # One open run per field: a second request finds the first instead of queueing another.
            models.UniqueConstraint(
                fields=["action_field"],
                condition=models.Q(status__in=["pending", "running"]),
                name="synthesisrun_one_open_per_field",
            ),
        ]

    def __str__(self):
        return f"{self.get_action_field_display()} {self.requested_at:%Y-%m-%d %H:%M} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES
