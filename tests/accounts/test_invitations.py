"""Invitations by e-mail into a role (issue 13): who may invite whom, the single-use expiring link, the account it
makes (verified address, own name and password, the role's group), and the admin's list to send again or revoke.
"""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.invitations import invitation_accept, invitation_create, invitation_resend, invitation_revoke
from accounts.models import Invitation, User
from accounts.permissions import can_invite, invitable_roles
from core.roles import COUNCIL_GROUP, MODERATOR_GROUP, ROLES
from participation.permissions import can_moderate
from strategy.permissions import can_read_strategy_drafts
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

PASSWORD = "Kassel-Projektbuero-2026"


def link_path(message) -> str:
    """The path of the invitation link in a mail (the mail names SITE_URL's host, the test client none)."""
    url = re.search(r"https?://\S+/konto/einladung/\S+/", message.body).group(0)
    return "/" + url.split("/", 3)[3]


def invite_in_admin(client, inviter, *, email, role):
    admin_login(client, inviter)
    return client.post(reverse("accounts_invitations"), {"email": email, "role": role})


# Who may invite whom


def test_superusers_invite_into_every_role_the_project_office_into_its_own_and_the_council():
    superuser = StaffUserFactory(is_superuser=True)
    office = ProjectOfficeFactory()
    council = StaffUserFactory(group=COUNCIL_GROUP)
    citizen = ConfirmedUserFactory()

    assert invitable_roles(superuser) == list(ROLES)
    assert invitable_roles(office) == [MODERATOR_GROUP, COUNCIL_GROUP]
    assert invitable_roles(council) == []
    assert invitable_roles(citizen) == []
    # A role added to the table later (IT, say) is the superusers' alone.
    assert not can_invite(office, "IT")


def test_a_council_member_cannot_invite_and_the_admin_page_refuses_them(client):
    council = StaffUserFactory(group=COUNCIL_GROUP)
    with pytest.raises(PermissionDenied):
        invitation_create(email="neu@example.org", role=COUNCIL_GROUP, invited_by=council)
    admin_login(client, council)
    # Wagtail answers a refusal in its admin with a redirect to the dashboard and a message.
    assert client.get(reverse("accounts_invitations")).status_code in (302, 403)
    assert reverse("accounts_invitations") not in client.get("/admin/").content.decode()


def test_the_project_office_cannot_invite_into_a_role_it_does_not_hold_the_right_to_give(client):
    office = ProjectOfficeFactory()
    response = invite_in_admin(client, office, email="it@example.org", role="IT")
    assert response.status_code == 200  # the form shows the error; nothing is sent
    assert "role" in response.context["form"].errors
    assert not Invitation.objects.exists()
    assert not mail.outbox


# Inviting in the admin, and the mail


def test_the_project_office_invites_a_colleague_in_the_admin_and_the_mail_holds_a_link(
    client, django_capture_on_commit_callbacks
):
    office = ProjectOfficeFactory(display_name="Projektbüro Smart City")
    with django_capture_on_commit_callbacks(execute=True):
        response = invite_in_admin(client, office, email="neue.kollegin@example.org", role=MODERATOR_GROUP)
    assert response.status_code == 302

    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.invited_by) == (
        "neue.kollegin@example.org",
        MODERATOR_GROUP,
        office,
    )
    (message,) = mail.outbox
    assert message.to == ["neue.kollegin@example.org"]
    assert "Projektbüro Smart City" in message.body and MODERATOR_GROUP in message.subject
    # The token is in the mail only; the database holds its digest.
    token = link_path(message).rstrip("/").rsplit("/", 1)[1]
    assert token not in invitation.token_digest and len(invitation.token_digest) == 64

    listing = client.get(reverse("accounts_invitations")).content.decode()
    assert "neue.kollegin@example.org" in listing


def test_the_admin_user_form_points_to_invitations(client):
    admin_login(client, StaffUserFactory(is_superuser=True))
    page = client.get(reverse("wagtailusers_users:add")).content.decode()
    assert reverse("accounts_invitations") in page


def test_an_address_with_an_account_or_an_open_invitation_is_refused():
    office = ProjectOfficeFactory()
    citizen = ConfirmedUserFactory()
    with pytest.raises(ValidationError):
        invitation_create(email=citizen.email.upper(), role=COUNCIL_GROUP, invited_by=office)
    invitation_create(email="rat@example.org", role=COUNCIL_GROUP, invited_by=office)
    with pytest.raises(ValidationError):
        invitation_create(email="RAT@example.org", role=COUNCIL_GROUP, invited_by=office)
    assert Invitation.objects.count() == 1


def test_an_expired_open_invitation_is_replaced_by_a_new_one():
    office = ProjectOfficeFactory()
    old = invitation_create(email="rat@example.org", role=COUNCIL_GROUP, invited_by=office)
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    new = invitation_create(email="rat@example.org", role=COUNCIL_GROUP, invited_by=office)
    old.refresh_from_db()
    assert old.revoked_at is not None and new.pk != old.pk


# The link


def _invite(capture, role=MODERATOR_GROUP, email="kollegin@example.org") -> str:
    """Invite as a superuser and return the link's path from the mail (sent once the invitation is stored)."""
    mail.outbox.clear()
    superuser = StaffUserFactory(is_superuser=True)
    with capture(execute=True):
        invitation_create(email=email, role=role, invited_by=superuser)
    return link_path(mail.outbox[-1])


