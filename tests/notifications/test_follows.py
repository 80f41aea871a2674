"""#16 item 2: follow a proposal, an action field or a district; hear at once, daily or weekly, or not at all."""

import datetime
import uuid
from types import SimpleNamespace

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.choices import ActionField, District
from notifications.follows import follow_digests_send, follow_set
from notifications.kinds import NotificationKind
from notifications.models import Follow, Notification, NotificationPreference
from notifications.personal_data import personal_data_export
from notifications.tasks import follow_digests_send_task
from participation import extensions
from participation.services import ProposalData, proposal_answer, proposal_create
from tests.conftest import wait_for
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, ProposalPhaseFactory
from tests.notifications.test_notifications_tasks import worker_mails  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

Frequency = Follow.Frequency


def _later(minutes=1):
    return timezone.now() + datetime.timedelta(minutes=minutes)


def test_a_district_digest_lists_new_proposals_there_once(django_capture_on_commit_callbacks):
    citizen = ConfirmedUserFactory(language="de")
    follow_set(citizen, district=District.WESERTOR, frequency=Frequency.DAILY)
    ProposalFactory(title="Sitzbänke am Weserufer", district=District.WESERTOR)
    ProposalFactory(title="Anderswo", district=District.MITTE)

    with django_capture_on_commit_callbacks(execute=True):
        (notification,) = follow_digests_send(Frequency.DAILY, now=_later())
    with django_capture_on_commit_callbacks(execute=True):
        assert follow_digests_send(Frequency.DAILY, now=_later(2)) == []  # nothing new: no second mail

    titles = [item["title"] for item in notification.payload["items"]]
    assert titles == ["Sitzbänke am Weserufer"]
    (message,) = mail.outbox
    assert "Sitzbänke am Weserufer" in message.body and "Anderswo" not in message.body
    assert "abbestellen" in message.extra_headers["List-Unsubscribe"]


def test_an_immediate_field_follower_hears_of_a_new_proposal_at_once(django_capture_on_commit_callbacks, client):
    ProposalPhaseFactory()
    citizen = ConfirmedUserFactory()
    follow_set(citizen, action_field=ActionField.MOBILITY, frequency=Frequency.IMMEDIATE)
    author = ConfirmedUserFactory()
    client.force_login(author)

    with django_capture_on_commit_callbacks(execute=True):
        proposal_create(
            author=author,
            data=ProposalData(title="Tempo 30 am Stern", body="Bitte Tempo 30 am Stern.", action_field="mobility"),
            submission_key=uuid.uuid4(),
        )

    assert [m.to for m in mail.outbox] == [[citizen.email]]
    assert "Tempo 30 am Stern" in mail.outbox[0].subject


def test_a_followed_proposal_reports_its_answer_and_its_way_into_the_strategy(monkeypatch):
    citizen = ConfirmedUserFactory()
    proposal = ProposalFactory(title="Trinkbrunnen am Königsplatz")
    follow_set(citizen, proposal=proposal, frequency=Frequency.WEEKLY)
    proposal_answer(proposal, moderator=ProjectOfficeFactory(), status="under_review", answer="Wir prüfen das.")

    link = {"label": "Wasser in der Innenstadt", "page_url": "/smart-ecosystem-services/strategie/", "anchor": "t"}

    def provider(proposal_id):
        return [SimpleNamespace(**link)] if proposal_id == proposal.pk else []

    # The strategy registers its provider in its AppConfig; this test adds one for the duration of the test only.
    monkeypatch.setattr(extensions, "_proposal_link_providers", [*extensions._proposal_link_providers, provider])
    (notification,) = follow_digests_send(Frequency.WEEKLY, now=_later())

    kinds = [item["kind"] for item in notification.payload["items"]]
    assert kinds == ["answer", "strategy"]
    assert follow_digests_send(Frequency.WEEKLY, now=_later(2)) == []  # "in die Strategie" is news once


def test_off_means_no_mail():
    citizen = ConfirmedUserFactory()
    follow_set(citizen, district=District.MITTE, frequency=Frequency.OFF)
    ProposalFactory(district=District.MITTE)

    assert follow_digests_send(Frequency.DAILY, now=_later()) == []
    assert not Notification.objects.exists()


