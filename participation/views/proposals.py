"""Proposals: list, map, detail page, writing, editing and withdrawing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.choices import ActionField
from core.ratelimit import rate_limit_exceeded, too_many_requests

from ..choices import ProposalStatus
from ..forms import ProposalForm
from ..images import pending_image_keep
from ..listing import proposal_page_context
from ..models import Proposal
from ..permissions import can_contribute, can_edit_proposal, can_withdraw_proposal
from ..selectors import last_phase, next_phase, open_phase, proposal_list, proposal_map_points, similar_proposals
from ..services import PhaseClosed, proposal_create, proposal_update, proposal_withdraw
from .comments import discussion_context
from .common import get_viewable_proposal
from .votes import vote_context

DRAFT_SESSION_KEY = "participation:proposal_draft"
DRAFT_FIELDS = ["title", "body", "action_field", "district", "latitude", "longitude", "image_alt", "submission_key"]


@require_GET
def proposal_list_view(request):
    return render(request, "participation/proposal_list.html", proposal_page_context(request))


@require_GET
def proposal_map(request):
    context = proposal_page_context(request)
    filters = context["filters"]
    points = proposal_map_points(proposal_list(**{**filters, "sort": "new"}))
    return render(request, "participation/proposal_map.html", {**context, "points": points})


def _phase_context(action_field: str) -> dict:
    return {
        "open_phase": open_phase(action_field),
        "next_phase": next_phase(action_field),
        "last_phase": last_phase(action_field),
    }


def _draft_from_session(request) -> dict | None:
    return request.session.pop(DRAFT_SESSION_KEY, None)


@require_http_methods(["GET", "POST"])
def proposal_create_view(request):
    action_field = request.POST.get("action_field") or request.GET.get("field") or ""
    if action_field not in ActionField.values:
        action_field = ""

    if not request.user.is_authenticated:
        if request.method == "POST":
            # The session ended while the citizen typed: keep the text for after the login.
            request.session[DRAFT_SESSION_KEY] = {name: request.POST.get(name, "") for name in DRAFT_FIELDS}
            messages.warning(request, _("Please log in again. Your text has been kept and will be filled in."))
        return redirect_to_login(request.get_full_path())

    context = {"action_field": action_field, "can_contribute": can_contribute(request.user)}
    if action_field:
        context.update(_phase_context(action_field))
        context["closed"] = context["open_phase"] is None
    else:
        context["closed"] = not any(open_phase(field) for field in ActionField.values)

    if request.method == "POST":
        if rate_limit_exceeded(request, "proposal"):
            return too_many_requests(request, "proposal")
        form = ProposalForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.to_data()
            if "preview" in request.POST:
                context["preview"] = data
                if data.image is not None:
                    form.data = form.data.copy()
                    form.data["pending_image"] = pending_image_keep(data.image)
                    context["pending_image_kept"] = True
                context["similar"] = similar_proposals(action_field=data.action_field, text=f"{data.title} {data.body}")
            else:
                try:
                    proposal, created = proposal_create(
                        author=request.user, data=data, submission_key=form.cleaned_data["submission_key"]
                    )
                except PhaseClosed as exc:
                    form.add_error(None, str(exc))
                except PermissionDenied as exc:
                    form.add_error(None, str(exc))
                else:
                    if created and proposal.status == ProposalStatus.SUBMITTED:
                        messages.success(
                            request, _("Thank you! Your proposal will be reviewed before it is published.")
                        )
                    elif created:
                        messages.success(request, _("Thank you! Your proposal has been published."))
                    return redirect(proposal)
    else:
        draft = _draft_from_session(request)
        form = ProposalForm(initial=draft or {"action_field": action_field})
        if draft:
            context["restored_draft"] = True
    context["form"] = form
    return render(request, "participation/proposal_form.html", context)


@require_GET
def proposal_detail(request, pk: int):
    proposal = get_viewable_proposal(request, pk)
    context = {
        "proposal": proposal,
        "share_url": request.build_absolute_uri(proposal.get_absolute_url()),
        "can_edit": can_edit_proposal(request.user, proposal),
        "can_withdraw": can_withdraw_proposal(request.user, proposal),
        "points": proposal_map_points(Proposal.objects.filter(pk=proposal.pk)),
        **vote_context(request, proposal),
        **discussion_context(request, proposal),
    }
    return render(request, "participation/proposal_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def proposal_edit(request, pk: int):
    proposal = get_viewable_proposal(request, pk)
    if not can_edit_proposal(request.user, proposal):
        raise PermissionDenied(_("This proposal can no longer be edited: it has votes or is not published."))
    if request.method == "POST":
        form = ProposalForm(request.POST, request.FILES, has_image=bool(proposal.image))
        if form.is_valid():
            proposal_update(proposal, user=request.user, data=form.to_data())
            messages.success(request, _("Your changes have been saved."))
            return redirect(proposal)
    else:
        initial = {name: getattr(proposal, name) for name in DRAFT_FIELDS if name != "submission_key"}
        form = ProposalForm(initial=initial, has_image=bool(proposal.image))
    return render(request, "participation/proposal_edit.html", {"form": form, "proposal": proposal})


@login_required
@require_http_methods(["GET", "POST"])
def proposal_withdraw_view(request, pk: int):
    proposal = get_viewable_proposal(request, pk)
    if request.method == "POST":
        proposal_withdraw(proposal, user=request.user)
        messages.success(request, _("Your proposal has been withdrawn."))
        return redirect(proposal)
    if not can_withdraw_proposal(request.user, proposal):
        raise PermissionDenied(_("Only the author can withdraw this proposal."))
    return render(request, "participation/proposal_withdraw.html", {"proposal": proposal})


@require_GET
def similar_proposals_json(request):
    """Up to five similar proposals while a citizen types a title (used by similar-proposals.js)."""
    if rate_limit_exceeded(request, "similar"):
        return JsonResponse({"error": _("Too many requests. Please wait a moment.")}, status=429)
    action_field = request.GET.get("action_field", "")
    text = request.GET.get("text", "")[:500]
    if action_field not in ActionField.values:
        return JsonResponse({"results": []})
    results = [
        {"id": p.pk, "title": p.title, "url": p.get_absolute_url()}
        for p in similar_proposals(action_field=action_field, text=text)
    ]
    return JsonResponse({"results": results})