def test_the_link_makes_a_staff_account_in_the_role_with_its_own_name_and_a_verified_address(
    client, django_capture_on_commit_callbacks
):
    path = _invite(django_capture_on_commit_callbacks)
    page = client.get(path)
    assert page.status_code == 200
    assert "kollegin@example.org" in page.content.decode()

    response = client.post(path, {"display_name": "Projektbüro Kassel", "password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")

    user = User.objects.get(email="kollegin@example.org")
    # The office's names are free for staff; the name is what the public sees.
    assert user.display_name == "Projektbüro Kassel" and user.public_name == "Projektbüro Kassel"
    assert user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == [MODERATOR_GROUP]
    assert user.is_staff and not user.is_superuser
    assert can_moderate(user)
    assert EmailAddress.objects.filter(user=user, email="kollegin@example.org", verified=True, primary=True).exists()
    invitation = Invitation.objects.get()
    assert invitation.accepted_at is not None and invitation.user == user

    # Signed in, and the admin (MFA on, as in production) first leads to the authenticator app's setup.
    assert client.get(reverse("wagtailadmin_home"))["Location"] == reverse("mfa_activate_totp")
    setup = client.get(reverse("mfa_activate_totp"))
    # The password was just typed, so the setup does not ask for it again.
    assert setup.status_code == 200 and "authenticator_secret" in setup.content.decode()

    # The link works once.
    client.logout()
    again = client.get(path)
    assert again.status_code == 410
    again = client.post(path, {"display_name": "Noch jemand", "password1": PASSWORD, "password2": PASSWORD})
    assert again.status_code == 410
    assert User.objects.filter(email="kollegin@example.org").count() == 1


def test_a_council_member_invited_reads_drafts_and_cannot_moderate(client, django_capture_on_commit_callbacks):
    path = _invite(django_capture_on_commit_callbacks, role=COUNCIL_GROUP, email="stadtverordnete@example.org")
    client.post(path, {"display_name": "Rita Rat", "password1": PASSWORD, "password2": PASSWORD})
    user = User.objects.get(email="stadtverordnete@example.org")
    assert can_read_strategy_drafts(user) and not can_moderate(user)


def test_a_wrong_form_keeps_what_was_typed_and_creates_nothing(client, django_capture_on_commit_callbacks):
    path = _invite(django_capture_on_commit_callbacks)
    response = client.post(path, {"display_name": "Petra Beispiel", "password1": PASSWORD, "password2": "anders"})
    assert response.status_code == 200
    assert response.context["form"].errors["password2"]
    assert 'value="Petra Beispiel"' in response.content.decode()
    weak = client.post(path, {"display_name": "Petra Beispiel", "password1": "12345678", "password2": "12345678"})
    assert weak.context["form"].errors["password1"]
    assert not User.objects.filter(email="kollegin@example.org").exists()


def test_an_expired_a_revoked_and_a_replaced_link_open_nothing(client, django_capture_on_commit_callbacks):
    path = _invite(django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.get(path).status_code == 410

    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() + datetime.timedelta(days=1))
    superuser = User.objects.get(is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        invitation_resend(invitation, by=superuser)
    new_path = link_path(mail.outbox[-1])
    assert new_path != path
    assert client.get(path).status_code == 410  # the old link died with the new one
    assert client.get(new_path).status_code == 200

    invitation_revoke(invitation, by=superuser)
    invitation_revoke(invitation, by=superuser)  # twice changes nothing
    assert client.get(new_path).status_code == 410
    assert client.get("/konto/einladung/erfunden/").status_code == 410


def test_resend_and_revoke_in_the_admin_list(client, django_capture_on_commit_callbacks):
    office = ProjectOfficeFactory()
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitation_create(email="rat@example.org", role=COUNCIL_GROUP, invited_by=office)
    admin_login(client, office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts_invitation_resend", args=[invitation.pk]))
    assert response.status_code == 302 and len(mail.outbox) == 2
    response = client.post(reverse("accounts_invitation_revoke", args=[invitation.pk]))
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    listing = client.get(reverse("accounts_invitations")).content.decode()
    assert "rat@example.org" not in listing.split('id="open-invitations"')[1]


def test_the_project_office_cannot_revoke_an_invitation_into_a_role_it_may_not_give(client):
    superuser = StaffUserFactory(is_superuser=True)
    # A role the project office may not hand out (as a future IT role would be).
    Group.objects.create(name="IT")
    invitation = Invitation.objects.create(
        email="it@example.org", role="IT", invited_by=superuser, token_digest="x" * 64, expires_at=timezone.now()
    )
    office = ProjectOfficeFactory()
    admin_login(client, office)
    assert client.post(reverse("accounts_invitation_revoke", args=[invitation.pk])).status_code in (302, 403)
    invitation.refresh_from_db()
    assert invitation.revoked_at is None
    with pytest.raises(PermissionDenied):
        invitation_revoke(invitation, by=office)


def test_accepting_fails_when_the_address_got_an_account_meanwhile(django_capture_on_commit_callbacks):
    superuser = StaffUserFactory(is_superuser=True)
    invitation = invitation_create(email="spaet@example.org", role=COUNCIL_GROUP, invited_by=superuser)
    ConfirmedUserFactory(email="spaet@example.org")
    with pytest.raises(ValidationError):
        invitation_accept(invitation, display_name="Spät Dran", password=PASSWORD)
