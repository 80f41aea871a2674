"""The participation panel on the Wagtail admin's home page."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.choices import ActionField
from core.roles import COUNCIL_GROUP, MODERATOR_GROUP
from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Report, Vote
from strategy.models import SynthesisRun
from tests.factories import CommentFactory, ConfirmedUserFactory, ProposalFactory, StaffUserFactory, VoteFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db


def panel(response) -> str:
    html = response.content.decode()
    match = re.search(r'id="participation-overview-section".*?</table>', html, re.DOTALL)
    assert match, "the panel is missing"
    return match.group(0)


def row(html: str, label: str) -> list[str]:
    cells = re.search(rf"<th scope=\"row\">{re.escape(label)}</th>(.*?)</tr>", html, re.DOTALL).group(1)
    return [cell.strip() for cell in re.findall(r"<td>(.*?)</td>", cells, re.DOTALL)]


def make_activity(field=ActionField.MOBILITY):
    """One of each kind of item, in one action field."""
    proposal = ProposalFactory(action_field=field)
    ProposalFactory(action_field=field, status=ProposalStatus.SUBMITTED)
    ProposalFactory(action_field=field, hidden_by_reports=True)
    CommentFactory(proposal=proposal)
    hidden = CommentFactory(proposal=proposal, hidden=True, hidden_by_reports=True)
    VoteFactory(proposal=proposal)
    Report.objects.create(reporter=ConfirmedUserFactory(), comment=hidden, reason=Report.Reason.INSULT)
    Report.objects.create(reporter=ConfirmedUserFactory(), comment=hidden, reason=Report.Reason.SPAM)


def test_panel_counts_what_waits_and_the_weeks_activity(client):
    make_activity()
    # Older than the window: counted as waiting, not as new.
    old = ProposalFactory(action_field=ActionField.WELCOME, status=ProposalStatus.SUBMITTED)
    Proposal.objects.filter(pk=old.pk).update(created=timezone.now() - datetime.timedelta(days=8))
    finished = timezone.now() - datetime.timedelta(days=2)
    SynthesisRun.objects.create(
        action_field=ActionField.MOBILITY, status=SynthesisRun.Status.DONE, finished_at=finished
    )
    SynthesisRun.objects.create(action_field=ActionField.WELCOME, status=SynthesisRun.Status.FAILED)
    admin_login(client, StaffUserFactory(group=MODERATOR_GROUP))

    html = panel(client.get("/admin/"))

    assert "<caption>" in html and '<th scope="col">' in html
    mobility = row(html, "Smart Safe Mobility")
    assert mobility[:3] == ["3", "2", "1"]  # proposals, comments, votes this week
    assert mobility[3] != "—"
    assert row(html, "Smart Welcome City") == ["0", "0", "0", "—"]
    assert re.search(r">\s*2 proposals? wait", html) or re.search(r">\s*2 Vorschläge", html)
    assert 'href="/admin/vorschlaege/?status=submitted"' in html
    assert 'href="/admin/meldungen/?open=true"' in html


def test_council_sees_the_figures_but_no_report_queue_link(client):
    make_activity()
    admin_login(client, StaffUserFactory(group=COUNCIL_GROUP))

    html = panel(client.get("/admin/"))

    assert "?open=true" not in html
    assert row(html, "Smart Safe Mobility")[:3] == ["3", "2", "1"]


def test_no_panel_without_a_reading_right(client):
    user = StaffUserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    admin_login(client, user)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert b"participation-overview-section" not in response.content


def test_panel_queries_do_not_grow_with_data(client, django_assert_max_num_queries):
    admin_login(client, StaffUserFactory(group=MODERATOR_GROUP))
    make_activity()
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/admin/").status_code == 200
    for field in ActionField.values:
        for _ in range(3):
            make_activity(field)
    SynthesisRun.objects.create(
        action_field=ActionField.CITIZEN, status=SynthesisRun.Status.UNCHANGED, finished_at=timezone.now()
    )
    assert Vote.objects.count() > 10 and Comment.objects.count() > 20

    with django_assert_max_num_queries(len(captured)):
        assert client.get("/admin/").status_code == 200
