"""Notification services: who gets which email, when, in which language, and nothing twice."""

import datetime
import email.utils

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from notifications.kinds import NotificationKind
from notifications.models import Notification
from notifications.services import (
    notification_preferences_update,
    notify_official_answer,
    notify_proposal_status_changed,
    reply_digests_due,
    staff_digests_create,
)
from notifications.tasks import reply_digests_send_task, staff_digests_send_task
from participation.choices import ProposalStatus
from participation.models import Report
from participation.services import comment_create, comment_hide, proposal_hide, report_create, reports_resolve
from tests.factories import (
    CommentFactory,
    ConfirmedUserFactory,
    ProjectOfficeFactory,
    ProposalFactory,
    ProposalPhaseFactory,
)

pytestmark = pytest.mark.django_db

REASON = "Enthält die Telefonnummer einer anderen Person."


def subscriber(**kwargs):
    """A citizen who ticked "email me" at sign-up (every kind is on by default)."""
    return ConfirmedUserFactory(email_notifications=True, **kwargs)


@pytest.fixture(autouse=True)
def _open_phase():
    ProposalPhaseFactory()


@pytest.fixture
def moderator():
    return ProjectOfficeFactory(notifications_off=["staff_digest"])


@pytest.fixture
def run_on_commit(monkeypatch):
    """Run after-commit callbacks at once: the test's transaction never commits, a request's would.

    Celery runs in-process here, so the enqueued send happens right away.
    """
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def test_hiding_a_proposal_tells_the_author_the_reason_in_their_language(moderator, django_capture_on_commit_callbacks):
    author = subscriber(language="en")
    proposal = ProposalFactory(author=author, title="Trinkbrunnen am Königsplatz")

    with django_capture_on_commit_callbacks(execute=True):
        proposal_hide(proposal, moderator=moderator, reason=REASON)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [author.email]
    assert message.subject == "[Smart Kassel] Your proposal “Trinkbrunnen am Königsplatz” has been hidden"
    assert REASON in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="en">' in html
    assert REASON in html
    # Nobody else's address travels in the mail, not even the moderator's.
    assert moderator.email not in message.body + html + str(message.message())
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://127.0.0.1:8000/en/konto/benachrichtigungen/abbestellen/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.strip("<>") in message.body
    assert Notification.objects.get().status == Notification.Status.SENT


def test_mail_in_german_by_default_escapes_user_text_in_html(moderator, run_on_commit):
    proposal = ProposalFactory(author=subscriber(), title="<b>Fett</b> & mehr")

    proposal_hide(proposal, moderator=moderator, reason="<script>alert(1)</script>")

    message = mail.outbox[0]
    html = message.alternatives[0][0]
    assert '<html lang="de">' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>Fett</b>" not in html
    # Plain text is not escaped: the reader sees what was typed.
    assert "<script>alert(1)</script>" in message.body
    assert "/konto/benachrichtigungen/abbestellen/" in message.body
    assert "/en/" not in message.body


def test_hiding_twice_and_resolving_reports_tell_the_author_once(moderator, run_on_commit):
    proposal = ProposalFactory(author=subscriber())

    proposal_hide(proposal, moderator=moderator, reason=REASON)
    proposal_hide(proposal, moderator=moderator, reason="noch einmal")

    assert len(mail.outbox) == 1
    comment = CommentFactory(author=subscriber(), proposal=ProposalFactory(comment_count=1))
    Report.objects.create(reporter=ConfirmedUserFactory(), comment=comment, reason=Report.Reason.INSULT)
    reports_resolve(comment, moderator=moderator, keep=False, reason="Beleidigung")
    assert len(mail.outbox) == 2
    assert "Beleidigung" in mail.outbox[1].body
    assert mail.outbox[1].to == [comment.author.email]


def test_hiding_a_comment_tells_its_author(moderator, run_on_commit):
    comment = CommentFactory(
        author=subscriber(language="en"), body="Das ist mein Kommentar.", proposal=ProposalFactory(comment_count=1)
    )

    comment_hide(comment, moderator=moderator, reason=REASON)

    (message,) = mail.outbox
    assert message.subject.startswith("[Smart Kassel] Your comment on “")
    assert "Das ist mein Kommentar." in message.body
    assert Notification.objects.get().comment == comment


