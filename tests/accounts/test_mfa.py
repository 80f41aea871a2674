"""Two-factor authentication for everyone who may open the admin (allauth's TOTP with recovery codes)."""

import os
import re
import subprocess
import sys

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from core.roles import COUNCIL_GROUP, MODERATOR_GROUP
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


# allauth announces a new app after commit, inside the request: only a transactional test sees that as it happens.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
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

    # Typing the new app's code counts as this session's second factor.
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


# F1: no way into the admin skips the second factor.


@pytest.mark.parametrize("path", ["/_util/login/", "/en/_util/login/"])
def test_wagtails_frontend_login_is_closed(client, path):
    user = StaffUserFactory(group=MODERATOR_GROUP, is_superuser=True)

    shown = client.get(f"{path}?next=/admin/")
    posted = client.post(path, {"username": user.username, "password": PASSWORD})

    assert shown.status_code == 302 and shown.url.startswith(url("account_login", "en" if "/en/" in path else "de"))
    assert posted.status_code == 302 and "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_a_session_without_the_code_is_asked_for_it(client):
    # The user owns an app, but this session was opened without its code (as Wagtail's form used to do).
    user = StaffUserFactory(group=MODERATOR_GROUP, is_superuser=True)
    secret = _secret_of(user)
    client.force_login(user)

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response.url == f"{url('mfa_reauthenticate')}?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/").status_code == 302
    done = client.post(response.url, {"code": totp_code(secret)})
    assert done.status_code == 302 and done.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_login_by_emailed_code_still_needs_the_app(client, mailoutbox):
    user = StaffUserFactory(group=MODERATOR_GROUP)
    secret = _secret_of(user)
    client.post(url("account_request_login_code"), {"email": user.email})
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mailoutbox[-1].body, re.MULTILINE).group(1)

    after_code = client.post(f"{url('account_confirm_login_code')}?next=/admin/", {"code": code})

    # allauth's login stages ask for the app's code after the e-mailed one; nobody is signed in before it.
    assert after_code.status_code == 302 and after_code.url == url("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").url.startswith(url("account_login"))
    client.post(url("mfa_authenticate"), {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


def test_wrong_passwords_are_limited_for_staff(client):
    # The probe's attack on Wagtail's form: many wrong passwords, then the right one. allauth's limit holds.
    user = StaffUserFactory(group=MODERATOR_GROUP)
    for attempt in range(6):
        client.post(url("account_login"), {"login": user.email, "password": f"falsch-{attempt}"})

    response = client.post(url("account_login", "en"), {"login": user.email, "password": PASSWORD})

    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def _parameterless_paths():
    """Every address of the URLconf that takes no argument, German and English."""
    from django.urls import URLPattern, URLResolver, get_resolver

    def walk(patterns, prefix=""):
        for entry in patterns:
            route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern):
                yield prefix + route

    paths = set()
    for raw in walk(get_resolver().url_patterns):
        path = raw.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\", "")
        if any(ch in path for ch in "<>()[]?*+|"):
            continue
        paths.add("/" + path.lstrip("/"))
    return sorted(paths)


def test_every_password_form_is_allauths_rate_limited_login_with_the_second_factor(client, settings):
    settings.STAFF_MFA_REQUIRED = True
    citizen = ConfirmedUserFactory()
    password_pages = {}
    for signed_in in (False, True):
        if signed_in:
            client.force_login(citizen)
        for path in _parameterless_paths():
            if path.startswith(("/static/", "/media/", "/admin/")):
                continue
            response = client.get(path, follow=True)
            if response.streaming or "html" not in response.get("Content-Type", ""):
                continue
            if response.status_code == 200 and 'type="password"' in response.content.decode(errors="ignore"):
                view = response.resolver_match.func
                module = getattr(view, "view_class", view).__module__
                password_pages[response.request["PATH_INFO"]] = module
        client.logout()

    assert password_pages, "the walk found no password form at all"
    # Account deletion confirms the signed-in person's password (limited like allauth's reauthentication, see
    # test_views); it signs nobody in. Every other password field is allauth's.
    confirmations = {url("accounts:delete"): "accounts.views"}
    others = {path: module for path, module in password_pages.items() if path not in confirmations}
    assert all(module.startswith("allauth.") for module in others.values()), others
    assert url("account_login") in password_pages and "/_util/login/" not in password_pages
    # And the login that serves it asks staff for their code before the admin opens.
    user = StaffUserFactory(group=MODERATOR_GROUP)
    assert sign_in(client, user).url == url("mfa_authenticate")
    assert client.get("/admin/").status_code == 302


def _secret_of(user) -> str:
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    from allauth.mfa.utils import decrypt

    return decrypt(authenticator.data["secret"])
