"""After a bulk load, reconcile_counts repairs in set-based statements: one UPDATE per batch, not per proposal."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participation.models import Proposal, Vote
from participation.services import counts
from tests.factories import ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_bulk_load_is_repaired_with_one_update_per_batch(monkeypatch):
    monkeypatch.setattr(counts, "RECONCILE_BATCH", 10)
    proposals = [ProposalFactory() for _ in range(25)]
    voters = [UserFactory() for _ in range(3)]
    # Written in bulk, as a loader does: the stored counts stay at zero.
    Vote.objects.bulk_create(
        Vote(proposal=proposal, voter=voter, value=(index + number) % 3 - 1)
        for number, proposal in enumerate(proposals)
        for index, voter in enumerate(voters)
    )

    with CaptureQueriesContext(connection) as queries:
        differences = counts.counts_reconcile(fix=True, log=False)

    updates = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert len(differences) == 25 * 3  # every proposal: one agree, one disagree, one pass
    assert len(updates) == 3  # 25 proposals in batches of 10
    for proposal in Proposal.objects.all():
        assert (proposal.agree_count, proposal.disagree_count, proposal.pass_count) == (1, 1, 1)
    assert counts.counts_reconcile(fix=True, log=False) == []  # a second run finds nothing
