"""Votes: a plain form answered with a redirect, or with JSON when votes.js submits it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.ratelimit import rate_limit_exceeded, too_many_requests

from ..forms import VoteForm
from ..models import Proposal, Vote
from ..permissions import can_contribute, vote_denial
from ..selectors import own_vote
from ..services import VoteMove, VoteTally, vote_cast, vote_move_offer, vote_move_to_original, vote_withdraw
from .common import get_viewable_proposal, wants_json

# The buttons in the order shown, with the key the page and votes.js use for each count.
VOTE_CHOICES = [
    (Vote.Value.AGREE, gettext_lazy("Agree"), "agree"),
    (Vote.Value.DISAGREE, gettext_lazy("Disagree"), "disagree"),
    (Vote.Value.PASS, gettext_lazy("Pass"), "pass"),
]
VOTE_LABELS = {value: label for value, label, _key in VOTE_CHOICES}


def vote_context(request: HttpRequest, proposal: Proposal) -> dict:
    """What the proposal page needs for its vote form: the denial reason, or the buttons and the own vote."""
    value = own_vote(proposal, request.user)
    denial = vote_denial(request.user, proposal)
    return {
        "vote_move": vote_move_offer(proposal, request.user),
        "vote_denial": denial,
        "needs_email_confirmation": bool(denial) and request.user.is_authenticated and not can_contribute(request.user),
        "vote_choices": [(int(choice), label, key) for choice, label, key in VOTE_CHOICES],
        "own_vote": value,
        "own_vote_label": VOTE_LABELS.get(value, ""),
    }


def _refused(request, proposal: Proposal, message: str, *, status: int, as_json: bool) -> HttpResponse:
    if as_json:
        return JsonResponse({"error": message}, status=status)
    return render(
        request, "participation/proposal_vote.html", {"proposal": proposal, "message": message}, status=status
    )


@require_POST
def proposal_vote(request, pk: int):
    """Cast, change or withdraw the visitor's vote (vote_cast / vote_withdraw).

    The portal's busiest write (#17): for a signed-in person with a valid choice the service checks and writes in
    one statement, and the proposal is read only when the vote is refused (404 or the reason) or withdrawn.
    """
    as_json = wants_json(request)
    form = VoteForm(request.POST)
    if not request.user.is_authenticated or not form.is_valid():
        return _refusal(request, pk, form, as_json=as_json)
    if rate_limit_exceeded(request, "vote"):
        if as_json:
            return JsonResponse({"error": _("Too many requests. Please wait a moment.")}, status=429)
        return too_many_requests(request, "vote")
    try:
        if form.cleaned_data["withdraw"]:
            proposal = get_viewable_proposal(request, pk)
            vote_withdraw(proposal, voter=request.user)
            proposal.refresh_from_db(fields=["agree_count", "disagree_count", "pass_count"])
            tally = VoteTally(None, proposal.agree_count, proposal.disagree_count, proposal.pass_count)
            message = _("Your vote has been withdrawn.")
        else:
            tally = vote_cast(pk, voter=request.user, value=form.cleaned_data["value"])
            message = _("Your vote has been saved: %(vote)s.") % {"vote": VOTE_LABELS[tally.value]}
    except Proposal.DoesNotExist as exc:
        raise Http404 from exc
    except PermissionDenied as exc:  # not allowed, or the phase closed a moment ago
        return _refused(request, get_viewable_proposal(request, pk), str(exc), status=403, as_json=as_json)
    if not as_json:
        messages.success(request, message)
        return redirect(f"{reverse('participation:proposal_detail', kwargs={'pk': pk})}#support")
    return JsonResponse(
        {
            "counts": tally.as_dict(),
            "own_vote": tally.value,
            "own_vote_label": str(VOTE_LABELS.get(tally.value, "")),
            "message": message,
        }
    )


def _refusal(request, pk: int, form: VoteForm, *, as_json: bool) -> HttpResponse:
    # Hidden proposals are not found; then the reason a person may not vote; then what is wrong with the form.
    proposal = get_viewable_proposal(request, pk)
    denial = vote_denial(request.user, proposal)
    if denial:
        return _refused(request, proposal, denial, status=403, as_json=as_json)
    return _refused(request, proposal, " ".join(form.non_field_errors()), status=400, as_json=as_json)


@require_POST
def vote_move(request, pk: int):
    """One click moves the visitor's vote from a duplicate to its original (asked by mail when it was marked)."""
    duplicate = get_viewable_proposal(request, pk)
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={duplicate.get_absolute_url()}")
    if rate_limit_exceeded(request, "vote"):
        return too_many_requests(request, "vote")
    try:
        outcome, vote = vote_move_to_original(duplicate, voter=request.user)
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        return redirect(f"{duplicate.get_absolute_url()}#duplicate")
    if outcome == VoteMove.MOVED:
        messages.success(
            request, _("Your vote now counts for the original proposal: %(vote)s.") % {"vote": VOTE_LABELS[vote.value]}
        )
    elif outcome == VoteMove.ALREADY:
        messages.info(request, _("You had already voted on the original proposal; that vote stays as it is."))
    else:
        messages.info(request, _("There was no vote of yours on the duplicate to move."))
    return redirect(f"{duplicate.duplicate_of.get_absolute_url()}#support")
