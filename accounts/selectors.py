"""Reads for the account pages."""

from django.db.models import QuerySet
from wagtail.models import Page

from participation.models import Proposal

from .models import User

# The pages a person agrees to at sign-up, by the slugs the editors keep (see load_demo_content).
PARTICIPATION_RULES_SLUG = "beteiligungsregeln"
PRIVACY_NOTICE_SLUG = "datenschutz"


def user_proposals(user: User) -> QuerySet[Proposal]:
    """The user's own proposals in every status, newest first (the author sees hidden ones too)."""
    return Proposal.objects.filter(author=user).only("pk", "title", "status", "created").order_by("-created", "-pk")


def legal_page_urls() -> dict[str, str]:
    """URLs of the live participation rules and privacy notice, by slug; a missing page has no entry."""
    pages = Page.objects.live().filter(slug__in=[PARTICIPATION_RULES_SLUG, PRIVACY_NOTICE_SLUG])
    urls = {}
    for page in pages:
        url = page.get_url()
        if url and page.slug not in urls:
            urls[page.slug] = url
    return urls
