"""What a proposal's own text decides, cached by a hash of that text so a re-run works on new texts only: the
key of the text the sentence encoder reads (``embed_text``) and the language and word tokens of the text analysis.

A cache with ``get_texts`` and ``put_texts`` (``MemoryCache``, ``DirectoryCache``) keeps one string per proposal,
"<embedding key> <language> <token> <token> ...", under a hash of everything it is a function of: the title, the
body, the encoder's name, the character limit, the analysis settings (``text.ANALYSIS_VERSION``) and
``EMBED_TEXT_VERSION``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from .embedding import PART_BREAK, text_key
from .schema import ProposalIn
from .text import ANALYSIS_VERSION, analyze, normalize, strip_lead_in

EMBED_TEXT_VERSION = "embed-text-2"  # change it with embed_text(), normalize() or strip_lead_in()
TITLE_APART_CHARS = 200


def embed_text(title: str, body: str, limit: int) -> str:
    """What the sentence encoder reads: the title and the body without a short lead-in ("Mein Anliegen: "), cut at
    a word boundary after at most ``limit`` characters. Its cost grows with the length. With a budget of at least
    ``TITLE_APART_CHARS`` (inputs of a city's size) the title and body are given as "title\\n\\nbody", which
    ``embedding.TitleAndBody`` encodes apart; large inputs keep one short text each."""
    body = normalize(body)
    if body and limit >= TITLE_APART_CHARS:
        return f"{normalize(title)}{PART_BREAK}{_cut(strip_lead_in(body), limit)}"
    text = normalize(f"{title}. {strip_lead_in(body)}") if body else normalize(title)
    return _cut(text, limit)


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    return text[: cut if cut > limit // 2 else limit]


def prepare(props: Sequence[ProposalIn], limit: int, embedder_name: str, cache) -> Prepared:
    """The embedding keys of the proposals at once (so the encoder can start on the new texts), their languages
    and word tokens from ``analysis()``; both from the cache's text store where it has them (each entry is a pure
    function of its key, so this gives the same as computing them)."""
    if cache is None or not hasattr(cache, "get_texts"):
        ekeys = [text_key(embedder_name, embed_text(p.title, p.body, limit)) for p in props]
        return Prepared(props, ekeys, [None] * len(props), {}, None)
    salt = f"{EMBED_TEXT_VERSION}\x00{ANALYSIS_VERSION}\x00{embedder_name}\x00{limit}\x00"
    keys = [hashlib.sha256(f"{salt}{p.title}\x00{p.body}".encode()).hexdigest()[:32] for p in props]
    found = cache.get_texts(keys)
    ekeys, packed, new = [], [], {}
    for key, p in zip(keys, props, strict=True):
        entry = found.get(key)
        if entry is None:
            ekey = new.get(key) or text_key(embedder_name, embed_text(p.title, p.body, limit))
            new[key] = ekey
        else:
            ekey, _, entry = entry.partition(" ")
        ekeys.append(ekey)
        packed.append(entry)
    return Prepared(props, ekeys, packed, dict(zip(keys, range(len(keys)), strict=True)) if new else {}, cache, new)


class Prepared:
    """See prepare()."""

    def __init__(self, props, embed_keys, packed, position, cache, new=None) -> None:
        self.props, self.embed_keys, self._packed, self._cache = props, embed_keys, packed, cache
        self._position, self._new = position, new or {}

    def analysis(self) -> tuple[list[str], list[list[str]]]:
        """(languages, tokens of the words: see ``text.analyze``); analyses the texts the cache did not have and
        stores them."""
        langs, docs = [], []
        for p, entry in zip(self.props, self._packed, strict=True):
            if entry is None:
                lang, doc = analyze(f"{p.title} {p.body}")
            else:
                lang, *doc = entry.split(" ")
            langs.append(lang)
            docs.append(doc)
        if self._new:
            # neither keys nor tokens hold a space: "<embedding key> <language> <token> ..." ('' stays '')
            self._cache.put_texts(
                {
                    key: " ".join([ekey, langs[self._position[key]], *docs[self._position[key]]])
                    for key, ekey in self._new.items()
                }
            )
        return langs, docs
