import pytest

from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory


@pytest.fixture
def proposal():
    """A published proposal while a phase is open (modules may define their own)."""
    ProposalPhaseFactory()
    return ProposalFactory()


@pytest.fixture
def citizen(client):
    """A confirmed citizen, logged in on the test client."""
    user = ConfirmedUserFactory()
    client.force_login(user)
    return user
