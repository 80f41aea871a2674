"""The demo content as written in demo/data/*.yaml: plain data, read once, without Django.

Scripts such as bench/synthesis/demo_quality.py read the texts from here without a database; demo/loader.py
writes them into one.
"""

from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def _read(name: str):
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def pages() -> dict:
    """The page tree: home, action_fields, content_pages, strategy_overview, statistics."""
    return _read("pages")


def citizens() -> list[str]:
    """The 320 demo citizens' display names; proposals name their author by index."""
    return _read("citizens")


def proposals() -> list[dict]:
    """The 150 demo proposals, each with a stable key and its gold theme."""
    return _read("proposals")


def comment_texts() -> dict[str, list[str]]:
    """Comment texts per action field, and under "any" those that fit every proposal."""
    return _read("comments")


def vote_patterns() -> dict[str, dict]:
    """Per pattern, the share of citizens who vote and the opinion groups' (agree, disagree, pass) weights."""
    return _read("votes")["patterns"]


def opinion_patterns() -> dict[str, str]:
    """Each theme's vote pattern; themes not listed and one-off ideas follow "one_off"."""
    return _read("votes")["themes"]
