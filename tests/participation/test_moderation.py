"""Moderation services: hide, restore and resolve reports, with their audit entries."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from wagtail.models import GroupPagePermission, ModelLogEntry, Site

from core.roles import COUNCIL_GROUP, MODERATOR_GROUP, roles_sync
from demo.loader import demo_pages_load
from participation.choices import ProposalStatus
from participation.models import Report
from participation.permissions import can_moderate
from participation.services import (
    comment_hide,
    comment_restore,
    proposal_hide,
    proposal_restore,
    reports_resolve,
)
from tests.factories import CommentFactory, ConfirmedUserFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def member(group_name, **kwargs):
    user = UserFactory(is_staff=True, **kwargs)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def moderator():
    return member(MODERATOR_GROUP)


def report(target, **kwargs):
    field = "proposal" if hasattr(target, "title") else "comment"
    return Report.objects.create(
        reporter=ConfirmedUserFactory(), reason=Report.Reason.SPAM, **{field: target}, **kwargs
    )


def entries(instance, action):
    return ModelLogEntry.objects.for_instance(instance).filter(action=action)


@pytest.mark.parametrize(
    ("make_user", "allowed"),
    [
        (lambda: UserFactory(), False),
        (lambda: UserFactory(is_staff=True), False),
        (lambda: member(MODERATOR_GROUP), True),
        (lambda: member(MODERATOR_GROUP, is_active=False), False),
        (lambda: member(COUNCIL_GROUP), False),
        (lambda: UserFactory(is_superuser=True, is_staff=True), True),
    ],
    ids=["citizen", "staff-without-group", "projektbuero", "inactive-projektbuero", "council", "superuser"],
)
def test_can_moderate_matrix(make_user, allowed):
    assert can_moderate(make_user()) is allowed


def test_roles_have_least_privilege():
    office = set(Group.objects.get(name=MODERATOR_GROUP).permissions.values_list("codename", flat=True))
    council = Group.objects.get(name=COUNCIL_GROUP).permissions
    assert {"access_admin", "change_proposal", "change_comment", "view_report", "add_proposalphase"} <= office
    assert {"run_synthesis", "view_synthesisrun"} <= office
    assert not {"add_proposal", "delete_proposal", "delete_comment"} & office
    # Wagtail's own migrations may add "choose" rights for images and documents; in this app only views.
    assert set(council.filter(content_type__app_label="participation").values_list("codename", flat=True)) == {
        "view_proposal",
        "view_comment",
    }
    assert council.filter(codename="access_admin").exists()
    assert not council.filter(codename__startswith="change_").exists()


def test_proposal_hide_hides_and_logs_reason(moderator):
    proposal = ProposalFactory()

    proposal_hide(proposal, moderator=moderator, reason="Werbung")

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.HIDDEN
    assert not proposal.is_visible
    entry = entries(proposal, "participation.hide").get()
    assert entry.user_id == moderator.pk
    assert entry.data["reason"] == "Werbung"


def test_proposal_hide_twice_logs_once(moderator):
    proposal = ProposalFactory()
    proposal_hide(proposal, moderator=moderator, reason="Werbung")
    proposal_hide(proposal, moderator=moderator, reason="Werbung")
    assert entries(proposal, "participation.hide").count() == 1


@pytest.mark.parametrize("group", [None, COUNCIL_GROUP])
def test_proposal_hide_is_refused_without_moderator_role(group):
    user = member(group) if group else ConfirmedUserFactory()
    proposal = ProposalFactory()
    with pytest.raises(PermissionDenied):
        proposal_hide(proposal, moderator=user, reason="x")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PUBLISHED
    assert not entries(proposal, "participation.hide").exists()


def test_proposal_restore_returns_the_previous_status(moderator):
    proposal = ProposalFactory(status=ProposalStatus.UNDER_REVIEW)
    proposal_hide(proposal, moderator=moderator, reason="Prüfen")

    proposal_restore(proposal, moderator=moderator)
    proposal_restore(proposal, moderator=moderator)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.UNDER_REVIEW
    assert entries(proposal, "participation.restore").count() == 1


def test_proposal_restore_is_refused_for_council():
    proposal = ProposalFactory(status=ProposalStatus.HIDDEN)
    with pytest.raises(PermissionDenied):
        proposal_restore(proposal, moderator=member(COUNCIL_GROUP))


def test_comment_hide_and_restore_keep_the_count_exact(moderator):
    comment = CommentFactory(proposal=ProposalFactory(comment_count=1))

    comment_hide(comment, moderator=moderator, reason="Beleidigung")
    comment_hide(comment, moderator=moderator, reason="Beleidigung")
    comment.proposal.refresh_from_db()
    assert comment.proposal.comment_count == 0
    assert entries(comment, "participation.hide").get().data["reason"] == "Beleidigung"

    comment_restore(comment, moderator=moderator)
    comment_restore(comment, moderator=moderator)
    comment.refresh_from_db()
    comment.proposal.refresh_from_db()
    assert not comment.hidden
    assert comment.proposal.comment_count == 1
    assert entries(comment, "participation.restore").count() == 1


def test_comment_hide_is_refused_for_citizens():
    comment = CommentFactory()
    with pytest.raises(PermissionDenied):
        comment_hide(comment, moderator=comment.author, reason="x")
    with pytest.raises(PermissionDenied):
        comment_restore(comment, moderator=comment.author)


def test_reports_resolve_keep_closes_all_and_shows_the_proposal(moderator):
    proposal = ProposalFactory(hidden_by_reports=True)
    report(proposal)
    report(proposal)

    assert reports_resolve(proposal, moderator=moderator, keep=True) == 2
    assert reports_resolve(proposal, moderator=moderator, keep=True) == 0

    proposal.refresh_from_db()
    assert proposal.is_visible
    assert not Report.objects.filter(resolved_at=None).exists()
    entry = entries(proposal, "participation.reports_resolve").get()
    assert entry.data["keep"] is True
    assert entry.data["reports"] == 2


def test_reports_resolve_hide_hides_the_proposal(moderator):
    proposal = ProposalFactory(hidden_by_reports=True)
    report(proposal)

    reports_resolve(proposal, moderator=moderator, keep=False)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.HIDDEN
    assert entries(proposal, "participation.hide").exists()


def test_reports_resolve_keep_shows_a_comment_hidden_by_reports(moderator):
    proposal = ProposalFactory(comment_count=0)
    comment = CommentFactory(proposal=proposal, hidden=True, hidden_by_reports=True)
    report(comment)

    reports_resolve(comment, moderator=moderator, keep=True)

    comment.refresh_from_db()
    proposal.refresh_from_db()
    assert not comment.hidden
    assert proposal.comment_count == 1


def test_reports_resolve_hide_keeps_a_reported_comment_hidden(moderator):
    proposal = ProposalFactory(comment_count=0)
    comment = CommentFactory(proposal=proposal, hidden=True, hidden_by_reports=True)
    report(comment)

    reports_resolve(comment, moderator=moderator, keep=False)

    comment.refresh_from_db()
    proposal.refresh_from_db()
    assert comment.hidden
    assert not comment.hidden_by_reports
    assert proposal.comment_count == 0


def test_reports_resolve_is_refused_for_council():
    proposal = ProposalFactory()
    report(proposal)
    with pytest.raises(PermissionDenied):
        reports_resolve(proposal, moderator=member(COUNCIL_GROUP), keep=True)
    assert Report.objects.filter(resolved_at=None).count() == 1


def test_roles_sync_grants_page_rights_on_a_real_home_page_only():
    """Sync the roles again, now that a home page exists (the test database had none)."""
    office = Group.objects.get(name=MODERATOR_GROUP)
    assert not GroupPagePermission.objects.filter(group=office).exists()

    demo_pages_load()
    roles_sync()
    roles_sync()

    home = Site.objects.get(is_default_site=True).root_page
    granted = GroupPagePermission.objects.filter(group=office, page=home)
    assert set(granted.values_list("permission__codename", flat=True)) == {"add_page", "change_page", "publish_page"}
    assert not GroupPagePermission.objects.filter(group__name=COUNCIL_GROUP).exists()
