"""JSON lines in, one JSON document out: the command line's file formats."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

from .schema import CommentIn, PreviousTheme, ProposalIn, SynthesisResult, VoteIn


def _rows(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _coord(value) -> float | None:
    if value is None or value == "":
        return None
    f = float(value)
    return f if math.isfinite(f) else None


def read_proposals(path: str | Path) -> list[ProposalIn]:
    return [
        ProposalIn(
            id=str(r["id"]),
            action_field=str(r["action_field"]),
            title=str(r.get("title") or ""),
            body=str(r.get("body") or ""),
            district=str(r.get("district") or ""),
            lat=_coord(r.get("lat")),
            lon=_coord(r.get("lon")),
            created=str(r.get("created") or ""),
        )
        for r in _rows(path)
    ]


def read_votes(path: str | Path) -> list[VoteIn]:
    return [VoteIn(proposal=str(r["proposal"]), voter=str(r["voter"]), value=int(r["value"])) for r in _rows(path)]


def read_comments(path: str | Path) -> list[CommentIn]:
    return [CommentIn(id=str(r["id"]), proposal=str(r["proposal"]), body=str(r.get("body") or "")) for r in _rows(path)]


def read_previous(path: str | Path) -> list[PreviousTheme]:
    """Themes of an earlier result file, to keep their ids and labels."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        PreviousTheme(id=t["id"], action_field=name, label=t["label"], proposals=tuple(t["proposals"]))
        for name, f in data.get("fields", {}).items()
        for t in f.get("themes", [])
    ]


def dumps(result: SynthesisResult) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
