"""Readable labels: a short phrase the members of a theme (or of a position) share, quoted as they wrote it.

Candidates are runs of 1-5 words inside one clause of a member's title or body opening (no punctuation inside):
content words that carry class weight, with connectors between them ("Radwege in der Innenstadt"); a stance word
("Keine", "Mehr", "Ohne") may open one. Runs match across members by their stems, so "Radweg" and "Radwege" count
as one phrase, and the label is the most frequent verbatim form with its first letter capitalised: German casing
and compounds stay as written. German casing also tells nouns: a lowercase word right after a noun is a verb and
ends the phrase, a lowercase word before a connector is no adjective, and a phrase that does not end in a noun
counts a fifth. A few frequent verbs and adverbs (NOT_IN_LABELS) never enter a label.

A phrase scores by the share of members that use it (document frequency) times the sum of its content words'
class-based TF-IDF weights for this theme against the field's other themes (for a position: against the theme's
other positions), divided by (number of content words) ** 0.75. It must occur in at least two members and may not
be a member's whole title (of the 300 most central) nor a label already taken, such as a sibling position's. A
single best word grows to the best longer noun phrase around it that a quarter of its users write, and to its
stance form ("Keine ...") when a third write that. A short German label used by fewer than half of the members
is joined with a second noun that shares no stem and scores at least half as much ("Parkplätze und
Parkhäuser"). Without any shared phrase the label is the two strongest keywords; failing that, the central
member's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .schema import ProposalIn
from .text import _WORD, sentence_spans, tokens

_CLAUSE = re.compile(r"[^.,;:!?()\[\]{}\"'„“”«»/\n–—|]+")


@dataclass(frozen=True, slots=True)
class LabelParams:
    members: int = 16  # phrases come from this many most central members
    body_chars: int = 160  # and from this much of each body
    max_words: int = 5
    max_chars: int = 48
    min_df: int = 2
    title_check: int = 300  # the label differs from the titles of this many most central members


def class_weights(x: sp.csr_matrix, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Class-based TF-IDF (c-TF-IDF): per class the number of its members using a term, times how rare the term is
    in the other classes (log(1 + mean class size / term frequency)). Terms used by one member only weigh 0."""
    if n_classes == 0 or x.shape[1] == 0:
        return np.zeros((n_classes, x.shape[1]))
    rows = np.flatnonzero(classes >= 0)
    member = sp.csr_matrix((np.ones(len(rows)), (classes[rows], rows)), shape=(n_classes, x.shape[0]))
    presence = x.copy()
    presence.data = np.ones_like(presence.data)
    tf = np.asarray((member @ presence).todense())
    freq = tf.sum(axis=0)
    avg = tf.sum() / n_classes
    weight = tf * np.log(1.0 + avg / np.maximum(freq, 1.0))
    weight[tf < 2] = 0.0
    return weight


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass(slots=True)
class _Phrase:
    df: int
    forms: dict[str, int]
    content: tuple[str, ...]  # the stems of its content words
    noun: bool  # ends in a noun: capitalised inside a German sentence (or any word, in English)
    whole: bool = False  # seen once at least not glued by a hyphen to another word


# Frequent verbs and adverbs that are not stop words for the themes but never belong in a label.
NOT_IN_LABELS = frozenset(
    """
könnten könnte würden würde sollen sollten wollen dürfen brauchen braucht gibt fehlen fehlt sind wird werden haben
macht machen wäre morgens abends höchstens mindestens vielen wenig bleiben bleibt lassen
""".split()
)

# Words that may open a phrase and carry its stance: "Keine Videoüberwachung im öffentlichen Raum".
STANCE = frozenset("kein keine keinen mehr weniger ohne gegen no more less fewer without against".split())

# Function words that may sit inside a phrase ("Radwege in der Innenstadt", "Fahrt zum Bahnhof"); any other
# function word (a verb, a pronoun) ends it.
CONNECTORS = frozenset(
    """
in im am an auf aus bei für fuer mit von vom zum zur zu der die das den dem des und ohne statt gegen nach über unter
vor hinter neben durch entlang rund of for in on at to from with and the without
""".split()
)


