"""Two-factor authentication for everyone who may open the admin (allauth's TOTP with recovery codes)."""

import os
import subprocess
import sys

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from participation.permissions import COUNCIL_GROUP, MODERATOR_GROUP
from tests.conftest import REPO_ROOT
from tests.factories import ConfirmedUserFactory, StaffUserFactory, totp_activate, totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "ein-sicheres-passwort"  # UserFactory's


def url(name: str, lang: str = "de") -> str:
    with translation.override(lang):
        return reverse(name)


def sign_in(client, user, next_url="/admin/"):
    return client.post(f"{url('account_login')}?next={next_url}", {"login": user.email, "password": PASSWORD})


def reauthenticate(client):
    # allauth asks for the password again before any change of the second factor, even right after a login.
    response = client.post(url("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize(
    "kind", ["superuser", MODERATOR_GROUP, COUNCIL_GROUP, "access_admin_only"], ids=lambda kind: kind
)
def test_admin_user_without_an_app_is_sent_to_its_setup(client, kind):
    if kind == "superuser":
        user = StaffUserFactory(totp=False, is_superuser=True)
    elif kind == "access_admin_only":
        # Wagtail's own right to the admin, without is_staff, counts as staff too.
        user = ConfirmedUserFactory()
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    else:
        user = StaffUserFactory(totp=False, group=kind)
    client.force_login(user)

    for path in ("/admin/", "/admin/pages/", reverse("vorschlaege:index")):
        response = client.get(path)
        assert response.status_code == 302 and response.url == url("mfa_activate_totp"), path

    # The setup confirms the password first and tells why the admin did not open.
    page = client.get(url("mfa_activate_totp"), follow=True)
    assert page.redirect_chain[-1][0].startswith(url("account_reauthenticate"))
    assert "two-factor" in page.content.decode().lower() or "Zwei-Faktor" in page.content.decode()


def test_setup_then_the_admin_opens(client):
    user = StaffUserFactory(totp=False, group=MODERATOR_GROUP)
    assert sign_in(client, user).url == "/admin/"
    assert client.get("/admin/").url == url("mfa_activate_totp")
    reauthenticate(client)

    form = client.get(url("mfa_activate_totp"))
    secret = client.session[SECRET_SESSION_KEY]
    assert secret in form.content.decode()
    wrong = client.post(url("mfa_activate_totp"), {"code": "000000" if totp_code(secret) != "000000" else "111111"})
    assert wrong.status_code == 200 and not Authenticator.objects.filter(user=user).exists()

    response = client.post(url("mfa_activate_totp"), {"code": totp_code(secret)})

    assert response.status_code == 302 and response.url == url("mfa_view_recovery_codes")
    assert set(Authenticator.objects.filter(user=user).values_list("type", flat=True)) == {"totp", "recovery_codes"}
    codes = client.get(response.url)
    assert reverse("wagtailadmin_home").encode() in codes.content  # "Continue to the admin"
    assert client.get("/admin/").status_code == 200


def test_login_with_an_app_asks_for_its_code(client):
    user = StaffUserFactory(totp=False, group=MODERATOR_GROUP)
    secret = totp_activate(user)

    response = sign_in(client, user)

    assert response.url == url("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").url.startswith(url("account_login"))
    assert client.post(url("mfa_authenticate"), {"code": "12345"}).status_code == 200
    response = client.post(url("mfa_authenticate"), {"code": totp_code(secret)})
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_signs_in_once(client):
    user = StaffUserFactory(group=MODERATOR_GROUP)
    code = RecoveryCodes.activate(user).get_unused_codes()[0]

    assert sign_in(client, user).url == url("mfa_authenticate")
    response = client.post(url("mfa_authenticate"), {"code": code})
    assert response.status_code == 302 and client.get("/admin/").status_code == 200

    client.logout()
    sign_in(client, user)
    again = client.post(url("mfa_authenticate"), {"code": code})
    assert again.status_code == 200 and "_auth_user_id" not in client.session


def test_staff_cannot_switch_the_app_off_while_it_is_required(client):
    user = StaffUserFactory(totp=False, group=MODERATOR_GROUP)
    secret = totp_activate(user)
    sign_in(client, user)
    client.post(url("mfa_authenticate"), {"code": totp_code(secret)})
    reauthenticate(client)

    response = client.post(url("mfa_deactivate_totp"))

    assert response.status_code == 200

    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def test_citizens_are_not_affected(client):
    citizen = ConfirmedUserFactory()

    response = sign_in(client, citizen, next_url=url("accounts:profile"))

    assert response.url == url("accounts:profile")
    assert client.get(url("accounts:profile")).status_code == 200
    # The admin is closed to them as before: the login form, not the two-factor setup.
    assert client.get("/admin/").url == url("account_login") + "?next=/admin/"


def test_a_citizen_may_use_and_drop_an_app_of_their_own(client):
    citizen = ConfirmedUserFactory()
    secret = totp_activate(citizen)
    assert sign_in(client, citizen, next_url="/").url == url("mfa_authenticate")
    client.post(url("mfa_authenticate"), {"code": totp_code(secret)})
    assert "_auth_user_id" in client.session
    reauthenticate(client)

    client.post(url("mfa_deactivate_totp"))

    assert not Authenticator.objects.filter(user=citizen, type=Authenticator.Type.TOTP).exists()


def test_switched_off_the_admin_opens_and_warns(client, settings):
    settings.STAFF_MFA_REQUIRED = False
    client.force_login(StaffUserFactory(totp=False, group=MODERATOR_GROUP))

    response = client.get("/admin/")

    assert response.status_code == 200
    assert b"STAFF_MFA_REQUIRED" in response.content


def test_production_refuses_to_run_without_it():
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
        "DJANGO_SETTINGS_MODULE": "smartkassel.settings.production",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "beteiligung.example",
        "DATABASE_URL": "postgres://u:p@db.example/sk",
        "REDIS_URL": "redis://cache.example:6379/0",
        "SITE_URL": "https://beteiligung.example",
        "STAFF_MFA_REQUIRED": "0",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "STAFF_MFA_REQUIRED" in result.stderr
