"""The "at a glance" of a field's strategy page and the positions of a split theme, for the templates."""

from django import template

from strategy.glance import glance, position_views

register = template.Library()


@register.simple_tag
def field_glance(sections) -> dict:
    """The field's glance from its page sections (live, a version or the draft), with the intro's figures."""
    if not sections:
        return {}
    blocks = [*sections.themes, *sections.open_questions]
    values = [block.value for block in blocks if block.block_type == "theme"]
    intro = next((block.value for block in sections.lead if block.block_type == "intro"), None)
    return {
        "glance": glance((value, "", "") for value in values),
        "people": intro.get("voters") if intro else None,
        "votes": intro.get("votes") if intro else None,
    }


@register.simple_tag
def theme_positions(value) -> tuple:
    """A theme's positions, lettered; one position (the theme itself) when it is not split."""
    return position_views(value)
