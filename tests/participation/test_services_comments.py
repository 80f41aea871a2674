import uuid

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Report
from participation.services import (
    AlreadyReported,
    comment_create,
    comment_delete,
    comment_pin,
    comment_update,
    report_create,
)
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal():
    return ProposalFactory(author=ConfirmedUserFactory())


def comment_count(proposal) -> int:
    proposal.refresh_from_db()
    return proposal.comment_count


def test_comment_and_reply_are_counted_and_marked(proposal):
    citizen = ConfirmedUserFactory()
    comment, _ = comment_create(proposal, author=citizen, body="Gute Idee!")
    reply, _ = comment_create(proposal, author=proposal.author, body="Danke!", parent=comment)

    assert reply.parent == comment
    assert reply.by_proposal_author and not comment.by_proposal_author
    assert comment_count(proposal) == 2


def test_staff_answers_are_marked_and_can_be_pinned(proposal):
    staff = ProjectOfficeFactory()
    answer, _ = comment_create(proposal, author=staff, body="Das Projektbüro prüft das.")

    assert answer.by_staff
    comment_pin(answer, user=staff)
    assert Comment.objects.get(pk=answer.pk).pinned
    with pytest.raises(PermissionDenied):
        comment_pin(answer, user=ConfirmedUserFactory())


def test_replies_stay_one_level_deep(proposal):
    citizen = ConfirmedUserFactory()
    top, _ = comment_create(proposal, author=citizen, body="Oben")
    reply, _ = comment_create(proposal, author=citizen, body="Antwort", parent=top)
    reply_to_reply, _ = comment_create(proposal, author=citizen, body="Antwort auf Antwort", parent=reply)

    assert reply_to_reply.parent == top


def test_a_resent_comment_is_saved_once(proposal):
    citizen, key = ConfirmedUserFactory(), uuid.uuid4()
    comment_create(proposal, author=citizen, body="Einmal", submission_key=key)
    comment_create(proposal, author=citizen, body="Einmal", submission_key=key)

    assert Comment.objects.count() == 1
    assert comment_count(proposal) == 1


@pytest.mark.parametrize("who", ["anonymous", "unconfirmed"])
def test_who_may_not_comment(proposal, who):
    from django.contrib.auth.models import AnonymousUser

    author = AnonymousUser() if who == "anonymous" else UserFactory()
    with pytest.raises(PermissionDenied):
        comment_create(proposal, author=author, body="Hallo")


def test_no_comments_on_hidden_proposals(proposal):
    Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.HIDDEN)
    proposal.refresh_from_db()

    with pytest.raises(PermissionDenied):
        comment_create(proposal, author=ConfirmedUserFactory(), body="Hallo")


def test_edit_own_comment_marks_it_edited(proposal):
    citizen = ConfirmedUserFactory()
    comment, _ = comment_create(proposal, author=citizen, body="Erst so")

    edited = comment_update(comment, user=citizen, body="Dann so")

    assert edited.body == "Dann so" and edited.edited_at is not None
    with pytest.raises(PermissionDenied):
        comment_update(comment, user=ConfirmedUserFactory(), body="Fremd")


def test_deleting_leaves_a_placeholder_only_where_replies_exist(proposal):
    citizen = ConfirmedUserFactory()
    with_reply, _ = comment_create(proposal, author=citizen, body="Hat Antworten")
    comment_create(proposal, author=ConfirmedUserFactory(), body="Antwort", parent=with_reply)
    alone, _ = comment_create(proposal, author=citizen, body="Allein")

    comment_delete(with_reply, user=citizen)
    comment_delete(alone, user=citizen)
    comment_delete(alone, user=citizen)  # again: nothing happens

    placeholder = Comment.objects.get(pk=with_reply.pk)
    assert placeholder.deleted and placeholder.body == ""
    assert not Comment.objects.filter(pk=alone.pk).exists()
    assert comment_count(proposal) == 1  # only the reply


def test_others_may_not_delete(proposal):
    comment, _ = comment_create(proposal, author=ConfirmedUserFactory(), body="Meins")
    with pytest.raises(PermissionDenied):
        comment_delete(comment, user=ConfirmedUserFactory())


def test_a_report_is_recorded_once_per_person(proposal):
    reporter = ConfirmedUserFactory()
    report_create(reporter=reporter, target=proposal, reason=Report.Reason.SPAM)

    with pytest.raises(AlreadyReported):
        report_create(reporter=reporter, target=proposal, reason=Report.Reason.INSULT)
    assert Report.objects.count() == 1


def test_other_needs_a_text_and_own_items_cannot_be_reported(proposal):
    with pytest.raises(ValidationError):
        report_create(reporter=ConfirmedUserFactory(), target=proposal, reason=Report.Reason.OTHER, text=" ")
    with pytest.raises(PermissionDenied):
        report_create(reporter=proposal.author, target=proposal, reason=Report.Reason.SPAM)


def test_three_reports_from_different_people_hide_a_proposal(proposal, settings):
    settings.PARTICIPATION_REPORTS_TO_HIDE = 3
    for _ in range(2):
        report_create(reporter=ConfirmedUserFactory(), target=proposal, reason=Report.Reason.SPAM)
    proposal.refresh_from_db()
    assert proposal.is_visible

    report_create(reporter=ConfirmedUserFactory(), target=proposal, reason=Report.Reason.OFF_TOPIC)

    assert not Proposal.objects.visible().filter(pk=proposal.pk).exists()


def test_reports_hide_a_comment_and_uncount_it(proposal, settings):
    settings.PARTICIPATION_REPORTS_TO_HIDE = 2
    comment, _ = comment_create(proposal, author=ConfirmedUserFactory(), body="Beleidigend")
    for _ in range(2):
        report_create(reporter=ConfirmedUserFactory(), target=comment, reason=Report.Reason.INSULT)

    comment.refresh_from_db()
    assert comment.hidden and comment.hidden_by_reports
    assert comment_count(proposal) == 0