@pytest.mark.parametrize(
    "preferences",
    [
        {"email_notifications": False},
        {"email_notifications": True, "notifications_off": ["hidden"]},
        {"is_active": False},
    ],
    ids=["general-switch-off", "kind-off", "inactive"],
)
def test_no_mail_to_someone_who_does_not_want_it(moderator, run_on_commit, preferences):
    proposal = ProposalFactory(author=ConfirmedUserFactory(**preferences))

    proposal_hide(proposal, moderator=moderator, reason=REASON)

    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_switching_off_after_the_event_skips_the_pending_mail(moderator, django_capture_on_commit_callbacks):
    author = subscriber()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposal_hide(ProposalFactory(author=author), moderator=moderator, reason=REASON)
    notification_preferences_update(author, wanted={"hidden": False})

    for callback in callbacks:
        callback()

    assert mail.outbox == []
    assert Notification.objects.get().status == Notification.Status.SKIPPED


def test_a_comment_tells_the_proposal_author_but_not_oneself(run_on_commit):
    author = subscriber(language="en")
    proposal = ProposalFactory(author=author, title="Radweg")
    commenter = ConfirmedUserFactory(display_name="Karla")

    comment, _created = comment_create(proposal, author=commenter, body="Unbedingt, mit Beleuchtung!")
    comment_create(proposal, author=author, body="Danke für die Unterstützung.")

    (message,) = mail.outbox
    assert message.to == [author.email]
    assert message.subject == "[Smart Kassel] Karla commented on your proposal “Radweg”"
    assert "Unbedingt, mit Beleuchtung!" in message.body
    assert f"/en/vorschlaege/{proposal.pk}/#comment-{comment.pk}" in message.body
    assert commenter.email not in message.body


def test_a_reply_tells_the_parent_comment_author(run_on_commit):
    proposal = ProposalFactory(author=ConfirmedUserFactory())
    parent_author = subscriber()
    parent = CommentFactory(proposal=proposal, author=parent_author)

    comment_create(proposal, author=ConfirmedUserFactory(), body="Sehe ich auch so.", parent=parent)

    (message,) = mail.outbox
    assert message.to == [parent_author.email]
    assert "Sehe ich auch so." in message.body


def test_several_replies_on_one_day_come_as_one_daily_digest(run_on_commit):
    author = subscriber(language="en")
    proposal = ProposalFactory(author=author)

    for n in range(3):
        comment_create(proposal, author=ConfirmedUserFactory(), body=f"Kommentar {n}")

    assert len(mail.outbox) == 1  # the first at once, the others wait
    assert reply_digests_due() == [author.pk]
    assert reply_digests_send_task.delay().get() == [author.pk]
    assert len(mail.outbox) == 2
    digest = mail.outbox[1]
    assert digest.subject == "[Smart Kassel] 2 new replies to your contributions"
    assert "Kommentar 1" in digest.body and "Kommentar 2" in digest.body and "Kommentar 0" not in digest.body
    # Repeated: nothing is held any more, nothing is sent twice.
    assert reply_digests_send_task.delay().get() == []
    assert len(mail.outbox) == 2
    assert not Notification.objects.filter(status=Notification.Status.PENDING).exists()


def test_a_reply_hidden_before_the_digest_is_left_out(moderator, run_on_commit):
    author = subscriber()
    proposal = ProposalFactory(author=author)
    comment_create(proposal, author=ConfirmedUserFactory(), body="Erster")
    second, _created = comment_create(proposal, author=ConfirmedUserFactory(), body="Zweiter")
    comment_hide(second, moderator=moderator, reason="Spam")

    reply_digests_send_task.delay().get()

    assert len(mail.outbox) == 1
    assert Notification.objects.get(comment=second, kind=NotificationKind.REPLY).status == "skipped"


