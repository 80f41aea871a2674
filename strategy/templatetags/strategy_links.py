""" "You said — we did": proposal pages (participation templates) ask which published themes rest on a proposal.

A template library, so participation's Python never imports strategy.
"""

from django import template

from strategy.selectors import themes_of_proposal_cached

register = template.Library()


@register.simple_tag
def strategy_themes_for(proposal_id) -> list:
    """The published strategy themes resting on this proposal; one query while the cached index is warm."""
    try:
        return themes_of_proposal_cached(int(proposal_id))
    except (TypeError, ValueError):
        return []
