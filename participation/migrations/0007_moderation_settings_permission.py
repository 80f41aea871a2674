"""The project office may change the moderation settings (pre- or post-moderation)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PROJECT_OFFICE = "Projektbüro"


def grant(apps, schema_editor):
    # The model's permissions are normally made after all migrations; make them now so the group can get them.
    app_config = apps.get_app_config("participation")
    models_module, app_config.models_module = getattr(app_config, "models_module", None), True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module

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
