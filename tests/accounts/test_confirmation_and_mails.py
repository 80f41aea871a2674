"""Confirming the address signs the person in; allauth's mails name the portal and the display name."""

import re

import pytest
from django.test import Client, override_settings

from tests.accounts.test_views import NEW_PASSWORD, confirmation_path, logged_in_user_id, signup_data, url
from tests.factories import ConfirmedUserFactory

pytestmark = pytest.mark.django_db


def test_confirming_the_address_in_the_same_browser_signs_the_person_in(client, mailoutbox):
    client.post(url("account_signup"), signup_data())

    response = client.post(confirmation_path(mailoutbox[0]))

    assert response.status_code == 302
    assert logged_in_user_id(client) is not None


def test_a_link_opened_in_another_browser_still_asks_for_the_password(client, mailoutbox):
    client.post(url("account_signup"), signup_data())
    other = Client()

    other.post(confirmation_path(mailoutbox[0]))

    assert other.session.get("_auth_user_id") is None


def test_the_confirmation_mail_names_the_portal_and_the_display_name(client, mailoutbox):
    client.post(url("account_signup"), signup_data(display_name="Neue Bürgerin"))

    body = mailoutbox[0].body
    assert "Guten Tag Neue Bürgerin," in body or "Hallo Neue Bürgerin," in body
    assert "Smart Kassel" in body
    assert "Konto bei" not in body
    assert "neue_burgerin" not in body  # the internal username
    assert "[Smart Kassel]" in mailoutbox[0].subject


def test_the_password_reset_mail_greets_by_display_name_without_the_username(client, mailoutbox):
    user = ConfirmedUserFactory(display_name="Frau Fulda", email="fulda@example.org")

    client.post(url("account_reset_password"), {"email": "fulda@example.org"})

    body = mailoutbox[0].body
    assert "Frau Fulda" in body
    assert user.username not in body


def test_the_login_button_says_anmelden(client):
    html = client.get(url("account_login")).content.decode()

    button = re.search(r'<button type="submit" class="[^"]*button-login">\s*(.*?)\s*</button>', html)
    assert button.group(1) == "Anmelden"


@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_signing_in_after_confirming_still_works(client, mailoutbox):
    client.post(url("account_signup"), signup_data())
    client.post(confirmation_path(mailoutbox[0]))
    client.logout()

    response = client.post(url("account_login"), {"login": "neu@example.org", "password": NEW_PASSWORD})

    assert response.status_code == 302
