"""The project office may upload and choose images for the pages it edits (the image block of page bodies)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from strategy.roles import image_rights_grant


def grant(apps, schema_editor):
    # Model permissions are normally made after all migrations; make them now so the group can get them.
    for app_config in apps.get_app_configs():
        models_module, app_config.models_module = getattr(app_config, "models_module", None), True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

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
