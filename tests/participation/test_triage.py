"""#16 item 4: triage hints — flags with a reason in the office's queue, never actions; the decision is logged."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from participation import triage
from participation.models import Proposal, TriageFlag
from participation.services import comment_create, proposal_hide, proposal_mark_duplicate
from participation.services.triage import proposal_triage
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, ProposalPhaseFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Rufen Sie mich an: 0561 7889 123, dann erkläre ich es", triage.Reason.PERSONAL_DATA),
        ("Schreiben Sie an max.mustermann@example.org", triage.Reason.PERSONAL_DATA),
        ("Der Wagen KS-AB 1234 parkt jeden Tag auf dem Gehweg", triage.Reason.PERSONAL_DATA),
        ("BESTES CASINO http://a.example http://b.example JETZT GEWINNEN", triage.Reason.SPAM),
    ],
)
def test_text_hints_find_personal_data_and_spam(text, reason):
    assert reason in [hint.reason for hint in triage.text_hints(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mehr Trinkbrunnen in der Innenstadt, damit an heißen Tagen alle Wasser finden.",
        "Die Tramlinie 4 soll öfter fahren, siehe https://www.kvg.de/fahrplan",
        "Tempo 30 vor der Schule in der Friedrich-Ebert-Straße 12, bitte bis 2026",
        "Das Amt für Straßenverkehr (Telefonzentrale) sollte länger offen sein",
    ],
)
def test_ordinary_proposals_are_not_flagged(text):
    assert triage.text_hints(text) == []


def test_a_new_proposal_with_a_phone_number_is_flagged_not_hidden(client):
    ProposalPhaseFactory()
    proposal = ProposalFactory(title="Parkplatz", body="Rufen Sie mich an: 0561 7889 123")

    flags = proposal_triage(proposal)

    assert [flag.reason for flag in flags] == [TriageFlag.Reason.PERSONAL_DATA]
    assert "0561" not in flags[0].detail  # staff see that a number is there, the queue does not copy it
    assert Proposal.objects.get(pk=proposal.pk).is_visible


def test_a_close_copy_of_an_earlier_proposal_is_flagged_as_likely_duplicate():
    original = ProposalFactory(
        title="Trinkbrunnen am Königsplatz", body="Ein Trinkbrunnen am Königsplatz für heiße Tage."
    )
    copy = ProposalFactory(
        title="Trinkbrunnen am Königsplatz", body="Bitte einen Trinkbrunnen am Königsplatz aufstellen."
    )

    flags = proposal_triage(copy)

    assert [(f.reason, f.similar_to_id) for f in flags] == [(TriageFlag.Reason.DUPLICATE, original.pk)]


def test_comments_are_flagged_too():
    ProposalPhaseFactory()
    proposal = ProposalFactory()
    comment, _created = comment_create(
        proposal, author=ConfirmedUserFactory(), body="Meine Nummer: 0170 1234567", submission_key=None
    )
    assert TriageFlag.objects.get(comment=comment).reason == TriageFlag.Reason.PERSONAL_DATA


def test_the_queue_lists_flags_and_dismissing_is_logged(client):
    office = ProjectOfficeFactory()
    proposal = ProposalFactory(title="Anruf erbeten", body="Bitte melden unter 0561 7889 123")
    proposal_triage(proposal)
    admin_login(client, office)

    page = client.get(reverse("participation_todo")).content.decode()
    assert "Anruf erbeten" in page
    dismiss = reverse("participation_triage_dismiss", args=["proposal", proposal.pk])
    assert dismiss in page

    client.post(dismiss)

    assert TriageFlag.objects.get().settled_at is not None
    assert "Anruf erbeten" not in client.get(reverse("participation_todo")).content.decode()
    entry = ModelLogEntry.objects.get(action="participation.triage_settle")
    assert entry.user_id == office.pk and entry.data["acted"] is False


def test_hiding_or_marking_a_duplicate_settles_the_hints():
    office = ProjectOfficeFactory()
    spam, copy = ProposalFactory(), ProposalFactory()
    original = ProposalFactory()
    TriageFlag.objects.create(proposal=spam, reason=TriageFlag.Reason.SPAM)
    TriageFlag.objects.create(proposal=copy, reason=TriageFlag.Reason.DUPLICATE, similar_to=original)

    proposal_hide(spam, moderator=office, reason="Werbung")
    proposal_mark_duplicate(copy, moderator=office, original=original)

    assert not TriageFlag.objects.filter(settled_at=None).exists()


def test_only_the_project_office_may_dismiss(client):
    proposal = ProposalFactory()
    TriageFlag.objects.create(proposal=proposal, reason=TriageFlag.Reason.SPAM)
    client.force_login(ConfirmedUserFactory())

    response = client.post(reverse("participation_triage_dismiss", args=["proposal", proposal.pk]))

    assert response.status_code in {302, 403}
    assert TriageFlag.objects.get().settled_at is None
