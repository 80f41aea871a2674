"""StreamField blocks of strategy pages: the synthesis intro, the themes it drafts (with their positions) and the
administration's assessment.

Figures come from the synthesis run, not the keyboard: every count, share and member list is a "run" block,
read-only in the page editor, and the page's admin form (strategy/admin_forms.py) takes them from the run again
when staff save, so a typed-in figure cannot reach a page. Staff edit labels, order and the words around them.
"""

import json

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.choices import District
from portal.blocks import RICH_TEXT_FEATURES, HeadingBlock, ParagraphBlock

CONSENSUS_CHOICES = [
    ("consensus", _("Consensus")),
    ("divisive", _("Divisive")),
    ("low_support", _("Low support")),
]
RUN_HELP = _("From the synthesis run; cannot be changed here.")


def _read_only(widget: forms.Widget) -> forms.Widget:
    widget.attrs.update({"readonly": True, "aria-readonly": "true", "class": "strategy-run-figure"})
    return widget


class RunIntegerBlock(blocks.IntegerBlock):
    """A count of the synthesis run, read-only in the editor (empty for a theme no run made)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", RUN_HELP)
        super().__init__(required=False, **kwargs)
        _read_only(self.field.widget)


class RunFloatBlock(blocks.FloatBlock):
    """A share or score of the synthesis run, read-only in the editor."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", RUN_HELP)
        super().__init__(required=False, **kwargs)
        _read_only(self.field.widget)


class RunKeyBlock(blocks.CharBlock):
    """The theme's stable id from the run: it ties the block to the run's figures, so it is not edited either."""

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=100, help_text=RUN_HELP, **kwargs)
        _read_only(self.field.widget)


def _items(value) -> list:
    """A stored list, also in ListBlock's form ({"type": "item", "value": …}) that earlier drafts used."""
    if not isinstance(value, list | tuple):
        return []
    return [item["value"] if isinstance(item, dict) and item.get("type") == "item" else item for item in value]


class RunDataBlock(blocks.FieldBlock):
    """Records of the run (per-group figures, a position's proposals) as plain JSON, shown read-only."""

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=False,
            help_text=help_text or RUN_HELP,
            widget=_read_only(forms.Textarea(attrs={"rows": 3})),
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        return _items(value)

    def get_prep_value(self, value):
        return [dict(item) if isinstance(item, dict) else item for item in _items(value)]

    def value_for_form(self, value):
        return json.dumps(self.get_prep_value(value), ensure_ascii=False)

    def value_from_form(self, value):
        try:
            return _items(json.loads(value or "[]"))
        except ValueError:
            return []

    def get_default(self):
        return []

    class Meta:
        icon = "table"


