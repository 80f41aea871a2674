"""Proposals: list, map, detail page, writing, editing and withdrawing."""

import hashlib
import math

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.cache_generations import SITE, generation
from core.choices import ActionField, District
from core.districts import DISTRICT_CENTRES, district_nearest
from core.ratelimit import rate_limit_exceeded, rate_limit_reached

from ..choices import ProposalStatus
from ..extensions import proposal_panels
from ..forms import ProposalFilterForm, ProposalForm
from ..images import pending_image_keep
from ..listing import proposal_page_context
from ..permissions import can_contribute, can_edit_proposal, can_withdraw_proposal
from ..selectors import (
    last_phase,
    next_phase,
    open_phase,
    proposal_list,
    proposal_map_points,
    proposal_map_rows,
    similar_proposals,
)
from ..services import proposal_create, proposal_update, proposal_withdraw
from .comments import discussion_context, public_discussion
from .common import get_viewable_proposal
from .reports import REPORTED_COMMENT_SESSION_KEY
from .votes import vote_context

DRAFT_SESSION_KEY = "participation:proposal_draft"
# For proposal-map.js, which suggests the district as soon as a place is set on the map.
DISTRICT_CENTRES_JSON = [
    {"key": str(key), "label": str(District(key).label), "lat": lat, "lon": lon}
    for key, (lat, lon) in DISTRICT_CENTRES.items()
]
DRAFT_FIELDS = ["title", "body", "action_field", "district", "latitude", "longitude", "image_alt", "submission_key"]


@require_GET
def proposal_list_view(request):
    return render(request, "participation/proposal_list.html", proposal_page_context(request))


# The map's points are shared by every visitor: cached this long (a new proposal starts a new generation).
MAP_POINTS_SECONDS = 60


@require_GET
def proposal_map(request):
    """The map page: one page of the list, and the map, which loads its points from proposal_map_points_json.

    The points are not in the page, so it stays small whatever the number of proposals; without JavaScript
    the list shows the same proposals.
    """
    return render(request, "participation/proposal_map.html", proposal_page_context(request))


def _bbox(value: str) -> tuple[float, float, float, float] | None:
    """ "west,south,east,north", widened to whole hundredths of a degree so nearby views share a cache entry."""
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        return None
    if not all(math.isfinite(x) for x in (west, south, east, north)) or west > east or south > north:
        return None
    return (
        math.floor(west * 100) / 100,
        math.floor(south * 100) / 100,
        math.ceil(east * 100) / 100,
        math.ceil(north * 100) / 100,
    )


@require_GET
def proposal_map_points_json(request):
    """The map's points for the list's filters (proposal-map.js): newest first, bounded, within `bbox` if given."""
    filters = ProposalFilterForm(request.GET).filters()
    bbox = _bbox(request.GET.get("bbox", ""))
    wanted = {**filters, "sort": "new", "bbox": bbox}
    digest = hashlib.sha256(repr(sorted(wanted.items())).encode()).hexdigest()
    key = f"participation:map-points:{generation(SITE)}:{digest}"
    data = cache.get(key)
    if data is None:
        data = proposal_map_rows(proposal_list(**{**filters, "sort": "new"}), bbox=bbox)
        cache.set(key, data, timeout=MAP_POINTS_SECONDS)
    response = JsonResponse(data)
    patch_cache_control(response, public=True, max_age=MAP_POINTS_SECONDS)
    return response


def _phase_context(action_field: str) -> dict:
    return {
        "open_phase": open_phase(action_field),
        "next_phase": next_phase(action_field),
        "last_phase": last_phase(action_field),
    }


def _draft_from_session(request) -> dict | None:
    return request.session.pop(DRAFT_SESSION_KEY, None)


def _keep_image(form: ProposalForm, context: dict) -> None:
    """Carry a checked image through a form that comes back (check step, errors, limits): a browser never
    refills a file input. Only then, so a proposal published at once leaves no pending copy behind."""
    image = form.cleaned_data.get("image")
    if image is not None and not form.cleaned_data.get("pending_image"):
        form.data = form.data.copy()
        form.data["pending_image"] = pending_image_keep(image)
    if image is not None:
        context["pending_image_kept"] = True


