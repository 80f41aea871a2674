"""A strategy body for reading: the same blocks and templates, but a theme's member ids stay a plain tuple.

A theme lists every proposal it rests on (tens of thousands at city scale). Wagtail's ListBlock turns each
id into a block value of its own, which took most of a strategy page's time (~0.65 s at 100,000 proposals);
the pages only count the members and the indexes copy them. Editing in the admin keeps the real blocks.
"""

from wagtail import blocks
from wagtail.blocks import StreamValue

from .blocks import StrategyBodyBlock, ThemeBlock


class MemberIdsBlock(blocks.Block):
    """Proposal ids as stored (a JSON list of integers), read as a tuple without a block per id."""

    def to_python(self, value):
        # Older data may hold ListBlock items ({"type": "item", "value": n}); the synthesis writes plain ints.
        return tuple(item["value"] if isinstance(item, dict) else item for item in value or ())

    def get_prep_value(self, value):
        return list(value or ())


class ReadingThemeBlock(ThemeBlock):
    members = MemberIdsBlock(required=False, default=())

    class Meta:
        template = "blocks/theme_block.html"


class ReadingBodyBlock(StrategyBodyBlock):
    theme = ReadingThemeBlock()


READING_BODY = ReadingBodyBlock()


def reading_body(body) -> StreamValue:
    """The same content as `body` (a strategy page's or revision's StreamValue), for reading and rendering."""
    return StreamValue(READING_BODY, body.raw_data, is_lazy=True)
