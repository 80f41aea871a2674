"""#16: input from workshops, the citizens' council, paper and phone — events, the channel of each proposal, and
paper tallies kept apart from the one-person-one-vote counts; and triage hints for the project office."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0004_office"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="proposal",
            name="channel",
            field=models.CharField(
                choices=[
                    ("online", "online"),
                    ("denklabor", "Denklabor (workshop)"),
                    ("buergerrat", "citizens' council"),
                    ("paper", "paper form"),
                    ("phone", "telephone"),
                ],
                default="online",
                max_length=20,
                verbose_name="channel",
            ),
        ),
        migrations.AddField(
            model_name="proposal",
            name="contact_consent_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="consent to e-mail given"),
        ),
        migrations.AddField(
            model_name="proposal",
            name="contact_email",
            field=models.EmailField(blank=True, max_length=254, verbose_name="e-mail for news about this proposal"),
        ),
        migrations.AddField(
            model_name="proposal",
            name="contributor_name",
            field=models.CharField(blank=True, max_length=80, verbose_name="pseudonym"),
        ),
        migrations.CreateModel(
            name="InputEvent",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("updated", models.DateTimeField(auto_now=True, verbose_name="updated")),
                ("name", models.CharField(max_length=120, verbose_name="name")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("denklabor", "Denklabor (workshop)"),
                            ("buergerrat", "citizens' council"),
                            ("paper", "paper form"),
                            ("phone", "telephone"),
                        ],
                        max_length=20,
                        verbose_name="kind",
                    ),
                ),
                ("date", models.DateField(verbose_name="date")),
                ("place", models.CharField(blank=True, max_length=120, verbose_name="place")),
                (
                    "district",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("mitte", "Mitte"),
                            ("suedstadt", "Südstadt"),
                            ("vorderer-westen", "Vorderer Westen"),
                            ("wehlheiden", "Wehlheiden"),
                            ("bad-wilhelmshoehe", "Bad Wilhelmshöhe"),
                            ("brasselsberg", "Brasselsberg"),
                            ("suesterfeld-helleboehn", "Süsterfeld-Helleböhn"),
                            ("harleshausen", "Harleshausen"),
                            ("kirchditmold", "Kirchditmold"),
                            ("rothenditmold", "Rothenditmold"),
                            ("nord-holland", "Nord-Holland"),
                            ("philippinenhof-warteberg", "Philippinenhof-Warteberg"),
                            ("fasanenhof", "Fasanenhof"),
                            ("wesertor", "Wesertor"),
                            ("wolfsanger-hasenhecke", "Wolfsanger-Hasenhecke"),
                            ("bettenhausen", "Bettenhausen"),
                            ("forstfeld", "Forstfeld"),
                            ("waldau", "Waldau"),
                            ("niederzwehren", "Niederzwehren"),
                            ("oberzwehren", "Oberzwehren"),
                            ("nordshausen", "Nordshausen"),
                            ("jungfernkopf", "Jungfernkopf"),
                            ("unterneustadt", "Unterneustadt"),
                        ],
                        max_length=40,
                        verbose_name="district",
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="entered by",
                    ),
                ),
            ],
            options={
                "verbose_name": "event",
                "verbose_name_plural": "events",
                "ordering": ["-date", "-pk"],
            },
        ),
        migrations.AddField(
            model_name="proposal",
            name="event",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="proposals",
                to="participation.inputevent",
                verbose_name="event",
            ),
        ),
        migrations.CreateModel(
            name="PaperTally",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("updated", models.DateTimeField(auto_now=True, verbose_name="updated")),
                ("agree", models.PositiveIntegerField(default=0, verbose_name="agree (on paper)")),
                ("disagree", models.PositiveIntegerField(default=0, verbose_name="disagree (on paper)")),
                (
                    "event",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="tallies",
                        to="participation.inputevent",
                        verbose_name="event",
                    ),
                ),
                (
                    "proposal",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="paper_tallies",
                        to="participation.proposal",
                    ),
                ),
                (
                    "recorded_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "paper tally",
                "verbose_name_plural": "paper tallies",
                "constraints": [
                    models.UniqueConstraint(fields=("proposal", "event"), name="paper_tally_one_per_event")
                ],
            },
        ),
        migrations.CreateModel(
            name="TriageFlag",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("updated", models.DateTimeField(auto_now=True, verbose_name="updated")),
                (
                    "reason",
                    models.CharField(
                        choices=[
                            ("spam", "looks like spam"),
                            ("personal_data", "contains personal data"),
                            ("off_topic", "may be off-topic"),
                            ("duplicate", "may duplicate an earlier proposal"),
                        ],
                        max_length=20,
                        verbose_name="reason",
                    ),
                ),
                ("detail", models.CharField(blank=True, max_length=200, verbose_name="detail")),
                ("settled_at", models.DateTimeField(blank=True, null=True, verbose_name="settled")),
                (
                    "comment",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="flags",
                        to="participation.comment",
                    ),
                ),
                (
                    "proposal",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="flags",
                        to="participation.proposal",
                    ),
                ),
                (
                    "similar_to",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="participation.proposal",
                    ),
                ),
            ],
            options={
                "verbose_name": "triage hint",
                "verbose_name_plural": "triage hints",
                "indexes": [models.Index(fields=["settled_at"], name="triage_flag_open")],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("comment__isnull", True), ("proposal__isnull", False)),
                            models.Q(("comment__isnull", False), ("proposal__isnull", True)),
                            _connector="OR",
                        ),
                        name="triage_flag_one_target",
                    )
                ],
            },
        ),
    ]
