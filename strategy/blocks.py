"""StreamField blocks for the portal's pages. Each has an icon, a template and a preview value."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = "Was wir gemeinsam erreichen wollen"
        form_classname = "title"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Kassel entwickelt seine Smart-City-Strategie gemeinsam mit den Bürgerinnen und Bürgern.</p>"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "info-circle"
        label = _("Callout")
        template = "blocks/callout_block.html"
        preview_value = {"title": "Mitmachen", "text": "Schlagen Sie vor, was Kassel digital besser machen kann."}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {"quote": "Technik, die man im Alltag wirklich braucht.", "attribution": "Projektbüro"}


class FigureBlock(ImageBlock):
    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = FigureBlock()

    class Meta:
        template = "blocks/body_block.html"


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Goal"))
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "tick-inverse"
        label = _("Goal")
        template = "blocks/goal_block.html"
        preview_value = {"title": "Sichere Schulwege", "description": "Jedes Kind kommt sicher zur Schule."}


class PhaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Phase"))
    start = blocks.DateBlock(label=_("Start"))
    end = blocks.DateBlock(label=_("End"), required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        label = _("Phase")
        template = "blocks/phase_block.html"
        preview_value = {
            "title": "Strategie gemeinsam entwickeln",
            "start": "2021-04-01",
            "end": "2023-03-31",
            "description": "Bürgerrat, Denklabore und Online-Beteiligung.",
        }


# Blocks of a strategy page. The synthesis writes them into a draft; the project office edits and approves it.
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
