"""Proposal cards rendered once per content and language, and read back in one cache round trip per list.

A card's key is derived from everything the card shows (the row's fields and stored counts, the deployed
templates and static files: core/fragments.py), so any change of a proposal — an edit, a moderation, a vote or a
comment moving a stored count — gives the next list a new key: the row read with the list is the version, and
there is nothing to invalidate. Stale cards are never read again and expire after CARD_SECONDS.
"""

import hashlib

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from core.fragments import fragments_on, templates_version

CARD_TEMPLATE = "participation/components/proposal_card.html"
CARD_SECONDS = 60 * 60
# What the card shows of a proposal; a new field on the card must be added here.
CARD_FIELDS = (
    "pk", "created", "updated", "title", "body", "action_field", "status", "duplicate_of_id", "district",
    "latitude", "longitude", "channel", "agree_count", "disagree_count", "comment_count",
)  # fmt: skip
CARD_COLUMNS = tuple(name.removesuffix("_id") for name in CARD_FIELDS if name != "pk") + ("image",)


def for_cards(proposals):
    """Only the columns a card shows (a QuerySet of proposal_list): no author, no text vectors."""
    return proposals.select_related(None).only(*CARD_COLUMNS)


def card_key(proposal, *, compact: bool, language: str) -> str:
    state = repr([getattr(proposal, name) for name in CARD_FIELDS] + [proposal.image.name or ""])
    digest = hashlib.blake2b(state.encode(), digest_size=12).hexdigest()
    return f"participation:card:{templates_version()}:{language}:{int(compact)}:{proposal.pk}:{digest}"


def proposal_cards(proposals, *, compact: bool = False) -> SafeString:
    """The cards of these proposals (model instances with their stored counts), in order, as one HTML string."""
    proposals = list(proposals)
    if not fragments_on():
        return mark_safe("".join(_render(proposal, compact) for proposal in proposals))  # noqa: S308
    language = get_language() or ""
    keys = [card_key(proposal, compact=compact, language=language) for proposal in proposals]
    found = cache.get_many(keys)
    missing = {}
    for proposal, key in zip(proposals, keys, strict=True):
        if key not in found:
            found[key] = missing[key] = _render(proposal, compact)
    if missing:
        cache.set_many(missing, timeout=CARD_SECONDS)
    return mark_safe("".join(found[key] for key in keys))  # noqa: S308 - rendered by the autoescaping template


def _render(proposal, compact: bool) -> str:
    return render_to_string(CARD_TEMPLATE, {"proposal": proposal, "compact": compact})
