"""Plain data types in and out of the synthesis core; the portal fills them from its selectors."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ProposalIn:
    id: str
    action_field: str
    title: str
    body: str = ""
    district: str = ""
    lat: float | None = None
    lon: float | None = None
    created: str = ""


@dataclass(frozen=True, slots=True)
class CommentIn:
    id: str
    proposal: str
    body: str


@dataclass(frozen=True, slots=True)
class VoteIn:
    proposal: str
    voter: str
    value: int  # 1 agree, -1 disagree, 0 pass


@dataclass(frozen=True, slots=True)
class PreviousTheme:
    """A theme of an earlier run, so a later run can keep its id and label."""

    id: str
    action_field: str
    label: str
    proposals: tuple[str, ...]


@dataclass(slots=True)
class Support:
    participants: int = 0
    agree: int = 0
    disagree: int = 0
    passes: int = 0
    score: float = 0.0  # Wilson lower bound (95 %) of the share of agreeing votes

    def as_dict(self) -> dict:
        return {
            "participants": self.participants,
            "agree": self.agree,
            "disagree": self.disagree,
            "pass": self.passes,
            "score": round(self.score, 4),
        }


@dataclass(slots=True)
class SummarySentence:
    text: str
    source: str  # proposal id; text is a verbatim substring of that proposal's title or body


@dataclass(slots=True)
class Position:
    """A stance inside a theme: members whose votes go together (and against another position's)."""

    label: str
    members: list[str]  # proposal ids; the positions of a theme together hold exactly the theme's members
    support: Support
    groups: dict[int, dict[str, float]] = field(default_factory=dict)  # opinion group -> agree/disagree/votes
    consensus: str = ""  # the position's own class, as a theme's: "consensus" | "divisive" | "low_support"
    summary: list[SummarySentence] = field(default_factory=list)  # verbatim, from the position's members

    def as_dict(self) -> dict:
        return {
            "label": self.label,
            "members": list(self.members),
            "support": self.support.as_dict(),
            "groups": {str(g): {k: round(v, 4) for k, v in sorted(r.items())} for g, r in sorted(self.groups.items())},
            "consensus": self.consensus,
            "summary": [{"text": s.text, "source": s.source} for s in self.summary],
        }


@dataclass(slots=True)
class Theme:
    id: str
    label: str
    proposals: list[str]  # most representative first
    consensus: str  # "consensus" | "divisive" | "low_support"
    support: Support
    summary: list[SummarySentence]
    keywords: list[str] = field(default_factory=list)
    language: str = "de"
    districts: list[tuple[str, int]] = field(default_factory=list)
    center: tuple[float, float] | None = None
    comments: list[tuple[str, str, str]] = field(default_factory=list)  # (comment id, proposal id, text)
    # opinion group -> agree/disagree rates; empty for a split theme (its positions carry them)
    groups: dict[int, dict[str, float]] = field(default_factory=dict)
    # one for a consensual theme; several when split. A split theme is "divisive" and its support counts only
    # its participants (people): agree, disagree, pass and score are 0, since adding up agreement with opposite
    # positions means nothing; each position has its own figures.
    positions: list[Position] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "label": self.label,
            "proposals": list(self.proposals),
            "consensus": self.consensus,
            "support": self.support.as_dict(),
            "summary": [{"text": s.text, "source": s.source} for s in self.summary],
            "keywords": list(self.keywords),
            "language": self.language,
            "districts": [{"district": d, "proposals": n} for d, n in self.districts],
            "center": None if self.center is None else [round(self.center[0], 5), round(self.center[1], 5)],
            "comments": [{"id": c, "proposal": p, "text": t} for c, p, t in self.comments],
            "groups": {str(g): {k: round(v, 4) for k, v in sorted(r.items())} for g, r in sorted(self.groups.items())},
            "positions": [p.as_dict() for p in self.positions],
            "split": len(self.positions) > 1,
        }


@dataclass(slots=True)
class FieldResult:
    themes: list[Theme]  # consensus first, then divisive, then low support; each by score
    single_proposals: list[str]

    def as_dict(self) -> dict:
        return {
            "themes": [t.as_dict() for t in self.themes],
            "single_proposals": list(self.single_proposals),
            "open_questions": [t.id for t in self.themes if t.consensus == "divisive"],
        }


@dataclass(slots=True)
class SynthesisResult:
    fields: dict[str, FieldResult]
    opinion_groups: int
    participant_groups: dict[str, int] = field(default_factory=dict)  # voter -> opinion group
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage; not part of the output

    def as_dict(self) -> dict:
        return {
            "fields": {name: self.fields[name].as_dict() for name in sorted(self.fields)},
            "opinion_groups": self.opinion_groups,
            "group_sizes": _group_sizes(self.participant_groups),
        }


def _group_sizes(groups: dict[str, int]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for g in groups.values():
        sizes[str(g)] = sizes.get(str(g), 0) + 1
    return dict(sorted(sizes.items()))
