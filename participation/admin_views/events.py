"""The project office's "Veranstaltungen" (#16): record a workshop, council sitting, paper or phone batch, enter
its proposals in rows or by CSV, and record paper tallies. Thin views over services/channels.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.menu import MenuItem

from ..event_forms import EventCsvForm, EventProposalFormSet, InputEventForm, PaperTallyForm
from ..models import InputEvent
from ..permissions import can_moderate
from ..services.channels import RowsInvalid, csv_rows, event_proposals_create, paper_tally_record


def _office(request) -> None:
    if not can_moderate(request.user):
        raise PermissionDenied


@require_http_methods(["GET", "HEAD", "POST"])
def event_index(request):
    """The events, newest first, and a form for a new one."""
    _office(request)
    form = InputEventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        event = form.save(commit=False)
        event.created_by = request.user
        event.save()
        messages.success(request, _("Event recorded. Now enter its proposals."))
        return redirect("participation_event", event.pk)
    events = InputEvent.objects.annotate(proposal_count=Count("proposals")).order_by("-date", "-pk")
    return TemplateResponse(
        request,
        "participation/admin/event_index.html",
        {"page_title": _("Events and paper input"), "header_icon": "group", "form": form, "events": events},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def event_detail(request, pk: int):
    """One event: its proposals, rows to type, a CSV upload and paper tallies. A bad row saves nothing and keeps
    every typed value; a bad CSV line is named with its line number."""
    _office(request)
    event = get_object_or_404(InputEvent, pk=pk)
    proposals = event.proposals.order_by("pk")
    action = request.POST.get("action") if request.method == "POST" else None
    rows = EventProposalFormSet(request.POST if action == "rows" else None, prefix="rows")
    upload = EventCsvForm(request.POST if action == "csv" else None, request.FILES if action == "csv" else None)
    tally = PaperTallyForm(request.POST if action == "tally" else None, proposals=proposals)
    row_errors = []
    try:
        if action == "rows" and rows.is_valid():
            filled = [(n, form.cleaned_data) for n, form in enumerate(rows.forms, start=1) if form.has_changed()]
            if not filled:
                messages.error(request, _("Please fill in at least one row."))
            else:
                created = event_proposals_create(event, by=request.user, rows=filled)
                messages.success(request, _("%(count)d proposals entered.") % {"count": len(created)})
                return redirect("participation_event", event.pk)
        elif action == "csv" and upload.is_valid():
            created = event_proposals_create(event, by=request.user, rows=csv_rows(upload.cleaned_data["file"].read()))
            messages.success(request, _("%(count)d proposals imported from the file.") % {"count": len(created)})
            return redirect("participation_event", event.pk)
        elif action == "tally" and tally.is_valid():
            data = tally.cleaned_data
            paper_tally_record(
                data["proposal"], event=event, agree=data["agree"], disagree=data["disagree"], by=request.user
            )
            messages.success(request, _("Paper tally saved."))
            return redirect("participation_event", event.pk)
    except RowsInvalid as exc:
        row_errors = exc.errors
        messages.error(request, _("Nothing was saved: please correct the lines named below."))
    except ValidationError as exc:
        upload.add_error("file", exc)
    return TemplateResponse(
        request,
        "participation/admin/event_detail.html",
        {
            "page_title": str(event),
            "header_icon": "group",
            "event": event,
            "proposals": proposals,
            "tallies": event.tallies.select_related("proposal").order_by("proposal_id"),
            "rows": rows,
            "upload": upload,
            "tally": tally,
            "row_errors": row_errors,
            "action": action,
        },
    )


class EventsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


def events_menu_item() -> MenuItem:
    return EventsMenuItem(_("Events and paper input"), reverse("participation_events"), icon_name="group", order=50)
