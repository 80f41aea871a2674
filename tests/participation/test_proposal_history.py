"""What happened to a proposal, as its author and the public see it (issue 13): "Meine Vorschläge" on the profile
links each proposal with its status, the city's answer and a duplicate's original; the proposal page shows a
short timeline (published, answered, marked as a duplicate, in the strategy)."""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from participation import extensions
from participation.choices import ProposalStatus
from participation.services.moderation import proposal_answer, proposal_hide, proposal_mark_duplicate
from participation.timeline import proposal_timeline
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, ProposalPhaseFactory

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Link:
    label: str
    page_url: str
    anchor: str = ""


@pytest.fixture
def office():
    ProposalPhaseFactory()
    return ProjectOfficeFactory(display_name="Projektbüro Smart City")


def test_my_proposals_link_each_proposal_with_status_answer_and_original(client, office):
    author = ConfirmedUserFactory()
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    answered = ProposalFactory(author=author, title="Mehr Bänke am Auedamm")
    duplicate = ProposalFactory(author=author, title="Trinkbrunnen bitte")
    proposal_answer(answered, moderator=office, status=ProposalStatus.ACCEPTED, answer="Wir stellen zehn Bänke auf.")
    proposal_mark_duplicate(duplicate, moderator=office, original=original)
    client.force_login(author)

    page = client.get(reverse("accounts:profile")).content.decode()

    assert f'href="{answered.get_absolute_url()}">Mehr Bänke am Auedamm</a>' in page
    assert f'href="{duplicate.get_absolute_url()}">Trinkbrunnen bitte</a>' in page
    assert "in die Strategie übernommen" in page or str(ProposalStatus.ACCEPTED.label) in page
    assert "Wir stellen zehn Bänke auf." in page
    assert f'href="{answered.get_absolute_url()}#answer"' in page
    assert f'<a href="{original.get_absolute_url()}">Trinkbrunnen am Königsplatz</a>' in page


def test_my_proposals_keep_a_hidden_originals_title_private(client, office):
    author = ConfirmedUserFactory()
    original = ProposalFactory(title="Geheimer Originaltitel")
    duplicate = ProposalFactory(author=author)
    proposal_mark_duplicate(duplicate, moderator=office, original=original)
    proposal_hide(original, moderator=office, reason="Werbung")
    client.force_login(author)

    page = client.get(reverse("accounts:profile")).content.decode()

    assert "Geheimer Originaltitel" not in page


def test_the_proposal_page_shows_its_history_in_order(client, office, monkeypatch):
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    proposal = ProposalFactory(title="Trinkbrunnen bitte")
    proposal_answer(proposal, moderator=office, status=ProposalStatus.UNDER_REVIEW, answer="Wir prüfen das.")
    proposal_mark_duplicate(proposal, moderator=office, original=original)
    # The strategy fills this registry in its AppConfig; here one theme stands in for a published strategy.
    monkeypatch.setattr(
        extensions, "_proposal_link_providers", [lambda pk: [Link("Wasser in der Stadt", "/strategie/", "thema-1")]]
    )

    kinds = [event.kind for event in proposal_timeline(proposal)]
    assert kinds == ["published", "answered", "duplicate", "strategy"]

    page = client.get(proposal.get_absolute_url()).content.decode()
    timeline = page.split('id="timeline"')[1].split("</section>")[0]
    assert "Veröffentlicht" in timeline
    assert "Die Stadt hat geantwortet" in timeline and 'href="#answer"' in timeline
    assert f'href="{original.get_absolute_url()}">Trinkbrunnen am Königsplatz</a>' in timeline
    assert 'href="/strategie/#thema-1"' in timeline and "Wasser in der Stadt" in timeline


def test_the_history_leaves_out_what_the_public_does_not_see(office):
    proposal = ProposalFactory()
    proposal_hide(proposal, moderator=office, reason="Beleidigung eines Nachbarn")
    events = proposal_timeline(proposal)
    assert [event.kind for event in events] == ["published"]
    assert "Beleidigung" not in str(events)


def test_a_proposal_published_after_review_shows_both_steps(office):
    from participation.services.moderation import proposal_publish

    proposal = ProposalFactory(status=ProposalStatus.SUBMITTED)
    assert [event.kind for event in proposal_timeline(proposal)] == ["submitted"]
    proposal_publish(proposal, moderator=office)
    assert [event.kind for event in proposal_timeline(proposal)] == ["submitted", "published"]


def test_the_history_costs_the_same_queries_however_long_it_is(office, django_assert_max_num_queries):
    proposal = ProposalFactory()
    others = [ProposalFactory() for _ in range(3)]
    for index, original in enumerate(others):
        proposal_answer(proposal, moderator=office, status=ProposalStatus.UNDER_REVIEW, answer=f"Antwort {index}")
        proposal_mark_duplicate(proposal, moderator=office, original=original)
    with django_assert_max_num_queries(3):
        events = proposal_timeline(proposal)
    assert len(events) == 7