class RunIdsBlock(RunDataBlock):
    """Proposal numbers of the run, shown as "3, 8, 12" and stored as a list of numbers."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.field.widget = _read_only(forms.TextInput())

    def to_python(self, value):
        return [int(item) for item in _items(value) if str(item).isdigit()]

    def value_for_form(self, value):
        return ", ".join(str(item) for item in self.to_python(value))

    def value_from_form(self, value):
        return [int(part) for part in (value or "").replace(",", " ").split() if part.isdigit()]


class SynthesisIntroBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Introduction"))
    proposals = RunIntegerBlock(label=_("Proposals"), min_value=0)
    comments = RunIntegerBlock(label=_("Comments"), min_value=0)
    votes = RunIntegerBlock(label=_("Votes"), min_value=0)
    voters = RunIntegerBlock(label=_("Voters"), min_value=0)
    themes = RunIntegerBlock(label=_("Themes"), min_value=0)

    class Meta:
        icon = "doc-full"
        label = _("Introduction with figures")
        template = "blocks/synthesis_intro_block.html"
        preview_value = {
            "text": "Aus den Vorschlägen der Bürgerinnen und Bürger ergeben sich diese Themen.",
            "proposals": 42,
            "comments": 17,
            "votes": 380,
            "voters": 95,
            "themes": 5,
        }


class SupportBlock(blocks.StructBlock):
    participants = RunIntegerBlock(label=_("Participants"), min_value=0)
    agree = RunIntegerBlock(label=_("Agree"), min_value=0)
    disagree = RunIntegerBlock(label=_("Disagree"), min_value=0)
    passes = RunIntegerBlock(label=_("Pass"), min_value=0)
    score = RunFloatBlock(label=_("Score"), help_text=_("Lower bound of the share of agreeing votes (0–1)."))

    class Meta:
        icon = "pick"
        label = _("Support")


class SummarySentenceBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Sentence"))
    proposal = blocks.IntegerBlock(label=_("Source proposal (number)"), min_value=1)

    class Meta:
        icon = "openquote"
        label = _("Summary sentence")


class ProposalReferenceBlock(blocks.StructBlock):
    proposal = blocks.IntegerBlock(label=_("Proposal (number)"), min_value=1)
    title = blocks.CharBlock(label=_("Title"), max_length=120)

    class Meta:
        icon = "link"
        label = _("Proposal")


class DistrictCountBlock(blocks.StructBlock):
    district = blocks.CharBlock(label=_("District"), max_length=60)
    proposals = blocks.IntegerBlock(label=_("Proposals"), min_value=0)

    class Meta:
        icon = "site"
        label = _("District")


GROUPS_HELP = _("Per opinion group: its number, votes, shares for and against (0–1).")


class PositionBlock(blocks.StructBlock):
    """A stance inside a split theme: its own proposals, support and support per opinion group."""

    label = blocks.CharBlock(label=_("Position"), max_length=200)
    proposals = RunDataBlock(label=_("Proposals of this position"))
    support = SupportBlock()
    groups = RunDataBlock(label=_("Support per opinion group"), help_text=GROUPS_HELP)

    class Meta:
        icon = "resubmit"
        label = _("Position")


class ThemeBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Theme"), max_length=200)
    # Kept so a later run recognises the theme (stable id); not shown on the site.
    theme_id = RunKeyBlock(label=_("Theme key"))
    consensus = blocks.ChoiceBlock(
        choices=CONSENSUS_CHOICES,
        label=_("Consensus class"),
        help_text=_("Set by the synthesis run for its themes."),
    )
    support = SupportBlock()
    summary = blocks.ListBlock(SummarySentenceBlock(), label=_("Summary"))
    proposals = blocks.ListBlock(ProposalReferenceBlock(), label=_("Representative proposals"))
    districts = blocks.ListBlock(DistrictCountBlock(), label=_("Districts"), required=False)
    # Every proposal the theme rests on (representative ones above are a selection): proposal pages link back
    # to the published theme, and the open data lists them.
    members = RunIdsBlock(label=_("All proposals of the theme"))
    groups = RunDataBlock(label=_("Support per opinion group"), help_text=GROUPS_HELP)
    # Stances whose votes go against each other; only a split theme (two or more) has them.
    positions = blocks.ListBlock(PositionBlock(), label=_("Positions"), required=False, default=[])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["consensus_label"] = dict(CONSENSUS_CHOICES).get(value.get("consensus"), "")
        context["anchor"] = theme_anchor(value)
        return context

    class Meta:
        icon = "group"
        label = _("Theme")
        template = "blocks/theme_block.html"
        preview_value = {
            "label": "Trinkbrunnen in der Innenstadt",
            "theme_id": "ecosystem-preview",
            "consensus": "consensus",
            "support": {"participants": 48, "agree": 40, "disagree": 3, "passes": 5, "score": 0.71},
            "summary": [{"text": "Mehr Trinkbrunnen in der Innenstadt, damit alle Wasser finden.", "proposal": 1}],
            "proposals": [{"proposal": 1, "title": "Trinkbrunnen am Königsplatz"}],
            "districts": [{"district": "Mitte", "proposals": 3}],
            "members": [1],
            "groups": [{"group": 1, "votes": 30, "agree": 0.8, "disagree": 0.1}],
            "positions": [],
        }


class AssessmentBlock(blocks.StructBlock):
    """The administration's own assessment, marked as such on the page (not a result of the participation)."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Assessment text"))

    class Meta:
        icon = "comment"
        label = _("Assessment by the administration")
        template = "blocks/assessment_block.html"
        preview_value = {"text": "<p>Die Verwaltung prüft, welche Straßen sich für einen ersten Versuch eignen.</p>"}


