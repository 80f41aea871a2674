"""The review workflow "Prüfung Projektbüro" exists from the start, so staff see and can adjust it before the
first synthesis (strategy.services.synthesis.review_workflow makes it again if someone deletes it)."""

from django.db import migrations

WORKFLOW_NAME = "Prüfung Projektbüro"
GROUP_NAME = "Projektbüro"


def workflow_create(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    if Workflow.objects.filter(name=WORKFLOW_NAME, active=True).exists():
        return
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    # Historical models don't set the specific type themselves; Wagtail finds the task's class through it.
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=content_type, active=True)
    task.groups.set([group])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("strategy", "0005_merge_role_rights_and_pages"),
        ("participation", "0004_moderation_roles"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(workflow_create, migrations.RunPython.noop)]
