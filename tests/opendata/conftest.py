"""Fixtures of the open data tests: the strategy tests' page tree and model-free embedder, for the theme files."""

import pytest

from strategy.services.runs import synthesis_request
from tests.strategy.conftest import hash_embedder, pages
from tests.strategy.synthesis_fixtures import FIELD, make_input

__all__ = ["hash_embedder", "pages"]


@pytest.fixture
def draft(django_capture_on_commit_callbacks):
    """A synthesis draft of the test field, not yet published."""
    make_input()
    with django_capture_on_commit_callbacks(execute=True):
        run = synthesis_request(FIELD)
    run.refresh_from_db()
    return run


@pytest.fixture
def published(draft, django_capture_on_commit_callbacks):
    """That draft, published."""
    with django_capture_on_commit_callbacks(execute=True):
        draft.revision.publish()
