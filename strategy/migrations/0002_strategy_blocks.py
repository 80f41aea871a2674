# Strategy blocks (#12): figures read-only from the run, positions of split themes, the administration's assessment.

import wagtail.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("strategy", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="strategypage",
            name="body",
            field=wagtail.fields.StreamField(
                [("intro", 6), ("theme", 34), ("heading", 35), ("paragraph", 36), ("assessment", 38)],
                blank=True,
                block_lookup={
                    0: ("wagtail.blocks.TextBlock", (), {"label": "Introduction"}),
                    1: ("strategy.blocks.RunIntegerBlock", (), {"label": "Proposals", "min_value": 0}),
                    2: ("strategy.blocks.RunIntegerBlock", (), {"label": "Comments", "min_value": 0}),
                    3: ("strategy.blocks.RunIntegerBlock", (), {"label": "Votes", "min_value": 0}),
                    4: ("strategy.blocks.RunIntegerBlock", (), {"label": "Voters", "min_value": 0}),
                    5: ("strategy.blocks.RunIntegerBlock", (), {"label": "Themes", "min_value": 0}),
                    6: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 0), ("proposals", 1), ("comments", 2), ("votes", 3), ("voters", 4), ("themes", 5)]],
                        {},
                    ),
                    7: ("wagtail.blocks.CharBlock", (), {"label": "Theme", "max_length": 200}),
                    8: ("strategy.blocks.RunKeyBlock", (), {"label": "Theme key"}),
                    9: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("consensus", "Consensus"),
                                ("divisive", "Divisive"),
                                ("low_support", "Low support"),
                            ],
                            "help_text": "Set by the synthesis run for its themes.",
                            "label": "Consensus class",
                        },
                    ),
                    10: ("strategy.blocks.RunIntegerBlock", (), {"label": "Participants", "min_value": 0}),
                    11: ("strategy.blocks.RunIntegerBlock", (), {"label": "Agree", "min_value": 0}),
                    12: ("strategy.blocks.RunIntegerBlock", (), {"label": "Disagree", "min_value": 0}),
                    13: ("strategy.blocks.RunIntegerBlock", (), {"label": "Pass", "min_value": 0}),
                    14: (
                        "strategy.blocks.RunFloatBlock",
                        (),
                        {"help_text": "Lower bound of the share of agreeing votes (0–1).", "label": "Score"},
                    ),
                    15: (
                        "wagtail.blocks.StructBlock",
                        [[("participants", 10), ("agree", 11), ("disagree", 12), ("passes", 13), ("score", 14)]],
                        {},
                    ),
                    16: ("wagtail.blocks.TextBlock", (), {"label": "Sentence"}),
                    17: ("wagtail.blocks.IntegerBlock", (), {"label": "Source proposal (number)", "min_value": 1}),
                    18: ("wagtail.blocks.StructBlock", [[("text", 16), ("proposal", 17)]], {}),
                    19: ("wagtail.blocks.ListBlock", (18,), {"label": "Summary"}),
                    20: ("wagtail.blocks.IntegerBlock", (), {"label": "Proposal (number)", "min_value": 1}),
                    21: ("wagtail.blocks.CharBlock", (), {"label": "Title", "max_length": 120}),
                    22: ("wagtail.blocks.StructBlock", [[("proposal", 20), ("title", 21)]], {}),
                    23: ("wagtail.blocks.ListBlock", (22,), {"label": "Representative proposals"}),
                    24: ("wagtail.blocks.CharBlock", (), {"label": "District", "max_length": 60}),
                    25: ("wagtail.blocks.IntegerBlock", (), {"label": "Proposals", "min_value": 0}),
                    26: ("wagtail.blocks.StructBlock", [[("district", 24), ("proposals", 25)]], {}),
                    27: ("wagtail.blocks.ListBlock", (26,), {"label": "Districts", "required": False}),
                    28: ("strategy.blocks.RunIdsBlock", (), {"label": "All proposals of the theme"}),
                    29: (
                        "strategy.blocks.RunDataBlock",
                        (),
                        {
                            "help_text": "Per opinion group: its number, votes, shares for and against (0–1).",
                            "label": "Support per opinion group",
                        },
                    ),
                    30: ("wagtail.blocks.CharBlock", (), {"label": "Position", "max_length": 200}),
                    31: ("strategy.blocks.RunDataBlock", (), {"label": "Proposals of this position"}),
                    32: (
                        "wagtail.blocks.StructBlock",
                        [[("label", 30), ("proposals", 31), ("support", 15), ("groups", 29)]],
                        {},
                    ),
                    33: ("wagtail.blocks.ListBlock", (32,), {"default": [], "label": "Positions", "required": False}),
                    34: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("label", 7),
                                ("theme_id", 8),
                                ("consensus", 9),
                                ("support", 15),
                                ("summary", 19),
                                ("proposals", 23),
                                ("districts", 27),
                                ("members", 28),
                                ("groups", 29),
                                ("positions", 33),
                            ]
                        ],
                        {},
                    ),
                    35: ("portal.blocks.HeadingBlock", (), {}),
                    36: ("portal.blocks.ParagraphBlock", (), {}),
                    37: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "ol", "ul", "h3", "h4"], "label": "Assessment text"},
                    ),
                    38: ("wagtail.blocks.StructBlock", [[("text", 37)]], {}),
                },
                verbose_name="body",
            ),
        ),
    ]
