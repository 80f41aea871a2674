"""The project office may change the moderation settings (pre- or post-moderation)."""

from django.db import migrations

from core.migration_support import model_permissions_create

PROJECT_OFFICE = "Projektbüro"


def grant(apps, schema_editor):
    model_permissions_create(apps, "participation")

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=PROJECT_OFFICE).first()
    permission = Permission.objects.filter(
        content_type__app_label="participation", codename="change_moderationsettings"
    ).first()
    if group is not None and permission is not None:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("participation", "0006_answers_duplicates_premoderation")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
