"""The strategy page of an action field, with its versions, comparison and the council preview."""

import json

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from core.cache_generations import SITE
from core.fragments import cached, request_generations
from portal.i18n import ActiveLanguageUrlMixin
from portal.routing import CachedViewRestrictionsMixin

from ..admin_forms import StrategyPageForm
from ..blocks import StrategyBodyBlock
from ..channels import field_channel_counts
from ..permissions import can_read_strategy_drafts
from ..reading import reading_body
from ..versions import body_sections, compare_bodies, published_version, published_versions
from .runs import SynthesisRun

# The council preview's path under a strategy page ("draft").
COUNCIL_PREVIEW_SLUG = "entwurf"
VERSIONS_SECONDS = 3600


class StrategyPage(ActiveLanguageUrlMixin, CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """The strategy of one action field: themes drafted by the synthesis, reviewed and published by staff.

    Its URL serves the live version to everyone. Under it: the list of published versions, each of them, a
    comparison of two, and the council preview of the newest draft (council and project office only).
    """

    body = StreamField(StrategyBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    base_form_class = StrategyPageForm  # figures are taken from the run on save
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.ActionFieldPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strategy page")
        verbose_name_plural = _("strategy pages")

    def run_body(self) -> list[dict] | None:
        """The body (raw data) the last finished synthesis run of this page wrote, or None without one: the source
        of the page's figures."""
        if not self.pk:
            return None
        run = (
            SynthesisRun.objects.filter(page=self, status=SynthesisRun.Status.DONE, revision__isnull=False)
            .select_related("revision")
            .order_by("-finished_at", "-pk")
            .first()
        )
        if run is None:
            return None
        body = run.revision.content.get("body") or []
        return json.loads(body) if isinstance(body, str) else body

    def council_preview_url(self) -> str:
        """The address of the newest draft for council members and the project office (even before publishing)."""
        parent_url = self.get_parent().url or ""
        return f"{parent_url}{self.slug}/{COUNCIL_PREVIEW_SLUG}/" if parent_url else ""

    def action_field_links(self, request) -> list[dict]:
        """Links the action field page shows for this strategy: the published version, and the draft for readers.

        The site's action field page asks its children for these, so it needs no import of the strategy app.
        """
        links = []
        if self.live:
            links.append({"url": self.url, "label": _("Read the strategy of this action field")})
        if self.has_unpublished_changes and can_read_strategy_drafts(request.user):
            links.append(
                {"url": self.council_preview_url(), "label": _("Read the draft (city council and project office)")}
            )
        return links

    def route(self, request, path_components):
        # The council reads a first draft before anything is published: Wagtail routes only live pages.
        if not self.live and path_components == [COUNCIL_PREVIEW_SLUG]:
            view, args, kwargs = self.resolve_subpage(f"/{COUNCIL_PREVIEW_SLUG}/")
            return RouteResult(self, args=(view, args, kwargs))
        return super().route(request, path_components)

    def get_context(self, request, *args, versions=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if "sections" not in context:
            # Read only when the page renders them: the live version's sections come from the cache after the
            # first request (strategy_page.html keys them on the live revision, so a publish renews them).
            context["sections"] = SimpleLazyObject(lambda: body_sections(reading_body(self.body)))
            context["sections_key"] = f"live:{self.live_revision_id}"
        # A route that has read the versions already passes them, so the publish log is read once per request.
        if versions is None and self.pk:
            # A publish adds a version and starts a new site generation.
            key = f"strategy:versions:{request_generations(SITE)}:{self.pk}"
            versions = cached(key, lambda: published_versions(self), timeout=VERSIONS_SECONDS)
        context["versions"] = versions or []
        # Only when a draft exists, so the public's requests pay no query for the group check.
        context["can_read_draft"] = self.has_unpublished_changes and can_read_strategy_drafts(request.user)
        context["channel_counts"] = field_channel_counts(self)
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
        versions = published_versions(self)
        found = published_version(self, revision_id, versions=versions)
        if found is None:
            raise Http404
        version, content = found
        return self.render(
            request,
            versions=versions,
            context_overrides={
                "sections": body_sections(reading_body(content.body)),
                "sections_key": f"revision:{revision_id}",  # a published revision never changes
                "shown_version": version,
                "content": content,
            },
        )

    @path("versionen/vergleich/", name="compare")
    def compare(self, request):
        versions = published_versions(self)
        by_id = {str(v.revision_id): v for v in versions}
        old, new = by_id.get(request.GET.get("alt", "")), by_id.get(request.GET.get("neu", ""))
        if old is None or new is None:
            # Without a valid pair, compare the two newest versions (or show the form alone).
            old, new = (versions[1], versions[0]) if len(versions) > 1 else (None, None)
        comparison = None
        if old and new:
            if old.published_at > new.published_at:
                old, new = new, old
            old_content = published_version(self, old.revision_id, versions=versions)[1]
            new_content = published_version(self, new.revision_id, versions=versions)[1]
            comparison = compare_bodies(reading_body(old_content.body), reading_body(new_content.body))
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
            context_overrides={
                "sections": body_sections(reading_body(draft.body)),
                "sections_key": "",  # a draft is never cached
                "draft": draft,
                "content": draft,
            },
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response
