"""Comparing two versions of a strategy body: by theme id, else by label."""

from strategy.blocks import StrategyBodyBlock
from strategy.versions import body_sections, compare_bodies
from tests.strategy.strategy_pages_fixtures import theme


def body(*blocks):
    return StrategyBodyBlock().to_python(list(blocks))


def test_themes_are_matched_by_id_even_when_renamed():
    old = body(theme("Trinkbrunnen", theme_id="t1", participants=10, agree=5, disagree=5, passes=0), theme("Alt"))
    new = body(
        theme("Trinkbrunnen in der Innenstadt", theme_id="t1", participants=14, agree=9, disagree=1, passes=0),
        theme("Neu"),
    )

    comparison = compare_bodies(old, new)

    assert [t["label"] for t in comparison.added] == ["Neu"]
    assert [t["label"] for t in comparison.dropped] == ["Alt"]
    (change,) = comparison.kept
    assert change.old_label == "Trinkbrunnen" and change.label == "Trinkbrunnen in der Innenstadt"
    assert change.participants_delta == 4 and change.agree_delta_points == 40.0
    assert comparison.changed == [change]


def test_themes_without_id_are_matched_by_label_and_unchanged_ones_are_not_changes():
    relabelled = compare_bodies(body(theme("Bänke")), body(theme(" bänke ")))
    same = compare_bodies(body(theme("Bänke")), body(theme("Bänke")))

    assert not relabelled.added and not relabelled.dropped and len(relabelled.kept) == 1
    assert len(same.kept) == 1 and same.changed == []


def test_divisive_themes_become_open_questions_in_order():
    sections = body_sections(
        body(
            {"type": "heading", "value": "Einleitung"},
            theme("A"),
            theme("B", consensus="divisive"),
            theme("C", consensus="low_support"),
        )
    )

    assert [b.value for b in sections.lead] == ["Einleitung"]
    assert [b.value["label"] for b in sections.themes] == ["A", "C"]
    assert [b.value["label"] for b in sections.open_questions] == ["B"]
