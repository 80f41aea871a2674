"""A strategy page's versions: which revisions were published (Wagtail's publish log), and the shape of a body
for reading and comparing (plain functions over its blocks, no queries)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from wagtail.models import Page, PageLogEntry, Revision

from .blocks import theme_key


@dataclass
class BodySections:
    """A strategy body split for the page: introduction and text, agreed themes, and the open (divisive) questions."""

    lead: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    open_questions: list = field(default_factory=list)


def body_sections(body) -> BodySections:
    """Divisive themes move to the "open questions" section; everything else keeps its order.

    The administration's assessment stays with the theme before it, wherever that theme goes.
    """
    sections = BodySections()
    last_theme_section = None
    for block in body:
        if block.block_type == "assessment" and last_theme_section is not None:
            last_theme_section.append(block)
        elif block.block_type != "theme":
            (sections.themes if sections.themes or sections.open_questions else sections.lead).append(block)
        elif block.value.get("consensus") == "divisive":
            sections.open_questions.append(block)
            last_theme_section = sections.open_questions
        else:
            sections.themes.append(block)
            last_theme_section = sections.themes
    return sections


def agree_share(support) -> float:
    votes = (support.get("agree") or 0) + (support.get("disagree") or 0) + (support.get("passes") or 0)
    return (support.get("agree") or 0) / votes if votes else 0.0


@dataclass(frozen=True)
class ThemeChange:
    label: str
    old_label: str
    old_consensus: str
    new_consensus: str
    old_participants: int
    new_participants: int
    old_agree: float
    new_agree: float

    @property
    def participants_delta(self) -> int:
        return self.new_participants - self.old_participants

    @property
    def agree_delta_points(self) -> float:
        return round((self.new_agree - self.old_agree) * 100, 1)

    @property
    def changed(self) -> bool:
        return (
            self.label != self.old_label
            or self.old_consensus != self.new_consensus
            or self.participants_delta != 0
            or self.agree_delta_points != 0
        )


@dataclass
class Comparison:
    added: list = field(default_factory=list)  # theme values only in the newer version
    dropped: list = field(default_factory=list)  # theme values only in the older version
    kept: list[ThemeChange] = field(default_factory=list)

    @property
    def changed(self) -> list[ThemeChange]:
        return [change for change in self.kept if change.changed]


def _themes(body) -> dict[str, dict]:
    themes = {}
    for block in body:
        if block.block_type == "theme":
            themes.setdefault(theme_key(block.value), block.value)
    return themes


def compare_bodies(old_body, new_body) -> Comparison:
    """Themes added, dropped and kept (with their support changes) between two versions of a strategy body."""
    old, new = _themes(old_body), _themes(new_body)
    comparison = Comparison()
    for key, value in new.items():
        if key not in old:
            comparison.added.append(value)
            continue
        before = old[key]
        comparison.kept.append(
            ThemeChange(
                label=value["label"],
                old_label=before["label"],
                old_consensus=before["consensus"],
                new_consensus=value["consensus"],
                old_participants=before["support"]["participants"],
                new_participants=value["support"]["participants"],
                old_agree=agree_share(before["support"]),
                new_agree=agree_share(value["support"]),
            )
        )
    comparison.dropped = [value for key, value in old.items() if key not in new]
    return comparison


@dataclass(frozen=True, slots=True)
class PublishedVersion:
    revision_id: int
    published_at: datetime.datetime
    number: int  # 1 for the first published version


def published_versions(page: Page) -> list[PublishedVersion]:
    """The page's published versions, newest first, from Wagtail's publish log; drafts never appear (one query)."""
    entries = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish")
        .exclude(revision=None)
        .order_by("timestamp", "pk")
        .values_list("revision_id", "timestamp")
    )
    seen, versions = set(), []
    for revision_id, timestamp in entries:
        if revision_id in seen:
            continue  # a revision published twice (unpublished, then republished) is one version
        seen.add(revision_id)
        versions.append(PublishedVersion(revision_id=revision_id, published_at=timestamp, number=len(versions) + 1))
    return versions[::-1]


def published_version(
    page: Page, revision_id: int, *, versions: list[PublishedVersion] | None = None
) -> tuple[PublishedVersion, Page] | None:
    """One published version of the page and its content, or None if that revision was never published.

    Pass `versions` (published_versions(page)) when the caller has them already, to spare reading the log again.
    """
    if versions is None:
        versions = published_versions(page)
    version = next((v for v in versions if v.revision_id == revision_id), None)
    if version is None:
        return None
    revision = Revision.page_revisions.filter(object_id=str(page.pk), pk=revision_id).first()
    return (version, revision.as_object()) if revision else None
