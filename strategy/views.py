"""The Wagtail admin's "Synthesis" view: runs per action field and a button to start one."""

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.choices import ActionField
from strategy.services.runs import synthesis_enqueue, synthesis_request

from .models import StrategyPage, SynthesisRun
from .permissions import can_read_strategy_drafts, can_run_synthesis, can_view_synthesis
from .selectors import strategy_drafts

RUNS_SHOWN = 50
# While a run is open the synthesis view reloads itself this often (a meta refresh: no JavaScript needed).
REFRESH_SECONDS = 5


class RedirectThenRun(HttpResponseRedirect):
    """A redirect that calls `after` once it has been sent: the WSGI server closes a response after sending it."""

    def __init__(self, url: str, *, after: Callable[[], None]):
        super().__init__(url)
        self.after = after

    def close(self):
        try:
            self.after()
        finally:
            super().close()


@require_http_methods(["GET", "HEAD"])
def synthesis_index(request):
    """The latest runs and, per action field, its last run and a "run now" button. Needs a synthesis permission."""
    if not can_view_synthesis(request.user):
        raise PermissionDenied
    runs = list(SynthesisRun.objects.select_related("page", "revision")[:RUNS_SHOWN])
    # One small query per field (five fields), whatever the number of runs.
    fields = [
        {"key": key, "label": label, "last": SynthesisRun.objects.filter(action_field=key).first()}
        for key, label in ActionField.choices
    ]
    running = any(field["last"] and field["last"].is_open for field in fields)
    return TemplateResponse(
        request,
        "strategy/admin/synthesis_index.html",
        {
            "page_title": _("Synthesis"),
            "header_icon": "cogs",
            "runs": runs,
            "fields": fields,
            "can_run": can_run_synthesis(request.user),
            "refresh_seconds": REFRESH_SECONDS if running else None,
        },
    )


@require_POST
def synthesis_run_now(request, action_field: str):
    """Request a run of one field now and return at once. Needs strategy.run_synthesis; an open run is not doubled.

    With a broker the run is enqueued on commit as always. Without one (tasks run eagerly in dev and tests) it is
    enqueued only after the redirect has been sent, so the request never waits for the synthesis.
    """
    if not can_run_synthesis(request.user):
        raise PermissionDenied
    if action_field not in ActionField.values:
        raise PermissionDenied
    eager = settings.CELERY_TASK_ALWAYS_EAGER
    run = synthesis_request(action_field, requested_by=request.user, enqueue=not eager)
    messages.success(
        request,
        _("Synthesis of “%(field)s” requested. Its progress is shown below; this page updates itself until it is done.")
        % {"field": ActionField(action_field).label},
    )
    url = reverse("strategy_synthesis")
    if eager and run.status == SynthesisRun.Status.PENDING:
        run_id = run.pk
        return RedirectThenRun(url, after=lambda: synthesis_enqueue(run_id))
    return redirect(url)


@require_http_methods(["GET", "HEAD"])
def strategy_drafts_index(request):
    """The strategy pages with links to read their latest draft: read-only, for council members and staff."""
    if not can_read_strategy_drafts(request.user):
        raise PermissionDenied
    pages = [(page, page.permissions_for_user(request.user).can_edit()) for page in strategy_drafts()]
    return TemplateResponse(
        request,
        "strategy/admin/strategy_drafts.html",
        {"page_title": _("Strategy drafts"), "header_icon": "doc-full-inverse", "pages": pages},
    )


@require_http_methods(["GET", "HEAD"])
def strategy_draft_read(request, page_id: int):
    """The latest revision of one strategy page as the site would show it. Reading only: nothing is saved."""
    if not can_read_strategy_drafts(request.user):
        raise PermissionDenied
    page = get_object_or_404(StrategyPage, pk=page_id).get_latest_revision_as_object()
    return page.make_preview_request(request, page.default_preview_mode)
