import pytest

from participation.choices import ProposalStatus
from portal.figures import home_figures, home_figures_refresh
from tests.factories import CommentFactory, ProposalFactory, UserFactory, VoteFactory


@pytest.mark.django_db
def test_figures_are_zero_without_participation():
    assert home_figures() == {"proposals": 0, "comments": 0, "votes": 0, "participants": 0}


@pytest.mark.django_db
def test_figures_count_each_person_once_and_skip_hidden_proposals():
    alice, bob = UserFactory(), UserFactory()
    visible = ProposalFactory(author=alice)
    hidden = ProposalFactory(author=UserFactory(), status=ProposalStatus.HIDDEN)
    CommentFactory(proposal=visible, author=bob)
    VoteFactory(proposal=visible, voter=bob)
    VoteFactory(proposal=hidden, voter=alice)

    assert home_figures_refresh() == {"proposals": 1, "comments": 1, "votes": 1, "participants": 2}


@pytest.mark.django_db
def test_stored_figures_are_served_until_refreshed():
    home_figures_refresh()
    ProposalFactory()

    assert home_figures()["proposals"] == 0
    assert home_figures_refresh()["proposals"] == 1
    assert home_figures()["proposals"] == 1
