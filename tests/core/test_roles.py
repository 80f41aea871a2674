"""The roles table and roles_sync(): groups, model rights, page and image rights, the review workflow."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from core.roles import COUNCIL_GROUP, MODERATOR_GROUP, REVIEW_WORKFLOW_NAME, ROLES, roles_sync
from portal.models import HomePage
from tests.factories import StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

PAGE_EDITOR_PERMISSIONS = ROLES[MODERATOR_GROUP].page_permissions


def page_rights(group_name: str) -> set[tuple[int, str]]:
    rows = GroupPagePermission.objects.filter(group__name=group_name)
    return set(rows.values_list("page_id", "permission__codename"))


def home_page() -> HomePage:
    home = HomePage(title="Smart Kassel", slug="start")
    Page.get_first_root_node().add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return home


def test_the_migration_made_the_roles_with_exactly_the_tables_rights():
    for name, role in ROLES.items():
        granted = {
            f"{app}.{codename}"
            for app, codename in Group.objects.get(name=name).permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert granted == set(role.permissions), name


def test_page_rights_on_the_site_root_once_a_real_home_page_exists():
    roles_sync()
    assert not GroupPagePermission.objects.filter(group__name=MODERATOR_GROUP).exists()  # Wagtail's placeholder

    home = home_page()
    roles_sync()
    roles_sync()  # twice changes nothing

    assert page_rights(MODERATOR_GROUP) == {(home.pk, codename) for codename in PAGE_EDITOR_PERMISSIONS}
    # Every Wagtail page right writes: council members get none, and read drafts through a model permission.
    assert page_rights(COUNCIL_GROUP) == set()
    for name in (MODERATOR_GROUP, COUNCIL_GROUP):
        assert Group.objects.get(name=name).permissions.filter(codename="view_strategypage").exists()


def test_sync_restores_rights_taken_away_and_removes_rights_added():
    council = Group.objects.get(name=COUNCIL_GROUP)
    council.permissions.clear()
    council.permissions.add(Permission.objects.get(codename="change_proposal"))

    roles_sync()

    assert council.permissions.filter(codename="view_strategypage").exists()
    assert not council.permissions.filter(codename="change_proposal").exists()


def test_the_project_office_may_upload_and_choose_images_only():
    GroupCollectionPermission.objects.all().delete()

    roles_sync()
    roles_sync()

    rows = GroupCollectionPermission.objects.values_list("group__name", "collection", "permission__codename")
    root = Collection.get_first_root_node().pk
    assert sorted(rows) == [(MODERATOR_GROUP, root, "add_image"), (MODERATOR_GROUP, root, "choose_image")]


def test_the_right_to_read_drafts_shows_in_the_admins_group_editor(client):
    admin_login(client, StaffUserFactory(is_superuser=True))
    council = Group.objects.get(name=COUNCIL_GROUP)
    permission = Permission.objects.get(codename="view_strategypage")

    html = client.get(reverse("wagtailusers_groups:edit", args=[council.pk])).content.decode()

    assert f'value="{permission.pk}"' in html


def test_the_review_workflow_exists_after_migrating():
    from wagtail.models import GroupApprovalTask, Workflow

    from strategy.services.drafts import review_workflow

    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW_NAME, active=True)
    task = workflow.tasks.get().specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [MODERATOR_GROUP]
    assert review_workflow() == workflow, "the service finds the migrated workflow instead of making another"


def test_roles_sync_removes_wagtails_unused_default_groups_and_workflow():
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    # As Wagtail's own migrations leave them (on a database migrated before this cleanup).
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    Group.objects.get_or_create(name="Editors")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=Page.get_first_root_node(), defaults={"workflow": workflow})

    roles_sync()

    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not GroupApprovalTask.objects.filter(name="Moderators approval").exists()
    assert Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).exists()


def test_roles_sync_keeps_a_default_group_that_has_members():
    from tests.factories import UserFactory

    editors, _created = Group.objects.get_or_create(name="Editors")
    UserFactory().groups.add(editors)

    roles_sync()
    roles_sync()

    assert Group.objects.filter(name="Editors").exists()