class StrategyBodyBlock(blocks.StreamBlock):
    intro = SynthesisIntroBlock()
    theme = ThemeBlock()
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    assessment = AssessmentBlock()

    class Meta:
        template = "blocks/body_block.html"


# The theme block's data, written and read here beside its schema (ThemeBlock): the synthesis writes it, the
# strategy pages, versions, charts, proposal pages and open data read it.

REPRESENTATIVE_PROPOSALS = 5


def support_value(support) -> dict:
    return {
        "participants": support.participants,
        "agree": support.agree,
        "disagree": support.disagree,
        "passes": support.passes,
        "score": round(support.score, 4),
    }


def groups_value(groups: dict) -> list[dict]:
    """Per opinion group (numbered from 1 on the page): its votes and the shares agreeing and disagreeing."""
    return [
        {
            "group": group + 1,
            "votes": int(rates["votes"]),
            "agree": round(rates["agree"], 4),
            "disagree": round(rates["disagree"], 4),
        }
        for group, rates in sorted(groups.items())
        if rates.get("votes")
    ]


def position_block_value(position, *, titles: dict[str, str]) -> dict:
    """A position of a synthesised theme (strategy.synthesis Position) as PositionBlock's raw value."""
    return {
        "label": position.label[:200],
        "proposals": [{"proposal": int(pid), "title": titles.get(pid, "")[:120]} for pid in position.members],
        "support": support_value(position.support),
        "groups": groups_value(position.groups),
    }


def theme_block_value(theme, *, titles: dict[str, str]) -> dict:
    """A synthesised theme (strategy.synthesis Theme) as ThemeBlock's raw value.

    Positions are written only for a split theme (two or more); a theme with one position is that position.
    """
    positions = list(getattr(theme, "positions", None) or [])
    return {
        "label": theme.label[:200],
        "theme_id": theme.id[:100],
        "consensus": theme.consensus,
        "support": support_value(theme.support),
        "summary": [{"text": s.text, "proposal": int(s.source)} for s in theme.summary],
        "proposals": [
            {"proposal": int(pid), "title": titles.get(pid, "")[:120]}
            for pid in theme.proposals[:REPRESENTATIVE_PROPOSALS]
        ],
        "districts": [{"district": _district_label(key), "proposals": count} for key, count in theme.districts if key],
        "members": [int(pid) for pid in theme.proposals],
        "groups": groups_value(theme.groups),
        "positions": [position_block_value(p, titles=titles) for p in positions] if len(positions) > 1 else [],
    }


def _district_label(key: str) -> str:
    try:
        return District(key).label
    except ValueError:
        return key


def theme_members(value) -> tuple[int, ...]:
    """Every proposal the theme rests on, most representative first (older drafts list only representatives)."""
    return tuple(value.get("members") or ()) or tuple(item["proposal"] for item in value["proposals"])


def theme_positions(value) -> list:
    """The positions of a split theme (two or more), else none: a theme with one position is shown whole."""
    positions = list(value.get("positions") or ())
    return positions if len(positions) > 1 else []


def theme_slug(value) -> str:
    return slugify(value.get("theme_id") or value.get("label") or "theme")


def theme_anchor(value) -> str:
    """The fragment of the theme's section on its page: links from proposals, the overview and open data."""
    return f"theme-{theme_slug(value)}"


def theme_key(value) -> str:
    """A theme's identity across versions: its stable id, or its label for themes written by hand."""
    return f"id:{value.get('theme_id')}" if value.get("theme_id") else f"label:{value.get('label', '').strip().lower()}"
