"""German pages address citizens formally ("Sie"), also where allauth speaks: its own German catalogue says
"du", so locale_overrides/ (second in LOCALE_PATHS, above app catalogues) gives those entries in the formal
form. When an allauth upgrade brings a new informal string, test_no_allauth_string_reads_informally names it."""

import gettext
import re
from collections import Counter
from pathlib import Path

import allauth
import pytest
from django.conf import settings
from django.utils import translation

from accounts.models import User
from tests.accounts.test_views import logged_in_user_id, signup_data, url
from tests.factories import ConfirmedUserFactory

# The informal address: pronouns, 2nd-person verbs and the du-imperatives that allauth's translators use.
# "ich habe" (1st person) is not an imperative; "Folge"/"Warte" count only in lower case (else nouns).
INFORMAL = re.compile(
    r"""(?ix)
    \b(?: du | dich | dir | dein(?:e[mnrs]?)? | euch | euer | eure[mnrs]? )\b
  | \b(?: hast | bist | kannst | musst | willst | wirst | darfst | sollst | solltest | möchtest
        | würdest | hättest | wärst | weißt | erhältst | bekommst | brauchst | siehst | gibst )\b
  | (?<!\bich\ )\b(?: gib | klicke? | bestätige | melde | gehe? | verwende | benutze | nutze | wähle
        | versuche | prüfe | überprüfe | kontaktiere | lass | lies | rufe | erstelle | sieh | nimm
        | scanne | speichere | füge | öffne | trage | fordere | ignoriere | richte | aktiviere
        | deaktiviere | entferne | kopiere | drücke | tippe | habe\ geduld | (?-i: folge | warte ) )\b
    """
)
# What a translation must carry over unchanged: placeholders and HTML tags.
PLACEHOLDERS_AND_TAGS = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]*>")

ALLAUTH_DE = Path(allauth.__file__).parent / "locale" / "de" / "LC_MESSAGES" / "django.mo"
OVERRIDES_DE = settings.BASE_DIR / "locale_overrides" / "de" / "LC_MESSAGES" / "django.mo"


def read_catalogue(path: Path) -> dict:
    """A compiled catalogue's entries: key → German. Keys as the gettext module stores them: "msgid",
    "context\\x04msgid", or (msgid, plural index)."""
    with path.open("rb") as mo:
        catalogue = gettext.GNUTranslations(mo)._catalog  # the only way to list a .mo's entries
    return {key: text for key, text in catalogue.items() if key != ""}


def informal_allauth_entries() -> dict:
    return {key: text for key, text in read_catalogue(ALLAUTH_DE).items() if INFORMAL.search(text)}


def german_from_django(key) -> str:
    """What a German page shows for this allauth entry, through Django's merged catalogues."""
    msgid, index = key if isinstance(key, tuple) else (key, None)
    context, has_context, msgid = msgid.rpartition("\x04")
    with translation.override("de"):
        if index is None:
            return translation.pgettext(context, msgid) if has_context else translation.gettext(msgid)
        # German plural index 0 is n == 1; with a translation present, the plural msgid is not consulted.
        n = 1 if index == 0 else 2
        if has_context:
            return translation.npgettext(context, msgid, msgid, n)
        return translation.ngettext(msgid, msgid, n)


@pytest.mark.parametrize(
    "text, informal",
    [
        ("Bitte gib dein aktuelles Passwort ein.", True),
        ("Bist du sicher, dass du dich abmelden möchtest?", True),
        ("Bitte klick auf den Link in der E-Mail.", True),
        ("Bitte habe Geduld.", True),
        ("Lass Dir bitte eine neue Bestätigungs-Mail schicken.", True),
        ("Bitte geben Sie Ihr aktuelles Passwort ein.", False),
        ("Sind Sie sicher, dass Sie sich abmelden möchten?", False),
        ("Ich habe meine Wiederherstellungscodes gespeichert", False),
        ("Als Folge davon ist die Adresse bestätigt.", False),
    ],
)
def test_the_informal_pattern_tells_du_from_sie(text, informal):
    assert bool(INFORMAL.search(text)) is informal


def test_no_allauth_string_reads_informally():
    entries = informal_allauth_entries()
    assert entries, "allauth's German no longer says 'du': locale_overrides/ may be dropped"

    still_informal = [
        f"msgid {key!r}\n  German now: {text!r}"
        for key in sorted(entries, key=str)
        if INFORMAL.search(text := german_from_django(key))
    ]

    assert not still_informal, (
        "German allauth strings that still say 'du'; add a formal msgstr to "
        "locale_overrides/de/LC_MESSAGES/django.po and compile it (locale_overrides/README.md):\n"
        + "\n".join(still_informal)
    )


