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
