"""Figures come from the synthesis run, not the keyboard: a strategy body's figures, taken again from the body the
run wrote. Plain functions over raw StreamField data (lists of {"type", "value"} dicts), no queries."""

from __future__ import annotations

INTRO_FIGURES = ("proposals", "comments", "votes", "voters", "themes")
SUPPORT_FIGURES = ("participants", "agree", "disagree", "passes", "score")


def _items(value) -> list:
    """A ListBlock's raw value in either form: plain values, or {"type": "item", "value": …, "id": …}."""
    return [
        item["value"] if isinstance(item, dict) and "value" in item and item.get("type") == "item" else item
        for item in value or ()
    ]


def _no_support() -> dict:
    return dict.fromkeys(SUPPORT_FIGURES)


def _members(position: dict) -> frozenset:
    return frozenset(item["proposal"] for item in _items(position.get("proposals")))


def _positions_restore(edited: list, run: list) -> list[dict]:
    """The run's positions with the staff's labels and order; a position the run did not make is dropped."""
    run_by_members = {_members(position): position for position in _items(run)}
    restored, seen = [], set()
    for position in _items(edited):
        members = _members(position)
        source = run_by_members.get(members)
        if source is None or members in seen:
            continue
        seen.add(members)
        restored.append({**source, "label": position.get("label") or source["label"]})
    restored.extend(position for members, position in run_by_members.items() if members not in seen)
    return restored


def _theme_restore(value: dict, run: dict | None) -> dict:
    if run is None:
        # Not a theme of the run (written by hand): it has no figures, whatever was typed.
        return {**value, "support": _no_support(), "members": [], "groups": [], "positions": []}
    return {
        **value,
        "consensus": run["consensus"],
        "support": dict(run["support"]),
        "members": list(_items(run.get("members"))),
        "groups": list(_items(run.get("groups"))),
        "positions": _positions_restore(value.get("positions"), run.get("positions")),
    }


def figures_restore(body: list[dict], run_body: list[dict] | None) -> list[dict]:
    """`body` with every figure, consensus class and member list as in `run_body` (the run's draft).

    Staff keep their labels, wording, order and own blocks. Themes are matched by their stable id; a theme the
    run did not write, and the intro without a run, keep no figures.
    """
    run_body = run_body or []
    run_themes = {
        block["value"].get("theme_id"): block["value"]
        for block in run_body
        if block["type"] == "theme" and block["value"].get("theme_id")
    }
    run_intro = next((block["value"] for block in run_body if block["type"] == "intro"), None)
    restored = []
    for block in body:
        value = block["value"]
        if block["type"] == "theme":
            value = _theme_restore(value, run_themes.get(value.get("theme_id") or None))
        elif block["type"] == "intro":
            value = {**value, **{key: (run_intro or {}).get(key) for key in INTRO_FIGURES}}
        restored.append({**block, "value": value})
    return restored
