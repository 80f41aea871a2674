"""Email choices in a real browser: switching a kind off on the profile, and the unsubscribe link of a mail."""

import pytest
from playwright.sync_api import expect

from notifications.kinds import NotificationKind
from notifications.models import Notification
from notifications.selectors import notification_preference
from notifications.tokens import unsubscribe_token
from tests.e2e.test_discussion import log_in
from tests.factories import ConfirmedUserFactory, FailedNotificationFactory, StaffUserFactory
from tests.staff import admin_browser_login

REPLIES = "Someone comments on my proposal or replies to my comment"


@pytest.fixture
def citizen(django_db_serialized_rollback, transactional_db):
    """A citizen who wants emails. Serialized rollback keeps Wagtail's root page for the tests after this one."""
    return ConfirmedUserFactory(display_name="Rosa Kasselerin", email_notifications=True)


def test_a_citizen_switches_replies_off_on_the_profile(page, context, live_server, citizen, assert_accessible):
    log_in(context, live_server, citizen)
    page.goto(live_server.url + "/en/konto/profil/")

    choices = page.get_by_role("group", name="Which emails?")
    # status, answer, hidden, duplicate, reply: the project office's digest is not offered
    expect(choices.get_by_role("checkbox")).to_have_count(6)
    replies = choices.get_by_role("checkbox", name=REPLIES)
    expect(replies).to_be_checked()
    assert_accessible(page)
    replies.uncheck()
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_text("Your profile has been saved.")).to_be_visible()
    expect(page.get_by_role("group", name="Which emails?").get_by_role("checkbox", name=REPLIES)).not_to_be_checked()
    citizen.refresh_from_db()
    preference = notification_preference(citizen)
    assert not preference.reply and preference.status


def test_the_unsubscribe_link_works_without_logging_in(page, live_server, citizen, assert_accessible):
    token = unsubscribe_token(citizen, NotificationKind.STATUS)
    page.goto(f"{live_server.url}/en/konto/benachrichtigungen/abbestellen/{token}/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Unsubscribe from emails")
    expect(page.get_by_text("The status of my proposal changes")).to_be_visible()
    assert_accessible(page)
    citizen.refresh_from_db()
    assert notification_preference(citizen).status  # opening the link alone changes nothing
    page.get_by_role("button", name="Unsubscribe").click()

    expect(page.get_by_role("status")).to_contain_text("You will no longer receive these emails")
    assert_accessible(page)
    citizen.refresh_from_db()
    preference = notification_preference(citizen)
    assert not preference.status and preference.reply


def test_it_sends_failed_mails_again_from_the_outbox(page, context, live_server, citizen):
    failed = FailedNotificationFactory(recipient=citizen)
    admin_browser_login(context, live_server, StaffUserFactory(is_superuser=True))

    page.goto(live_server.url + "/admin/")
    page.get_by_role("button", name="Participation").click()
    page.get_by_role("link", name="Notifications").click()
    expect(page.get_by_role("table")).to_contain_text("SMTPServerDisconnected")
    page.get_by_role("link", name="Send 1 failed mail again").click()
    expect(page.get_by_text("1 mail could not be sent even after all retries.")).to_be_visible()
    page.get_by_role("button", name="Send failed mails again").click()

    expect(page.get_by_text("1 failed mail will be sent again.")).to_be_visible()
    failed.refresh_from_db()
    assert failed.status == Notification.Status.SENT  # tasks run in-process in tests; locmem took the mail
