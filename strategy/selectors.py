"""Reads of the published strategy: the themes of the live strategy pages, for proposal pages and open data."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.text import slugify
from wagtail.models import Page

from .models import ActionFieldPage, StrategyPage


@dataclass(frozen=True, slots=True)
class PublishedTheme:
    page_id: int
    page_url: str
    action_field: str
    theme_id: str
    label: str
    consensus: str
    support: dict
    members: tuple[int, ...]  # every proposal the theme rests on, most representative first
    summary: tuple[dict, ...] = field(default=())

    @property
    def anchor(self) -> str:
        """The fragment of the theme's section on its page (see blocks/theme_block.html)."""
        return f"theme-{slugify(self.theme_id)}" if self.theme_id else ""


def published_themes(action_field: str | None = None) -> list[PublishedTheme]:
    """Themes of the live (published) strategy pages, in page order; drafts and private pages are not included.

    Reads the live version of each page, so an unpublished newer revision does not leak.
    """
    fields_by_path = dict(ActionFieldPage.objects.values_list("path", "action_field"))
    themes = []
    for page in StrategyPage.objects.live().public().order_by("path"):
        field_key = fields_by_path.get(page.path[: -Page.steplen], "")
        if action_field and field_key != action_field:
            continue
        url = page.get_url()
        for block in page.body:
            if block.block_type != "theme":
                continue
            value = block.value
            members = tuple(value.get("members") or ()) or tuple(item["proposal"] for item in value["proposals"])
            themes.append(
                PublishedTheme(
                    page_id=page.pk,
                    page_url=url,
                    action_field=field_key,
                    theme_id=value.get("theme_id") or "",
                    label=value["label"],
                    consensus=value["consensus"],
                    support=dict(value["support"]),
                    members=members,
                    summary=tuple({"text": s["text"], "proposal": s["proposal"]} for s in value["summary"]),
                )
            )
    return themes


def themes_of_proposal(proposal_id: int) -> list[PublishedTheme]:
    """The published themes that rest on this proposal ("in die Strategie eingeflossen")."""
    return [theme for theme in published_themes() if proposal_id in theme.members]
