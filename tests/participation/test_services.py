import datetime
import uuid
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.utils import timezone

from core.choices import ActionField
from participation.choices import ProposalStatus
from participation.models import Proposal
from participation.services import PhaseClosed, ProposalData, proposal_create, proposal_update, proposal_withdraw
from tests.factories import (
    ConfirmedUserFactory,
    ProposalFactory,
    ProposalPhaseFactory,
    UserFactory,
    VoteFactory,
)

pytestmark = pytest.mark.django_db

DATA = ProposalData(
    title="Sichere Kreuzung am Königsplatz",
    body="Die Fußgängerampel am Königsplatz ist für Kinder und ältere Menschen viel zu kurz grün.",
    action_field=ActionField.MOBILITY,
    district="mitte",
    latitude=Decimal("51.3155"),
    longitude=Decimal("9.4975"),
)


@pytest.fixture
def open_phase():
    return ProposalPhaseFactory()


def test_a_confirmed_citizen_publishes_a_proposal(open_phase):
    author = ConfirmedUserFactory()

    proposal, created = proposal_create(author=author, data=DATA, submission_key=uuid.uuid4())

    assert created
    assert proposal.status == ProposalStatus.PUBLISHED
    assert (proposal.title, proposal.district, proposal.latitude) == (DATA.title, "mitte", Decimal("51.3155"))


def test_the_same_submission_twice_creates_one_proposal(open_phase):
    author, key = ConfirmedUserFactory(), uuid.uuid4()

    first, created_first = proposal_create(author=author, data=DATA, submission_key=key)
    second, created_second = proposal_create(author=author, data=DATA, submission_key=key)

    assert (created_first, created_second) == (True, False)
    assert first.pk == second.pk
    assert Proposal.objects.count() == 1


def test_an_unconfirmed_account_may_not_propose(open_phase):
    with pytest.raises(PermissionDenied, match="E-Mail-Adresse"):
        proposal_create(author=UserFactory(), data=DATA, submission_key=uuid.uuid4())
    assert not Proposal.objects.exists()


def test_no_proposals_outside_a_phase():
    ProposalPhaseFactory(
        starts_at=timezone.now() + datetime.timedelta(days=3), ends_at=timezone.now() + datetime.timedelta(days=9)
    )
    with pytest.raises(PhaseClosed):
        proposal_create(author=ConfirmedUserFactory(), data=DATA, submission_key=uuid.uuid4())


def test_a_phase_of_another_field_does_not_open_this_one():
    ProposalPhaseFactory(action_field=ActionField.WELCOME)
    with pytest.raises(PhaseClosed):
        proposal_create(author=ConfirmedUserFactory(), data=DATA, submission_key=uuid.uuid4())


def test_the_database_refuses_a_place_outside_kassel():
    proposal = ProposalFactory.build(author=UserFactory(), latitude=Decimal("52.52"), longitude=Decimal("13.40"))
    with pytest.raises(IntegrityError):
        proposal.save()


def test_the_author_edits_while_nobody_has_voted(open_phase):
    proposal = ProposalFactory(author=ConfirmedUserFactory())
    changed = ProposalData(**{**DATA.__dict__, "title": "Längere Grünphase am Königsplatz"})

    assert proposal_update(proposal, user=proposal.author, data=changed).title == "Längere Grünphase am Königsplatz"


def test_no_edit_after_the_first_vote():
    proposal = ProposalFactory(agree_count=1)
    VoteFactory(proposal=proposal)

    with pytest.raises(PermissionDenied):
        proposal_update(proposal, user=proposal.author, data=DATA)


def test_others_may_not_edit():
    with pytest.raises(PermissionDenied):
        proposal_update(ProposalFactory(), user=ConfirmedUserFactory(), data=DATA)


def test_the_author_withdraws_and_withdrawing_again_changes_nothing():
    proposal = ProposalFactory()

    assert proposal_withdraw(proposal, user=proposal.author).status == ProposalStatus.WITHDRAWN
    assert proposal_withdraw(proposal, user=proposal.author).status == ProposalStatus.WITHDRAWN


def test_others_may_not_withdraw():
    with pytest.raises(PermissionDenied):
        proposal_withdraw(ProposalFactory(), user=UserFactory())
