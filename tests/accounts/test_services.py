import pytest
from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from accounts import services
from accounts.models import Consent, User
from core.choices import District
from participation.models import Comment, Proposal, Vote
from tests.factories import CommentFactory, ProposalFactory, UserFactory, VoteFactory

pytestmark = pytest.mark.django_db

PASSWORD = "ein-sicheres-passwort"  # UserFactory's


# display_name_validate


def test_display_name_validate_returns_the_name_as_stored():
    assert services.display_name_validate("  Anna   K. ") == "Anna K."


@pytest.mark.parametrize("taken", ["anna k.", "ANNA K.", "Anna K."])
def test_display_name_validate_refuses_a_taken_name_in_any_case(taken):
    UserFactory(display_name="Anna K.")
    with pytest.raises(ValidationError) as error:
        services.display_name_validate(taken)
    assert error.value.code == "taken"


def test_display_name_validate_lets_people_keep_their_own_name():
    anna = UserFactory(display_name="Anna K.")
    assert services.display_name_validate("anna k.", user=anna) == "anna k."


@pytest.mark.parametrize("name", ["Projektbüro", "Projektbuero", "Stadt Kassel", "Moderation", "Admin"])
def test_display_name_validate_refuses_citizens_posing_as_staff(name):
    with pytest.raises(ValidationError) as error:
        services.display_name_validate(name, user=UserFactory())
    assert error.value.code == "reserved"


def test_display_name_validate_lets_staff_use_the_offices_name():
    staff = UserFactory(is_staff=True)
    assert services.display_name_validate("Projektbüro Smart City", user=staff) == "Projektbüro Smart City"


# profile_update


def test_profile_update_saves_the_profile_and_again_changes_nothing():
    user = UserFactory(display_name="Anna K.")
    for _ in range(2):
        services.profile_update(
            user, display_name="Anna aus Waldau", district=District.WALDAU, language="en", email_notifications=True
        )
    user.refresh_from_db()
    assert (user.display_name, user.district, user.language, user.email_notifications) == (
        "Anna aus Waldau",
        "waldau",
        "en",
        True,
    )


def test_profile_update_refuses_anothers_name_and_leaves_the_profile_alone():
    UserFactory(display_name="Bernd")
    user = UserFactory(display_name="Anna K.")
    with pytest.raises(ValidationError):
        services.profile_update(user, display_name="bernd")
    user.refresh_from_db()
    assert user.display_name == "Anna K."


# consents


@override_settings(PARTICIPATION_RULES_VERSION="2026-11", PRIVACY_NOTICE_VERSION="2026-12")
def test_consents_record_current_records_both_documents_with_version_and_date():
    user = UserFactory()
    consents = services.consents_record_current(user)
    assert {(c.document, c.version) for c in consents} == {
        (Consent.Document.PARTICIPATION_RULES, "2026-11"),
        (Consent.Document.PRIVACY_NOTICE, "2026-12"),
    }
    assert all(c.accepted_at for c in consents)


def test_consent_record_again_keeps_the_first_date_and_a_new_version_is_a_new_row():
    user = UserFactory()
    first = services.consent_record(user, document=Consent.Document.PRIVACY_NOTICE, version="1")
    again = services.consent_record(user, document=Consent.Document.PRIVACY_NOTICE, version="1")
    newer = services.consent_record(user, document=Consent.Document.PRIVACY_NOTICE, version="2")
    assert again.pk == first.pk and again.accepted_at == first.accepted_at
    assert newer.pk != first.pk
    assert Consent.objects.filter(user=user).count() == 2


# user_data_export


def test_user_data_export_holds_the_persons_data_and_nobody_elses():
    anna, bernd = UserFactory(display_name="Anna K."), UserFactory(display_name="Bernd")
    services.consents_record_current(anna)
    services.consents_record_current(bernd)
    own = ProposalFactory(author=anna, title="Mehr Bänke am Auedamm")
    # Another person's public title may appear (it names what Anna voted on); their name and address may not.
    foreign = ProposalFactory(author=bernd, title="Mehr Licht im Park")
    CommentFactory(proposal=foreign, author=anna, body="Annas Kommentar")
    CommentFactory(proposal=own, author=bernd, body="Bernds Kommentar")
    VoteFactory(proposal=foreign, voter=anna, value=Vote.Value.DISAGREE)
    VoteFactory(proposal=own, voter=bernd)

    data = services.user_data_export(anna)

    assert data["account"]["display_name"] == "Anna K."
    assert data["account"]["email"] == anna.email
    assert "password" not in data["account"]
    assert [c["document"] for c in data["consents"]] == ["Beteiligungsregeln", "Datenschutzerklärung"]
    assert [p["title"] for p in data["proposals"]] == ["Mehr Bänke am Auedamm"]
    assert [c["body"] for c in data["comments"]] == ["Annas Kommentar"]
    # A vote reads as a word, not as -1 (issue 13).
    assert [(v["proposal_id"], v["value"]) for v in data["votes"]] == [(foreign.pk, "dagegen")]
    text = str(data)
    assert "Bernd" not in text and bernd.email not in text
    assert services.user_data_export(anna)["proposals"] == data["proposals"]