def _phrases(
    docs: Sequence[tuple[str, str]], weights: dict[str, float], params: LabelParams
) -> dict[tuple[str, ...], _Phrase]:
    """Candidate phrases of (text, language) documents, keyed by their word stems (function words as written).

    A phrase is made of content words that carry weight for the class, with connectors between them; in German
    every content word but an adjective before the next one is capitalised (a noun), so "Radwegenetz ausbauen"
    yields "Radwegenetz" and not the verb."""
    found: dict[tuple[str, ...], _Phrase] = {}
    for text, lang in docs:
        seen: set[tuple[str, ...]] = set()
        german = lang == "de"
        for a, b in sentence_spans(text):
            sentence_start = True
            for clause in _CLAUSE.finditer(text, a, b):
                ms = list(_WORD.finditer(clause.group()))
                if not ms:
                    continue
                low = [m.group().lower() for m in ms]
                toks = tokens(low, lang)
                # per word: 2 a weighted content word, 1 a connector, 3 a stance word (may open a phrase), 0 a stop
                kind = [
                    0
                    if w in NOT_IN_LABELS
                    else 2
                    if t and weights.get(t, 0.0) > 0
                    else 3
                    if w in STANCE
                    else 1
                    if not t and w in CONNECTORS
                    else 0
                    for t, w in zip(toks, low, strict=True)
                ]
                caps = [m.group()[:1].isupper() for m in ms]
                initial = 0 if sentence_start else -1  # the sentence's first word is capitalised anyway
                sentence_start = False
                base = clause.start()
                for i in range(len(ms)):
                    if kind[i] < 2:
                        continue
                    for j in range(i + (kind[i] == 3), min(i + params.max_words, len(ms))):
                        if kind[j] in (0, 3):
                            break
                        lower = kind[j] == 2 and not caps[j] and j != initial
                        if german and lower and j > i and kind[j - 1] == 2 and caps[j - 1] and j - 1 != initial:
                            break  # German: a lowercase word right after a noun is a verb, not an adjective
                        if kind[j] == 1:
                            # German: a lowercase content word is an adjective only right before another one
                            if german and kind[j - 1] == 2 and not caps[j - 1] and j - 1 != initial:
                                break
                            continue
                        noun = not german or (caps[j] and j != initial)
                        key = tuple(toks[k] or low[k] for k in range(i, j + 1))
                        if key in seen:
                            continue
                        start, end = base + ms[i].start(), base + ms[j].end()
                        if (
                            german
                            and j > i
                            and (i == initial or not caps[i])
                            and not low[i].endswith(_ADJECTIVE_ENDINGS)
                        ):
                            break  # a phrase opens with a noun or an adjective, not a verb ("kommt Fernwärme")
                        form = text[start:end]
                        if len(form) > params.max_chars:
                            break
                        seen.add(key)
                        ph = found.get(key)
                        if ph is None:
                            content = tuple(t for t in toks[i : j + 1] if t)
                            ph = found[key] = _Phrase(0, {}, content, noun)
                        ph.noun = ph.noun or noun
                        # "Nachbarschafts" of "Nachbarschafts-App" is a phrase only where it also stands alone
                        ph.whole = ph.whole or not _compound_part(text, start, end)
                        ph.df += 1
                        ph.forms[form] = ph.forms.get(form, 0) + 1
    return found


_ADJECTIVE_ENDINGS = ("e", "er", "es", "en", "em")


def _compound_part(text: str, start: int, end: int) -> bool:
    """The run is glued by a hyphen to a word before or after it (a part of a compound)."""
    after = text[end : end + 2]
    before = text[max(start - 2, 0) : start]
    return (after[:1] == "-" and after[1:].isalpha()) or (before[1:] == "-" and before[:1].isalpha())


def _form(ph: _Phrase) -> str:
    # the most frequent written form; among equals the one with more capitals (a title's casing), then by text
    form = min(ph.forms.items(), key=lambda kv: (-kv[1], -sum(c.isupper() for c in kv[0]), kv[0]))[0]
    return form[:1].upper() + form[1:]


