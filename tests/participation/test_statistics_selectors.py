"""Participation statistics for the strategy app: only public input counts; the queries are a fixed number."""

import datetime

import pytest
from django.utils import timezone

from participation.choices import ProposalStatus
from participation.models import Proposal
from participation.selectors import (
    districts_reached,
    participation_per_action_field,
    participation_per_district,
    participation_per_week,
)
from tests.factories import CommentFactory, ProposalFactory, VoteFactory

pytestmark = pytest.mark.django_db


def make(count: int) -> None:
    for number in range(count):
        proposal = ProposalFactory(action_field="mobility", district="wesertor" if number % 2 else "mitte")
        CommentFactory(proposal=proposal)
        VoteFactory(proposal=proposal)


def test_hidden_input_does_not_count():
    hidden = ProposalFactory(status=ProposalStatus.HIDDEN, district="waldau", action_field="citizen")
    CommentFactory(proposal=hidden)
    VoteFactory(proposal=hidden)
    make(2)

    fields = {row.key: row for row in participation_per_action_field()}
    assert fields["mobility"].proposals == 2 and fields["mobility"].votes == 2
    assert fields["citizen"].proposals == fields["citizen"].comments == fields["citizen"].votes == 0
    districts = {row.key: row.proposals for row in participation_per_district()}
    assert districts["waldau"] == 0 and districts["mitte"] == districts["wesertor"] == 1
    assert len(districts) == 23
    assert districts_reached() == 2
    assert sum(week.proposals for week in participation_per_week()) == 2


def test_weeks_run_from_the_first_to_the_last_without_gaps():
    make(1)
    old = ProposalFactory()
    Proposal.objects.filter(pk=old.pk).update(created=timezone.now() - datetime.timedelta(weeks=5))

    weeks = participation_per_week()

    assert len(weeks) == 6
    assert [w.proposals for w in weeks] == [1, 0, 0, 0, 0, 1]
    dates = [datetime.date.fromisoformat(w.key) for w in weeks]
    assert all(d.weekday() == 0 for d in dates) and dates == sorted(dates)


@pytest.mark.parametrize(
    ("selector", "queries"),
    [(participation_per_week, 3), (participation_per_action_field, 3), (participation_per_district, 3)],
)
def test_the_queries_do_not_grow_with_participation(selector, queries, django_assert_num_queries):
    make(2)
    with django_assert_num_queries(queries):
        selector()
    make(10)
    with django_assert_num_queries(queries):
        selector()
    with django_assert_num_queries(1):
        districts_reached()
