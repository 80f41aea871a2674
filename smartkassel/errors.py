"""Error pages that Django or allauth render themselves."""

from django.shortcuts import render


def too_many_requests(request, exception=None):
    """allauth's rate limits answer with this page (it looks up ROOT_URLCONF.handler429)."""
    return render(request, "429.html", status=429)
