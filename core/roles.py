"""The portal's roles in one table, and roles_sync(), which makes the groups hold exactly what the table gives.

The table names permissions as strings ("app_label.codename"), so core imports no app. roles_sync() runs from
one data migration (core 0001, after every app's tables exist) and from the demo loader; tests call it too.
It takes the migration's `apps` or, outside a migration, Django's own registry. Calling it twice changes nothing.
"""

from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

# The project office moderates, answers, edits and publishes pages; council members read figures and drafts.
MODERATOR_GROUP = "Projektbüro"
COUNCIL_GROUP = "Stadtverordnete"
# Machine-made strategy drafts wait in this Wagtail workflow for the project office's approval.
REVIEW_WORKFLOW_NAME = "Prüfung Projektbüro"
# What Wagtail's own migrations create and this portal does not use: English groups beside ours and a default
# workflow on the root page. roles_sync() removes them while nobody uses them (no member, no run, no assignment).
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


@dataclass(frozen=True)
class Role:
    permissions: tuple[str, ...]
    # Wagtail page rights on the site's home page and below (Wagtail checks them along the tree).
    page_permissions: tuple[str, ...] = ()
    # Wagtail image rights on the root collection, so they hold for every collection.
    image_permissions: tuple[str, ...] = ()
    description: str = field(default="", compare=False)


# Least privilege. Wagtail has no read-only page right, so reading strategy drafts is the StrategyPage model's
# view permission; council members therefore read drafts outside the page explorer.
ROLES = {
    MODERATOR_GROUP: Role(
        permissions=(
            "wagtailadmin.access_admin",
            "participation.view_proposal",
            "participation.change_proposal",
            "participation.view_comment",
            "participation.change_comment",
            "participation.view_report",
            "participation.change_report",
            "participation.add_proposalphase",
            "participation.change_proposalphase",
            "participation.delete_proposalphase",
            "participation.view_proposalphase",
            "participation.change_moderationsettings",
            "strategy.run_synthesis",
            "strategy.view_synthesisrun",
            "strategy.view_strategypage",
            # "Barriere melden": the office reads the messages and marks them done (issue 15).
            "portal.view_barrierreport",
            "portal.change_barrierreport",
            # Wagtail's "Translate" action, which makes the English copy of a page.
            "simple_translation.submit_translation",
        ),
        page_permissions=("add_page", "change_page", "publish_page"),
        image_permissions=("add_image", "choose_image"),
        description="moderates, answers, edits and publishes",
    ),
    COUNCIL_GROUP: Role(
        permissions=(
            "wagtailadmin.access_admin",
            "participation.view_proposal",
            "participation.view_comment",
            "strategy.view_strategypage",
        ),
        description="reads figures and strategy drafts",
    ),
}


def has_role(user, group_name: str) -> bool:
    """An active member of the role's group (superusers hold every role). Remembered on the user object, since a
    page asks it several times."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache = user.__dict__.setdefault("_roles", {})
    if group_name not in cache:
        cache[group_name] = user.groups.filter(name=group_name).exists()
    return cache[group_name]


def roles_sync(apps=global_apps) -> None:
    """Create the groups, grant the table's rights (and no others), and make sure the review workflow exists.

    Also deletes Wagtail's unused default groups ("Moderators", "Editors") and workflow ("Moderators approval"):
    a group only while it has no members, the workflow only while no page beyond the root, no model and no run
    uses it. One that is in use stays, so nothing anybody relies on disappears.
    """
    _model_permissions_create(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(Permission, role.permissions))
        _page_rights_sync(apps, group, Permission, role.page_permissions)
        _image_rights_sync(apps, group, Permission, role.image_permissions)
    _review_workflow_ensure(apps, Group.objects.get(name=MODERATOR_GROUP))
    _wagtail_defaults_remove(apps)


def _permissions(Permission, names):
    found = []
    for name in names:
        app_label, codename = name.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:  # an app that is not installed grants nothing, never an error
            found.append(permission)
    return found


def _page_rights_sync(apps, group, Permission, codenames) -> None:
    """Page rights on the default site's home page, once a real one exists (not Wagtail's placeholder, which the
    demo loader or the editors replace, taking its rights with it)."""
    Site = apps.get_model("wagtailcore", "Site")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    site = Site.objects.filter(is_default_site=True).select_related("root_page__content_type").first()
    if not codenames or site is None or site.root_page.depth < 2:
        return
    if site.root_page.content_type.app_label == "wagtailcore":
        return
    # The home page's translations (the English tree beside the German one) get the same rights.
    Page = apps.get_model("wagtailcore", "Page")
    homes = Page.objects.filter(translation_key=site.root_page.translation_key, depth=site.root_page.depth)
    for permission in _permissions(Permission, [f"wagtailcore.{codename}" for codename in codenames]):
        for home_id in homes.values_list("pk", flat=True):
            GroupPagePermission.objects.get_or_create(group=group, page_id=home_id, permission=permission)


def _image_rights_sync(apps, group, Permission, codenames) -> None:
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if not codenames or root is None:
        return
    for permission in _permissions(Permission, [f"wagtailimages.{codename}" for codename in codenames]):
        GroupCollectionPermission.objects.get_or_create(group=group, collection_id=root.pk, permission=permission)


def _review_workflow_ensure(apps, group) -> None:
    Workflow = apps.get_model("wagtailcore", "Workflow")
    if Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).exists():
        return
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Historical models don't set the specific type themselves; Wagtail finds the task's class through it.
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.create(name=REVIEW_WORKFLOW_NAME, content_type=content_type, active=True)
    task.groups.set([group])
    workflow = Workflow.objects.create(name=REVIEW_WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


def _wagtail_defaults_remove(apps) -> None:
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
        in_use = (
            workflow.workflow_pages.filter(page__depth__gt=1).exists()
            or workflow.workflow_content_types.exists()
            or workflow.workflow_states.exists()
        )
        if in_use:
            continue
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        workflow.delete()
        # Its approval task goes too, unless another workflow uses it or it has run.
        Task.objects.filter(pk__in=task_ids, workflow_tasks__isnull=True, task_states__isnull=True).delete()
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        if not group.user_set.exists():
            group.delete()


def _model_permissions_create(apps) -> None:
    """Make model permissions now, so a data migration can grant them (Django makes them after all migrations).

    create_permissions skips app configs without a models module, as those of the migration state are, so each
    gets one for the call.
    """
    for app_config in apps.get_app_configs():
        models_module, app_config.models_module = getattr(app_config, "models_module", None), True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