def test_status_change_tells_the_author_once(run_on_commit):
    author = subscriber(language="en")
    proposal = ProposalFactory(author=author, title="Sensoren", status=ProposalStatus.ACCEPTED)

    notify_proposal_status_changed(proposal, old_status=ProposalStatus.UNDER_REVIEW)
    notify_proposal_status_changed(proposal, old_status=ProposalStatus.ACCEPTED)  # nothing changed

    (message,) = mail.outbox
    assert message.subject == "[Smart Kassel] Your proposal “Sensoren” is now: accepted into the strategy"
    assert "from “under review” to “accepted into the strategy”" in message.body


@pytest.mark.parametrize("status", [ProposalStatus.HIDDEN, ProposalStatus.WITHDRAWN])
def test_no_status_mail_for_hiding_or_withdrawing(run_on_commit, status):
    proposal = ProposalFactory(author=subscriber(), status=status)

    assert notify_proposal_status_changed(proposal, old_status=ProposalStatus.PUBLISHED) is None
    assert mail.outbox == []


def test_official_answer_tells_the_author(run_on_commit):
    author = subscriber()
    proposal = ProposalFactory(author=author, title="Solardächer")

    notify_official_answer(proposal)

    (message,) = mail.outbox
    assert message.to == [author.email]
    assert "Solardächer" in message.subject
    assert f"http://127.0.0.1:8000/vorschlaege/{proposal.pk}/" in message.body
    assert notify_official_answer(ProposalFactory(author=subscriber(notifications_off=["answer"]))) is None


def test_no_mail_when_the_author_deleted_the_account(moderator, run_on_commit):
    proposal = ProposalFactory(author=None)

    proposal_hide(proposal, moderator=moderator, reason=REASON)
    notify_official_answer(proposal)

    assert mail.outbox == []


def test_staff_digest_lists_new_reports_and_waiting_proposals_at_most_hourly(run_on_commit):
    office = ProjectOfficeFactory(language="en")
    ProjectOfficeFactory(notifications_off=["staff_digest"])
    council_member = ConfirmedUserFactory(is_staff=True)  # staff, but not in the project office
    reporter = ConfirmedUserFactory()
    proposal = ProposalFactory(title="Mehr Bänke")
    report_create(reporter=reporter, target=proposal, reason=Report.Reason.SPAM)
    ProposalFactory(title="Wartet auf Freigabe", status=ProposalStatus.SUBMITTED)

    assert len(staff_digests_send_task.delay().get()) == 1

    (message,) = mail.outbox
    assert message.to == [office.email]
    assert message.subject == "[Smart Kassel] Moderation: 1 new reports, 1 contributions awaiting approval"
    assert "Mehr Bänke" in message.body and "Wartet auf Freigabe" in message.body
    assert "http://127.0.0.1:8000/admin/meldungen/" in message.body
    assert reporter.email not in message.body and council_member.email not in str(message.to)
    # Within the hour: no second digest, even with news.
    report_create(reporter=ConfirmedUserFactory(), target=proposal, reason=Report.Reason.OFF_TOPIC)
    assert staff_digests_send_task.delay().get() == []
    # An hour later the news of that hour come in the next digest; then, without news, nothing.
    later = timezone.now() + datetime.timedelta(minutes=61)
    assert len(staff_digests_create(now=later)) == 1
    assert "off-topic" in mail.outbox[1].body and "spam" not in mail.outbox[1].body
    assert staff_digests_create(now=later + datetime.timedelta(hours=2)) == []


def test_a_staff_digest_whose_reports_were_resolved_is_skipped(moderator, django_capture_on_commit_callbacks):
    ProjectOfficeFactory()
    proposal = ProposalFactory()
    report_create(reporter=ConfirmedUserFactory(), target=proposal, reason=Report.Reason.SPAM)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        staff_digests_create()
    reports_resolve(proposal, moderator=moderator, keep=True)

    for callback in callbacks:
        callback()

    assert mail.outbox == []
    assert Notification.objects.get().status == Notification.Status.SKIPPED


def test_mail_headers_are_well_formed(moderator, run_on_commit):
    proposal_hide(ProposalFactory(author=subscriber()), moderator=moderator, reason=REASON)

    parsed = mail.outbox[0].message()
    assert email.utils.parseaddr(parsed["From"])[1] == "beteiligung@smartkassel.localhost"
    assert parsed.is_multipart()
