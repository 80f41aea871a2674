"""#16 item 2 in a real browser: a citizen follows a district on the portal and receives the daily digest, sent by
a real Celery worker to the file mail backend."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from core.choices import District
from notifications.models import Follow
from notifications.tasks import follow_digests_send_task
from tests.conftest import wait_for
from tests.e2e.test_discussion import log_in
from tests.factories import ConfirmedUserFactory, ProposalFactory
from tests.notifications.test_notifications_tasks import worker_mails  # noqa: F401 (a fixture)


@pytest.mark.celery_worker
def test_a_citizen_follows_a_district_and_gets_the_digest(page, context, live_server, worker_mails, celery_worker):  # noqa: F811
    citizen = ConfirmedUserFactory(display_name="Rosa Kasselerin", language="de")
    log_in(context, live_server, citizen)

    page.goto(f"{live_server.url}/konto/benachrichtigungen/folgen/")
    page.get_by_label("Wem möchten Sie folgen?").select_option(f"district:{District.WESERTOR}")
    page.get_by_label("tägliche Zusammenfassung").check()
    page.get_by_role("button", name="Folgen", exact=True).click()
    expect(page.get_by_role("cell", name="Ortsbezirk: Wesertor")).to_be_visible()

    ProposalFactory(title="Sitzbänke am Weserufer", district=District.WESERTOR)
    Follow.objects.update(reported_until=timezone.now() - datetime.timedelta(minutes=5))
    follow_digests_send_task.delay("daily")

    (message,) = wait_for(worker_mails, timeout=60)
    assert message["To"] == citizen.email
    assert "Sitzbänke am Weserufer" in message.get_body(preferencelist=("plain",)).get_content()
