"""Signing up in a real browser: the form, the confirmation email, the confirmation by POST, login, profile."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

EMAIL = "erika.neu@example.org"
DISPLAY_NAME = "Erika aus Wehlheiden"
PASSWORD = "Kassel-Zukunft-2026!"

pytestmark = pytest.mark.usefixtures("demo_site")


def test_citizen_signs_up_confirms_the_email_and_sees_the_profile(page, context, live_server):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Ihr Konto").get_by_role("link", name="Registrieren").click()
    expect(page).to_have_url(live_server.url + "/konto/signup/")

    page.get_by_label("E-Mail", exact=True).fill(EMAIL)
    page.get_by_label("Anzeigename").fill(DISPLAY_NAME)
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    page.get_by_label("Passwort (wiederholen)").fill(PASSWORD)
    page.get_by_role("checkbox", name="Ich akzeptiere die Beteiligungsregeln").check()
    page.get_by_role("checkbox", name="Ich habe die Datenschutzerklärung").check()
    mail.outbox.clear()
    page.get_by_role("button", name="Registrieren").click()

    expect(page).to_have_url(live_server.url + "/konto/confirm-email/")
    assert len(mail.outbox) == 1, [message.subject for message in mail.outbox]
    message = mail.outbox[0]
    assert message.to == [EMAIL]
    assert message.subject.startswith("[Smart Kassel] ")
    # The link points at the server the citizen signed up on.
    link = re.search(rf"{re.escape(live_server.url)}/konto/confirm-email/[\w:-]+/", message.body)
    assert link, message.body

    # The citizen opens the link later, in a browser that no longer holds the sign-up session.
    context.clear_cookies()
    page.goto(link.group(0))
    expect(page.get_by_role("heading", level=1)).to_have_text("E-Mail-Adresse bestätigen")
    # Opening the link alone confirms nothing (mail scanners follow links): the citizen presses the button.
    page.get_by_role("button", name="Bestätigen").click()
    expect(page).to_have_url(live_server.url + "/konto/login/")

    page.get_by_label("E-Mail", exact=True).fill(EMAIL)
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    page.locator("form.form-login").get_by_role("button", name="Anmelden", exact=True).click()
    account_nav = page.get_by_role("navigation", name="Ihr Konto")
    expect(account_nav).to_contain_text(DISPLAY_NAME)

    account_nav.get_by_role("link", name="Mein Profil").click()
    expect(page).to_have_url(live_server.url + "/konto/profil/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Profil")
    details = page.get_by_role("region", name="Ihre Angaben")
    expect(details.get_by_role("definition").first).to_have_text(DISPLAY_NAME)
    expect(details).to_contain_text(EMAIL)


def test_confirming_in_the_same_browser_signs_the_citizen_in(page, live_server):
    page.goto(live_server.url + "/konto/signup/")
    page.get_by_label("E-Mail", exact=True).fill(EMAIL)
    page.get_by_label("Anzeigename").fill(DISPLAY_NAME)
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    page.get_by_label("Passwort (wiederholen)").fill(PASSWORD)
    page.get_by_role("checkbox", name="Ich akzeptiere die Beteiligungsregeln").check()
    page.get_by_role("checkbox", name="Ich habe die Datenschutzerklärung").check()
    mail.outbox.clear()
    page.get_by_role("button", name="Registrieren").click()
    expect(page).to_have_url(live_server.url + "/konto/confirm-email/")
    message = mail.outbox[0]
    assert f"Hallo {DISPLAY_NAME}," in message.body and "Smart Kassel" in message.body
    link = re.search(rf"{re.escape(live_server.url)}/konto/confirm-email/[\w:-]+/", message.body)

    page.goto(link.group(0))
    page.get_by_role("button", name="Bestätigen").click()

    # No second trip through the login form: the person is signed in.
    expect(page.get_by_role("navigation", name="Ihr Konto")).to_contain_text(DISPLAY_NAME)
    expect(page).not_to_have_url(re.compile(r"/konto/login/"))
