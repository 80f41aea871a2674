"""Reads for the account pages."""

import hashlib

from django.db.models import QuerySet
from wagtail.models import Page

from .models import Invitation
from .permissions import invitable_roles

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


def invitation_by_token(token: str) -> Invitation | None:
    """The invitation a link's token belongs to, in any state (the page explains an old link), or None."""
    digest = hashlib.sha256(token.encode()).hexdigest()
    return Invitation.objects.filter(token_digest=digest).first()


def invitations_open(user) -> QuerySet[Invitation]:
    """Open invitations (pending or expired, not accepted or revoked) into the roles this person may hand out."""
    return (
        Invitation.objects.open()
        .filter(role__in=invitable_roles(user))
        .select_related("invited_by")
        .order_by("-sent_at", "-pk")
    )
