# The accessibility statement, the page in Leichte Sprache, "Barriere melden" and English pages (issue 15).
import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from core.roles import roles_sync


def roles_sync_step(apps, schema_editor):
    roles_sync(apps)


def locales_ensure(apps, schema_editor):
    """The content languages as Wagtail locales, so the project office can translate pages into English."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code in ("de", "en"):
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_home_design"),
        ("wagtailcore", "0098_apitoken"),
        # The roles table grants the new rights (reading reported barriers, translating pages): sync after both exist.
        ("core", "0001_roles"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="AccessibilityStatementPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("intro", models.TextField(blank=True, verbose_name="introduction")),
                (
                    "conformance",
                    models.CharField(
                        choices=[
                            ("full", "fully compliant"),
                            ("partial", "partially compliant"),
                            ("none", "not compliant"),
                        ],
                        default="partial",
                        max_length=10,
                        verbose_name="conformance status",
                    ),
                ),
                (
                    "conformance_note",
                    models.TextField(
                        blank=True,
                        help_text="Which requirements apply, in one or two sentences.",
                        verbose_name="about the conformance status",
                    ),
                ),
                (
                    "barriers",
                    wagtail.fields.StreamField(
                        [("barrier", 3)],
                        blank=True,
                        block_lookup={
                            0: ("wagtail.blocks.CharBlock", (), {"label": "Barrier"}),
                            1: ("wagtail.blocks.TextBlock", (), {"label": "Reason"}),
                            2: ("wagtail.blocks.TextBlock", (), {"label": "Accessible alternative"}),
                            3: (
                                "wagtail.blocks.StructBlock",
                                [[("barrier", 0), ("reason", 1), ("alternative", 2)]],
                                {},
                            ),
                        },
                        help_text="Each with its reason and an accessible alternative; needed unless fully compliant.",
                        verbose_name="known barriers",
                    ),
                ),
                ("assessed_on", models.DateField(verbose_name="date of the assessment")),
                (
                    "assessment_method",
                    models.TextField(
                        help_text="For example: self-assessment with automated and manual checks.",
                        verbose_name="method of the assessment",
                    ),
                ),
                ("prepared_on", models.DateField(verbose_name="statement prepared on")),
                ("contact_email", models.EmailField(max_length=254, verbose_name="contact e-mail")),
                ("contact_phone", models.CharField(blank=True, max_length=40, verbose_name="contact phone")),
                ("contact_postal", models.TextField(blank=True, verbose_name="contact address")),
                (
                    "enforcement",
                    wagtail.fields.RichTextField(
                        help_text="The body to turn to when feedback goes unanswered, and how (in Hessen: HVBIT § 6).",
                        verbose_name="enforcement procedure",
                    ),
                ),
                (
                    "body",
                    wagtail.fields.StreamField(
                        [("heading", 0), ("paragraph", 1), ("callout", 4), ("quote", 7), ("image", 8)],
                        blank=True,
                        block_lookup={
                            0: ("portal.blocks.HeadingBlock", (), {}),
                            1: ("portal.blocks.ParagraphBlock", (), {}),
                            2: ("wagtail.blocks.CharBlock", (), {"label": "Title"}),
                            3: ("wagtail.blocks.TextBlock", (), {"label": "Text"}),
                            4: ("wagtail.blocks.StructBlock", [[("title", 2), ("text", 3)]], {}),
                            5: ("wagtail.blocks.TextBlock", (), {"label": "Quote"}),
                            6: ("wagtail.blocks.CharBlock", (), {"label": "Attribution", "required": False}),
                            7: ("wagtail.blocks.StructBlock", [[("quote", 5), ("attribution", 6)]], {}),
                            8: ("wagtail.images.blocks.ImageBlock", [], {}),
                        },
                        verbose_name="further information",
                    ),
                ),
            ],
            options={
                "verbose_name": "accessibility statement",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="BarrierReport",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="received")),
                ("updated", models.DateTimeField(auto_now=True, verbose_name="changed")),
                ("page_address", models.CharField(blank=True, max_length=500, verbose_name="page address")),
                ("description", models.TextField(verbose_name="description")),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail for the answer")),
                ("language", models.CharField(blank=True, max_length=10, verbose_name="language")),
                (
                    "status",
                    models.CharField(
                        choices=[("open", "open"), ("done", "done")],
                        db_index=True,
                        default="open",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                (
                    "staff_note",
                    models.TextField(
                        blank=True,
                        help_text="Internal: what was done, when the sender was answered.",
                        verbose_name="note of the project office",
                    ),
                ),
                (
                    "notified_at",
                    models.DateTimeField(blank=True, editable=False, null=True, verbose_name="office notified"),
                ),
            ],
            options={
                "verbose_name": "reported barrier",
                "verbose_name_plural": "reported barriers",
                "ordering": ["-created"],
            },
        ),
        migrations.CreateModel(
            name="EasyLanguagePage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("intro", models.TextField(blank=True, verbose_name="introduction")),
                (
                    "steps",
                    wagtail.fields.StreamField(
                        [("step", 3)],
                        block_lookup={
                            0: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [
                                        ("read", "Reading"),
                                        ("register", "Registering"),
                                        ("propose", "Making a proposal"),
                                        ("vote", "Voting"),
                                        ("city", "The city"),
                                        ("help", "Help"),
                                    ],
                                    "label": "Pictogram",
                                },
                            ),
                            1: ("wagtail.blocks.CharBlock", (), {"label": "Heading"}),
                            2: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {"help_text": "One short sentence per line.", "label": "Sentences"},
                            ),
                            3: (
                                "wagtail.blocks.StructBlock",
                                [[("pictogram", 0), ("heading", 1), ("sentences", 2)]],
                                {},
                            ),
                        },
                        verbose_name="steps",
                    ),
                ),
            ],
            options={
                "verbose_name": "page in Leichte Sprache",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.AlterField(
            model_name="actionfieldpage",
            name="action_field",
            field=models.CharField(
                choices=[
                    ("welcome", "Smart Welcome City"),
                    ("citizen", "Smart City goes Citizen"),
                    ("ecosystem", "Smart Ecosystem Services"),
                    ("h2quarters", "Smart H2Quarters"),
                    ("mobility", "Smart Safe Mobility"),
                ],
                max_length=20,
                verbose_name="action field",
            ),
        ),
        migrations.RunPython(locales_ensure, migrations.RunPython.noop),
        migrations.RunPython(roles_sync_step, migrations.RunPython.noop),
    ]
