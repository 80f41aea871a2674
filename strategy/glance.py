"""What a council member reads first: the positions of a split theme and a field's (or the strategy's) "at a
glance" — the strongest agreement, the open questions with who is for and against, and what found little support.

Plain functions over theme values (a theme block's value or a published theme's fields), no queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from string import ascii_uppercase

from .blocks import theme_anchor, theme_positions

# A group is for (against) something when its share agreeing exceeds its share disagreeing by this much: the same
# lean the synthesis uses to call a theme divisive (strategy.synthesis.support.ConsensusParams.lean).
LEAN = 0.25
FOR, AGAINST, MIXED = "for", "against", "mixed"


@dataclass(frozen=True, slots=True)
class GroupStance:
    group: int
    stance: str  # FOR, AGAINST or MIXED
    votes: int
    agree_percent: float
    disagree_percent: float


@dataclass(frozen=True, slots=True)
class Figures:
    """Who voted and how: people are distinct voters, votes are their votes on all proposals counted."""

    people: int
    votes: int
    agree: int
    disagree: int
    passes: int

    @property
    def agree_percent(self) -> int:
        return round(100 * self.agree / self.votes) if self.votes else 0

    @property
    def disagree_percent(self) -> int:
        return round(100 * self.disagree / self.votes) if self.votes else 0

    # As text, so no "%" needs escaping in a translated sentence.
    @property
    def agree_label(self) -> str:
        return f"{self.agree_percent} %"

    @property
    def disagree_label(self) -> str:
        return f"{self.disagree_percent} %"


@dataclass(frozen=True, slots=True)
class PositionView:
    letter: str  # "A", "B", …
    label: str
    figures: Figures
    groups: tuple[GroupStance, ...]
    proposals: tuple[Mapping, ...]  # {"proposal": number, "title": …}

    @property
    def for_groups(self) -> tuple[int, ...]:
        return tuple(g.group for g in self.groups if g.stance == FOR)

    @property
    def against_groups(self) -> tuple[int, ...]:
        return tuple(g.group for g in self.groups if g.stance == AGAINST)


@dataclass(frozen=True, slots=True)
class GlanceTheme:
    label: str
    url: str  # the theme's section: "#theme-…" on its own page, "/…/strategie/#theme-…" elsewhere
    field_title: str
    figures: Figures | None  # None for a split theme: its positions' figures are never added up
    positions: tuple[PositionView, ...]  # a split theme's positions; else one, the theme itself
    score: float


@dataclass(slots=True)
class Glance:
    consensus: list[GlanceTheme] = field(default_factory=list)
    open_questions: list[GlanceTheme] = field(default_factory=list)
    low_support: list[GlanceTheme] = field(default_factory=list)
    more_consensus: int = 0  # themes of each kind beyond those listed
    more_open_questions: int = 0
    more_low_support: int = 0

    def __bool__(self) -> bool:
        return bool(self.consensus or self.open_questions or self.low_support)


def figures(support: Mapping | None) -> Figures | None:
    """A support record's figures; None when it has none (a theme no synthesis run made)."""
    support = support or {}
    if support.get("participants") is None:
        return None
    counts = [int(support.get(key) or 0) for key in ("agree", "disagree", "passes")]
    return Figures(int(support["participants"]), sum(counts), *counts)


def group_stances(groups: Iterable[Mapping]) -> tuple[GroupStance, ...]:
    stances = []
    for row in groups or ():
        agree, disagree = float(row.get("agree") or 0), float(row.get("disagree") or 0)
        lean = agree - disagree
        stance = FOR if lean >= LEAN else AGAINST if lean <= -LEAN else MIXED
        stances.append(
            GroupStance(
                group=int(row["group"]),
                stance=stance,
                votes=int(row.get("votes") or 0),
                agree_percent=round(100 * agree),
                disagree_percent=round(100 * disagree),
            )
        )
    return tuple(sorted(stances, key=lambda s: s.group))


def position_views(value: Mapping) -> tuple[PositionView, ...]:
    """A theme's positions for the page, lettered A, B, …; a theme that is not split is one position, itself."""
    positions = theme_positions(value) or [
        {
            "label": value.get("label", ""),
            "support": value.get("support"),
            "groups": value.get("groups"),
            "proposals": (),
        }
    ]
    return tuple(
        PositionView(
            letter=ascii_uppercase[index % 26],
            label=position.get("label") or "",
            figures=figures(position.get("support")) or Figures(0, 0, 0, 0, 0),
            groups=group_stances(position.get("groups") or ()),
            proposals=tuple(position.get("proposals") or ()),
        )
        for index, position in enumerate(positions)
    )


def glance_theme(value: Mapping, *, page_url: str = "", field_title: str = "") -> GlanceTheme:
    split = bool(theme_positions(value))
    return GlanceTheme(
        label=value.get("label", ""),
        url=f"{page_url}#{theme_anchor(value)}",
        field_title=field_title,
        figures=None if split else figures(value.get("support")),
        positions=position_views(value),
        score=float((value.get("support") or {}).get("score") or 0),
    )


def _people(theme: GlanceTheme) -> int:
    return theme.figures.people if theme.figures else max(p.figures.people for p in theme.positions)


def glance(themes: Iterable[tuple[Mapping, str, str]], *, top: int = 3, top_open: int = 5) -> Glance:
    """From (theme value, page url, field title): the `top` strongest consensus themes (by score), up to `top_open`
    open questions and the `top` themes with little support that most people voted on."""
    by_class: dict[str, list[GlanceTheme]] = {"consensus": [], "divisive": [], "low_support": []}
    for value, page_url, field_title in themes:
        if value.get("consensus") in by_class:
            by_class[value["consensus"]].append(glance_theme(value, page_url=page_url, field_title=field_title))
    consensus = sorted(by_class["consensus"], key=lambda t: -t.score)
    open_questions = sorted(by_class["divisive"], key=lambda t: -_people(t))
    low_support = sorted(by_class["low_support"], key=lambda t: -_people(t))
    return Glance(
        consensus=consensus[:top],
        open_questions=open_questions[:top_open],
        low_support=low_support[:top],
        more_consensus=max(0, len(consensus) - top),
        more_open_questions=max(0, len(open_questions) - top_open),
        more_low_support=max(0, len(low_support) - top),
    )


def overview_glance(fields, *, top: int = 3, top_open: int = 5) -> Glance:
    """The strategy's "at a glance" over every field's published themes (strategy_overview's FieldStrategy rows)."""
    return glance(
        (
            (
                {
                    "label": theme.label,
                    "theme_id": theme.theme_id,
                    "consensus": theme.consensus,
                    "support": theme.support,
                    "groups": theme.groups,
                    "positions": theme.positions,
                },
                theme.page_url,
                field_row.title,
            )
            for field_row in fields
            for theme in field_row.themes
        ),
        top=top,
        top_open=top_open,
    )
