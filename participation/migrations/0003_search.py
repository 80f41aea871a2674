"""Proposal search (stems, and on PostgreSQL a GIN-indexed text search vector) and partial indexes that fit the
public list's sorts and filters; existing proposals get their search columns here."""

import django.contrib.postgres.search
from django.db import migrations, models

import participation.search

VISIBLE = models.Q(
    ("hidden_by_reports", False), ("status__in", ["published", "under_review", "accepted", "not_feasible"])
)


def search_columns_fill(apps, schema_editor):
    proposals = apps.get_model("participation", "Proposal")._base_manager.using(schema_editor.connection.alias)
    participation.search.search_rows_reindex(proposals.all())


class Migration(migrations.Migration):
    dependencies = [("participation", "0002_proposal_image_index")]

    operations = [
        migrations.AddField(
            model_name="proposal",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="proposal",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="proposal",
            name="search_title",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, editable=False, null=True),
        ),
        # A GIN index on PostgreSQL; SQLite gets a plain one on a column it leaves empty (participation/search.py).
        migrations.AddIndex(
            model_name="proposal",
            index=participation.search.SearchVectorIndex(
                fields=["search_vector"], condition=VISIBLE, name="proposal_search_vector"
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=participation.search.SearchVectorIndex(
                fields=["search_title"], condition=VISIBLE, name="proposal_search_title"
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(condition=VISIBLE, fields=["-created", "-id"], name="proposal_visible_new"),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(
                condition=VISIBLE, fields=["-agree_count", "-created", "-id"], name="proposal_visible_votes"
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(
                condition=VISIBLE, fields=["-comment_count", "-created", "-id"], name="proposal_visible_comments"
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(
                condition=VISIBLE, fields=["action_field", "-created", "-id"], name="proposal_visible_field"
            ),
        ),
        migrations.AddIndex(
            model_name="proposal",
            index=models.Index(
                condition=VISIBLE, fields=["district", "-created", "-id"], name="proposal_visible_district"
            ),
        ),
        # Last: PostgreSQL refuses CREATE INDEX on a table with pending trigger events, which the fill's UPDATEs leave.
        migrations.RunPython(search_columns_fill, migrations.RunPython.noop, elidable=True),
    ]
