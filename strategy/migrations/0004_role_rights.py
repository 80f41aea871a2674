"""Page rights for the project office and draft reading for both roles, on installs whose page tree exists.

On a fresh install the tree comes later, from the demo loader (or the editors), which grants the same rights.
"""

from django.db import migrations

from core.migration_support import model_permissions_create
from strategy.roles import draft_reading_grant, page_rights_grant


def grant(apps, schema_editor):
    model_permissions_create(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    draft_reading_grant(group_model=Group, permission_model=Permission)

    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.filter(is_default_site=True).select_related("root_page__content_type").first()
    # Not on Wagtail's placeholder "Welcome" page: the demo loader replaces it, and the rights would go with it.
    if site is None or site.root_page.depth < 2 or site.root_page.content_type.app_label == "wagtailcore":
        return
    page_rights_grant(
        site.root_page,
        group_model=Group,
        permission_model=Permission,
        group_page_permission_model=apps.get_model("wagtailcore", "GroupPagePermission"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("strategy", "0003_theme_members_and_groups"),
        ("participation", "0004_moderation_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
