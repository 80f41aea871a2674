"""Page rights on a fresh install: the demo loader and the data migration give the roles their rights."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Site

from strategy.demo import demo_pages_load
from strategy.roles import COUNCIL, PAGE_EDITOR_PERMISSIONS, PROJECT_OFFICE
from tests.factories import StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db


def page_rights(group_name: str) -> set[tuple[int, str]]:
    rows = GroupPagePermission.objects.filter(group__name=group_name)
    return set(rows.values_list("page_id", "permission__codename"))


def test_the_demo_loader_gives_the_project_office_its_page_rights_on_the_site_root():
    demo_pages_load()
    root = Site.objects.get(is_default_site=True).root_page

    assert page_rights(PROJECT_OFFICE) == {(root.pk, codename) for codename in PAGE_EDITOR_PERMISSIONS}
    # Every Wagtail page right writes: council members get none, and read drafts through a model permission.
    assert page_rights(COUNCIL) == set()
    for name in (PROJECT_OFFICE, COUNCIL):
        assert Group.objects.get(name=name).permissions.filter(codename="view_strategypage").exists()

    demo_pages_load()
    assert GroupPagePermission.objects.filter(group__name=PROJECT_OFFICE).count() == len(PAGE_EDITOR_PERMISSIONS)


def test_the_migration_gives_the_rights_where_the_tree_exists_already():
    demo_pages_load()
    GroupPagePermission.objects.all().delete()
    Group.objects.get(name=COUNCIL).permissions.clear()
    migration = importlib.import_module("strategy.migrations.0004_role_rights")

    migration.grant(apps, None)

    root = Site.objects.get(is_default_site=True).root_page
    assert page_rights(PROJECT_OFFICE) == {(root.pk, codename) for codename in PAGE_EDITOR_PERMISSIONS}
    assert Group.objects.get(name=COUNCIL).permissions.filter(codename="view_strategypage").exists()


def test_the_migration_leaves_wagtails_placeholder_page_alone():
    # A fresh database: the default site still shows Wagtail's "Welcome" page, which the demo loader replaces.
    migration = importlib.import_module("strategy.migrations.0004_role_rights")

    migration.grant(apps, None)

    assert not GroupPagePermission.objects.filter(group__name=PROJECT_OFFICE).exists()


def test_the_right_to_read_drafts_shows_in_the_admins_group_editor(client):
    demo_pages_load()
    admin_login(client, StaffUserFactory(is_superuser=True))
    council = Group.objects.get(name=COUNCIL)
    permission = Permission.objects.get(codename="view_strategypage")

    html = client.get(reverse("wagtailusers_groups:edit", args=[council.pk])).content.decode()

    assert f'value="{permission.pk}"' in html


def test_the_review_workflow_exists_after_migrating():
    from wagtail.models import GroupApprovalTask, Workflow

    from strategy.services.synthesis import REVIEW_WORKFLOW_NAME, review_workflow

    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW_NAME, active=True)
    task = workflow.tasks.get().specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Projektbüro"]
    assert review_workflow() == workflow, "the service finds the migrated workflow instead of making another"


def test_the_migration_lets_the_project_office_upload_and_choose_images_only():
    from wagtail.models import Collection, GroupCollectionPermission

    GroupCollectionPermission.objects.all().delete()
    migration = importlib.import_module("strategy.migrations.0007_image_rights")

    migration.grant(apps, None)
    migration.grant(apps, None)  # twice changes nothing

    rows = GroupCollectionPermission.objects.values_list("group__name", "collection", "permission__codename")
    root = Collection.get_first_root_node().pk
    assert sorted(rows) == [(PROJECT_OFFICE, root, "add_image"), (PROJECT_OFFICE, root, "choose_image")]
