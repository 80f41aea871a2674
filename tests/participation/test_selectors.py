import pytest

from core.choices import ActionField
from participation.choices import ProposalStatus
from participation.selectors import proposal_list, proposal_map_points, similar_proposals
from tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db


def titles(queryset) -> list[str]:
    return [proposal.title for proposal in queryset]


def test_lists_show_only_public_proposals_and_filter_them():
    ProposalFactory(title="Radweg Wilhelmshöher Allee", action_field=ActionField.MOBILITY, district="wehlheiden")
    ProposalFactory(title="Bäume gießen mit Sensoren", action_field=ActionField.ECOSYSTEM, district="mitte")
    ProposalFactory(title="Versteckt", status=ProposalStatus.HIDDEN)
    ProposalFactory(title="Zurückgezogen", status=ProposalStatus.WITHDRAWN)

    assert set(titles(proposal_list())) == {"Radweg Wilhelmshöher Allee", "Bäume gießen mit Sensoren"}
    assert titles(proposal_list(action_field=ActionField.MOBILITY)) == ["Radweg Wilhelmshöher Allee"]
    assert titles(proposal_list(district="mitte")) == ["Bäume gießen mit Sensoren"]


def test_sorting_by_votes_and_comments():
    ProposalFactory(title="wenig", agree_count=1, comment_count=9)
    ProposalFactory(title="viel", agree_count=7, comment_count=0)

    assert titles(proposal_list(sort="votes")) == ["viel", "wenig"]
    assert titles(proposal_list(sort="comments")) == ["wenig", "viel"]


def test_random_order_is_stable_per_seed_and_differs_between_seeds():
    for number in range(30):
        ProposalFactory(title=f"Idee {number}")

    first = titles(proposal_list(sort="random", seed=11))
    assert first == titles(proposal_list(sort="random", seed=11))
    assert first != titles(proposal_list(sort="random", seed=4242))
    assert sorted(first) == sorted(titles(proposal_list()))


def test_search_finds_words_in_title_and_text():
    ProposalFactory(title="Trinkbrunnen am Königsplatz", body="Im Sommer braucht die Innenstadt Wasser für alle.")
    ProposalFactory(title="Mehr Bänke", body="Sitzgelegenheiten in der Karlsaue.")

    assert titles(proposal_list(query="Trinkbrunnen")) == ["Trinkbrunnen am Königsplatz"]
    assert titles(proposal_list(query="Karlsaue")) == ["Mehr Bänke"]


def test_search_uses_german_stemming_on_every_database():
    ProposalFactory(title="Neue Radwege", body="Sichere Wege für Kinder auf dem Weg zur Schule.")

    assert titles(proposal_list(query="Radweg")) == ["Neue Radwege"]
    assert titles(proposal_list(query="Schulen")) == ["Neue Radwege"]


def test_map_points_carry_no_personal_data():
    ProposalFactory(title="Hier", latitude="51.3155", longitude="9.4975")
    ProposalFactory(title="Ohne Ort")

    points = proposal_map_points(proposal_list())

    assert len(points) == 1
    assert set(points[0]) == {"id", "title", "lat", "lon", "field"}
    assert points[0]["lat"] == pytest.approx(51.3155)


def test_similar_proposals_find_the_same_idea_in_other_words():
    same = ProposalFactory(
        title="Längere Grünphase an der Fußgängerampel Königsplatz",
        body="Ältere Menschen schaffen es nicht über die Straße.",
        action_field=ActionField.MOBILITY,
    )
    ProposalFactory(title="Solardächer auf Schulen", body="Mehr Photovoltaik.", action_field=ActionField.MOBILITY)
    ProposalFactory(title="Fußgängerampel Königsplatz zu kurz", action_field=ActionField.WELCOME)

    found = similar_proposals(
        action_field=ActionField.MOBILITY, text="Fußgängerampeln am Königsplatz: Grünphasen zu kurz"
    )

    assert found == [same]


def test_similar_proposals_need_some_text():
    ProposalFactory(action_field=ActionField.MOBILITY)
    assert similar_proposals(action_field=ActionField.MOBILITY, text="ab") == []