# account_delete


def test_account_delete_keeps_proposals_and_comments_anonymously_and_deletes_votes_and_consents():
    anna, bernd = UserFactory(), UserFactory()
    services.consents_record_current(anna)
    proposal = ProposalFactory(author=anna)
    comment = CommentFactory(proposal=proposal, author=anna)
    other = ProposalFactory(author=bernd)
    VoteFactory(proposal=other, voter=anna, value=Vote.Value.AGREE)
    VoteFactory(proposal=other, voter=bernd, value=Vote.Value.AGREE)
    Proposal.objects.filter(pk=other.pk).update(agree_count=2)

    services.account_delete(anna, password=PASSWORD)

    assert not User.objects.filter(pk=anna.pk).exists()
    assert Proposal.objects.get(pk=proposal.pk).author is None
    assert Comment.objects.get(pk=comment.pk).author is None
    assert not Vote.objects.filter(voter_id=anna.pk).exists()
    assert not Consent.objects.filter(user_id=anna.pk).exists()
    assert not EmailAddress.objects.filter(user_id=anna.pk).exists()
    assert Proposal.objects.get(pk=other.pk).agree_count == 1
    assert User.objects.filter(pk=bernd.pk).exists()


def test_account_delete_refuses_a_wrong_password_and_deletes_nothing():
    anna = UserFactory()
    VoteFactory(voter=anna)
    with pytest.raises(ValidationError):
        services.account_delete(anna, password="falsch")
    assert User.objects.filter(pk=anna.pk).exists()
    assert Vote.objects.filter(voter=anna).exists()


def test_account_delete_refuses_staff_accounts():
    staff = UserFactory(is_staff=True)
    with pytest.raises(PermissionDenied):
        services.account_delete(staff, password=PASSWORD)
    assert User.objects.filter(pk=staff.pk).exists()


def test_account_delete_called_again_for_the_deleted_account_refuses():
    anna = UserFactory()
    services.account_delete(anna, password=PASSWORD)
    stale = User(pk=anna.pk, username=anna.username)  # a second request holding the old user
    with pytest.raises(ValidationError):
        services.account_delete(stale, password=PASSWORD)


# staff_account_ensure


def test_staff_account_ensure_gives_a_verified_address_and_a_new_password_each_time():
    user, first = services.staff_account_ensure(username="projektbuero", email="pb@example.org")
    same, second = services.staff_account_ensure(username="projektbuero", email="pb@example.org")
    assert same.pk == user.pk and first != second
    assert same.check_password(second) and same.is_staff
    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.verified, address.primary) == ("pb@example.org", True, True)


def test_staff_account_ensure_names_the_office_so_mails_do_not_say_participant():
    user, _password = services.staff_account_ensure(username="projektbuero", email="pb@example.org")
    assert user.display_name == "Projektbüro Smart City"
    user.display_name = "Petra aus dem Büro"
    user.save()
    same, _password = services.staff_account_ensure(username="projektbuero", email="pb@example.org")
    assert same.display_name == "Petra aus dem Büro"  # a name of its own stays


def _session_for(client_class, user) -> str:
    client = client_class()
    client.force_login(user)
    session = client.session
    session["account_email"] = user.email  # what allauth's flows keep there, e.g. the address just used
    session.save()
    return session.session_key


def test_account_delete_deletes_every_session_of_the_person_and_no_one_elses(client):
    """Another browser's session kept the deleted person's e-mail address (issue 14, F6)."""
    from django.contrib.sessions.models import Session
    from django.test import Client

    anna, bernd = UserFactory(), UserFactory()
    phone, laptop = _session_for(Client, anna), _session_for(Client, anna)
    others = _session_for(Client, bernd)

    services.account_delete(anna, password=PASSWORD)

    assert not Session.objects.filter(session_key__in=[phone, laptop]).exists()
    assert Session.objects.filter(session_key=others).exists()
    assert not any(anna.email in str(s.get_decoded()) for s in Session.objects.all())
