"""The project office may upload and choose images for the pages it edits (the image block of page bodies)."""

from django.db import migrations

from core.migration_support import model_permissions_create
from strategy.roles import image_rights_grant


def grant(apps, schema_editor):
    model_permissions_create(apps)

    image_rights_grant(
        group_model=apps.get_model("auth", "Group"),
        permission_model=apps.get_model("auth", "Permission"),
        collection_model=apps.get_model("wagtailcore", "Collection"),
        group_collection_permission_model=apps.get_model("wagtailcore", "GroupCollectionPermission"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("strategy", "0006_review_workflow"),
        ("participation", "0004_moderation_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
