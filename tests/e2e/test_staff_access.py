"""Staff in a real browser: two-factor setup on the way into the admin, the code at the next login, and a council
member who reads a strategy draft but cannot edit or publish it.

Selectors use names and ids, not labels: the new interface texts are translated at the integrator's merge.
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from core.choices import ActionField
from core.roles import COUNCIL_GROUP, MODERATOR_GROUP
from portal.models import ActionFieldPage
from strategy.models import StrategyPage
from tests.factories import StaffUserFactory, totp_activate, totp_code

PASSWORD = "ein-sicheres-passwort"  # UserFactory's

pytestmark = pytest.mark.usefixtures("demo_site")


def sign_in_with_password(page, base_url, email):
    page.goto(base_url + "/admin/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form-login button[type=submit]").first.click()


def enter_code(page, code):
    page.locator("input[name=code]").fill(code)
    page.locator("form.form-mfa-authenticate button[type=submit]").first.click()


def test_staff_sets_up_an_authenticator_app_and_then_signs_in_with_its_code(
    page, context, live_server, assert_accessible
):
    user = StaffUserFactory(totp=False, group=MODERATOR_GROUP, email="buero@example.org")

    sign_in_with_password(page, live_server.url, user.email)
    # /admin/ sends the account to the setup, which confirms the password first, and says why.
    expect(page.locator(".message-warning")).to_contain_text(re.compile("two-factor|Zwei-Faktor", re.IGNORECASE))
    page.locator("main input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    secret_field = page.locator("#authenticator_secret")
    expect(secret_field).to_be_visible()
    expect(page.locator("img.mfa-qr")).to_be_visible()
    assert_accessible(page)

    page.locator("input[name=code]").fill(totp_code(secret_field.input_value()))
    page.locator("form.form-mfa-activate button[type=submit]").click()

    # The recovery codes, then on to the admin.
    expect(page.locator("#recovery_codes")).to_be_visible()
    page.locator("main a[href='/admin/']").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.locator("#participation-overview-section")).to_be_visible()

    # Next time the login asks for the app's code before the admin opens.
    context.clear_cookies()
    sign_in_with_password(page, live_server.url, user.email)
    expect(page.locator("form.form-mfa-authenticate")).to_be_visible()
    assert_accessible(page)
    enter_code(page, totp_code(_secret(user)))
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.locator("#participation-overview-section")).to_be_visible()


def test_every_login_path_asks_staff_for_the_second_factor(page, context, live_server):
    """F1: Wagtail's front-end login, a login by e-mailed code and a session without the code all meet the app."""
    from django.core import mail

    user = StaffUserFactory(group=MODERATOR_GROUP, email="zweiter-faktor@example.org", is_superuser=True)
    secret = _secret(user)

    # Wagtail's own login form is gone: its address shows allauth's login, which then asks for the code.
    page.goto(live_server.url + "/_util/login/?next=/admin/")
    expect(page.locator("form.form-login")).to_be_visible()
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form-login button[type=submit]").first.click()
    expect(page.locator("form.form-mfa-authenticate")).to_be_visible()
    page.goto(live_server.url + "/admin/")
    expect(page).not_to_have_url(live_server.url + "/admin/")

    # A login by an e-mailed code asks for the app's code too.
    context.clear_cookies()
    mail.outbox.clear()
    page.goto(live_server.url + "/konto/login/code/?next=/admin/")
    page.locator("input[name=email]").fill(user.email)
    page.locator("main form button[type=submit]").first.click()
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.MULTILINE).group(1)
    page.locator("input[name=code]").fill(code)
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("form.form-mfa-authenticate")).to_be_visible()
    enter_code(page, totp_code(secret))
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.locator("#participation-overview-section")).to_be_visible()


def _secret(user) -> str:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import decrypt

    return decrypt(Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"])


def test_council_member_reads_a_strategy_draft_but_cannot_edit_or_publish(page, live_server):
    field_page = ActionFieldPage.objects.get(action_field=ActionField.MOBILITY)
    draft = StrategyPage(
        title="Strategie: Sicher unterwegs",
        slug="strategie",
        live=False,
        body=[("paragraph", RichText("<p>Entwurf: sichere Schulwege an der Wilhelmshöher Allee.</p>"))],
    )
    field_page.add_child(instance=draft)
    draft.save_revision()
    council = StaffUserFactory(totp=False, group=COUNCIL_GROUP, email="rat@example.org")
    secret = totp_activate(council)

    sign_in_with_password(page, live_server.url, council.email)
    enter_code(page, totp_code(secret))
    expect(page).to_have_url(live_server.url + "/admin/")

    # The admin's menu leads to the drafts; the list offers reading, no editing.
    page.locator("a[href='/admin/strategie-entwuerfe/']").first.click()
    drafts = page.locator("main table")
    expect(drafts).to_contain_text("Strategie: Sicher unterwegs")
    expect(drafts.locator(f"a[href='/admin/pages/{draft.pk}/edit/']")).to_have_count(0)
    drafts.locator(f"a[href='/admin/strategie-entwuerfe/{draft.pk}/']").click()
    expect(page.locator("body")).to_contain_text("sichere Schulwege an der Wilhelmshöher Allee")

    # Wagtail's own edit page and draft view turn the council member away, with nothing to press.
    for path in (f"/admin/pages/{draft.pk}/edit/", f"/admin/pages/{draft.pk}/view_draft/"):
        page.goto(live_server.url + path)
        expect(page).not_to_have_url(live_server.url + path)
        expect(page.locator("[name=action-publish]")).to_have_count(0)
    expect(page.locator("a[href='/admin/pages/']")).to_have_count(0)
    draft.refresh_from_db()
    assert not draft.live