def _check_step(form: ProposalForm, data, context: dict, *, author) -> bool:
    """Fill in the check before publishing; True when there is something the citizen has not seen yet.

    That is a similar proposal not shown before, or a district suggested from the place on the map. Without
    either the proposal is published at once, so most citizens never see this step.
    """
    similar = similar_proposals(action_field=data.action_field, text=f"{data.title} {data.body}")
    if any(p.author_id == author.pk and p.submission_key == form.cleaned_data["submission_key"] for p in similar):
        return False  # this very form was sent before and published: proposal_create returns that proposal
    context["similar"] = similar
    unseen = {proposal.pk for proposal in similar} - form.cleaned_data["similar_seen"]
    suggest = data.latitude is not None and not data.district and not form.cleaned_data.get("district_suggested")
    if not (unseen or suggest or "preview" in form.data):
        return False
    form.data = form.data.copy()
    form.data["similar_seen"] = ",".join(
        str(pk) for pk in sorted({p.pk for p in similar} | form.cleaned_data["similar_seen"])
    )
    if suggest:
        form.data["district"] = context["suggested_district"] = district_nearest(data.latitude, data.longitude)
        form.data["district_suggested"] = "1"
    return True


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

    status = 200
    if request.method == "POST":
        form = ProposalForm(request.POST, request.FILES)
        # Two limits: a generous one on every POST against floods, and the real one on accepted proposals,
        # so previews and corrections never use it up. Either way the form comes back with all it held.
        flooded = rate_limit_exceeded(request, "proposal_attempt")
        valid = form.is_valid()
        if flooded:
            status = _limited(context, "proposal_attempt")
        elif valid:
            data = form.to_data()
            if _check_step(form, data, context, author=request.user):
                context["preview"] = data
                context["check_step"] = "preview" not in request.POST
            elif rate_limit_reached(request, "proposal"):
                status = _limited(context, "proposal")
            else:
                try:
                    proposal, created = proposal_create(
                        author=request.user, data=data, submission_key=form.cleaned_data["submission_key"]
                    )
                except PermissionDenied as exc:  # PhaseClosed too
                    form.add_error(None, str(exc))
                else:
                    if created:
                        rate_limit_exceeded(request, "proposal")  # counts the accepted proposal
                    if created and proposal.status == ProposalStatus.SUBMITTED:
                        messages.success(
                            request, _("Thank you! Your proposal will be reviewed before it is published.")
                        )
                    elif created:
                        messages.success(request, _("Thank you! Your proposal has been published."))
                    return redirect(proposal)
        _keep_image(form, context)
    else:
        draft = _draft_from_session(request)
        form = ProposalForm(initial=draft or {"action_field": action_field})
        if draft:
            context["restored_draft"] = True
    context["form"] = form
    context["district_centres"] = DISTRICT_CENTRES_JSON
    response = render(request, "participation/proposal_form.html", context, status=status)
    if status == 429:
        response["Retry-After"] = str(settings.PARTICIPATION_RATE_LIMITS[context["limit_action"]][2])
    return response


def _limited(context: dict, action: str) -> int:
    context["limit_action"] = action
    context["limit_minutes"] = max(1, settings.PARTICIPATION_RATE_LIMITS[action][2] // 60)
    return 429


@require_GET
def proposal_detail(request, pk: int):
    proposal = get_viewable_proposal(request, pk)
    context = {
        "proposal": proposal,
        "share_url": request.build_absolute_uri(proposal.get_absolute_url()),
        "can_edit": can_edit_proposal(request.user, proposal),
        "can_withdraw": can_withdraw_proposal(request.user, proposal),
        "points": proposal_map_points([proposal]),
        "reported_comment": (
            request.session.pop(REPORTED_COMMENT_SESSION_KEY, None) if request.user.is_authenticated else None
        ),
        **vote_context(request, proposal),
        "proposal_panels": proposal_panels(request, proposal),
    }
    if request.user.is_authenticated:
        context.update(discussion_context(request, proposal))
    else:
        context["public_discussion"] = public_discussion(request, proposal)
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
            try:
                proposal = proposal_update(proposal, user=request.user, data=form.to_data())
            except PermissionDenied as exc:
                # Someone voted meanwhile: the form stays filled in, so the text can be copied elsewhere.
                form.add_error(None, str(exc))
            else:
                if proposal.status == ProposalStatus.SUBMITTED:
                    messages.success(request, _("Thank you! Your proposal will be reviewed before it is published."))
                else:
                    messages.success(request, _("Your changes have been saved."))
                return redirect(proposal)
    else:
        initial = {name: getattr(proposal, name) for name in DRAFT_FIELDS if name != "submission_key"}
        form = ProposalForm(initial=initial, has_image=bool(proposal.image))
    return render(
        request,
        "participation/proposal_edit.html",
        {"form": form, "proposal": proposal, "district_centres": DISTRICT_CENTRES_JSON},
    )


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
