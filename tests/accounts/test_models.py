import pytest
from django.db import IntegrityError
from django.utils import translation

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_public_name_is_the_display_name_or_a_neutral_label():
    assert UserFactory(display_name="Anna K.").public_name == "Anna K."
    with translation.override("en"):
        assert UserFactory(display_name="").public_name == "Participant"


def test_display_names_are_unique_in_the_database_regardless_of_case():
    UserFactory(display_name="Anna K.")
    with pytest.raises(IntegrityError):
        User.objects.create(username="zweite", email="zweite@example.org", display_name="ANNA k.")


def test_many_accounts_may_have_no_display_name():
    UserFactory(display_name="")
    UserFactory(display_name="")
    assert User.objects.filter(display_name="").count() == 2
