"""The new moderation steps through the Wagtail admin (single and bulk), and what the public pages then show."""

import re

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Site

from core.choices import ActionField
from participation.choices import ProposalStatus
from participation.models import Comment, ModerationSettings, Proposal
from tests.factories import (
    CommentFactory,
    ConfirmedUserFactory,
    ProjectOfficeFactory,
    ProposalFactory,
    ProposalPhaseFactory,
    VoteFactory,
)
from tests.staff import admin_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client):
    """The project office, logged in to the admin on the test client."""
    return admin_login(client, ProjectOfficeFactory())


def bulk_url(model: str, action: str, *pks) -> str:
    query = "&".join(f"id={pk}" for pk in pks)
    return f"{reverse('wagtail_bulk_action', args=['participation', model, action])}?{query}"


# Single actions in the admin


def test_answer_through_the_admin_shows_on_the_public_page(client, moderator):
    ProposalPhaseFactory()
    proposal = ProposalFactory()
    url = reverse("vorschlaege:answer", args=[proposal.pk])
    assert client.get(url).status_code == 200

    response = client.post(url, {"status": ProposalStatus.ACCEPTED, "answer": "Die Stadt baut zwei Brunnen."})

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED
    client.logout()
    html = client.get(f"/en{proposal.get_absolute_url()}").content.decode()
    assert '<section aria-labelledby="answer-title" class="official-answer" id="answer">' in html
    assert "The city&#x27;s answer" in html or "The city's answer" in html
    assert "Die Stadt baut zwei Brunnen." in html


def test_answer_form_refuses_a_hidden_proposal_and_keeps_the_text(client, moderator):
    proposal = ProposalFactory(status=ProposalStatus.HIDDEN)
    response = client.post(
        reverse("vorschlaege:answer", args=[proposal.pk]), {"status": "accepted", "answer": "Mein Entwurf"}
    )
    assert response.status_code == 200
    assert "Mein Entwurf" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.official_answer == ""


def test_mark_duplicate_through_the_admin_lists_similar_proposals(client, moderator):
    ProposalPhaseFactory()
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte")
    url = reverse("vorschlaege:duplicate", args=[duplicate.pk])
    assert original.title in client.get(url).content.decode()

    assert client.post(url, {"original": str(original.pk)}).status_code == 302
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == original

    response = client.post(url, {"original": "999999"})
    assert response.status_code == 200  # unknown number: the form says so


def test_the_original_can_be_picked_from_the_similar_proposals(client, moderator):
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    other = ProposalFactory(title="Radweg an der Fulda")
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte")
    url = reverse("vorschlaege:duplicate", args=[duplicate.pk])
    assert f'name="similar" value="{original.pk}"' in client.get(url).content.decode()

    both = client.post(url, {"similar": str(original.pk), "original": str(other.pk)})
    assert both.status_code == 200  # one original only: the form asks to choose, and keeps both entries
    assert "Wählen Sie einen ähnlichen Vorschlag oder geben Sie eine Nummer ein, nicht beides." in both.content.decode()
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of is None

    assert client.post(url, {"similar": str(original.pk)}).status_code == 302
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == original
    # Marked already: the form opens with that choice; removing the marking is an explicit choice.
    radios = re.findall(r'<input type="radio" name="similar"[^>]*>', client.get(url).content.decode())
    assert [r for r in radios if "checked" in r] == [r for r in radios if f'value="{original.pk}"' in r]
    assert client.post(url, {"not_duplicate": "on"}).status_code == 302
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of is None


