"""What participation contributes to a person's data export and deletion (issue 14, F6: reports)."""

import pytest

from accounts import services
from participation.models import Report
from tests.factories import CommentFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_persons_reports_readably_and_nobody_elses():
    anna, bernd = UserFactory(), UserFactory()
    proposal = ProposalFactory(author=bernd, title="Parkplätze statt Bäume")
    comment = CommentFactory(proposal=proposal, author=bernd)
    Report.objects.create(reporter=anna, proposal=proposal, reason=Report.Reason.OFF_TOPIC, text="Passt nicht.")
    Report.objects.create(reporter=anna, comment=comment, reason=Report.Reason.INSULT)
    Report.objects.create(reporter=bernd, comment=comment, reason=Report.Reason.SPAM, text="Bernds Meldung")

    reports = services.user_data_export(anna)["reports"]

    # Labels in words, German first (issue 13: labels, not codes).
    assert [(r["reported"], r["reason"]) for r in reports] == [
        ("Vorschlag", "Thema verfehlt"),
        ("Kommentar", "Beleidigung oder Diskriminierung"),
    ]
    assert reports[0]["text"] == "Passt nicht."
    assert reports[0]["proposal_id"] == proposal.pk and reports[0]["proposal_title"] == "Parkplätze statt Bäume"
    assert reports[1]["comment_id"] == comment.pk and reports[1]["proposal_id"] == proposal.pk
    assert {"created", "resolved_at"} <= reports[0].keys()
    assert "Bernds Meldung" not in str(reports) and "reporter_id" not in reports[0]
