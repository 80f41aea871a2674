"""“Barriere melden” in a real browser with JavaScript switched off, the message in the project office's admin,
the accessibility pages under axe, and the English pages behind the language switch."""

import pytest
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from core.roles import MODERATOR_GROUP, roles_sync
from demo.loader import demo_english_pages_load
from portal.feedback.models import BarrierReport
from tests.accounts.test_admin_made_roles import create_in_admin
from tests.staff import admin_browser_login

pytestmark = pytest.mark.usefixtures("demo_site")

DESCRIPTION = "Die Karte lässt sich mit der Tastatur nicht verschieben."


@pytest.fixture
def no_js_page(browser, request_log):
    """A page of a fresh context with JavaScript switched off; fails if it asked any host but the live server."""
    context = browser.new_context(locale="de-DE", java_script_enabled=False, viewport={"width": 375, "height": 812})
    context.set_default_timeout(10_000)
    context.on("request", request_log.record)
    yield context.new_page()
    context.close()
    assert not request_log.foreign()


def open_menu_if_folded(page) -> None:
    """On a small screen the header's links sit in a <details> menu, which opens without JavaScript."""
    summary = page.locator("summary.menu-button")
    if summary.count() and summary.is_visible() and page.locator("details.site-menu[open]").count() == 0:
        summary.click()


def test_a_barrier_is_reported_without_javascript_and_reaches_the_admin(no_js_page, page, context, live_server):
    roles_sync()
    member = create_in_admin(Client(), username="petra", group_name=MODERATOR_GROUP)
    visitor = no_js_page

    visitor.goto(live_server.url + "/smart-safe-mobility/")
    visitor.locator('footer a[href^="/barriere-melden/"]').click()
    expect(visitor.locator("h1")).to_have_text("Barriere melden")
    expect(visitor.locator("#id_page_address")).to_have_value("/smart-safe-mobility/")

    # An error keeps what was typed and says what to do.
    visitor.locator("#id_email").fill("antwort@example.org")
    visitor.locator("form.barrier-report-form button[type=submit]").click()
    expect(visitor.locator("#error-summary")).to_contain_text("Bitte beschreiben Sie die Barriere")
    expect(visitor.locator("#id_email")).to_have_value("antwort@example.org")
    expect(visitor.locator("#id_page_address")).to_have_value("/smart-safe-mobility/")

    visitor.locator("#id_description").fill(DESCRIPTION)
    visitor.locator("form.barrier-report-form button[type=submit]").click()
    expect(visitor.locator("h1")).to_have_text("Vielen Dank für Ihre Nachricht")

    report = BarrierReport.objects.get()
    assert (report.page_address, report.email, report.status) == (
        "/smart-safe-mobility/",
        "antwort@example.org",
        "open",
    )
    assert [message.to for message in mail.outbox] == [[member.email]]

    # The project office member, made in the admin's user form, finds it in the admin's list.
    admin_browser_login(context, live_server, member)
    page.goto(live_server.url + "/admin/barrieren/?status=open")
    expect(page.get_by_text(DESCRIPTION[:40])).to_be_visible()
    page.goto(live_server.url + f"/admin/barrieren/edit/{report.pk}/")
    page.locator("#id_status").select_option("done")
    page.locator("#id_staff_note").fill("Alternative in der Liste erklärt.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page).to_have_url(live_server.url + "/admin/barrieren/")
    report.refresh_from_db()
    assert report.status == "done"


def test_the_accessibility_pages_and_the_form_are_accessible(page, live_server, assert_accessible):
    for path in ["/barrierefreiheit/", "/leichte-sprache/", "/barriere-melden/?seite=/"]:
        page.goto(live_server.url + path)
        expect(page.locator("h1")).to_be_visible()
        assert_accessible(page)
    # The form's errors too.
    page.locator("form.barrier-report-form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page)


def test_the_language_switch_shows_the_english_field_page_and_navigation(no_js_page, live_server):
    demo_english_pages_load()
    page = no_js_page

    page.goto(live_server.url + "/smart-safe-mobility/")
    expect(page.get_by_role("heading", name="Sichere Schulwege")).to_be_visible()
    open_menu_if_folded(page)
    page.locator("form.language-switcher button[value=en]").click()

    expect(page).to_have_url(live_server.url + "/en/smart-safe-mobility/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1").first).to_have_text("Smart Safe Mobility")
    expect(page.get_by_role("heading", name="Safe routes to school")).to_be_visible()
    open_menu_if_folded(page)
    expect(page.locator(".main-nav").get_by_role("link", name="Participation in figures")).to_be_visible()
    expect(page.locator(".main-nav").get_by_role("link", name="The Smart City strategy at a glance")).to_be_visible()
