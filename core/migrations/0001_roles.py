"""The roles (core.roles): groups, their rights and the review workflow, once every app's tables exist."""

from django.db import migrations

from core.roles import roles_sync


def sync(apps, schema_editor):
    roles_sync(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("notifications", "0001_initial"),
        ("participation", "0001_initial"),
        ("portal", "0001_initial"),
        ("strategy", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        # After Wagtail grants its choose rights to existing groups, so the table has the last word.
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
