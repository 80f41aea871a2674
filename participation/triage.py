"""Triage hints for the project office (#16 item 4): what may be spam, personal data, off-topic or a duplicate.

Flags, never actions: a flag puts the item in the office's "Zu erledigen" list with its reason; staff decide.
The rules favour precision (a wrong flag costs staff time and trust); bench/triage.py measures them.
"""

import re
from dataclasses import dataclass

from .similarity import features, similarity

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
# German numbers: +49 / 0049 / 0 and an area code, then at least five more digits (spaces, / and - allowed).
PHONE = re.compile(r"(?<![\w.,])(?:\+49|0049|0)[\s/-]?\(?\d{2,5}\)?(?:[\s/-]?\d){5,10}\b")
# Licence plates: district code, one or two letters, one to four digits, optional E/H (KS-AB 123, KS AB 1234E).
PLATE = re.compile(r"\b[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[- ]?\d{1,4}[EH]?\b")
LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
SPAM_WORDS = re.compile(
    r"\b(casino|viagra|cialis|bitcoin|krypto\w*|crypto\w*|kredit ohne schufa|gewinnspiel|jetzt kaufen|"
    r"rabatt\w*|gratis|free money|onlyfans|porn\w*|sex\w*|abnehmen|forex)\b",
    re.IGNORECASE,
)
SHOUTING = re.compile(r"[A-ZÄÖÜ]{6,}")
REPEATED = re.compile(r"(.)\1{5,}")


def _stems(text: str) -> frozenset[str]:
    return frozenset(f for f in features(text) if not f.startswith("#"))  # words, not their character trigrams


# Words any idea for a city uses; a text without one of them nor any overlap with its field is likely off-topic.
CITY_WORDS = _stems(
    "Stadt Kassel Quartier Stadtteil Straße Platz Park Bus Bahn Rad Radweg Fußweg Verkehr Schule Kita Wohnung "
    "Bürger Bürgerinnen Verwaltung Amt digital App Daten Internet WLAN Energie Wasserstoff Klima Baum Bäume "
    "Wasser Grün Müll Licht Beleuchtung Sicherheit Ampel Parken Spielplatz Nachbarschaft Angebot Beteiligung "
    "Sensor Smart Strom Solar Fläche Scooter Roller Wiese Blüh Garten "
    "Umwelt Luft Lärm Barriere Senioren Jugend Kinder Familie Zentrum Innenstadt "
    "city town street square park bus tram train bike cycle traffic school housing residents citizens council "
    "office digital app data internet energy hydrogen climate tree trees water green waste light safety parking "
    "playground neighbourhood neighborhood district centre center sensor solar noise accessible children family"
)
OFF_TOPIC_MAX_OVERLAP = 0.06  # word overlap (Jaccard of stems) with the closest proposal of the field
DUPLICATE_MIN_SIMILARITY = 0.45


class Reason:
    SPAM = "spam"
    PERSONAL_DATA = "personal_data"
    OFF_TOPIC = "off_topic"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Hint:
    reason: str
    detail: str  # what was found, for staff; personal data is masked


def _mask(text: str) -> str:
    return text[:2] + "…" if len(text) > 3 else "…"


def text_hints(text: str) -> list[Hint]:
    """Spam and personal-data hints in a text (title and body, or a comment)."""
    hints = []
    found = [("E-Mail", m.group(0)) for m in EMAIL.finditer(text)]
    found += [("Telefon", m.group(0)) for m in PHONE.finditer(text)]
    found += [("Kennzeichen", m.group(0)) for m in PLATE.finditer(text)]
    if found:
        hints.append(Hint(Reason.PERSONAL_DATA, ", ".join(f"{kind} {_mask(value)}" for kind, value in found[:3])))
    signals = []
    if len(LINK.findall(text)) >= 2:
        signals.append("links")
    if SPAM_WORDS.search(text):
        signals.append(SPAM_WORDS.search(text).group(0).lower())
    if len(SHOUTING.findall(text)) >= 3 or REPEATED.search(text):
        signals.append("shouting")
    # One signal alone is often innocent (a link to a city page, a capitalised street name): two make a flag,
    # except a spam word together with a link.
    if len(signals) >= 2:
        hints.append(Hint(Reason.SPAM, ", ".join(signals)))
    return hints


def off_topic(text: str, field_texts: list[str]) -> bool:
    """No city word and (almost) nothing in common with the proposals of its field."""
    own = _stems(text)
    # German compounds: "Straßenrand" and "Abstellflächen" hold a city word inside.
    if len(own) < 6 or any(word in stem for stem in own for word in CITY_WORDS if len(word) >= 4) or own & CITY_WORDS:
        return False
    return not field_texts or max(similarity(own, _stems(other)) for other in field_texts) < OFF_TOPIC_MAX_OVERLAP


def likely_duplicate(text: str, candidates: list[tuple[int, str]]) -> tuple[int, float] | None:
    """The most similar earlier proposal of the field, when it is close enough to ask staff."""
    own = features(text)
    best = max(((similarity(own, features(other)), pk) for pk, other in candidates), default=(0.0, 0))
    return (best[1], best[0]) if best[0] >= DUPLICATE_MIN_SIMILARITY else None
