"""Rules for public display names. Pure functions: no database, so they are cheap to test and reuse."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DISPLAY_NAME_MIN_LENGTH = 3
DISPLAY_NAME_MAX_LENGTH = 40
# Beyond letters and digits, only what names and pseudonyms need ("Anna K.", "O'Neill", "fahrrad_fan").
DISPLAY_NAME_PUNCTUATION = frozenset(" .-_'")

# Names that would let a citizen pass for the project office, the city or its moderators. A name that
# contains one of them, compared as display_name_comparison_keys() compares, is refused.
RESERVED_NAMES = (
    "Admin",
    "Moderation",
    "Moderator",
    "Projektbüro",
    "Project office",
    "Stadt Kassel",
    "City of Kassel",
    "Smart Kassel",
    "Smart City Kassel",
    "Stadtverwaltung",
    "Magistrat",
    "Hauptamt",
    "Bürgermeister",
    "Mayor",
    "Offiziell",
    "Official",
)

_GERMAN_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Digits and signs that stand in for letters ("Adm1n"), and Cyrillic and Greek letters that look Latin.
_LOOKALIKES = str.maketrans(
    {
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i",
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
        "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "α": "a", "β": "b", "ε": "e", "ι": "i",
        "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    }
)  # fmt: skip
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")


def display_name_normalize(value: str) -> str:
    """The name as stored: composed Unicode, no outer spaces, single spaces inside."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def display_name_comparison_keys(value: str) -> set[str]:
    """Every spelling of a name that the impersonation check compares, reduced to a-z and 0-9.

    Case, accents, spaces and punctuation do not count; umlauts are compared both as "ü" → "u" and as "ue".
    """
    text = unicodedata.normalize("NFKC", value).casefold()
    keys = set()
    for spelling in (text.translate(_GERMAN_SPELLING), text):
        for variant in (spelling, spelling.translate(_LOOKALIKES)):
            decomposed = unicodedata.normalize("NFKD", variant)
            bare = "".join(char for char in decomposed if not unicodedata.combining(char))
            keys.add(_NOT_ALPHANUMERIC.sub("", bare))
    return keys


def display_name_impersonates_staff(value: str) -> bool:
    keys = display_name_comparison_keys(value)
    return any(reserved in key for key in keys for reserved in _RESERVED_KEYS)


# Both spellings of each reserved name ("projektbuero" and "projektburo").
_RESERVED_KEYS = frozenset(key for name in RESERVED_NAMES for key in display_name_comparison_keys(name))


def _allowed(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in {"L", "M"} or category == "Nd" or char in DISPLAY_NAME_PUNCTUATION


def validate_display_name_format(value: str) -> None:
    """Length, characters and at least one letter; raises ValidationError. Uniqueness is the service's."""
    if len(value) < DISPLAY_NAME_MIN_LENGTH:
        raise ValidationError(
            _("Your display name must have at least %(min)d characters."),
            code="min_length",
            params={"min": DISPLAY_NAME_MIN_LENGTH},
        )
    if len(value) > DISPLAY_NAME_MAX_LENGTH:
        raise ValidationError(
            _("Your display name can have at most %(max)d characters."),
            code="max_length",
            params={"max": DISPLAY_NAME_MAX_LENGTH},
        )
    if not all(_allowed(char) for char in value):
        raise ValidationError(
            _("Please use only letters, digits, spaces and the characters . - _ '"), code="invalid_characters"
        )
    if not any(unicodedata.category(char).startswith("L") for char in value):
        raise ValidationError(_("Your display name must contain at least one letter."), code="no_letter")
