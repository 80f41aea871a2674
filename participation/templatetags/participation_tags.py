from django import template
from django.conf import settings

from participation.cards import proposal_cards as cards_of
from participation.extensions import proposal_links
from participation.text import render_user_text
from participation.timeline import proposal_timeline as timeline_of

register = template.Library()


@register.filter
def user_text(text: str):
    """A citizen's text as sanitised paragraphs with links."""
    return render_user_text(text or "")


@register.simple_tag
def map_tiles() -> dict:
    """The tile server, named to the visitor before any tile is requested."""
    url = settings.MAP_TILE_URL
    # A relative URL means tiles from this portal itself.
    source = url if "//" in url else settings.SITE_URL
    host = source.split("//", 1)[-1].split("/", 1)[0]
    return {"url": url, "attribution": settings.MAP_TILE_ATTRIBUTION, "host": host}


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (for pager and sort links)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.simple_tag
def proposal_strategy_links(proposal_id) -> list:
    """What the layers above made of this proposal ("Sie haben gesagt – wir haben gemacht"), from their providers."""
    try:
        return proposal_links(int(proposal_id))
    except (TypeError, ValueError):
        return []


@register.simple_tag
def proposal_timeline(proposal) -> list:
    """The proposal's public history (participation.timeline), for its page's timeline."""
    return timeline_of(proposal)


@register.simple_tag
def proposal_cards(proposals, compact=False):
    """The proposals' cards (participation.cards): rendered once per content and language, then from the cache."""
    return cards_of(proposals, compact=compact)
