"""Votes under concurrency, on real PostgreSQL: nothing lost, nothing counted twice."""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from participation.models import Proposal, Vote
from participation.services import counts_reconcile, vote_cast, vote_withdraw
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory

ON_POSTGRES = connection.vendor == "postgresql"
# Skipped before any fixture runs: a transactional test that skips would still flush the test database
# and take the page tree from the browser tests. With REQUIRE_SERVICES=1 the fixture fails instead.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not ON_POSTGRES and os.environ.get("REQUIRE_SERVICES") != "1", reason="PostgreSQL (set DATABASE_URL)"
    ),
]


def fire(calls, *, workers: int) -> list[Exception]:
    """Run the calls in threads that start together; each thread uses its own database connection."""
    barrier = threading.Barrier(min(workers, len(calls)))
    errors: list[Exception] = []

    def run(call):
        try:
            barrier.wait(timeout=30)
            call()
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(run, calls))
    return errors


@pytest.fixture
def proposal():
    if not ON_POSTGRES:
        from tests.conftest import require_service

        require_service(False, "PostgreSQL (set DATABASE_URL)")
    ProposalPhaseFactory()
    return ProposalFactory(author=ConfirmedUserFactory())


def test_fifty_identical_votes_from_one_person_make_one_row(proposal):
    voter = ConfirmedUserFactory()

    errors = fire([lambda: vote_cast(proposal, voter=voter, value=Vote.Value.AGREE)] * 50, workers=50)

    assert errors == []
    assert Vote.objects.filter(proposal=proposal).count() == 1
    proposal.refresh_from_db()
    assert (proposal.agree_count, proposal.disagree_count, proposal.pass_count) == (1, 0, 0)


def test_two_hundred_concurrent_voters_are_all_counted(proposal):
    voters = [ConfirmedUserFactory() for _ in range(200)]
    values = [Vote.Value.AGREE, Vote.Value.DISAGREE, Vote.Value.PASS, Vote.Value.AGREE]

    def voting(index):
        return lambda: vote_cast(proposal, voter=voters[index], value=values[index % 4])

    errors = fire([voting(index) for index in range(200)], workers=40)

    assert errors == []
    proposal = Proposal.objects.get(pk=proposal.pk)
    rows = Vote.objects.filter(proposal=proposal)
    assert rows.count() == 200
    assert proposal.agree_count == rows.filter(value=1).count() == 100
    assert proposal.disagree_count == rows.filter(value=-1).count() == 50
    assert proposal.pass_count == rows.filter(value=0).count() == 50
    assert counts_reconcile(fix=False) == []


def test_concurrent_changes_of_one_vote_leave_counts_equal_to_rows(proposal):
    voter = ConfirmedUserFactory()
    values = [Vote.Value.AGREE, Vote.Value.DISAGREE, Vote.Value.PASS] * 10

    errors = fire([lambda value=value: vote_cast(proposal, voter=voter, value=value) for value in values], workers=30)

    assert errors == []
    proposal.refresh_from_db()
    assert proposal.agree_count + proposal.disagree_count + proposal.pass_count == 1
    assert counts_reconcile(fix=False) == []


def test_repair_while_people_vote_never_writes_a_stale_count():
    """#17: the nightly repair, run while people vote, must not overwrite a count a concurrent vote has moved."""
    if not ON_POSTGRES:
        from tests.conftest import require_service

        require_service(False, "PostgreSQL (set DATABASE_URL)")
    ProposalPhaseFactory()
    proposals = [ProposalFactory(author=ConfirmedUserFactory()) for _ in range(10)]
    voters = [ConfirmedUserFactory() for _ in range(60)]
    values = [Vote.Value.AGREE, Vote.Value.DISAGREE, Vote.Value.PASS]
    stop = threading.Event()

    def repairing():
        while not stop.is_set():
            counts_reconcile(fix=True, log=False)

    def voting(index):
        voter = voters[index]

        def run():
            for number, proposal in enumerate(proposals):
                vote_cast(proposal, voter=voter, value=values[(index + number) % 3])

        return run

    repairer = threading.Thread(target=lambda: (repairing(), connections.close_all()))
    repairer.start()
    try:
        errors = fire([voting(index) for index in range(60)], workers=12)
    finally:
        stop.set()
        repairer.join(timeout=120)

    assert errors == []
    assert counts_reconcile(fix=False) == [], "a repair wrote a count that a concurrent vote had moved"
    for proposal in Proposal.objects.filter(pk__in=[p.pk for p in proposals]):
        assert proposal.agree_count + proposal.disagree_count + proposal.pass_count == 60


def test_one_person_casting_changing_and_withdrawing_at_once_leaves_counts_equal_to_rows(proposal):
    """#17: the one-statement write and withdrawal lock proposal, then vote, in the same order (no deadlock)."""
    voters = [ConfirmedUserFactory() for _ in range(3)]
    calls = []
    for voter in voters:
        for value in [Vote.Value.AGREE, Vote.Value.DISAGREE, Vote.Value.PASS] * 4:
            calls.append(lambda voter=voter, value=value: vote_cast(proposal, voter=voter, value=value))
            calls.append(lambda voter=voter: vote_withdraw(proposal, voter=voter))

    errors = fire(calls, workers=24)

    assert errors == []
    assert counts_reconcile(fix=False) == []
    proposal.refresh_from_db()
    assert proposal.vote_count == Vote.objects.filter(proposal=proposal).count() <= 3
