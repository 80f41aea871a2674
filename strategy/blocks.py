"""StreamField blocks of strategy pages: the synthesis intro and the themes it drafts."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.choices import District
from portal.blocks import HeadingBlock, ParagraphBlock

CONSENSUS_CHOICES = [
    ("consensus", _("Consensus")),
    ("divisive", _("Divisive")),
    ("low_support", _("Low support")),
]


class SynthesisIntroBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Introduction"))
    proposals = blocks.IntegerBlock(label=_("Proposals"), min_value=0)
    comments = blocks.IntegerBlock(label=_("Comments"), min_value=0)
    votes = blocks.IntegerBlock(label=_("Votes"), min_value=0)
    voters = blocks.IntegerBlock(label=_("Voters"), min_value=0)
    themes = blocks.IntegerBlock(label=_("Themes"), min_value=0)

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
    participants = blocks.IntegerBlock(label=_("Participants"), min_value=0)
    agree = blocks.IntegerBlock(label=_("Agree"), min_value=0)
    disagree = blocks.IntegerBlock(label=_("Disagree"), min_value=0)
    passes = blocks.IntegerBlock(label=_("Pass"), min_value=0)
    score = blocks.FloatBlock(label=_("Score"), help_text=_("Lower bound of the share of agreeing votes (0–1)."))

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


class GroupSupportBlock(blocks.StructBlock):
    group = blocks.IntegerBlock(label=_("Opinion group (number)"), min_value=1)
    votes = blocks.IntegerBlock(label=_("Votes from this group"), min_value=0)
    agree = blocks.FloatBlock(label=_("Share agreeing (0–1)"), min_value=0, max_value=1)
    disagree = blocks.FloatBlock(label=_("Share disagreeing (0–1)"), min_value=0, max_value=1)

    class Meta:
        icon = "group"
        label = _("Opinion group")


class ThemeBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Theme"), max_length=200)
    # Kept so a later run recognises the theme (stable id); not shown on the site.
    theme_id = blocks.CharBlock(label=_("Theme key"), required=False, max_length=100)
    consensus = blocks.ChoiceBlock(choices=CONSENSUS_CHOICES, label=_("Consensus class"))
    support = SupportBlock()
    summary = blocks.ListBlock(SummarySentenceBlock(), label=_("Summary"))
    proposals = blocks.ListBlock(ProposalReferenceBlock(), label=_("Representative proposals"))
    districts = blocks.ListBlock(DistrictCountBlock(), label=_("Districts"), required=False)
    # Every proposal the theme rests on (representative ones above are a selection): proposal pages link back
    # to the published theme, and the open data lists them.
    members = blocks.ListBlock(
        blocks.IntegerBlock(min_value=1, label=_("Proposal (number)")),
        label=_("All proposals of the theme"),
        required=False,
        default=[],
    )
    groups = blocks.ListBlock(
        GroupSupportBlock(),
        label=_("Support per opinion group"),
        required=False,
        default=[],
        help_text=_("How each opinion group of voters voted on the theme's proposals."),
    )

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
        }


class StrategyBodyBlock(blocks.StreamBlock):
    intro = SynthesisIntroBlock()
    theme = ThemeBlock()
    heading = HeadingBlock()
    paragraph = ParagraphBlock()

    class Meta:
        template = "blocks/body_block.html"


# The theme block's data, written and read here beside its schema (ThemeBlock): the synthesis writes it, the
# strategy pages, versions, charts, proposal pages and open data read it.

REPRESENTATIVE_PROPOSALS = 5


def theme_block_value(theme, *, titles: dict[str, str]) -> dict:
    """A synthesised theme (strategy.synthesis Theme) as ThemeBlock's raw value."""
    support = theme.support
    return {
        "label": theme.label[:200],
        "theme_id": theme.id[:100],
        "consensus": theme.consensus,
        "support": {
            "participants": support.participants,
            "agree": support.agree,
            "disagree": support.disagree,
            "passes": support.passes,
            "score": round(support.score, 4),
        },
        "summary": [{"text": s.text, "proposal": int(s.source)} for s in theme.summary],
        "proposals": [
            {"proposal": int(pid), "title": titles.get(pid, "")[:120]}
            for pid in theme.proposals[:REPRESENTATIVE_PROPOSALS]
        ],
        "districts": [{"district": _district_label(key), "proposals": count} for key, count in theme.districts if key],
        "members": [int(pid) for pid in theme.proposals],
        "groups": [
            {
                "group": group + 1,
                "votes": int(rates["votes"]),
                "agree": round(rates["agree"], 4),
                "disagree": round(rates["disagree"], 4),
            }
            for group, rates in sorted(theme.groups.items())
            if rates.get("votes")
        ],
    }


def _district_label(key: str) -> str:
    try:
        return District(key).label
    except ValueError:
        return key


def theme_members(value) -> tuple[int, ...]:
    """Every proposal the theme rests on, most representative first (older drafts list only representatives)."""
    return tuple(value.get("members") or ()) or tuple(item["proposal"] for item in value["proposals"])


def theme_slug(value) -> str:
    return slugify(value.get("theme_id") or value.get("label") or "theme")


def theme_anchor(value) -> str:
    """The fragment of the theme's section on its page: links from proposals, the overview and open data."""
    return f"theme-{theme_slug(value)}"


def theme_key(value) -> str:
    """A theme's identity across versions: its stable id, or its label for themes written by hand."""
    return f"id:{value.get('theme_id')}" if value.get("theme_id") else f"label:{value.get('label', '').strip().lower()}"
