"""A light text similarity for "similar proposals": normalised word stems and character trigrams.

It copes with German compounds and inflection well enough to point a citizen to an existing idea
(compounds share trigrams, inflected forms share stems), and needs no database feature.
"""

import re
import unicodedata
from functools import lru_cache

STOPWORD_TEXT = (
    "der die das den dem des ein eine einen einem einer und oder aber in im an am auf fur fuer mit von "
    "vom zu zum zur bei nach aus uber ueber unter vor wir ich sie es ist sind sein soll sollte sollen "
    "mehr auch nicht kein keine wie was wo wenn dass damit noch nur sehr man the a an and or of to in on "
    "at for with is are be should more we our this that"
)
STOPWORDS = frozenset(STOPWORD_TEXT.split())
SUFFIXES = ("ungen", "ung", "heiten", "heit", "keiten", "keit", "en", "er", "es", "e", "n", "s")


def fold(text: str) -> str:
    """Lower case, ß as ss, accents and umlaut dots dropped ("Grüße" → "grusse")."""
    text = text.lower().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# Cached: the similar-proposal check and the triage hints compare each new text with the same few hundred newest
# proposals of its field, request after request; a frozenset is immutable, so sharing it is safe.
@lru_cache(maxsize=8192)
def features(text: str) -> frozenset[str]:
    """Stems and trigrams of the meaningful words in a text."""
    words = [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in STOPWORDS and len(w) > 2]
    stems = {_stem(w) for w in words}
    trigrams = {f"#{stem[i : i + 3]}" for stem in stems for i in range(len(stem) - 2)}
    return frozenset(stems | trigrams)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
