"""Words citizens meet (#15): Django's form and password messages in plain German with "Sie", not the
catalogue's bureaucratic defaults; and the Wagtail admin carries the portal's name and colours."""

import pytest
from django import forms
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory
from tests.staff import admin_login

BUREAUCRATIC = ["Bitte sicherstellen", "zwingend erforderlich", "zu üblich", "komplett numerisch", "Bitte eine"]


class TitleForm(forms.Form):
    title = forms.CharField(max_length=10)
    email = forms.EmailField()
    count = forms.IntegerField(max_value=5)


def messages_of(form) -> str:
    form.is_valid()
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def test_form_errors_say_what_to_do_in_plain_german():
    with translation.override("de"):
        too_long = messages_of(TitleForm({"title": "x" * 14, "email": "keine-adresse", "count": "9"}))
        missing = messages_of(TitleForm({}))

    assert "Bitte kürzen Sie den Text auf höchstens 10 Zeichen (jetzt sind es 14)." in too_long
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein" in too_long
    assert "Bitte geben Sie höchstens 5 ein." in too_long
    assert "Bitte füllen Sie dieses Feld aus." in missing
    assert not [word for word in BUREAUCRATIC if word in too_long + missing]


@pytest.mark.django_db
def test_password_rules_explain_themselves():
    with translation.override("de"), pytest.raises(ValidationError) as rejected:
        validate_password("12345678")
    text = " ".join(rejected.value.messages)

    assert "wird sehr oft benutzt" in text and "besteht nur aus Ziffern" in text
    assert not [word for word in BUREAUCRATIC if word in text]
    with translation.override("en"), pytest.raises(ValidationError) as english:
        validate_password("12345678")
    assert "This password is too common." in english.value.messages  # English stays Django's


@pytest.mark.django_db
def test_signup_page_shows_the_plain_messages(client):
    html = client.post("/konto/signup/", {"email": "", "password1": "", "password2": ""}).content.decode()

    assert "Bitte füllen Sie dieses Feld aus." in html
    assert "zwingend erforderlich" not in html


@pytest.mark.django_db
def test_login_button_says_anmelden(client):
    html = client.get("/konto/login/").content.decode()

    assert ">Anmelden<" in html.replace("\n", "").replace("  ", "")
    assert "Anmeldung</button>" not in html


@pytest.mark.django_db
def test_the_admin_carries_the_portals_name_logo_and_colours(client):
    ConfirmedUserFactory()  # an ordinary citizen exists too; the office member is made as the admin makes them
    admin_login(client, ProjectOfficeFactory())

    html = client.get("/admin/").content.decode()

    assert "<title>" in html and "- Smart Kassel</title>" in " ".join(html.split())
    assert "/static/css/admin-brand.css" in html
    assert 'src="/static/img/logo.svg" alt="Smart Kassel"' in html
    assert "/static/img/favicon.svg" in html and "wagtailadmin/images/favicon.ico" not in html
    brand = (settings.BASE_DIR / "static" / "css" / "admin-brand.css").read_text()
    assert "--w-color-primary-hue: 209;" in brand and "--w-color-secondary-hue: 208;" in brand
