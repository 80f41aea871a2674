"""Page addresses in the visitor's language, whichever language the page itself is in."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def active_language_path(page_path: str) -> str:
    """The same address in the visitor's language (translations keep their German page's slugs)."""
    source = translation.get_language_from_path(page_path) or settings.LANGUAGE_CODE
    target = translation.get_language() or settings.LANGUAGE_CODE
    if source == target:
        return page_path
    with translation.override(source):
        return translate_url(page_path, target)


class ActiveLanguageUrlMixin:
    """A link to a page keeps the visitor's language: /en/<address> for an English visitor even where only the
    German page exists (portal.models.HomePage.route serves it there), as before pages had translations.

    Wagtail itself links a page in the page's own language, which would drop an English visitor into the German
    interface at the first untranslated page. Translations keep their German page's slugs, so the address is the
    same in both languages apart from the /en/ prefix.
    """

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return parts
        site_id, root_url, page_path = parts
        return site_id, root_url, active_language_path(page_path)
