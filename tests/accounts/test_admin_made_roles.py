"""Roles given in the admin work at once: an account made in Wagtail's user form moderates or reads drafts."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import User
from core.roles import COUNCIL_GROUP, MODERATOR_GROUP
from participation.choices import ProposalStatus
from participation.permissions import can_moderate
from strategy.permissions import can_read_strategy_drafts
from tests.factories import CommentFactory, ProposalFactory, ProposalPhaseFactory, StaffUserFactory
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

PASSWORD = "ein-sehr-sicheres-passwort-42"


def create_in_admin(client, *, username, group_name, first_name="Petra", last_name="Beispiel"):
    """What a superuser does at /admin/users/add/: the form stores is_staff=False."""
    admin_login(client, StaffUserFactory(is_superuser=True))
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": username,
            "email": f"{username}@example.org",
            "first_name": first_name,
            "last_name": last_name,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "groups": [Group.objects.get(name=group_name).pk],
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    user = User.objects.get(username=username)
    assert not user.is_staff
    return user


def test_a_projektbuero_member_made_in_the_admin_moderates(client):
    ProposalPhaseFactory()
    # The factory bypasses the services, so the stored count is set to match the one comment.
    proposal = ProposalFactory(comment_count=1)
    comment = CommentFactory(proposal=proposal)
    member = create_in_admin(client, username="petra", group_name=MODERATOR_GROUP)

    assert can_moderate(member)
    assert EmailAddress.objects.filter(user=member, verified=True, primary=True).exists()
    assert member.display_name == "Petra Beispiel"
    admin_login(client, member)
    listing = client.get(reverse("vorschlaege:index"))
    assert listing.status_code == 200
    assert reverse("vorschlaege:answer", args=[proposal.pk]) in listing.content.decode()
    assert client.get(reverse("vorschlaege:answer", args=[proposal.pk])).status_code == 200
    answered = client.post(
        reverse("vorschlaege:answer", args=[proposal.pk]),
        {"status": ProposalStatus.UNDER_REVIEW, "answer": "Wir prüfen das."},
    )
    assert answered.status_code == 302
    proposal.refresh_from_db()
    assert proposal.official_answer == "Wir prüfen das."
    hidden = client.post(reverse("kommentare:hide", args=[comment.pk]), {"reason": "Beleidigung"})
    assert hidden.status_code == 302
    comment.refresh_from_db()
    assert comment.hidden


def test_a_council_member_made_in_the_admin_reads_drafts_and_cannot_moderate(client):
    ProposalPhaseFactory()
    proposal = ProposalFactory()
    member = create_in_admin(client, username="ratsfrau", group_name=COUNCIL_GROUP, first_name="Rita")

    assert can_read_strategy_drafts(member) and not can_moderate(member)
    admin_login(client, member)
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("vorschlaege:answer", args=[proposal.pk])).status_code in (302, 403)


def test_the_new_member_signs_in_without_a_confirmation_mail(client):
    member = create_in_admin(client, username="neu", group_name=MODERATOR_GROUP)

    response = client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})

    # Straight to the second factor's setup (the admin), not to "please confirm your address".
    assert response.status_code == 302 and "confirm" not in response.url
    assert "_auth_user_id" in client.session
