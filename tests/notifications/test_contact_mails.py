"""#16 item 1: people who took part at an event without an account hear what became of their proposal — only with
the address and consent recorded on it, and one click stops it."""

import datetime
import re

import pytest
from django.core import mail

from participation.choices import Channel
from participation.models import InputEvent
from participation.services import proposal_answer
from participation.services.channels import event_proposals_create
from tests.factories import ProjectOfficeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    return ProjectOfficeFactory()


def _entered(office, **row):
    event = InputEvent.objects.create(
        name="Denklabor Oberzwehren", kind=Channel.DENKLABOR, date=datetime.date(2025, 2, 20), created_by=office
    )
    data = {"title": "Bänke am Marktplatz", "body": "Mehr Bänke am Marktplatz.", "action_field": "welcome", **row}
    (proposal,) = event_proposals_create(event, by=office, rows=[(2, data)])
    return proposal


def test_the_participant_hears_of_the_official_answer_and_can_stop_it(
    client, office, django_capture_on_commit_callbacks
):
    proposal = _entered(office, contributor_name="Anna", contact_email="anna@example.org", consent=True)

    with django_capture_on_commit_callbacks(execute=True):
        proposal_answer(proposal, moderator=office, status="under_review", answer="Wir prüfen das.")

    (message,) = mail.outbox
    assert message.to == ["anna@example.org"]
    assert "Anna" in message.body and "Bänke am Marktplatz" in message.subject
    link = re.search(r"https?://\S+/abbestellen-kontakt/\S+/", message.body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert client.post(path).status_code == 200
    proposal.refresh_from_db()
    assert proposal.contact_email == "" and proposal.contact_consent_at is None

    with django_capture_on_commit_callbacks(execute=True):
        proposal_answer(proposal, moderator=office, status="accepted", answer="Wird umgesetzt.")
    assert len(mail.outbox) == 1  # nothing after the click


def test_without_an_address_nobody_is_written_to(office, django_capture_on_commit_callbacks):
    proposal = _entered(office)

    with django_capture_on_commit_callbacks(execute=True):
        proposal_answer(proposal, moderator=office, status="under_review", answer="Wir prüfen das.")

    assert mail.outbox == []


def test_a_forged_link_is_refused(client):
    assert client.post("/konto/benachrichtigungen/abbestellen-kontakt/forged/").status_code == 404
