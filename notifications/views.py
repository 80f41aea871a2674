"""The unsubscribe link of every notification email: thin, and usable without logging in."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .kinds import NotificationKind
from .services import notification_unsubscribe
from .tokens import unsubscribe_token_read


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