def label(
    members: Sequence[ProposalIn],
    languages: Sequence[str],
    weights: dict[str, float],
    language: str,
    fallback: Sequence[str] = (),
    avoid: Sequence[str] = (),
    params: LabelParams = LabelParams(),
) -> str:
    """A short phrase the members share. ``weights``: stem -> c-TF-IDF weight for this class; ``fallback``: keyword
    forms to join when no phrase is shared; ``avoid``: labels already taken (e.g. a sibling position's)."""
    docs = [
        (f"{p.title.strip()}. {p.body[: params.body_chars]}", lang)
        for p, lang in zip(members[: params.members], languages[: params.members], strict=True)
    ]
    n = len(docs)
    # a label may not be a member's whole title; the most central members are checked (a theme of 20,000 at
    # full scale would cost a regex per title, and a copied title would come from the central ones read above)
    titles = {_norm(p.title) for p in members[: params.title_check]}
    taken = {_norm(a) for a in avoid}
    top = max(weights.values(), default=0.0) or 1.0
    scored = []
    keyed = _phrases(docs, weights, params)
    key_of = {id(ph): key for key, ph in keyed.items()}
    # titles name the idea: a phrase in many titles beats one that the bodies repeat (a place, a side remark)
    in_titles = _phrases(
        [(p.title, lang) for p, lang in zip(members[: params.members], languages, strict=False)], weights, params
    )
    for key, ph in keyed.items():
        if key[0] in STANCE:
            continue  # stance words only extend a phrase chosen for its content (below)
        if ph.df < params.min_df or not ph.whole:
            continue
        w = sum(weights.get(s, 0.0) for s in ph.content) / top
        if w <= 0:
            continue
        titled = in_titles[key].df if key in in_titles else 0
        score = (ph.df + titled) / n * w / len(ph.content) ** 0.75 * (1.0 if ph.noun else 0.2)
        scored.append((-round(score, 9), -len(key), key, ph))
    scored.sort(key=lambda s: s[:3])
    ok = [(s, ph) for s, _, _, ph in scored if _norm(_form(ph)) not in titles | taken]
    if ok:
        best_score, best = ok[0]
        if len(best.content) == 1:
            # a single word says little: the best longer noun phrase around it, if a quarter of its users use it
            for _, ph in ok[1:]:
                if len(ph.content) > 1 and ph.noun and best.content[0] in ph.content and 4 * ph.df >= best.df:
                    best = ph
                    break
        # the same phrase opened by a stance word ("Keine ...", "Mehr ..."), if a third of its users write it so
        base = key_of[id(best)]
        stanced = [
            ph
            for key, ph in keyed.items()
            if key[1:] == base and key[0] in STANCE and 3 * ph.df >= best.df and _norm(_form(ph)) not in titles | taken
        ]
        if stanced:
            best = max(stanced, key=lambda ph: (ph.df, _form(ph)))
        text = _form(best)
        if best.df < n / 2 and best.noun and len(best.content) <= 2 and language == "de":
            for s, ph in ok[1:6]:
                other = min(ph.forms, key=lambda f: (-ph.forms[f], f))
                # only two nouns (both capitalised as written) are joined: "Parkplätze und Parkhäuser"
                short = len(ph.content) == 1 and other[:1].isupper() and text[:1].isupper() and " " not in text
                if short and s <= best_score / 2 and ph.noun and not set(ph.content) & set(best.content):
                    joined = f"{text} und {other}"
                    if len(joined) <= params.max_chars + 12 and _norm(joined) not in titles | taken:
                        text = joined
                    break
        return text
    words = [f for f in fallback if f][:2]
    if words:
        text = f" {'und' if language == 'de' else 'and'} ".join(w[:1].upper() + w[1:] for w in words)
        if _norm(text) not in titles | taken:
            return text
    title = " ".join(members[0].title.split()) if members else ""
    return title if len(title) <= 80 else title[: title.rfind(" ", 0, 80)].rstrip(" ,;:-") + " …"
