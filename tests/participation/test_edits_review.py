"""Issue 14, F3: an author's edit after approval (or after reports were resolved "keep") goes back to review under
pre-moderation, reopens the item's reports under post-moderation, and is always in the item's history."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Site

from participation.choices import ProposalStatus
from participation.models import Comment, ModerationSettings, Proposal, Report
from participation.services import (
    ProposalData,
    comment_approve,
    comment_update,
    proposal_publish,
    proposal_update,
    reports_resolve,
)
from participation.services.edits import EDIT
from tests.factories import CommentFactory, ConfirmedUserFactory, ProjectOfficeFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db


def premoderate(*, proposals=False, comments=False):
    mode = ModerationSettings.Mode
    ModerationSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"proposals": mode.PRE if proposals else mode.POST, "comments": mode.PRE if comments else mode.POST},
    )


@pytest.fixture
def author():
    return ConfirmedUserFactory()


@pytest.fixture
def moderator():
    return ProjectOfficeFactory()


def data(proposal, **changes) -> ProposalData:
    values = {"title": proposal.title, "body": proposal.body, "action_field": proposal.action_field, **changes}
    return ProposalData(**values)


def edits(instance):
    return ModelLogEntry.objects.for_instance(instance).filter(action=EDIT)


# Proposals


def test_premoderated_proposal_edited_after_approval_awaits_approval_again(proposal, author, moderator):
    premoderate(proposals=True)
    Proposal.objects.filter(pk=proposal.pk).update(author=author, status=ProposalStatus.SUBMITTED)
    proposal = proposal_publish(proposal, moderator=moderator)
    assert proposal.is_visible

    proposal = proposal_update(proposal, user=author, data=data(proposal, body="Jetzt mit ganz anderem Inhalt."))

    assert proposal.status == ProposalStatus.SUBMITTED
    assert not Proposal.objects.visible().filter(pk=proposal.pk).exists()
    entry = edits(proposal).get()
    assert entry.user_id == author.pk
    assert entry.data["review"] is True
    assert "Mehr Trinkbrunnen" in entry.data["previous"]["body"]
    # Approving again publishes the new text.
    assert proposal_publish(proposal, moderator=moderator).status == ProposalStatus.PUBLISHED


def test_unchanged_proposal_saved_again_changes_nothing(proposal, author):
    premoderate(proposals=True)
    Proposal.objects.filter(pk=proposal.pk).update(author=author)
    proposal.refresh_from_db()

    proposal = proposal_update(proposal, user=author, data=data(proposal))

    assert proposal.status == ProposalStatus.PUBLISHED
    assert not edits(proposal).exists()


def test_postmoderated_proposal_edit_reopens_reports_resolved_keep(proposal, author, moderator):
    Proposal.objects.filter(pk=proposal.pk).update(author=author)
    proposal.refresh_from_db()
    Report.objects.create(reporter=ConfirmedUserFactory(), proposal=proposal, reason=Report.Reason.SPAM)
    assert reports_resolve(proposal, moderator=moderator, keep=True) == 1

    proposal = proposal_update(proposal, user=author, data=data(proposal, title="Jetzt mit Werbung für meinen Laden"))

    assert proposal.status == ProposalStatus.PUBLISHED
    assert Report.objects.filter(proposal=proposal, resolved_at=None).count() == 1
    assert edits(proposal).get().data["reports_reopened"] == 1


def test_proposal_edit_shows_in_its_admin_history(client, proposal, author, moderator):
    Proposal.objects.filter(pk=proposal.pk).update(author=author)
    proposal.refresh_from_db()
    proposal_update(proposal, user=author, data=data(proposal, title="Neuer Titel vom Autor"))

    admin_login(client, moderator)
    history = client.get(reverse("vorschlaege:history", args=[proposal.pk])).content.decode()

    assert "Von der Person bearbeitet, die den Vorschlag gemacht hat" in history or "Edited by the author" in history
    assert proposal.title in history  # the replaced title


def test_edit_view_tells_the_author_the_proposal_awaits_review(client, proposal, author):
    premoderate(proposals=True)
    Proposal.objects.filter(pk=proposal.pk).update(author=author)
    client.force_login(author)

    response = client.post(
        reverse("participation:proposal_edit", args=[proposal.pk]),
        {
            "title": "Trinkbrunnen am Königsplatz",
            "body": "Neu und deutlich länger beschrieben als vorher.",
            "action_field": "ecosystem",
            "submission_key": "6d0f2f6e-2a0b-4c1e-9b53-1c7f0a3b9e11",
        },
        follow=True,
    )

    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert any("geprüft" in m or "reviewed" in m for m in messages), messages
    assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.SUBMITTED


# Comments


def test_premoderated_comment_edited_after_approval_awaits_approval_again(proposal, author, moderator):
    premoderate(comments=True)
    comment = CommentFactory(proposal=proposal, author=author, awaiting_moderation=True)
    comment = comment_approve(comment, moderator=moderator)
    proposal.refresh_from_db()
    count = proposal.comment_count

    comment = comment_update(comment, user=author, body="Nachträglich eingefügte Beleidigung")

    assert comment.awaiting_moderation
    assert not Comment.objects.public().filter(pk=comment.pk).exists()
    proposal.refresh_from_db()
    assert proposal.comment_count == count - 1
    entry = edits(comment).get()
    assert entry.data["previous"] == {"body": "Gute Idee, am Königsplatz fehlt so etwas."}
    comment_approve(comment, moderator=moderator)
    proposal.refresh_from_db()
    assert proposal.comment_count == count


def test_postmoderated_comment_edit_reopens_reports_resolved_keep(proposal, author, moderator):
    comment = CommentFactory(proposal=proposal, author=author)
    Report.objects.create(reporter=ConfirmedUserFactory(), comment=comment, reason=Report.Reason.INSULT)
    reports_resolve(comment, moderator=moderator, keep=True)

    comment = comment_update(comment, user=author, body="Jetzt doch beleidigend")

    assert not comment.awaiting_moderation
    assert Report.objects.filter(comment=comment, resolved_at=None).count() == 1
    assert edits(comment).get().data["reports_reopened"] == 1


def test_comment_edit_is_logged_even_without_moderation(proposal, author):
    comment = CommentFactory(proposal=proposal, author=author)

    comment_update(comment, user=author, body="Etwas präziser formuliert.")
    comment_update(comment, user=author, body="Etwas präziser formuliert.")  # the same text again

    assert edits(comment).count() == 1


def test_comment_edit_view_tells_the_author_it_awaits_review(client, proposal, author):
    premoderate(comments=True)
    Proposal.objects.filter(pk=proposal.pk).update(comment_count=1)  # the factory bypasses the services
    comment = CommentFactory(proposal=proposal, author=author)
    client.force_login(author)

    response = client.post(
        reverse("participation:comment_edit", args=[comment.pk]), {"body": "Geänderter Text"}, follow=True
    )

    messages = [str(m) for m in response.context["messages"]]
    assert any("geprüft" in m or "reviewed" in m for m in messages), messages
    assert Comment.objects.get(pk=comment.pk).awaiting_moderation
