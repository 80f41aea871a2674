import re
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from accounts.models import Consent, User
from participation.choices import ProposalStatus
from tests.factories import ConfirmedUserFactory, ProposalFactory

pytestmark = pytest.mark.django_db

PASSWORD = "ein-sicheres-passwort"  # UserFactory's
NEW_PASSWORD = "Fulda-Aue-2026-kassel"


def url(name: str, lang: str = "de") -> str:
    # Each request activates its page's language; a reverse() outside one must not depend on the last.
    with translation.override(lang):
        return reverse(name)


def signup_data(**overrides):
    return {
        "email": "neu@example.org",
        "display_name": "Neue Bürgerin",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "district": "wesertor",
        "language": "de",
        "accept_participation_rules": "on",
        "accept_privacy_notice": "on",
        **overrides,
    }


def confirmation_path(message) -> str:
    url = re.search(r"https?://\S+/konto/confirm-email/\S+/", message.body).group()
    return urlparse(url).path


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def test_signup_page_renders_the_form_accessibly(client):
    html = client.get(url("account_signup")).content.decode()
    for snippet in [
        'autocomplete="email"',
        'autocomplete="nickname"',
        'autocomplete="new-password"',
        'aria-describedby="id_display_name_helptext"',
        'name="accept_participation_rules"',
        'name="accept_privacy_notice"',
    ]:
        assert snippet in html
    assert "error-summary" not in html


