"""Moderation services beyond hiding: approval (pre-moderation), official answers, duplicates, action fields."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from wagtail.models import ModelLogEntry, Site

from core.choices import ActionField
from core.roles import COUNCIL_GROUP
from participation.choices import ProposalStatus
from participation.models import Comment, ModerationSettings, Proposal
from participation.permissions import can_vote
from participation.selectors import comment_thread, participation_figures
from participation.services import (
    ProposalData,
    comment_approve,
    comment_create,
    comment_delete,
    comment_hide,
    comment_restore,
    counts_reconcile,
    proposal_answer,
    proposal_change_action_field,
    proposal_create,
    proposal_mark_duplicate,
    proposal_publish,
    vote_cast,
)
from tests.factories import (
    ConfirmedUserFactory,
    ProjectOfficeFactory,
    ProposalFactory,
    ProposalPhaseFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator():
    return ProjectOfficeFactory()


@pytest.fixture
def council():
    from django.contrib.auth.models import Group

    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=COUNCIL_GROUP))
    return user


def entries(instance, action):
    return ModelLogEntry.objects.for_instance(instance).filter(action=action)


def premoderate(*, proposals=False, comments=False):
    mode = ModerationSettings.Mode
    ModerationSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"proposals": mode.PRE if proposals else mode.POST, "comments": mode.PRE if comments else mode.POST},
    )


def make_proposal(author):
    data = ProposalData(title="Sitzbänke am Auedamm", body="Mehr Bänke im Schatten.", action_field="ecosystem")
    import uuid

    return proposal_create(author=author, data=data, submission_key=uuid.uuid4())[0]


# Pre-moderation


def test_post_moderation_is_the_default():
    ProposalPhaseFactory()
    assert not ModerationSettings.current().premoderate_proposals
    assert make_proposal(ConfirmedUserFactory()).status == ProposalStatus.PUBLISHED


def test_premoderated_proposal_waits_and_publish_makes_it_public(moderator):
    ProposalPhaseFactory()
    premoderate(proposals=True)
    proposal = make_proposal(ConfirmedUserFactory())
    assert proposal.status == ProposalStatus.SUBMITTED
    assert not Proposal.objects.visible().filter(pk=proposal.pk).exists()
    assert participation_figures().proposals == 0

    proposal_publish(proposal, moderator=moderator)
    proposal_publish(proposal, moderator=moderator)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PUBLISHED
    assert participation_figures().proposals == 1
    assert entries(proposal, "participation.publish").get().user_id == moderator.pk


def test_publish_is_refused_for_council(council):
    proposal = ProposalFactory(status=ProposalStatus.SUBMITTED)
    with pytest.raises(PermissionDenied):
        proposal_publish(proposal, moderator=council)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED
    assert not entries(proposal, "participation.publish").exists()


def test_premoderated_comment_is_shown_to_its_author_only_and_counted_on_approval(moderator):
    premoderate(comments=True)
    proposal = ProposalFactory()
    author, other = ConfirmedUserFactory(), ConfirmedUserFactory()
    comment, _created = comment_create(proposal, author=author, body="Bitte auch Mülleimer.")
    assert comment.awaiting_moderation
    proposal.refresh_from_db()
    assert proposal.comment_count == 0
    assert [c.pk for c in comment_thread(proposal, viewer=author)] == [comment.pk]
    assert list(comment_thread(proposal, viewer=other)) == []
    assert list(comment_thread(proposal)) == []

    comment_approve(comment, moderator=moderator)
    comment_approve(comment, moderator=moderator)

    proposal.refresh_from_db()
    assert proposal.comment_count == 1
    assert [c.pk for c in comment_thread(proposal, viewer=other)] == [comment.pk]
    assert entries(comment, "participation.approve").count() == 1
    assert counts_reconcile(fix=False, log=False) == []


def test_staff_answers_skip_premoderation(moderator):
    premoderate(comments=True)
    comment, _created = comment_create(ProposalFactory(), author=moderator, body="Wir prüfen das.")
    assert not comment.awaiting_moderation


def test_hiding_a_waiting_comment_refuses_it_and_counts_stay_exact(moderator):
    premoderate(comments=True)
    proposal = ProposalFactory()
    comment, _created = comment_create(proposal, author=ConfirmedUserFactory(), body="Werbung für Teppiche")

    comment_hide(comment, moderator=moderator, reason="Werbung")
    proposal.refresh_from_db()
    assert proposal.comment_count == 0
    comment_restore(comment, moderator=moderator)
    proposal.refresh_from_db()
    assert proposal.comment_count == 1
    assert counts_reconcile(fix=False, log=False) == []


def test_author_deletes_a_waiting_comment_without_moving_the_count():
    premoderate(comments=True)
    proposal = ProposalFactory()
    author = ConfirmedUserFactory()
    comment, _created = comment_create(proposal, author=author, body="Doch nicht.")
    comment_delete(comment, user=author)
    proposal.refresh_from_db()
    assert proposal.comment_count == 0


def test_approve_is_refused_for_citizens():
    comment = Comment.objects.create(
        proposal=ProposalFactory(), author=UserFactory(), body="x", awaiting_moderation=True
    )
    with pytest.raises(PermissionDenied):
        comment_approve(comment, moderator=ConfirmedUserFactory())
    comment.refresh_from_db()
    assert comment.awaiting_moderation


# Official answers


def test_answer_sets_status_and_text_and_logs_it(moderator):
    proposal = ProposalFactory()

    proposal_answer(proposal, moderator=moderator, status=ProposalStatus.ACCEPTED, answer="  Wird umgesetzt.  ")
    proposal_answer(proposal, moderator=moderator, status=ProposalStatus.ACCEPTED, answer="Wird umgesetzt.")

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED
    assert proposal.official_answer == "Wird umgesetzt."
    assert proposal.answered_by == moderator and proposal.answered_at is not None
    entry = entries(proposal, "participation.answer").get()
    assert entry.data["previous_status"] == ProposalStatus.PUBLISHED
    assert entry.data["status"] == ProposalStatus.ACCEPTED
    assert entry.data["answer"] == "Wird umgesetzt."


def test_answer_with_empty_text_changes_only_the_status(moderator):
    proposal = ProposalFactory(official_answer="Wir prüfen das.")
    proposal_answer(proposal, moderator=moderator, status=ProposalStatus.NOT_FEASIBLE, answer="")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.NOT_FEASIBLE
    assert proposal.official_answer == "Wir prüfen das."
    assert proposal.answered_by is None
    assert entries(proposal, "participation.answer").get().data["answer_changed"] is False


def test_answer_refuses_statuses_of_other_ways_and_hidden_proposals(moderator):
    with pytest.raises(ValidationError):
        proposal_answer(ProposalFactory(), moderator=moderator, status=ProposalStatus.HIDDEN, answer="x")
    with pytest.raises(ValidationError):
        proposal_answer(
            ProposalFactory(status=ProposalStatus.HIDDEN), moderator=moderator, status="accepted", answer="x"
        )


@pytest.mark.parametrize("make_user", [ConfirmedUserFactory, lambda: UserFactory(is_staff=True)])
def test_answer_is_refused_without_the_moderator_role(make_user):
    proposal = ProposalFactory()
    with pytest.raises(PermissionDenied):
        proposal_answer(proposal, moderator=make_user(), status=ProposalStatus.ACCEPTED, answer="Ja")
    proposal.refresh_from_db()
    assert proposal.official_answer == ""
    assert not entries(proposal, "participation.answer").exists()


# Duplicates


def test_mark_duplicate_points_to_the_original_and_stops_votes(moderator):
    ProposalPhaseFactory()
    original, duplicate = ProposalFactory(), ProposalFactory()
    voter = ConfirmedUserFactory()
    vote_cast(duplicate, voter=voter, value=1)

    proposal_mark_duplicate(duplicate, moderator=moderator, original=original)
    proposal_mark_duplicate(duplicate, moderator=moderator, original=original)

    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == original
    assert not can_vote(voter, duplicate)
    assert can_vote(voter, original)
    with pytest.raises(PermissionDenied):
        vote_cast(duplicate, voter=ConfirmedUserFactory(), value=1)
    entry = entries(duplicate, "participation.duplicate").get()
    assert entry.data["original"] == original.pk


def test_duplicates_always_point_to_the_first_proposal(moderator):
    first, second, third = ProposalFactory(), ProposalFactory(), ProposalFactory()
    proposal_mark_duplicate(third, moderator=moderator, original=second)
    proposal_mark_duplicate(second, moderator=moderator, original=first)
    third.refresh_from_db()
    assert third.duplicate_of == first

    proposal_mark_duplicate(first, moderator=moderator, original=None)  # not one: nothing to undo
    with pytest.raises(ValidationError):
        proposal_mark_duplicate(first, moderator=moderator, original=second)  # second leads back to first


def test_unmarking_a_duplicate_opens_it_for_votes_again(moderator):
    ProposalPhaseFactory()
    duplicate = ProposalFactory(duplicate_of=ProposalFactory())
    proposal_mark_duplicate(duplicate, moderator=moderator, original=None)
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of is None
    assert can_vote(ConfirmedUserFactory(), duplicate)
    assert entries(duplicate, "participation.duplicate").get().data["original"] is None


def test_mark_duplicate_refuses_a_hidden_original_and_non_moderators(moderator, council):
    duplicate = ProposalFactory()
    with pytest.raises(ValidationError):
        proposal_mark_duplicate(duplicate, moderator=moderator, original=ProposalFactory(status=ProposalStatus.HIDDEN))
    with pytest.raises(PermissionDenied):
        proposal_mark_duplicate(duplicate, moderator=council, original=ProposalFactory())
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of is None


# Action field


def test_change_action_field_moves_the_proposal_and_logs_it(moderator):
    proposal = ProposalFactory(action_field=ActionField.ECOSYSTEM)

    proposal_change_action_field(proposal, moderator=moderator, action_field=ActionField.MOBILITY)
    proposal_change_action_field(proposal, moderator=moderator, action_field=ActionField.MOBILITY)

    proposal.refresh_from_db()
    assert proposal.action_field == ActionField.MOBILITY
    entry = entries(proposal, "participation.action_field").get()
    assert entry.data == {"action_field": "mobility", "previous": "ecosystem"}


def test_change_action_field_refuses_unknown_fields_and_non_moderators(moderator, council):
    proposal = ProposalFactory()
    with pytest.raises(ValidationError):
        proposal_change_action_field(proposal, moderator=moderator, action_field="nowhere")
    with pytest.raises(PermissionDenied):
        proposal_change_action_field(proposal, moderator=council, action_field=ActionField.MOBILITY)
    assert not ModelLogEntry.objects.filter(Q(action="participation.action_field")).exists()


# Notifications recorded by the moderation steps (sent by Celery after commit; see test_notifications.py)


def kinds(user):
    from notifications.models import Notification

    return sorted(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_answer_tells_the_author_of_status_and_answer_once(moderator):
    author = ConfirmedUserFactory(email_notifications=True)
    proposal = ProposalFactory(author=author)

    proposal_answer(proposal, moderator=moderator, status=ProposalStatus.ACCEPTED, answer="Wird umgesetzt.")
    proposal_answer(proposal, moderator=moderator, status=ProposalStatus.ACCEPTED, answer="Wird umgesetzt.")

    assert kinds(author) == ["answer", "status"]


def test_publish_tells_the_author(moderator):
    author = ConfirmedUserFactory(email_notifications=True)
    proposal_publish(ProposalFactory(author=author, status=ProposalStatus.SUBMITTED), moderator=moderator)
    assert kinds(author) == ["status"]


def test_a_waiting_comment_is_announced_only_on_approval(moderator):
    premoderate(comments=True)
    proposal_author = ConfirmedUserFactory(email_notifications=True)
    proposal = ProposalFactory(author=proposal_author)
    comment, _created = comment_create(proposal, author=ConfirmedUserFactory(), body="Gute Idee!")
    assert kinds(proposal_author) == []

    comment_approve(comment, moderator=moderator)

    assert kinds(proposal_author) == ["reply"]


def test_staff_digest_lists_comments_awaiting_approval():
    from notifications.selectors import comments_awaiting_moderation

    premoderate(comments=True)
    comment, _created = comment_create(ProposalFactory(), author=ConfirmedUserFactory(), body="Bitte prüfen")
    assert list(comments_awaiting_moderation()) == [comment]
