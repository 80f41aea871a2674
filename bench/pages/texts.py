"""German proposal and comment texts for the load: the demo's and the evaluation set's, varied per copy.

Plain data, no Django: the demo's YAML (demo/content.py) and bench/data/kassel-eval are the sources, so the
texts read like real contributions (typos, English ones and all) and search words such as "Radweg" occur.
"""

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

from core.choices import District
from demo import content

EVALSET = Path(__file__).resolve().parent.parent / "data" / "kassel-eval"
DISTRICT_NAMES = dict(District.choices)
TITLE_MAX = 120


def _jsonl(name: str) -> list[dict]:
    with (EVALSET / name).open(encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


@cache
def proposal_templates() -> list[dict]:
    """Every source proposal as {action_field, title, body, district, lat, lon}."""
    items = [
        {key: item[key] for key in ("action_field", "title", "body", "district", "lat", "lon")}
        for item in content.proposals()
    ]
    items += [
        {key: item.get(key) for key in ("action_field", "title", "body", "district", "lat", "lon")}
        for item in _jsonl("proposals.jsonl")
    ]
    return items


@cache
def district_centres() -> dict[str, tuple[float, float]]:
    """Each district's mean place among the source proposals."""
    places = defaultdict(list)
    for item in proposal_templates():
        if item["lat"] is not None and item["district"]:
            places[item["district"]].append((item["lat"], item["lon"]))
    return {
        district: (sum(lat for lat, _ in points) / len(points), sum(lon for _, lon in points) / len(points))
        for district, points in places.items()
    }


@cache
def comment_texts() -> dict[str, list[str]]:
    """Comment texts per action field; "any" fits every proposal (the demo's and the evaluation set's)."""
    texts = {field: list(items) for field, items in content.comment_texts().items()}
    texts["any"] = texts.get("any", []) + sorted({item["body"] for item in _jsonl("comments.jsonl")})
    return texts


TITLE_VARIANTS = ("{title}", "{title}", "{title} ({district})", "{title} – auch in {district}", "{title}")
BODY_ENDINGS = (
    "",
    "",
    "\n\nDas betrifft besonders uns in {district}.",
    "\n\nIn {district} wäre ein guter Anfang.",
    "\n\nViele Nachbarinnen und Nachbarn in {district} sehen das genauso.",
)


def proposal_text(template: dict, district: str, variant: int) -> tuple[str, str]:
    """Title and body of one copy of a template, worded a little differently per variant."""
    name = DISTRICT_NAMES.get(district, "Kassel")
    title = TITLE_VARIANTS[variant % len(TITLE_VARIANTS)].format(title=template["title"], district=name)
    if len(title) > TITLE_MAX:
        title = template["title"][:TITLE_MAX]
    body = template["body"] + BODY_ENDINGS[variant // len(TITLE_VARIANTS) % len(BODY_ENDINGS)].format(district=name)
    return title, body
