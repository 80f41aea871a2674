"""The "at a glance" and a split theme's positions, from theme values (no database)."""

from strategy.blocks import theme_block_value
from strategy.glance import AGAINST, FOR, MIXED, glance, group_stances, position_views
from tests.strategy.council_fixtures import RING_AGAINST, RING_FOR, split_theme


def _theme(label, consensus, *, score=0.5, people=10, agree=6):
    return {
        "label": label,
        "theme_id": label.lower(),
        "consensus": consensus,
        "support": {"participants": people, "agree": agree, "disagree": 2, "passes": 2, "score": score},
        "groups": [],
        "positions": [],
    }


def test_groups_are_for_against_or_divided_by_the_synthesis_lean():
    stances = group_stances(
        [
            {"group": 2, "votes": 9, "agree": 0.2, "disagree": 0.7},
            {"group": 1, "votes": 12, "agree": 0.9, "disagree": 0.05},
            {"group": 3, "votes": 8, "agree": 0.5, "disagree": 0.4},
        ]
    )

    assert [(s.group, s.stance) for s in stances] == [(1, FOR), (2, AGAINST), (3, MIXED)]


def test_a_split_theme_is_its_positions_and_never_their_sum():
    value = theme_block_value(split_theme(7, 9), titles={})

    positions = position_views(value)
    result = glance([(value, "/mobil/strategie/", "Mobilität")])

    assert [(p.letter, p.label) for p in positions] == [("A", RING_FOR), ("B", RING_AGAINST)]
    assert positions[0].for_groups == (1,) and positions[0].against_groups == (2,)
    assert positions[1].for_groups == (2,) and positions[1].against_groups == (1,)
    assert (positions[0].figures.people, positions[0].figures.votes) == (180, 180)
    question = result.open_questions[0]
    assert question.figures is None  # the theme's 302 people and 1100 votes add up opposite demands
    assert question.url == "/mobil/strategie/#theme-ecosystem-ring"


def test_a_theme_that_is_not_split_is_one_position_with_its_own_figures():
    (position,) = position_views(_theme("Trinkbrunnen", "consensus", people=48, agree=40))

    assert position.figures.people == 48 and position.figures.votes == 44
    assert position.figures.agree_percent == 91


def test_the_glance_lists_the_strongest_agreement_open_questions_and_little_support():
    themes = [
        *[_theme(f"Einig {n}", "consensus", score=n / 10) for n in range(5)],
        _theme("Streit klein", "divisive", people=5),
        _theme("Streit groß", "divisive", people=50),
        _theme("Kaum gewollt", "low_support", agree=1),
    ]

    result = glance((value, "", "") for value in themes)

    assert [t.label for t in result.consensus] == ["Einig 4", "Einig 3", "Einig 2"]
    assert result.more_consensus == 2
    assert [t.label for t in result.open_questions] == ["Streit groß", "Streit klein"]
    assert [t.label for t in result.low_support] == ["Kaum gewollt"]
    assert result.consensus[0].url == "#theme-einig-4"
    assert not glance([])