def test_the_follow_pages(client):
    citizen = ConfirmedUserFactory()
    proposal = ProposalFactory(title="Nachtbus")
    assert client.get(reverse("notifications:follows")).status_code == 302  # login first
    client.force_login(citizen)

    client.post(reverse("notifications:follows"), {"target": "district:wesertor", "frequency": "weekly"})
    client.post(reverse("notifications:follow_proposal", args=[proposal.pk]), {"frequency": "immediate"})
    page = client.get(reverse("notifications:follows")).content.decode()

    assert "Wesertor" in page and "Nachtbus" in page
    follows = {(f.district or f.proposal_id, f.frequency) for f in Follow.objects.filter(user=citizen)}
    assert follows == {("wesertor", "weekly"), (proposal.pk, "immediate")}
    assert "Wesertor" in client.get(reverse("accounts:profile")).content.decode()  # the profile lists them
    exported = personal_data_export(citizen)["follows"]  # and the data export, in words
    assert {row["what"] for row in exported} == {"Wesertor", "Nachtbus"}

    remove = Follow.objects.get(district="wesertor").pk
    client.post(reverse("notifications:follows"), {"remove": remove})
    assert not Follow.objects.filter(pk=remove).exists()


def test_an_invalid_follow_says_why_and_keeps_the_choice(client):
    client.force_login(ConfirmedUserFactory())
    page = client.post(reverse("notifications:follows"), {"target": "district:atlantis", "frequency": "daily"})
    assert page.status_code == 200 and "atlantis" not in page.content.decode().split("<select")[0]
    assert not Follow.objects.exists()


@pytest.mark.celery_worker
def test_a_real_worker_sends_the_district_digest(worker_mails, celery_worker):  # noqa: F811
    citizen = ConfirmedUserFactory(language="de")
    follow_set(citizen, district=District.WESERTOR, frequency=Frequency.DAILY)
    ProposalFactory(title="Radweg Weserstraße", district=District.WESERTOR)
    Follow.objects.update(reported_until=timezone.now() - datetime.timedelta(days=1))

    follow_digests_send_task.delay("daily")

    (message,) = wait_for(worker_mails, timeout=60)
    assert message["To"] == citizen.email
    assert "Radweg Weserstraße" in message.get_body(preferencelist=("plain",)).get_content()
    assert Notification.objects.get().kind == NotificationKind.FOLLOW


def test_an_author_follows_their_own_proposal_and_is_not_told_its_answer_twice(django_capture_on_commit_callbacks):
    ProposalPhaseFactory()
    author = ConfirmedUserFactory(email_notifications=True)
    with django_capture_on_commit_callbacks(execute=True):
        proposal, _created = proposal_create(
            author=author,
            data=ProposalData(title="Trinkbrunnen", body="Am Bahnhof bitte.", action_field="ecosystem"),
            submission_key=uuid.uuid4(),
        )
    assert Follow.objects.get(user=author).proposal == proposal
    # ... and sees so on the proposal's page, with the way to change it
    client = Client()
    client.force_login(author)
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert 'id="follow"' in page and reverse("notifications:follows") in page

    with django_capture_on_commit_callbacks(execute=True):
        proposal_answer(proposal, moderator=ProjectOfficeFactory(), status="under_review", answer="Wir prüfen das.")
        follow_digests_send(Frequency.DAILY, now=_later())

    kinds = [n.kind for n in Notification.objects.filter(recipient=author)]
    assert kinds.count(NotificationKind.ANSWER) == 1 and NotificationKind.FOLLOW not in kinds


@pytest.mark.django_db
def test_a_new_proposal_tells_many_followers_in_a_constant_number_of_queries(django_assert_max_num_queries):
    """The fan-out runs inside the author's request: one query per follower would grow with the city."""
    from notifications.follows import follow_news_now

    for _ in range(30):
        Follow.objects.create(user=ConfirmedUserFactory(), action_field="mobility", frequency=Frequency.IMMEDIATE)
    muted = ConfirmedUserFactory()
    Follow.objects.create(user=muted, action_field="mobility", frequency=Frequency.IMMEDIATE)
    NotificationPreference.objects.create(user=muted, follow=False)
    proposal = ProposalFactory(action_field="mobility")
    with django_assert_max_num_queries(6):
        recorded = follow_news_now(proposal, "new")
    assert len(recorded) == 30
    assert muted.pk not in {n.recipient_id for n in recorded}
    assert Notification.objects.filter(kind=NotificationKind.FOLLOW).count() == 30
