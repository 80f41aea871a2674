"""The roles of the project office (Projektbüro) and of council members (Stadtverordnete), least privilege."""

from django.db import migrations

from core.migration_support import model_permissions_create

PROJECT_OFFICE = "Projektbüro"
COUNCIL = "Stadtverordnete"

PROJECT_OFFICE_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("participation", "view_proposal"),
    ("participation", "change_proposal"),
    ("participation", "view_comment"),
    ("participation", "change_comment"),
    ("participation", "view_report"),
    ("participation", "change_report"),
    ("participation", "add_proposalphase"),
    ("participation", "change_proposalphase"),
    ("participation", "delete_proposalphase"),
    ("participation", "view_proposalphase"),
    ("strategy", "run_synthesis"),
    ("strategy", "view_synthesisrun"),
]
COUNCIL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("participation", "view_proposal"),
    ("participation", "view_comment"),
]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def _permissions(Permission, pairs):
    # Looked up one by one: a permission that does not exist (yet) is skipped, never an error.
    found = []
    for app_label, codename in pairs:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            found.append(permission)
    return found


def create_roles(apps, schema_editor):
    model_permissions_create(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    project_office, _created = Group.objects.get_or_create(name=PROJECT_OFFICE)
    project_office.permissions.add(*_permissions(Permission, PROJECT_OFFICE_PERMISSIONS))
    council, _created = Group.objects.get_or_create(name=COUNCIL)
    council.permissions.add(*_permissions(Permission, COUNCIL_PERMISSIONS))

    # Page rights only where a real home page exists already. Wagtail's placeholder "Welcome" page (a plain
    # wagtailcore.Page) is replaced by the demo loader, and rights on it would vanish with it.
    Site = apps.get_model("wagtailcore", "Site")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    site = Site.objects.filter(is_default_site=True).select_related("root_page__content_type").first()
    if site is None or site.root_page.depth < 2 or site.root_page.content_type.app_label == "wagtailcore":
        return
    for permission in _permissions(Permission, [("wagtailcore", codename) for codename in PAGE_PERMISSIONS]):
        GroupPagePermission.objects.get_or_create(group=project_office, page=site.root_page, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0003_comments_votes_reports"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        # Only so that the synthesis permissions exist when the project office's group is made.
        ("strategy", "0002_strategypage_synthesisrun"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
