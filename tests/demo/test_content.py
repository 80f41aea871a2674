"""The data files say what the loader and the synthesis benchmark expect of them; no database needed."""

from core.choices import ActionField, District
from demo import content


def test_citizens_are_320_unique_names_of_fitting_length():
    names = content.citizens()

    assert len(names) == 320
    assert len({name.casefold() for name in names}) == 320
    assert all(3 <= len(name) <= 40 for name in names)


def test_proposals_have_stable_keys_known_fields_and_places_in_kassel():
    proposals = content.proposals()

    assert len(proposals) == 150
    assert len({p["key"] for p in proposals}) == 150
    for p in proposals:
        assert p["action_field"] in ActionField.values, p["key"]
        assert p["district"] in ["", *District.values], p["key"]
        assert 0 <= p["author"] < len(content.citizens()), p["key"]
        assert (p["lat"] is None) == (p["lon"] is None), p["key"]
        if p["lat"] is not None:
            assert 51.26 <= p["lat"] <= 51.36 and 9.38 <= p["lon"] <= 9.56, p["key"]


def test_every_theme_follows_a_known_vote_pattern_and_every_field_has_comments():
    patterns = content.vote_patterns()

    assert set(content.opinion_patterns().values()) <= set(patterns) - {"one_off"}
    assert {"one_off", "consensus", "divisive", "low_support"} <= set(patterns)
    themes = {p["theme"] for p in content.proposals()} - {""}
    assert themes == set(content.opinion_patterns())
    assert set(content.comment_texts()) == {*ActionField.values, "any"}


def test_pages_cover_the_five_action_fields_once():
    pages = content.pages()

    assert [field["action_field"] for field in pages["action_fields"]] == ActionField.values
    assert [field["title"] for field in pages["action_fields"]] == ActionField.labels
