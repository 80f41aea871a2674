"""Moderation leaves no loose ends (issue 13): hidden comments keep their replies, duplicates are announced and
close the matching reports, the duplicate and answer forms say what they did."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from notifications.kinds import NotificationKind
from notifications.models import Notification
from participation import services
from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Report
from participation.selectors import comment_thread
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
def office():
    return ProjectOfficeFactory()


def _counted(proposal: Proposal) -> None:
    proposal.comment_count = Comment.objects.filter(proposal=proposal).public().filter(deleted=False).count()
    proposal.save(update_fields=["comment_count"])


# Hiding a comment keeps its replies


def test_hiding_a_comment_keeps_its_replies_and_a_placeholder(client, office):
    ProposalPhaseFactory()
    proposal = ProposalFactory()
    root = CommentFactory(proposal=proposal, body="Das ist beleidigend.")
    reply = CommentFactory(proposal=proposal, parent=root, body="Eine sachliche Antwort darauf.")
    other = CommentFactory(proposal=proposal, body="Ein anderer Kommentar.")
    _counted(proposal)

    services.comment_hide(root, moderator=office, reason="Beleidigung")

    roots = list(comment_thread(proposal))
    assert [c.pk for c in roots] == [root.pk, other.pk]
    assert [r.pk for r in roots[0].public_replies] == [reply.pk]
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert f'<article class="comment comment-hidden" id="comment-{root.pk}"' in html
    assert "Eine sachliche Antwort darauf." in html
    assert "Das ist beleidigend." not in html
    # The heading counts what is shown: the reply and the other comment, not the placeholder.
    shown = html.count('class="user-text comment-body"')
    assert shown == 2
    assert re.search(r'<span class="count">\(2\)</span>', html)


def test_a_hidden_comment_without_visible_replies_leaves_no_placeholder(office):
    proposal = ProposalFactory()
    root = CommentFactory(proposal=proposal)
    reply = CommentFactory(proposal=proposal, parent=root)
    _counted(proposal)
    services.comment_hide(reply, moderator=office, reason="Spam")
    services.comment_hide(root, moderator=office, reason="Spam")

    assert list(comment_thread(proposal)) == []


# Marking a duplicate


@pytest.fixture
def moderator(client):
    return admin_login(client, ProjectOfficeFactory())


def test_marking_a_duplicate_notifies_the_author_in_their_language_and_closes_matching_reports(
    client, moderator, django_capture_on_commit_callbacks
):
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    author = ConfirmedUserFactory(language="de", email_notifications=True)
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte", author=author)
    said_duplicate = Report.objects.create(
        reporter=ConfirmedUserFactory(), proposal=duplicate, reason=Report.Reason.OTHER, text="Das ist doppelt"
    )
    spam = Report.objects.create(reporter=ConfirmedUserFactory(), proposal=duplicate, reason=Report.Reason.SPAM)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("vorschlaege:duplicate", args=[duplicate.pk]), {"original": str(original.pk)})

    assert response.status_code == 302
    notification = Notification.objects.get(recipient=author)
    assert notification.kind == NotificationKind.DUPLICATE
    assert notification.status == Notification.Status.SENT
    [message] = [m for m in mail.outbox if author.email in m.to]
    assert "Trinkbrunnen Königsplatz bitte" in message.subject
    assert original.get_absolute_url() in message.body
    said_duplicate.refresh_from_db()
    spam.refresh_from_db()
    assert said_duplicate.resolved_at is not None
    assert spam.resolved_at is None  # a report of something else still waits for a decision


def test_the_same_marking_again_notifies_nobody(moderator):
    original = ProposalFactory()
    duplicate = ProposalFactory(author=ConfirmedUserFactory(email_notifications=True))
    services.proposal_mark_duplicate(duplicate, moderator=moderator, original=original)
    services.proposal_mark_duplicate(duplicate, moderator=moderator, original=original)
    assert Notification.objects.filter(kind=NotificationKind.DUPLICATE).count() == 1


def test_the_authors_profile_shows_the_duplicate_marking(client, moderator):
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    author = ConfirmedUserFactory()
    duplicate = ProposalFactory(title="Trinkbrunnen bitte", author=author)
    services.proposal_mark_duplicate(duplicate, moderator=moderator, original=original)

    client.force_login(author)
    html = client.get(reverse("accounts:profile")).content.decode()
    assert "badge-duplicate" in html
    assert "Trinkbrunnen am Königsplatz" in html


def test_duplicate_form_has_no_links_in_labels_and_shows_date_and_votes(client, moderator):
    original = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    VoteFactory(proposal=original, value=1)
    Proposal.objects.filter(pk=original.pk).update(agree_count=1)
    duplicate = ProposalFactory(title="Trinkbrunnen Königsplatz bitte")
    html = client.get(reverse("vorschlaege:duplicate", args=[duplicate.pk])).content.decode()

    labels = re.findall(r"<label[^>]*>.*?</label>", html, re.DOTALL)
    assert labels and not any("<a " in label for label in labels)
    created = original.created.astimezone(ZoneInfo("Europe/Berlin")).strftime("%d.%m.%Y")
    assert any(f'value="{original.pk}"' in label and f"({created}, 1 " in label for label in labels)
    assert f'href="{original.get_absolute_url()}" target="_blank"' in html  # the "open" link, outside the label


def test_an_empty_duplicate_form_never_unmarks(client, moderator):
    original, duplicate = ProposalFactory(), ProposalFactory()
    services.proposal_mark_duplicate(duplicate, moderator=moderator, original=original)
    url = reverse("vorschlaege:duplicate", args=[duplicate.pk])

    assert client.post(url, {}).status_code == 200  # the form asks for a choice
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == original

    response = client.post(url, {"not_duplicate": "on"}, follow=True)
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of is None
    assert "Nicht mehr als Duplikat markiert." in response.content.decode()


def test_the_answer_form_submitted_unchanged_says_no_change(client, moderator):
    proposal = ProposalFactory(status=ProposalStatus.UNDER_REVIEW, official_answer="Wir prüfen das.")
    url = reverse("vorschlaege:answer", args=[proposal.pk])

    response = client.post(url, {"status": ProposalStatus.UNDER_REVIEW, "answer": "Wir prüfen das."}, follow=True)

    html = response.content.decode()
    assert "No change" in html or "Keine Änderung" in html
    assert "Die Antwort wurde gespeichert" not in html


# The project office's "Zu erledigen" list


def test_todo_lists_what_waits_oldest_first_with_links_to_the_forms(client, moderator, settings):
    settings.MODERATION_TODO_ANSWER_MIN_VOTES = 2
    settings.MODERATION_TODO_ANSWER_AFTER_DAYS = 7
    old = timezone.now() - datetime.timedelta(days=30)
    popular = ProposalFactory(title="Viel unterstützt", agree_count=3)
    Proposal.objects.filter(pk=popular.pk).update(created=old)
    ProposalFactory(title="Beantwortet", agree_count=3, official_answer="Ja.")
    ProposalFactory(title="Zu neu", agree_count=3)
    waiting = ProposalFactory(title="Wartet auf Freigabe", status=ProposalStatus.SUBMITTED)
    comment = CommentFactory(awaiting_moderation=True, body="Ein wartender Kommentar")
    reported = ProposalFactory(title="Gemeldet am Ring")  # not just "Gemeldet": the menu has "Gemeldete Barrieren"
    Report.objects.create(reporter=ConfirmedUserFactory(), proposal=reported, reason=Report.Reason.SPAM)
    Report.objects.create(reporter=ConfirmedUserFactory(), proposal=reported, reason=Report.Reason.OTHER)

    response = client.get(reverse("participation_todo"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Beantwortet" not in html and "Zu neu" not in html
    positions = [
        html.index(text) for text in ["Viel unterstützt", "Wartet auf Freigabe", "Ein wartender", "Gemeldet am Ring"]
    ]
    assert positions == sorted(positions)  # oldest first
    for url in [
        reverse("vorschlaege:answer", args=[popular.pk]),
        reverse("vorschlaege:publish", args=[waiting.pk]),
        reverse("kommentare:approve", args=[comment.pk]),
        reverse("vorschlaege:resolve", args=[reported.pk]),
    ]:
        assert f'href="{url}"' in html
    assert html.count(reverse("vorschlaege:resolve", args=[reported.pk])) == 1  # one row per reported item


def test_todo_is_for_the_project_office_only(client):
    client.force_login(ConfirmedUserFactory())
    assert client.get(reverse("participation_todo")).status_code in {302, 403}


# The admin speaks German: labels, icons, local times, one name per menu


def test_comment_listing_shows_labels_and_icons_not_raw_values(client, moderator):
    proposal = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    CommentFactory(proposal=proposal, hidden=True, author=ConfirmedUserFactory(username="demo226"))

    html = client.get(reverse("kommentare:index")).content.decode()

    assert "False" not in html and "True" not in html
    assert "demo226" not in html
    assert ">Proposal<" not in html


def test_a_comment_names_itself_by_number_and_text_not_by_username():
    comment = CommentFactory(author=ConfirmedUserFactory(username="demo226"), body="Gute Idee")
    assert "demo226" not in str(comment)
    assert str(comment.pk) in str(comment) and "Gute Idee" in str(comment)


def test_report_detail_shows_local_time_and_no_raw_values(client, moderator):
    comment = CommentFactory()
    report = Report.objects.create(reporter=ConfirmedUserFactory(), comment=comment, reason=Report.Reason.SPAM)

    html = client.get(reverse("meldungen:inspect", args=[report.pk])).content.decode()

    assert ">None<" not in html and "\n    None\n" not in html
    local = timezone.localtime(report.created).strftime("%H:%M")
    assert local in html


def test_our_reports_menu_has_a_name_of_its_own():
    from django.utils import translation

    from participation.wagtail_hooks import ReportViewSet

    # Our catalogue used to translate Wagtail's msgid "Reports" too, so Wagtail's reports menu read "Meldungen".
    with translation.override("en"):
        assert str(ReportViewSet.menu_label) != "Reports"
