"""The language switch, made to work with i18n_patterns (German at /, English at /en/)."""

from django.conf import settings
from django.utils import translation
from django.views.i18n import set_language


def set_language_from_next(request):
    """Resolve `next` in its own language, so /en/… translates back to its German URL and vice versa."""
    next_url = request.POST.get("next", request.GET.get("next", ""))
    with translation.override(translation.get_language_from_path(next_url) or settings.LANGUAGE_CODE):
        return set_language(request)
