"""Language guess, stemmed tokens with German compound heads, and sentence spans."""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
# A sentence ends at . ! ? or a line break, when what follows starts a new sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+(?=[\"'(\[]?[A-ZÄÖÜ0-9])|\s*\n+\s*")

STOP_DE = frozenset(
    """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis
bist bitte da damit dann das dass dem den denn der des deshalb dich die dies diese diesem diesen dieser dieses doch dort
du durch ein eine einem einen einer eines einfach er es etwa etwas euch fuer für gibt gut hab habe haben hat hatte hier
hin ich ihr ihre im immer in ins ist ja jede jedem jeden jeder jedes kann kein keine können könnte machen man mehr mein
meine mich mir mit muss müssen nach nicht nichts noch nur ob oder ohne sehr sein seine sich sie sind so sollte sollten
soll sondern statt um und uns unser unsere unter viel viele vom von vor wäre wären war was weil wenn wer werden wie
wieder wir wird wo wurde zu zum zur zwischen über hallo danke toll gerade schon oft endlich stadt kassel
""".split()
)
STOP_EN = frozenset(
    """
a about all also an and any are as at be because been but by can could do does for from get has have how i if in into
is it its just like more most my no not of on or our please so some than that the their them then there these they
this to too up us very was we were what when where which who will with would you your hi thanks city kassel
""".split()
)

_STEMMERS = {"de": snowballstemmer.stemmer("german"), "en": snowballstemmer.stemmer("english")}
_MARKERS_DE = frozenset("der die das und ist nicht mit für auf den dem ein eine zu sich wir ich auch im".split())
_MARKERS_EN = frozenset("the and is are to of for with on in we a an this it be should".split())


def normalize(text: str) -> str:
    """NFC and single spaces; the verbatim text is kept elsewhere for quoting."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def detect_language(text: str, ws: Sequence[str] | None = None) -> str:
    """'de' or 'en' by counting frequent function words; German wins ties (the portal's first language)."""
    ws = words(text) if ws is None else ws
    lower = text.lower()
    # map/sum over set membership runs in C: this is called once per proposal, 100,000 times at full scale
    de = sum(map(_MARKERS_DE.__contains__, ws)) + lower.count("ä") + lower.count("ö") + lower.count("ü")
    de += lower.count("ß")
    en = sum(map(_MARKERS_EN.__contains__, ws))
    return "en" if en > de else "de"


@lru_cache(maxsize=200_000)
def _stem(word: str, lang: str) -> str:
    return _STEMMERS[lang].stemWord(word)


_TOKEN: dict[str, dict[str, str]] = {"de": {}, "en": {}}


def _token(word: str, lang: str) -> str:
    """The folded stem of a content word, or '' for a stop word or a short word (cached per language)."""
    cache = _TOKEN[lang]
    t = cache.get(word)
    if t is None:
        stop = STOP_EN if lang == "en" else STOP_DE
        t = "" if len(word) <= 2 or word in stop else _fold(_stem(word, lang))
        if len(cache) > 500_000:
            cache.clear()
        cache[word] = t
    return t


def stems(text: str, lang: str, ws: Sequence[str] | None = None) -> list[str]:
    """Stemmed content words. Umlauts are folded after stemming so 'Bäume' and 'Baume' (a typo) meet."""
    return list(filter(None, tokens(words(text) if ws is None else ws, lang)))


def tokens(ws: Sequence[str], lang: str) -> list[str]:
    """_token() of each word, '' for the dropped ones (so they stay aligned with the words)."""
    toks = list(map(_TOKEN[lang].get, ws))  # cached words in C; the rest below
    if None in toks:
        toks = [_token(w, lang) if t is None else t for w, t in zip(ws, toks, strict=True)]
    return toks


def remember_tokens(ws: Sequence[str], toks: Sequence[str], lang: str) -> None:
    """Put the tokens of words (from ``tokens(ws, lang)``, e.g. read from a cache) into the per-language token
    cache, so stemming the same words again (summary sentences) costs a dict lookup."""
    cache = _TOKEN[lang]
    if len(cache) > 500_000:
        cache.clear()
    cache.update(zip(ws, toks, strict=True))


def analyze(text: str) -> tuple[str, list[str]]:
    """The language of a proposal's text and the token of each of its words (``tokens``; a pure function of the
    text). Its stems are the non-empty tokens."""
    ws = words(text)
    lang = detect_language(text, ws)
    return lang, tokens(ws, lang)


def _stemmer_version() -> str:
    try:
        return importlib.metadata.version("snowballstemmer")
    except importlib.metadata.PackageNotFoundError:
        return ""


# Everything analyze() depends on besides the text: a cached analysis is keyed on it too, so a change of the stop
# words, the markers, the word pattern or the stemmer's version never reuses an old result.
ANALYSIS_VERSION = hashlib.sha256(
    "\x00".join(
        [
            "analyze-2",
            _WORD.pattern,
            _stemmer_version(),
            *(" ".join(sorted(s)) for s in (STOP_DE, STOP_EN, _MARKERS_DE, _MARKERS_EN)),
        ]
    ).encode()
).hexdigest()[:16]


def _fold(stem: str) -> str:
    return stem.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")


def add_compound_parts(docs: Sequence[list[str]], min_part: int = 4) -> list[list[str]]:
    """Add the head and the modifier of German compounds, found as stems seen on their own in the corpus.

    'fahrradweg' gains 'radweg' and 'fahrrad' when those occur as words elsewhere, so 'Fahrradwege' and
    'Radwege' share a token; this needs no dictionary and copes with new compounds.
    """
    vocab = {t for doc in docs for t in doc}
    parts_of: dict[str, tuple[str, ...]] = {}
    for t in vocab:
        if len(t) < 2 * min_part:
            continue
        found = []
        for i in range(min_part, len(t) - min_part + 1):
            if t[i:] in vocab:  # longest head first
                found.append(t[i:])
                break
        for i in range(len(t) - 3, min_part - 1, -1):
            if t[:i] in vocab:  # longest modifier first
                found.append(t[:i])
                break
        if found:
            parts_of[t] = tuple(found)
    return [doc + [p for t in doc for p in parts_of.get(t, ())] for doc in docs]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text, trimmed of surrounding whitespace."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def strip_lead_in(sentence: str) -> str:
    """Drop a short lead-in such as 'Ich wünsche mir: ' so a quote starts with the idea (still a substring)."""
    head, sep, rest = sentence.partition(": ")
    if sep and len(head.split()) <= 4 and len(rest.split()) >= 4:
        return rest
    return sentence


def majority(values: Iterable[str], default: str = "de") -> str:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    if not counts:
        return default
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
