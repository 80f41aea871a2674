"""The unsubscribe link of every notification email (usable without logging in), and following (#16)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from core.ratelimit import rate_limit_exceeded, too_many_requests
from participation.models import Proposal

from .follows import follow_remove, follow_set, follows_of
from .forms import FollowForm
from .kinds import NotificationKind
from .models import Follow
from .services import contact_forget, notification_unsubscribe
from .tokens import contact_unsubscribe_token_read, unsubscribe_token_read


# The signed token is the authorisation, not a session: mail programs send the one-click unsubscribe
# (RFC 8058) as a POST without a CSRF token, and a forged request cannot name a valid token.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows what the link switches off and a button; POST switches it off. Works without logging in."""
    found = unsubscribe_token_read(token)
    if found is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=404)
    user, kind = found
    done = request.method == "POST"
    if done:
        notification_unsubscribe(user, kind=kind)
    context = {"kind_label": NotificationKind(kind).label, "done": done}
    return render(request, "notifications/unsubscribe.html", context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def follows(request):
    """What the person follows, how often they hear of it; follow an action field or a district here."""
    form = FollowForm(request.POST or None)
    if request.method == "POST":
        if rate_limit_exceeded(request, "follow"):
            return too_many_requests(request, "follow")
        if "remove" in request.POST:
            follow_remove(request.user, int(request.POST["remove"]) if request.POST["remove"].isdigit() else 0)
            messages.success(request, _("You no longer follow it."))
            return redirect("notifications:follows")
        if form.is_valid():
            target = form.follow_target()
            follow_set(request.user, frequency=form.cleaned_data["frequency"], **target)
            messages.success(request, _("Saved. You will hear of it as you chose."))
            return redirect("notifications:follows")
    return render(request, "notifications/follows.html", {"form": form, "follows": follows_of(request.user)})


@login_required
@require_POST
def follow_proposal(request, pk: int):
    """Follow (or change how often to hear of) one proposal, from its page."""
    proposal = get_object_or_404(Proposal.objects.visible(), pk=pk)
    if rate_limit_exceeded(request, "follow"):
        return too_many_requests(request, "follow")
    frequency = request.POST.get("frequency", Follow.Frequency.DAILY)
    if frequency not in Follow.Frequency.values:
        frequency = Follow.Frequency.DAILY
    follow_set(request.user, proposal=proposal, frequency=frequency)
    messages.success(request, _("You follow this proposal: %(how)s.") % {"how": Follow.Frequency(frequency).label})
    return redirect(f"{proposal.get_absolute_url()}#follow")


# As `unsubscribe`: the signed token (proposal and address) is the authorisation, for one-click POSTs too.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def contact_unsubscribe(request, token):
    """A participant without an account stops the mails about their proposal: the address is removed from it."""
    found = contact_unsubscribe_token_read(token)
    if found is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=404)
    done = request.method == "POST"
    if done:
        contact_forget(*found)
    return render(request, "notifications/unsubscribe.html", {"kind_label": _("News about my proposal"), "done": done})