def test_change_action_field_through_the_admin(client, moderator):
    proposal = ProposalFactory(action_field=ActionField.ECOSYSTEM)
    response = client.post(
        reverse("vorschlaege:action_field", args=[proposal.pk]), {"action_field": ActionField.MOBILITY}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.action_field == ActionField.MOBILITY


def test_the_edit_form_does_not_change_the_action_field(client, moderator):
    proposal = ProposalFactory(action_field=ActionField.ECOSYSTEM)
    client.post(
        reverse("vorschlaege:edit", args=[proposal.pk]),
        {"title": proposal.title, "body": proposal.body, "district": "", "action_field": ActionField.MOBILITY},
    )
    proposal.refresh_from_db()
    assert proposal.action_field == ActionField.ECOSYSTEM


def test_publish_and_approve_through_the_admin(client, moderator):
    proposal = ProposalFactory(status=ProposalStatus.SUBMITTED)
    comment = CommentFactory(awaiting_moderation=True)
    assert client.post(reverse("vorschlaege:publish", args=[proposal.pk])).status_code == 302
    assert client.post(reverse("kommentare:approve", args=[comment.pk])).status_code == 302
    proposal.refresh_from_db()
    comment.refresh_from_db()
    assert proposal.status == ProposalStatus.PUBLISHED
    assert not comment.awaiting_moderation


def test_every_step_shows_in_the_items_history(client, moderator):
    original, proposal = ProposalFactory(), ProposalFactory(status=ProposalStatus.SUBMITTED)
    client.post(reverse("vorschlaege:publish", args=[proposal.pk]))
    client.post(reverse("vorschlaege:answer", args=[proposal.pk]), {"status": "under_review", "answer": "Wir prüfen."})
    client.post(reverse("vorschlaege:duplicate", args=[proposal.pk]), {"original": str(original.pk)})
    client.post(reverse("vorschlaege:action_field", args=[proposal.pk]), {"action_field": "mobility"})
    client.post(reverse("vorschlaege:hide", args=[proposal.pk]), {"reason": "Doppelt und Werbung"})

    actions = set(ModelLogEntry.objects.for_instance(proposal).values_list("action", flat=True))
    assert {
        "participation.publish",
        "participation.answer",
        "participation.duplicate",
        "participation.action_field",
        "participation.hide",
    } <= actions
    history = client.get(reverse("vorschlaege:history", args=[proposal.pk])).content.decode()
    assert "Wir prüfen." in history
    assert "Doppelt und Werbung" in history
    assert original.title in history


def test_listing_filters_by_official_answer_and_shows_counts(client, moderator):
    ProposalFactory(title="Mit Antwort", official_answer="Ja.")
    ProposalFactory(title="Ohne Antwort")
    ProposalFactory(title="Wartet", status=ProposalStatus.SUBMITTED)

    html = client.get(reverse("vorschlaege:index"), {"official_answer": "true"}).content.decode()
    assert "Mit Antwort" in html and "Ohne Antwort" not in html
    assert "data-queue-counts" in html
    assert 'data-bulk-action-footer="ITEM"' in html
    waiting = client.get(reverse("vorschlaege:index"), {"status": "submitted"}).content.decode()
    assert "Wartet" in waiting and "Ohne Antwort" not in waiting
    comments = client.get(reverse("kommentare:index"), {"awaiting_moderation": "true"})
    assert comments.status_code == 200


# Bulk actions


def test_bulk_publish_publishes_the_selection_only(client, moderator):
    waiting = [ProposalFactory(status=ProposalStatus.SUBMITTED) for _ in range(3)]
    untouched = ProposalFactory(status=ProposalStatus.SUBMITTED)
    url = bulk_url("proposal", "publish", *(p.pk for p in waiting))
    assert client.get(url).status_code == 200

    response = client.post(url)

    assert response.status_code == 302
    assert set(Proposal.objects.filter(status=ProposalStatus.PUBLISHED).values_list("pk", flat=True)) == {
        p.pk for p in waiting
    }
    untouched.refresh_from_db()
    assert untouched.status == ProposalStatus.SUBMITTED
    assert ModelLogEntry.objects.filter(action="participation.publish").count() == 3


def test_bulk_hide_needs_a_reason_then_hides_and_restore_brings_back(client, moderator):
    proposals = [ProposalFactory(), ProposalFactory()]
    pks = [p.pk for p in proposals]
    url = bulk_url("proposal", "hide", *pks)
    assert client.post(url, {"reason": ""}).status_code == 200
    assert not Proposal.objects.filter(status=ProposalStatus.HIDDEN).exists()

    assert client.post(url, {"reason": "Werbung"}).status_code == 302
    assert Proposal.objects.filter(pk__in=pks, status=ProposalStatus.HIDDEN).count() == 2
    assert client.post(bulk_url("proposal", "restore", *pks)).status_code == 302
    assert Proposal.objects.filter(pk__in=pks, status=ProposalStatus.PUBLISHED).count() == 2


def test_bulk_comment_actions(client, moderator):
    proposal = ProposalFactory(comment_count=1)
    waiting = CommentFactory(proposal=proposal, awaiting_moderation=True)
    shown = CommentFactory(proposal=proposal)
    client.post(bulk_url("comment", "approve", waiting.pk))
    client.post(bulk_url("comment", "hide", waiting.pk, shown.pk), {"reason": "Beleidigung"})
    proposal.refresh_from_db()
    assert Comment.objects.filter(hidden=True).count() == 2
    assert proposal.comment_count == 0


@pytest.mark.parametrize("role", ["citizen", "council"])
def test_bulk_actions_are_refused_without_the_moderator_role(client, role):
    from django.contrib.auth.models import Group

    from core.roles import COUNCIL_GROUP
    from tests.factories import UserFactory

    if role == "citizen":
        client.force_login(ConfirmedUserFactory())
    else:
        user = UserFactory(is_staff=True)
        user.groups.add(Group.objects.get(name=COUNCIL_GROUP))
        admin_login(client, user)
    proposal = ProposalFactory(status=ProposalStatus.SUBMITTED)

    response = client.post(bulk_url("proposal", "publish", proposal.pk))

    assert response.status_code in {302, 403}
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED


# Public pages


def test_duplicate_page_points_to_the_original_and_invites_supporters(client):
    ProposalPhaseFactory()
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    duplicate = ProposalFactory(duplicate_of=original)
    supporter = ConfirmedUserFactory()
    VoteFactory(proposal=duplicate, voter=supporter, value=1)
    client.force_login(supporter)

    html = client.get(f"/en{duplicate.get_absolute_url()}").content.decode()

    assert 'id="duplicate"' in html
    assert f'href="{original.get_absolute_url()}#support"' in html
    # A voter is offered to move the vote to the original (#16): one click, nothing moved without it.
    assert reverse("participation:vote_move", args=[duplicate.pk]) in html
    assert 'class="vote-form"' not in html
    response = client.post(reverse("participation:proposal_vote", args=[duplicate.pk]), {"value": "1"})
    assert response.status_code == 403


def test_duplicate_page_does_not_reveal_an_original_hidden_later(client):
    ProposalPhaseFactory()
    original = ProposalFactory(title="Beleidigender Titel", status=ProposalStatus.HIDDEN)
    duplicate = ProposalFactory(duplicate_of=original)

    html = client.get(duplicate.get_absolute_url()).content.decode()

    assert 'id="duplicate"' in html
    assert "Beleidigender Titel" not in html
    assert original.get_absolute_url() not in html


def test_premoderated_proposal_note_for_its_author_and_404_for_others(client):
    ProposalPhaseFactory()
    ModerationSettings.objects.create(site=Site.objects.get(is_default_site=True), proposals="pre")
    author = ConfirmedUserFactory()
    client.force_login(author)

    response = client.post(
        "/en/vorschlaege/neu/",
        {
            "title": "Fahrradständer am Bahnhof",
            "body": "Mehr Platz für Räder am Bahnhof Wilhelmshöhe.",
            "action_field": "mobility",
            "submission_key": "5b1f0e52-3f1c-4a57-9f7c-0d7e1f5f9a11",
        },
        follow=True,
    )

    proposal = Proposal.objects.get()
    assert proposal.status == ProposalStatus.SUBMITTED
    html = response.content.decode()
    assert 'id="awaiting-review"' in html
    assert "reviewed before it is published" in html or "vor der Veröffentlichung geprüft" in html
    client.force_login(ConfirmedUserFactory())
    assert client.get(proposal.get_absolute_url()).status_code == 404
    client.logout()
    assert proposal.title not in client.get("/vorschlaege/").content.decode()


def test_premoderated_comment_shows_to_its_author_with_a_note(client):
    ProposalPhaseFactory()
    ModerationSettings.objects.create(site=Site.objects.get(is_default_site=True), comments="pre")
    proposal = ProposalFactory()
    author = ConfirmedUserFactory()
    client.force_login(author)

    response = client.post(
        reverse("participation:comment_create", args=[proposal.pk]),
        {"body": "Unbedingt, und mit Schatten.", "submission_key": "0b6c3c4e-8d3a-4b55-9a57-2d0e5f1a2b3c"},
        follow=True,
    )

    html = response.content.decode()
    assert "Unbedingt, und mit Schatten." in html
    assert "comment-awaiting" in html
    client.force_login(ConfirmedUserFactory())
    assert "Unbedingt, und mit Schatten." not in client.get(proposal.get_absolute_url()).content.decode()


def test_reports_queue_shows_one_row_per_item_with_reasons_and_counts(client, moderator):
    from participation.models import Report

    comment = CommentFactory(body="Ein gemeldeter Kommentar")
    proposal = ProposalFactory(title="Ein gemeldeter Vorschlag")
    for reason in (Report.Reason.INSULT, Report.Reason.INSULT, Report.Reason.SPAM):
        Report.objects.create(reporter=ConfirmedUserFactory(), comment=comment, reason=reason)
    Report.objects.create(reporter=ConfirmedUserFactory(), proposal=proposal, reason=Report.Reason.OFF_TOPIC)

    response = client.get(reverse("meldungen:index"), {"open": "true"})

    html = response.content.decode()
    assert html.count(reverse("kommentare:resolve", args=[comment.pk])) == 1
    assert html.count(reverse("vorschlaege:resolve", args=[proposal.pk])) == 1
    insult, spam = (str(label) for label in (Report.Reason.INSULT.label, Report.Reason.SPAM.label))
    assert f"{insult} (2), {spam} (1)" in html
    rows = response.context["object_list"]
    assert sorted(row.open_reports for row in rows) == [1, 3]


def test_project_office_switches_to_premoderation_in_the_site_settings(client, moderator):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["participation", "moderationsettings", site.pk])
    assert client.get(url).status_code == 200

    response = client.post(url, {"proposals": "pre", "comments": "post"})

    assert response.status_code == 302
    assert ModerationSettings.current().premoderate_proposals
    assert not ModerationSettings.current().premoderate_comments


def test_council_cannot_change_the_moderation_settings(client):
    from django.contrib.auth.models import Group

    from core.roles import COUNCIL_GROUP
    from tests.factories import UserFactory

    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=COUNCIL_GROUP))
    admin_login(client, user)
    site = Site.objects.get(is_default_site=True)
    response = client.post(
        reverse("wagtailsettings:edit", args=["participation", "moderationsettings", site.pk]), {"proposals": "pre"}
    )
    assert response.status_code in {302, 403}
    assert not ModerationSettings.current().premoderate_proposals


def test_queue_counts_count_only_open_reports(client, moderator):
    from participation.models import Report

    reported, _quiet = ProposalFactory(), ProposalFactory()
    Report.objects.create(reporter=ConfirmedUserFactory(), proposal=reported, reason=Report.Reason.SPAM)
    ProposalFactory(status=ProposalStatus.SUBMITTED)

    counts = [count for _label, count in client.get(reverse("vorschlaege:index")).context["queue_counts"]]

    assert counts == [3, 1, 1, 0, 0]
