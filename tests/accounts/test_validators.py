import pytest
from django.core.exceptions import ValidationError

from accounts.validators import (
    display_name_impersonates_staff,
    display_name_normalize,
    validate_display_name_format,
)


@pytest.mark.parametrize(
    "name",
    [
        "Projektbüro",
        "Projektbuero",
        "projektburo",
        "PROJEKTBÜRO Smart City",
        "Projekt-Büro",
        "P.r.o.j.e.k.t.b.ü.r.o",
        "Stadt Kassel",
        "stadt_kassel",
        "Die Stadt-Kassel informiert",
        "Moderation",
        "Team Moderation",
        "Moderator",
        "Admin",
        "admin_",
        "Adm1n",
        "Ädmin",
        "Аdmin",  # Cyrillic А
        "Oberbürgermeister",
        "Oberbuergermeister",
        "Ober Bürger Meister",
        "Bürgermeisterin",
        "Smart Kassel",
        "Offizielles Konto",
    ],
)
def test_names_posing_as_staff_are_recognised(name):
    assert display_name_impersonates_staff(name)


@pytest.mark.parametrize("name", ["Anna K.", "Radfahrerin aus Wehlheiden", "Karlsaue-Fan", "Müller", "Özlem"])
def test_ordinary_names_pass(name):
    assert not display_name_impersonates_staff(name)
    validate_display_name_format(name)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("ab", "min_length"),
        ("x" * 41, "max_length"),
        ("anna@example.org", "invalid_characters"),
        ("Anna\u200bK", "invalid_characters"),
        ("<b>Anna</b>", "invalid_characters"),
        ("12345", "no_letter"),
        ("---", "no_letter"),
    ],
)
def test_format_is_refused_with_a_reason(name, code):
    with pytest.raises(ValidationError) as error:
        validate_display_name_format(name)
    assert error.value.code == code


def test_normalize_trims_and_collapses_spaces_and_composes_unicode():
    assert display_name_normalize("  Anna   K.  ") == "Anna K."
    assert display_name_normalize("Mu\u0308ller") == "Müller"
