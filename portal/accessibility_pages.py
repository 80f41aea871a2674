"""The pages the law asks for beside the content: the accessibility statement and the page in Leichte Sprache.

The statement's parts are fields, not free text, so none of what HVBIT § 4 and the EU model statement require
(status, barriers with reasons and alternatives, date and method, feedback, enforcement) can go missing.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, BodyBlock
from .i18n import ActiveLanguageUrlMixin
from .routing import CachedViewRestrictionsMixin


class BarrierBlock(blocks.StructBlock):
    """One known barrier: what it is, why it is there, and how to get the content anyway."""

    barrier = blocks.CharBlock(label=_("Barrier"))
    reason = blocks.TextBlock(label=_("Reason"))
    alternative = blocks.TextBlock(label=_("Accessible alternative"))

    class Meta:
        icon = "warning"
        label = _("Known barrier")
        template = "blocks/barrier_block.html"
        preview_value = {
            "barrier": "Karte der Vorschläge",
            "reason": "Die Karte ist mit der Tastatur nur eingeschränkt bedienbar.",
            "alternative": "Jeder Vorschlag nennt seinen Ortsbezirk; die Liste zeigt dieselben Vorschläge.",
        }


class AccessibilityStatementPage(ActiveLanguageUrlMixin, CachedViewRestrictionsMixin, Page):
    """Erklärung zur Barrierefreiheit under HessBGG and HVBIT (BITV 2.0 / EN 301 549 as referenced there)."""

    class Conformance(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    intro = models.TextField(_("introduction"), blank=True)
    conformance = models.CharField(
        _("conformance status"), max_length=10, choices=Conformance.choices, default=Conformance.PARTIAL
    )
    conformance_note = models.TextField(
        _("about the conformance status"), blank=True, help_text=_("Which requirements apply, in one or two sentences.")
    )
    barriers = StreamField(
        [("barrier", BarrierBlock())],
        verbose_name=_("known barriers"),
        blank=True,
        help_text=_("Each with its reason and an accessible alternative; needed unless fully compliant."),
    )
    assessed_on = models.DateField(_("date of the assessment"))
    assessment_method = models.TextField(
        _("method of the assessment"), help_text=_("For example: self-assessment with automated and manual checks.")
    )
    prepared_on = models.DateField(_("statement prepared on"))
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_postal = models.TextField(_("contact address"), blank=True)
    enforcement = RichTextField(
        _("enforcement procedure"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The body to turn to when feedback goes unanswered, and how (in Hessen: HVBIT § 6)."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("further information"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("conformance"), FieldPanel("conformance_note")], heading=_("Conformance")),
        FieldPanel("barriers"),
        MultiFieldPanel(
            [FieldPanel("assessed_on"), FieldPanel("assessment_method"), FieldPanel("prepared_on")],
            heading=_("Assessment"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_postal")],
            heading=_("Feedback contact"),
        ),
        FieldPanel("enforcement"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("conformance_note")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("accessibility statement")

    def clean(self):
        super().clean()
        if self.conformance != self.Conformance.FULL and not self.barriers:
            raise ValidationError({"barriers": _("Name the known barriers, or set the status to “fully compliant”.")})


class EasyStepBlock(blocks.StructBlock):
    """A step in Leichte Sprache: a pictogram of our own, a short heading and one short sentence per line."""

    PICTOGRAMS = [
        ("read", _("Reading")),
        ("register", _("Registering")),
        ("propose", _("Making a proposal")),
        ("vote", _("Voting")),
        ("city", _("The city")),
        ("help", _("Help")),
    ]

    pictogram = blocks.ChoiceBlock(choices=PICTOGRAMS, label=_("Pictogram"))
    heading = blocks.CharBlock(label=_("Heading"))
    sentences = blocks.TextBlock(label=_("Sentences"), help_text=_("One short sentence per line."))

    class Meta:
        icon = "list-ul"
        label = _("Step in Leichte Sprache")
        template = "blocks/easy_step_block.html"
        preview_value = {"pictogram": "read", "heading": "Lesen", "sentences": "Sie können alles lesen.\nDas ist frei."}


class EasyLanguagePage(ActiveLanguageUrlMixin, CachedViewRestrictionsMixin, Page):
    """Smart Kassel in Leichte Sprache: how to read, register, propose and vote, with pictograms."""

    intro = models.TextField(_("introduction"), blank=True)
    steps = StreamField([("step", EasyStepBlock())], verbose_name=_("steps"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("steps")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("page in Leichte Sprache")