# Plain-German fixes of entries that are formal already but wrong for a button (#13: "Anmelden"), and Django's
# form and password messages in plain words (#15 "Words"; tests/portal/test_words.py shows them on pages).
WORDING_FIXES = {
    "Sign In",
    "This field is required.",
    "Enter a valid email address.",
    "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
    "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
    "Ensure this value is less than or equal to %(limit_value)s.",
    "Ensure this value is greater than or equal to %(limit_value)s.",
    "Enter a number.",
    "Enter a whole number.",
    "Ensure that there are no more than %(max)s digit in total.",
    "Ensure that there are no more than %(max)s decimal place.",
    "Select a valid choice. %(value)s is not one of the available choices.",
    "Select a valid choice. That choice is not one of the available choices.",
    "Upload a valid image. The file you uploaded was either not an image or a corrupted image.",
    "The submitted file is empty.",
    "This password is too common.",
    "This password is too short. It must contain at least %d character.",
    "This password is entirely numeric.",
    "The password is too similar to the %(verbose_name)s.",
    "Your password can’t be a commonly used password.",
    "Your password can’t be entirely numeric.",
}


def _msgids(keys) -> set[str]:
    """Catalogue keys as msgids: a plural entry's (msgid, index) keys count once."""
    return {key[0] if isinstance(key, tuple) else key for key in keys}


def test_the_overrides_cover_exactly_the_informal_allauth_entries():
    # An entry allauth dropped or now translates formally would linger unseen.
    assert _msgids(read_catalogue(OVERRIDES_DE)) == _msgids(informal_allauth_entries()) | WORDING_FIXES


def test_the_overrides_keep_every_placeholder_and_tag():
    for key, formal in read_catalogue(OVERRIDES_DE).items():
        msgid = key[0] if isinstance(key, tuple) else key.rpartition("\x04")[2]
        expected = Counter(PLACEHOLDERS_AND_TAGS.findall(msgid))
        assert Counter(PLACEHOLDERS_AND_TAGS.findall(formal)) == expected, msgid


@pytest.mark.django_db
def test_password_reset_page_and_email_address_the_reader_formally(client, mailoutbox):
    ConfirmedUserFactory(email="bekannt@example.org")

    html = client.get(url("account_reset_password")).content.decode()
    assert "Passwort vergessen? Geben Sie unten Ihre E-Mail-Adresse ein" in html
    assert "Bitte wenden Sie sich an uns" in html
    assert "Gib deine E-Mail-Adresse" not in html
    english = client.get(url("account_reset_password", "en")).content.decode()
    assert "Forgotten your password? Enter your email address below" in english

    client.post(url("account_reset_password"), {"email": "bekannt@example.org"})
    body = mailoutbox[0].body
    assert "Sie erhalten diese E-Mail, weil Sie oder jemand anderes das Zurücksetzen des Passworts" in body
    assert "Du erhältst" not in body and "dein Passwort" not in body


@pytest.mark.django_db
def test_signup_error_confirmation_page_and_taken_address_email_say_sie(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    ConfirmedUserFactory(email="vorhanden@example.org")

    mismatch = client.post(url("account_signup"), signup_data(password2="etwas-ganz-anderes-2026"))
    assert "Sie müssen zweimal dasselbe Passwort eingeben." in mismatch.content.decode()

    sent = client.post(url("account_signup"), signup_data(), follow=True).content.decode()
    assert "Bestätigen Sie Ihre E-Mail-Adresse" in sent
    assert "Wir haben Ihnen eine E-Mail geschickt" in sent

    # The "already registered" mail goes from a task after the commit (F5).
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("account_signup"), signup_data(email="vorhanden@example.org", display_name="Zweit"))
    (owner_mail,) = [m for m in mailoutbox if m.to == ["vorhanden@example.org"]]
    assert "Sie erhalten diese E-Mail, weil Sie oder jemand anderes versucht hat" in owner_mail.body
    assert User.objects.filter(email="neu@example.org").exists()


@pytest.mark.django_db
def test_sign_out_asks_and_confirms_formally(client):
    client.force_login(ConfirmedUserFactory())

    assert "Sind Sie sicher, dass Sie sich abmelden möchten?" in client.get(url("account_logout")).content.decode()
    client.post(url("account_logout"))

    assert logged_in_user_id(client) is None
    assert "Sie haben sich abgemeldet." in client.get(url("account_login")).content.decode()