def test_signup_errors_are_summarised_and_tied_to_their_fields(client):
    response = client.post(url("account_signup"), signup_data(display_name="Projektbüro", accept_privacy_notice=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary" role="alert"' in html
    assert '<a href="#id_display_name">' in html and '<a href="#id_accept_privacy_notice">' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_display_name_helptext id_display_name_error"' in html
    assert 'id="id_display_name_error"' in html
    assert not User.objects.filter(email="neu@example.org").exists()


def test_consent_labels_link_the_rules_and_the_privacy_notice(client):
    root = Site.objects.get(is_default_site=True).root_page
    root.add_child(instance=Page(title="Beteiligungsregeln", slug="beteiligungsregeln"))
    root.add_child(instance=Page(title="Datenschutz", slug="datenschutz"))
    html = client.get(url("account_signup")).content.decode()
    assert 'href="/beteiligungsregeln/" target="_blank"' in html
    assert 'href="/datenschutz/" target="_blank"' in html


def test_signup_confirm_then_login(client, mailoutbox):
    response = client.post(url("account_signup"), signup_data())

    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent")
    user = User.objects.get(email="neu@example.org")
    assert (user.display_name, user.district, user.language) == ("Neue Bürgerin", "wesertor", "de")
    assert user.username == "neue_burgerin"  # derived from the display name, not from the email address
    assert set(Consent.objects.filter(user=user).values_list("document", flat=True)) == {
        "participation_rules",
        "privacy_notice",
    }
    assert logged_in_user_id(client) is None
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["neu@example.org"]

    path = confirmation_path(mailoutbox[0])
    assert client.get(path).status_code == 200  # confirming takes a POST, so mail scanners cannot
    assert not EmailAddress.objects.get(user=user).verified
    client.post(path)
    assert EmailAddress.objects.get(user=user).verified

    response = client.post(url("account_login"), {"login": "neu@example.org", "password": NEW_PASSWORD})
    assert response.status_code == 302 and response.url == "/"
    assert logged_in_user_id(client) == str(user.pk)


def test_unconfirmed_person_cannot_sign_in_and_is_asked_to_confirm(client, mailoutbox):
    client.post(url("account_signup"), signup_data())
    mailoutbox.clear()

    response = client.post(url("account_login"), {"login": "neu@example.org", "password": NEW_PASSWORD})

    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent")
    assert logged_in_user_id(client) is None


def test_signup_with_a_registered_email_answers_like_a_new_one(client, mailoutbox, django_capture_on_commit_callbacks):
    existing = ConfirmedUserFactory(email="vorhanden@example.org")

    new = client.post(url("account_signup"), signup_data(email="frisch@example.org", display_name="Frisch"))
    # Its mail goes from a task after the commit (issue 14, F5: timing).
    with django_capture_on_commit_callbacks(execute=True):
        taken = client.post(url("account_signup"), signup_data(email="vorhanden@example.org", display_name="Zweit"))

    assert (taken.status_code, taken.url) == (new.status_code, new.url)
    assert User.objects.filter(email="vorhanden@example.org").get() == existing
    assert not User.objects.filter(display_name="Zweit").exists()
    # The owner of the address learns of the attempt by email, not the person at the form.
    assert {m.to[0] for m in mailoutbox} == {"frisch@example.org", "vorhanden@example.org"}


def test_password_reset_answers_alike_for_known_and_unknown_addresses(client, mailoutbox):
    ConfirmedUserFactory(email="bekannt@example.org")

    known = client.post(url("account_reset_password"), {"email": "bekannt@example.org"})
    unknown = client.post(url("account_reset_password"), {"email": "unbekannt@example.org"})

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == url("account_reset_password_done")


def test_logout_needs_a_post(client):
    user = ConfirmedUserFactory()
    client.force_login(user)

    assert client.get(url("account_logout")).status_code == 200
    assert logged_in_user_id(client) == str(user.pk)

    assert client.post(url("account_logout")).status_code == 302
    assert logged_in_user_id(client) is None


def test_repeated_failed_logins_are_rate_limited(client):
    ConfirmedUserFactory(email="ziel@example.org")
    for _ in range(5):
        client.post(url("account_login"), {"login": "ziel@example.org", "password": "falsch"})

    response = client.post(url("account_login", "en"), {"login": "ziel@example.org", "password": PASSWORD})

    assert "Too many failed login attempts" in response.content.decode()
    assert logged_in_user_id(client) is None


def test_header_offers_sign_in_or_shows_the_name_and_a_post_logout(client):
    html = client.get(url("account_login")).content.decode()
    assert f'href="{url("account_signup")}"' in html

    client.force_login(ConfirmedUserFactory(display_name="Anna K."))
    html = client.get(url("accounts:profile")).content.decode()
    assert "Anna K." in html
    assert f'<form method="post" action="{url("account_logout")}">' in html


# Profile


def test_profile_needs_login(client):
    response = client.get(url("accounts:profile"))
    assert response.status_code == 302
    assert response.url.startswith(url("account_login") + "?next=")


def test_profile_shows_details_and_own_proposals_with_status(client):
    user = ConfirmedUserFactory(display_name="Anna K.", district="waldau")
    ProposalFactory(author=user, title="Trinkbrunnen am Königsplatz", status=ProposalStatus.UNDER_REVIEW)
    ProposalFactory(title="Fremder Vorschlag")
    client.force_login(user)

    html = client.get(url("accounts:profile", "en")).content.decode()

    assert "Anna K." in html and "Waldau" in html
    assert "Trinkbrunnen am Königsplatz" in html and "under review" in html
    assert "Fremder Vorschlag" not in html


def test_profile_edit_saves_through_the_service_and_refuses_reserved_names(client):
    user = ConfirmedUserFactory(display_name="Anna K.")
    client.force_login(user)
    data = {"display_name": "Anna aus Waldau", "district": "waldau", "language": "en", "email_notifications": "on"}

    response = client.post(url("accounts:profile"), data)
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.language, user.email_notifications) == ("Anna aus Waldau", "en", True)

    response = client.post(url("accounts:profile"), {**data, "display_name": "Moderation"})
    assert response.status_code == 200 and 'aria-invalid="true"' in response.content.decode()
    user.refresh_from_db()
    assert user.display_name == "Anna aus Waldau"


# Data export and deletion


def test_data_export_shows_a_button_then_downloads_json(client):
    user = ConfirmedUserFactory(display_name="Anna K.")
    client.force_login(user)

    page = client.get(url("accounts:data_export"))
    assert page.status_code == 200 and 'method="post"' in page.content.decode()

    response = client.post(url("accounts:data_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="smart-kassel-daten-')
    assert response.json()["account"]["display_name"] == "Anna K."


def test_delete_asks_for_the_password_then_deletes_and_signs_out(client):
    user = ConfirmedUserFactory()
    proposal = ProposalFactory(author=user)
    client.force_login(user)

    response = client.post(url("accounts:delete"), {"password": "falsch"})
    assert response.status_code == 200 and 'aria-invalid="true"' in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()

    response = client.post(url("accounts:delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert logged_in_user_id(client) is None
    proposal.refresh_from_db()
    assert proposal.author is None


# The Wagtail admin signs in through allauth


def test_admin_login_redirects_to_the_allauth_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response.url == url("account_login") + "?next=/admin/pages/"

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == url("account_login") + "?next=/admin/"


def test_staff_signs_in_through_allauth_and_reaches_the_admin(client):
    # With an authenticator app the login asks for its code: see tests/accounts/test_mfa.py.
    ConfirmedUserFactory(username="redaktion", email="redaktion@example.org", is_staff=True, is_superuser=True)

    response = client.post(
        url("account_login") + "?next=/admin/", {"login": "redaktion@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").url == url("mfa_activate_totp")


def test_a_signed_in_citizen_at_the_admin_sees_the_login_form_not_a_redirect_loop(client):
    client.force_login(ConfirmedUserFactory(display_name="Anna K."))

    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0] == url("account_login") + "?next=/admin/"
    assert response.status_code == 200
    assert "Anna K." in response.content.decode()


def test_login_by_emailed_code(client, mailoutbox):
    user = ConfirmedUserFactory(email="code@example.org")

    response = client.post(url("account_request_login_code"), {"email": "code@example.org"})
    assert response.status_code == 302 and response.url == url("account_confirm_login_code")
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mailoutbox[0].body, re.MULTILINE).group(1)
    assert mailoutbox[0].subject.startswith("[Smart Kassel]")

    response = client.post(url("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert logged_in_user_id(client) == str(user.pk)


def test_email_change_is_confirmed_at_the_new_address_before_it_counts(client, mailoutbox):
    user = ConfirmedUserFactory(email="alt@example.org")
    client.post(url("account_login"), {"login": "alt@example.org", "password": PASSWORD})
    change = {"action_add": "", "email": "neu@example.org"}

    # Changing the address (the way into someone else's account) asks for the password again first.
    response = client.post(url("account_email"), change)
    assert response.status_code == 302 and response.url.startswith(url("account_reauthenticate"))
    client.post(url("account_reauthenticate"), {"password": PASSWORD})
    response = client.post(url("account_email"), change)

    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["neu@example.org"]]
    user.refresh_from_db()
    assert user.email == "alt@example.org"
    client.post(confirmation_path(mailoutbox[0]))
    user.refresh_from_db()
    assert user.email == "neu@example.org"
    assert list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)) == ["neu@example.org"]
