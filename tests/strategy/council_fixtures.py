"""A split theme for the council's tests: two positions with opposite opinion groups behind them, and a form's
POST data built from a page body (as the Wagtail editor sends it)."""

from wagtail import blocks

from strategy.blocks import theme_block_value
from strategy.synthesis.schema import Position, SummarySentence, Support, Theme

RING_FOR = "Den Ring autofrei machen"
RING_AGAINST = "Innenstadt mit dem Auto erreichbar halten"


def split_theme(first: int, second: int) -> Theme:
    """A divisive theme whose two proposals (numbers `first` and `second`) are opposite positions."""
    return Theme(
        id="ecosystem-ring",
        label="Autofreie Innenstadt innerhalb des Rings",
        proposals=[str(first), str(second)],
        consensus="divisive",
        # The theme's sum, which adds up opposite demands: never shown for a split theme.
        support=Support(participants=302, agree=675, disagree=400, passes=25, score=0.55),
        summary=[SummarySentence(text="Der Ring soll autofrei werden.", source=str(first))],
        groups={0: {"agree": 0.5, "disagree": 0.5, "votes": 600}, 1: {"agree": 0.5, "disagree": 0.4, "votes": 500}},
        positions=[
            Position(
                label=RING_FOR,
                members=[str(first)],
                support=Support(participants=180, agree=120, disagree=50, passes=10, score=0.6),
                groups={
                    0: {"agree": 0.9, "disagree": 0.05, "votes": 100},
                    1: {"agree": 0.1, "disagree": 0.8, "votes": 80},
                },
            ),
            Position(
                label=RING_AGAINST,
                members=[str(second)],
                support=Support(participants=170, agree=100, disagree=60, passes=10, score=0.5),
                groups={
                    0: {"agree": 0.15, "disagree": 0.8, "votes": 90},
                    1: {"agree": 0.85, "disagree": 0.1, "votes": 80},
                },
            ),
        ],
    )


def split_theme_block(first: int, second: int) -> dict:
    titles = {str(first): "Ring ohne Autos", str(second): "Innenstadt für Autos offen"}
    return {"type": "theme", "value": theme_block_value(split_theme(first, second), titles=titles)}


def block_post_data(block, value, prefix: str) -> dict:
    """The editor's form fields for one block value (StreamField, ListBlock and StructBlock nested by prefix)."""
    data = {}
    if isinstance(block, blocks.StreamBlock):
        children = list(value)
        data[f"{prefix}-count"] = len(children)
        for index, child in enumerate(children):
            item = f"{prefix}-{index}"
            data.update({f"{item}-type": child.block_type, f"{item}-deleted": "", f"{item}-order": index})
            data[f"{item}-id"] = child.id or ""
            data.update(block_post_data(child.block, child.value, f"{item}-value"))
    elif isinstance(block, blocks.ListBlock):
        items = list(value)
        data[f"{prefix}-count"] = len(items)
        for index, item_value in enumerate(items):
            item = f"{prefix}-{index}"
            data.update({f"{item}-deleted": "", f"{item}-order": index, f"{item}-id": ""})
            data.update(block_post_data(block.child_block, item_value, f"{item}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            data.update(block_post_data(child, value.get(name), f"{prefix}-{name}"))
    else:
        state = block.get_form_state(value)
        data[prefix] = "" if state is None else state
    return data
