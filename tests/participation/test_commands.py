from io import StringIO

import pytest
from django.core.management import call_command

from participation.models import Proposal
from participation.tasks import counts_reconcile_task
from tests.factories import ProposalFactory, VoteFactory

pytestmark = pytest.mark.django_db


def test_reconcile_counts_reports_and_repairs():
    proposal = ProposalFactory()
    VoteFactory(proposal=proposal)  # written past the service: the stored count is now behind

    out = StringIO()
    call_command("reconcile_counts", "--dry-run", stdout=out)
    assert f"proposal {proposal.pk}: agree_count stored 0, counted 1" in out.getvalue()
    assert "1 differences found." in out.getvalue()

    call_command("reconcile_counts", stdout=StringIO())
    assert Proposal.objects.get(pk=proposal.pk).agree_count == 1
    out = StringIO()
    call_command("reconcile_counts", stdout=out)
    assert "0 differences repaired." in out.getvalue()


def test_nightly_task_repairs_and_a_second_run_finds_nothing():
    VoteFactory()

    assert counts_reconcile_task.delay().get() == 1
    assert counts_reconcile_task.delay().get() == 0
