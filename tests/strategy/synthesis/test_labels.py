"""Theme and position labels: a short phrase the members share, as they wrote it, never one member's title."""

from strategy.synthesis.labels import label
from strategy.synthesis.pipeline import _automatic
from strategy.synthesis.schema import ProposalIn


def props(*texts):
    return [ProposalIn(id=str(i), action_field="mobility", title=t, body=b) for i, (t, b) in enumerate(texts)]


WEIGHTS = {"radweg": 3.0, "innenstadt": 2.0, "sich": 0.0, "breit": 1.0, "ausbau": 1.0}


def test_the_label_is_the_shared_noun_phrase_with_its_casing():
    members = props(
        ("Radwege in der Innenstadt ausbauen", "Die Radwege in der Innenstadt sind zu schmal."),
        ("Mehr Platz fürs Rad", "Wir brauchen breite Radwege in der Innenstadt, sonst fährt niemand."),
        ("Sicher durch die Stadt", "Radwege in der Innenstadt enden oft im Nichts."),
    )
    assert label(members, ["de"] * 3, WEIGHTS, "de") == "Radwege in der Innenstadt"


def test_a_verb_does_not_end_a_german_label_and_a_title_is_not_copied():
    members = props(
        ("Radwege ausbauen", "Radwege ausbauen!"),
        ("Radwege ausbauen", "Bitte die Radwege ausbauen."),
    )
    text = label(members, ["de"] * 2, WEIGHTS, "de")
    assert text == "Radwege"


def test_a_stance_word_opens_the_label_when_members_write_it():
    members = props(
        ("Keine Videoüberwachung am Platz", "Keine Videoüberwachung, sie verletzt die Privatsphäre."),
        ("Gegen Kameras", "Keine Videoüberwachung im öffentlichen Raum."),
        ("Datenschutz", "Videoüberwachung verdrängt Kriminalität nur."),
    )
    text = label(members, ["de"] * 3, {"videouberwach": 2.0, "kamera": 1.0, "privatsphar": 1.0}, "de")
    assert text == "Keine Videoüberwachung"


def test_without_a_shared_phrase_the_keywords_name_it():
    members = props(("Bänke im Park", "Sitzen."), ("Schatten", "Bäume pflanzen."))
    assert label(members, ["de"] * 2, {"bank": 1.0}, "de", fallback=["Bänke", "Bäume"]) == "Bänke und Bäume"


def test_labels_of_earlier_runs_that_copied_a_title_are_made_anew_but_renames_stay():
    members = props(("Ampel für den Schulweg an der Zentgrafenstraße und mehr", ""), ("Schulweg", ""))
    assert _automatic("Ampel für den Schulweg an der Zentgrafenstraße …", members)
    assert not _automatic("Sichere Schulwege", members)
