import pytest

from demo.loader import demo_comments_load, demo_proposals_load, demo_votes_load
from participation.services import counts_reconcile

pytestmark = pytest.mark.django_db


def test_demo_content_brings_discussion_and_votes_once():
    assert demo_proposals_load() == 150
    comments, votes = demo_comments_load(), demo_votes_load()
    assert comments > 100
    assert votes > 5000
    assert (demo_proposals_load(), demo_comments_load(), demo_votes_load()) == (0, 0, 0)

    assert counts_reconcile(fix=False) == []
