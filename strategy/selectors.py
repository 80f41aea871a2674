"""Reads of the strategy: the themes of the live strategy pages (proposal pages, open data) and, for the admin,
the drafts and the last syntheses."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, Max, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Locale, Page, PageViewRestriction

from portal.models import ActionFieldPage

from .blocks import theme_anchor, theme_members, theme_positions
from .models.pages import StrategyPage
from .models.runs import SynthesisRun
from .reading import reading_body


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
    groups: tuple[dict, ...] = field(default=())  # support per opinion group
    positions: tuple[dict, ...] = field(default=())  # a split theme's positions (plain dicts), else none

    @property
    def anchor(self) -> str:
        """The fragment of the theme's section on its page."""
        return theme_anchor({"theme_id": self.theme_id, "label": self.label})


def _live_public_strategy_pages():
    """Live strategy pages outside private sections, each with its field's key, in one query.

    The same pages as `.live().public()`, which would first load every view restriction in a query of its own;
    proposal pages read this on a cold cache, so it is kept to one query.
    """
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    # A restriction covers its page and every page below it: its path is a prefix of theirs.
    covering = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return (
        StrategyPage.objects.live()
        .annotate(field_key=Subquery(ActionFieldPage.objects.filter(path=parent_path).values("action_field")[:1]))
        .exclude(Exists(covering))
        .order_by("path")
    )


def published_themes(action_field: str | None = None) -> list[PublishedTheme]:
    """Themes of the live (published) strategy pages, in page order; drafts and private pages are not included.

    Reads the live version of each page, so an unpublished newer revision does not leak. Cached per set of live
    revisions: a publish makes a new key, and no request parses the bodies again until then (one small query).
    """
    pages = list(_live_public_strategy_pages().defer("body"))
    revisions = ",".join(f"{page.pk}.{page.live_revision_id}" for page in pages)
    key = f"strategy:published-themes:{get_language() or ''}:{hashlib.sha256(revisions.encode()).hexdigest()}"
    themes = cache.get(key)
    if themes is None:
        themes = _published_themes_read(pages)
        cache.set(key, themes, timeout=THEME_INDEX_TIMEOUT)
    return [theme for theme in themes if not action_field or theme.action_field == action_field]


def _published_themes_read(pages) -> list[PublishedTheme]:
    themes = []
    for page in pages:
        field_key = page.field_key or ""
        url = page.get_url()
        for block in reading_body(page.body):
            if block.block_type != "theme":
                continue
            value = block.value
            members = theme_members(value)
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
                    groups=tuple(dict(g) for g in value.get("groups") or ()),
                    positions=tuple(_position_dict(p) for p in theme_positions(value)),
                )
            )
    return themes


def _position_dict(position) -> dict:
    # Plain data: published themes are kept in the cache.
    return {
        "label": position["label"],
        "proposals": [dict(p) for p in position.get("proposals") or ()],
        "support": dict(position["support"]),
        "groups": [dict(g) for g in position.get("groups") or ()],
    }


def themes_of_proposal(proposal_id: int) -> list[PublishedTheme]:
    """The published themes that rest on this proposal ("in die Strategie eingeflossen")."""
    return [theme for theme in published_themes() if proposal_id in theme.members]


FINISHED = (SynthesisRun.Status.DONE, SynthesisRun.Status.UNCHANGED)


def last_syntheses() -> dict:
    """When each action field's synthesis last finished (done or unchanged), by field key; one query."""
    rows = (
        SynthesisRun.objects.filter(status__in=FINISHED, finished_at__isnull=False)
        .order_by()
        .values("action_field")
        .annotate(last=Max("finished_at"))
    )
    return {row["action_field"]: row["last"] for row in rows}


def strategy_drafts():
    """Every strategy page with its latest revision, in tree order (drafts included: for the admin only)."""
    return StrategyPage.objects.select_related("latest_revision").order_by("path")


# The proposal pages ask which published themes rest on a proposal. The answer changes only when a strategy
# page is published or unpublished, so the index is cached per generation: publishing bumps the generation
# (strategy/signals.py). The timeout bounds staleness from changes no signal reports (a moved page, a new view
# restriction). The index is split so a proposal page reads little: the themes without their member lists (a
# few kilobytes) and one of THEME_INDEX_BUCKETS buckets {proposal id: theme numbers} — not one pickle of every
# member id (1.5 MB at 100,000 proposals) per page view.
THEME_INDEX_TIMEOUT = 15 * 60
THEME_INDEX_GENERATION_KEY = "strategy:theme-index:generation"
# Few enough keys for the local-memory cache of `make run` (300 entries), small enough to read per page view.
THEME_INDEX_BUCKETS = 64


