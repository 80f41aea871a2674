"""Reads for the account pages."""

from wagtail.models import Page

# The pages a person agrees to at sign-up, by the slugs the editors keep (see load_demo_content).
PARTICIPATION_RULES_SLUG = "beteiligungsregeln"
PRIVACY_NOTICE_SLUG = "datenschutz"


def legal_page_urls() -> dict[str, str]:
    """URLs of the live participation rules and privacy notice, by slug; a missing page has no entry."""
    pages = Page.objects.live().filter(slug__in=[PARTICIPATION_RULES_SLUG, PRIVACY_NOTICE_SLUG])
    urls = {}
    for page in pages:
        url = page.get_url()
        if url and page.slug not in urls:
            urls[page.slug] = url
    return urls
