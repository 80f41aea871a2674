"""“Barriere melden”: a plain form that works without JavaScript, for everyone, signed in or not."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from core.ratelimit import rate_limit_exceeded, too_many_requests

from .forms import BarrierReportForm, page_address_from_query
from .services import barrier_report_create


@require_http_methods(["GET", "POST"])
def barrier_report(request):
    if request.method == "POST":
        if rate_limit_exceeded(request, "barrier_report"):
            return too_many_requests(request, "barrier_report")
        form = BarrierReportForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            barrier_report_create(
                page_address=data["page_address"],
                description=data["description"],
                email=data["email"],
                language=get_language() or "",
            )
            return redirect("feedback:barrier_report_thanks")
    else:
        form = BarrierReportForm(initial={"page_address": page_address_from_query(request.GET.get("seite", ""))})
    return render(request, "portal/feedback/barrier_report.html", {"form": form})


@require_http_methods(["GET"])
def barrier_report_thanks(request):
    return render(request, "portal/feedback/barrier_report_thanks.html")
