import pytest

from portal.figures import HOME_FIGURES_KEY, home_figures
from portal.tasks import home_figures_refresh_task
from tests.conftest import wait_for
from tests.factories import CommentFactory, ProposalFactory, VoteFactory


@pytest.mark.django_db
def test_home_figures_refresh_task_runs_in_process_by_default():
    proposal = ProposalFactory()
    CommentFactory(proposal=proposal)
    VoteFactory(proposal=proposal)

    home_figures_refresh_task.delay()

    assert home_figures() == {"proposals": 1, "comments": 1, "votes": 1, "participants": 3}


@pytest.mark.celery_worker
def test_home_figures_refresh_task_runs_on_a_real_worker(celery_worker):
    from django.core.cache import cache

    proposal = ProposalFactory()
    VoteFactory(proposal=proposal, voter=proposal.author)

    home_figures_refresh_task.delay()

    figures = wait_for(lambda: cache.get(HOME_FIGURES_KEY))
    assert figures == {"proposals": 1, "comments": 0, "votes": 1, "participants": 1}
