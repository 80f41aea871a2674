"""Drafts: the strategy page of a field, its body written from a run's themes, and the review that follows."""

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Locale, Workflow, WorkflowPage, WorkflowTask

from core.roles import MODERATOR_GROUP, REVIEW_WORKFLOW_NAME
from portal.models import ActionFieldPage

from ..blocks import theme_block_value
from ..models import StrategyPage

STRATEGY_PAGE_SLUG = "strategie"


def draft_body(themes, *, titles: dict[str, str], proposals, comments, votes) -> list[dict]:
    """The draft as raw StreamField data: an introduction with the figures, then one block per theme."""
    voters = len({row.voter_id for row in votes})
    intro = {
        "text": (
            f"Aus {len(proposals)} Vorschlägen, {len(comments)} Kommentaren und {len(votes)} Stimmen von "
            f"{voters} Teilnehmenden hat die Auswertung {len(themes)} Themen gebildet. Jeder Satz der "
            "Zusammenfassungen ist wörtlich einem Vorschlag entnommen und führt zu ihm."
        ),
        "proposals": len(proposals),
        "comments": len(comments),
        "votes": len(votes),
        "voters": voters,
        "themes": len(themes),
    }
    blocks = [{"type": "intro", "value": intro}]
    blocks.extend({"type": "theme", "value": theme_block_value(theme, titles=titles)} for theme in themes)
    return blocks


def strategy_page(action_field: str) -> StrategyPage | None:
    parent = ActionFieldPage.objects.filter(action_field=action_field, locale=Locale.get_default()).first()
    return StrategyPage.objects.child_of(parent).first() if parent else None


def _strategy_page_create(action_field: str, body: list[dict]) -> StrategyPage:
    """The field's strategy page, unpublished, under its action field page."""
    parent = ActionFieldPage.objects.filter(action_field=action_field, locale=Locale.get_default()).first()
    if parent is None:
        raise ValueError(f"no action field page for {action_field!r}")
    page = StrategyPage(title=f"Strategie: {parent.title}", slug=STRATEGY_PAGE_SLUG, body=body, live=False)
    parent.add_child(instance=page)
    return page


def review_workflow() -> Workflow:
    """The workflow "Prüfung Projektbüro" (made by roles_sync(); made again here if someone deleted it)."""
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).first()
    if workflow is not None:
        return workflow
    group, _created = Group.objects.get_or_create(name=MODERATOR_GROUP)
    task = GroupApprovalTask.objects.create(name=REVIEW_WORKFLOW_NAME)
    task.groups.set([group])
    workflow = Workflow.objects.create(name=REVIEW_WORKFLOW_NAME)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _review_start(page: StrategyPage) -> None:
    """Put the draft into review unless a review is already under way (it then reviews the newest revision)."""
    workflow = review_workflow()
    # Staff who submit the page by hand get the same workflow.
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    page = StrategyPage.objects.get(pk=page.pk)
    if page.current_workflow_state is None:
        workflow.start(page, None)


def draft_save(action_field: str, body: list[dict], *, page: StrategyPage | None):
    """Write the body as a new revision of the field's strategy page (made if missing) and put it into review."""
    page = page or _strategy_page_create(action_field, body)
    draft = page.get_latest_revision_as_object()
    draft.body = body
    revision = draft.save_revision(log_action=True)
    _review_start(page)
    return page, revision
