"""Deleting an account keeps the person's reports for the project office, anonymised; the data export is complete
and readable: the person's reports, labels instead of codes, no internal flags (issue 13)."""

import json

import pytest
from django.test import override_settings
from django.urls import reverse

from accounts import services
from accounts.invitations import invitation_accept, invitation_create
from core.roles import COUNCIL_GROUP
from participation.models import Report, Vote
from participation.services.reports import report_create
from tests.factories import (
    CommentFactory,
    ConfirmedUserFactory,
    ProposalFactory,
    StaffUserFactory,
    VoteFactory,
)
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

PASSWORD = "ein-sicheres-passwort"  # UserFactory's


def test_deleting_an_account_keeps_its_open_reports_in_the_queue_anonymised(client):
    reporter = ConfirmedUserFactory()
    proposal = ProposalFactory(title="Werbung für ein Autohaus")
    comment = CommentFactory(proposal=proposal, body="Kauft bei uns!")
    report_create(reporter=reporter, target=proposal, reason=Report.Reason.SPAM)
    report_create(reporter=reporter, target=comment, reason=Report.Reason.OTHER, text="Reine Werbung")

    services.account_delete(reporter, password=PASSWORD)

    reports = Report.objects.order_by("pk")
    assert [(r.reporter_id, r.reason, r.resolved_at) for r in reports] == [
        (None, Report.Reason.SPAM, None),
        (None, Report.Reason.OTHER, None),
    ]
    assert reports[1].text == "Reine Werbung"
    # The project office still finds them in its queue.
    office = StaffUserFactory(group="Projektbüro")
    admin_login(client, office)
    listing = client.get(reverse("meldungen:index")).content.decode()
    assert "Werbung für ein Autohaus" in listing


@override_settings(PARTICIPATION_REPORTS_TO_HIDE=2)
def test_anonymised_reports_still_count_as_different_people():
    proposal = ProposalFactory()
    first, second = ConfirmedUserFactory(), ConfirmedUserFactory()
    report_create(reporter=first, target=proposal, reason=Report.Reason.SPAM)
    services.account_delete(first, password=PASSWORD)
    report_create(reporter=second, target=proposal, reason=Report.Reason.SPAM)
    services.account_delete(second, password=PASSWORD)
    third = ConfirmedUserFactory()
    report_create(reporter=third, target=ProposalFactory(), reason=Report.Reason.SPAM)
    proposal.refresh_from_db()
    assert proposal.hidden_by_reports
    # Two anonymised reports of the same item do not collide with the one-report-per-person rule.
    assert Report.objects.filter(proposal=proposal, reporter=None).count() == 2


def test_the_export_is_readable_and_holds_no_internal_flags(client):
    anna = ConfirmedUserFactory(display_name="Anna K.", district="mitte")
    bernd = ConfirmedUserFactory(display_name="Bernd")
    own = ProposalFactory(author=anna, title="Mehr Bänke am Auedamm", action_field="mobility")
    foreign = ProposalFactory(author=bernd)
    VoteFactory(proposal=foreign, voter=anna, value=Vote.Value.AGREE)
    VoteFactory(proposal=own, voter=anna, value=Vote.Value.PASS)
    CommentFactory(proposal=foreign, author=anna, body="Annas Kommentar", hidden=True)
    Report.objects.create(reporter=anna, proposal=foreign, reason=Report.Reason.PERSONAL_DATA)
    client.force_login(anna)

    data = json.loads(client.post(reverse("accounts:data_export")).content)

    assert [vote["value"] for vote in data["votes"]] == ["dafür", "enthalten"]
    proposal = data["proposals"][0]
    assert proposal["status"] == "veröffentlicht"
    assert proposal["action_field"] not in ("mobility", "")
    assert data["account"]["district"] == "Mitte" and data["account"]["language"] == "Deutsch"
    assert data["comments"][0]["status"] == "vom Projektbüro ausgeblendet"
    assert data["reports"][0]["reason"] == "personenbezogene Daten anderer"
    assert data["reports"][0]["proposal_title"] == foreign.title
    text = json.dumps(data, ensure_ascii=False)
    for internal in ("hidden_by_reports", "submission_key", "is_staff", "answered_by", "by_staff", "reporter"):
        assert internal not in text, internal
    assert "Bernd" not in text


def test_an_invited_staff_member_sees_the_role_in_the_export(django_capture_on_commit_callbacks):
    superuser = StaffUserFactory(is_superuser=True)
    invitation = invitation_create(email="rat@example.org", role=COUNCIL_GROUP, invited_by=superuser)
    user = invitation_accept(invitation, display_name="Rita Rat", password="Kassel-Rathaus-2026")

    data = services.user_data_export(user)

    assert data["account"]["roles"] == [COUNCIL_GROUP]
    assert [i["role"] for i in data["invitations"]] == [COUNCIL_GROUP]
    assert superuser.display_name not in str(data)