def theme_index_invalidate() -> None:
    """Start a new generation of the theme index: the next proposal page reads the published themes anew."""
    try:
        cache.incr(THEME_INDEX_GENERATION_KEY)
    except ValueError:  # no generation stored yet (or evicted)
        cache.set(THEME_INDEX_GENERATION_KEY, 1, timeout=None)


def _theme_index_prefix() -> str:
    generation = cache.get_or_set(THEME_INDEX_GENERATION_KEY, 0, timeout=None)
    return f"strategy:theme-index:{generation}:{get_language() or ''}"


def _theme_index_build(prefix: str) -> tuple[list[PublishedTheme], dict[int, dict[int, tuple[int, ...]]]]:
    """Read the published themes once and store them, slimmed, with their member ids bucketed by proposal id."""
    themes = published_themes()
    buckets: dict[int, dict[int, list[int]]] = {}
    for number, theme in enumerate(themes):
        for member in theme.members:
            buckets.setdefault(member % THEME_INDEX_BUCKETS, {}).setdefault(member, []).append(number)
    slim = [replace(theme, members=(), summary=()) for theme in themes]
    stored = {bucket: {pid: tuple(numbers) for pid, numbers in members.items()} for bucket, members in buckets.items()}
    values = {f"{prefix}:bucket:{bucket}": stored.get(bucket, {}) for bucket in range(THEME_INDEX_BUCKETS)}
    cache.set_many(values, timeout=THEME_INDEX_TIMEOUT)
    # The themes last: a page that finds them finds every bucket too.
    cache.set(f"{prefix}:themes", slim, timeout=THEME_INDEX_TIMEOUT)
    return slim, stored


def theme_index_refresh() -> None:
    """Build the current generation's index at once (after a publish, whose signal started the generation), in
    every language of the site."""
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            _theme_index_build(_theme_index_prefix())


def themes_of_proposal_cached(proposal_id: int) -> list[PublishedTheme]:
    """As themes_of_proposal (without member lists), from the cached index: two small cache reads, no query."""
    prefix = _theme_index_prefix()
    bucket = proposal_id % THEME_INDEX_BUCKETS
    found = cache.get_many([f"{prefix}:themes", f"{prefix}:bucket:{bucket}"])
    themes, members = found.get(f"{prefix}:themes"), found.get(f"{prefix}:bucket:{bucket}")
    if themes is None or members is None:
        themes, buckets = _theme_index_build(prefix)
        members = buckets.get(bucket, {})
    return [themes[number] for number in members.get(proposal_id, ())]


CONSENSUS_ORDER = {"consensus": 0, "divisive": 1, "low_support": 2}


@dataclass(frozen=True, slots=True)
class FieldStrategy:
    action_field: str
    title: str
    url: str
    strategy_url: str  # empty while the field's strategy has never been published
    published_at: datetime.datetime | None
    in_review: bool  # a newer draft waits for approval
    draft_url: str  # the council preview of that draft (shown only to those who may read drafts)
    top_themes: tuple[PublishedTheme, ...]
    theme_count: int
    themes: tuple[PublishedTheme, ...] = ()  # all of them, agreed first (the overview's "at a glance")


# The overview page's rendering is cached per site generation (a publish, a proposal saved) and this one, which a
# saved revision (a new draft: "under review") bumps (strategy/signals.py).
OVERVIEW_GENERATION = "strategy-overview"


def strategy_overview(*, top: int = 3) -> list[FieldStrategy]:
    """Per live action field: its strategy page's state and its `top` published themes (agreed first, by score).

    A fixed number of queries, whatever the number of themes.
    """
    themes_by_field: dict[str, list[PublishedTheme]] = {}
    for theme in published_themes():
        themes_by_field.setdefault(theme.action_field, []).append(theme)
    strategies = {
        page.path[: -Page.steplen]: page for page in StrategyPage.objects.defer_streamfields().order_by("path")
    }
    overview = []
    # The German pages: the strategy pages live below them, their English translations have none (issue 15).
    for field_page in ActionFieldPage.objects.live().filter(locale=Locale.get_default()).order_by("path"):
        strategy = strategies.get(field_page.path)
        themes = sorted(
            themes_by_field.get(field_page.action_field, []),
            key=lambda t: (CONSENSUS_ORDER.get(t.consensus, 9), -float(t.support.get("score") or 0)),
        )
        overview.append(
            FieldStrategy(
                action_field=field_page.action_field,
                title=field_page.title,
                url=field_page.url,
                strategy_url=strategy.url if strategy and strategy.live else "",
                published_at=strategy.last_published_at if strategy and strategy.live else None,
                in_review=bool(strategy and (strategy.has_unpublished_changes or not strategy.live)),
                draft_url=strategy.council_preview_url() if strategy and strategy.has_unpublished_changes else "",
                top_themes=tuple(themes[:top]),
                theme_count=len(themes),
                themes=tuple(themes),
            )
        )
    return overview
