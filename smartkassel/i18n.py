"""The language switch, made to work with i18n_patterns (German at /, English at /en/)."""

from django.conf import settings
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language


# Exempt from CSRF on purpose: the switch changes nothing but which language a visitor reads (a cookie and a
# redirect to the same page in the other language, only to a safe address on this site), so a forged switch
# harms no one. Without a token, the switcher in every page's header sets no csrftoken cookie, and anonymous
# pages can be shared from a cache (smartkassel/page_cache.py).
@csrf_exempt
def set_language_from_next(request):
    """Resolve `next` in its own language, so /en/… translates back to its German URL and vice versa."""
    next_url = request.POST.get("next", request.GET.get("next", ""))
    with translation.override(translation.get_language_from_path(next_url) or settings.LANGUAGE_CODE):
        return set_language(request)
