"""Extractive summaries: sentences quoted verbatim from member proposals, each with its source.

A candidate sentence scores by how central its proposal is in the theme, how much of the theme's vocabulary it
carries, and the proposal's support; sentences are then picked greedily while skipping any that repeat an
already chosen one (maximal marginal relevance), at most one per proposal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .schema import CommentIn, ProposalIn, SummarySentence
from .text import detect_language, sentence_spans, stems, strip_lead_in

# Kassel's city area (CONTEXT.md); a place outside it is an input error and is not averaged in.
LAT_RANGE, LON_RANGE = (51.26, 51.36), (9.38, 9.56)


@dataclass(frozen=True, slots=True)
class SummaryParams:
    max_sentences: int = 3
    min_words: int = 4
    max_chars: int = 280
    redundancy: float = 0.5
    max_comments: int = 3
    candidates: int = 60  # quotes are drawn from this many most central members (keeps big themes fast)
    comment_members: int = 300  # notable comments come from this many most central members


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(len(a | b), 1)


def summarize(
    members: Sequence[ProposalIn],
    centrality: Sequence[float],
    support: Sequence[float],
    theme_terms: dict[str, float],
    language: str,
    params: SummaryParams = SummaryParams(),
) -> list[SummarySentence]:
    """1-3 sentences by centrality, support and variety; each text is a substring of its source's title or body."""
    want = 1 if len(members) < 4 else 2 if len(members) < 10 else params.max_sentences
    norm = sum(v * v for v in theme_terms.values()) ** 0.5 or 1.0
    candidates = []
    for rank, (p, cent, sup) in enumerate(zip(members, centrality, support, strict=True)):
        pieces = [p.body[a:b] for a, b in sentence_spans(p.body)] if p.body.strip() else [p.title]
        for piece in pieces:
            sentence = strip_lead_in(piece.strip())
            n_words = len(sentence.split())
            if n_words < params.min_words or len(sentence) > params.max_chars:
                continue
            lang = detect_language(sentence)
            toks = set(stems(sentence, lang))
            # cosine between the sentence's terms and the theme's TF-IDF centroid (both IDF-weighted)
            coverage = sum(theme_terms.get(t, 0.0) for t in toks) / (norm * max(len(toks), 1) ** 0.5)
            score = float(cent) + coverage + 0.2 * float(sup) + (0.1 if lang == language else 0.0)
            candidates.append((-round(score, 9), rank, sentence, p.id, toks))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    chosen: list[tuple[str, str, set[str]]] = []
    used: set[str] = set()
    for _, _, sentence, pid, toks in candidates:
        if len(chosen) >= want:
            break
        if pid in used or any(_jaccard(toks, t) > params.redundancy for _, _, t in chosen):
            continue
        chosen.append((sentence, pid, toks))
        used.add(pid)
    if not chosen and members:  # every body too short or too long: quote the central title
        return [SummarySentence(text=members[0].title.strip(), source=members[0].id)]
    return [SummarySentence(text=s, source=pid) for s, pid, _ in chosen]


def districts(members: Sequence[ProposalIn]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for p in members:
        if p.district:
            counts[p.district] = counts.get(p.district, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def center(members: Sequence[ProposalIn]) -> tuple[float, float] | None:
    pts = [
        (p.lat, p.lon)
        for p in members
        if p.lat is not None
        and p.lon is not None
        and LAT_RANGE[0] <= p.lat <= LAT_RANGE[1]
        and LON_RANGE[0] <= p.lon <= LON_RANGE[1]
    ]
    if not pts:
        return None
    return (sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts))


def notable_comments(
    comments: Sequence[CommentIn], theme_terms: dict[str, float], params: SummaryParams = SummaryParams()
) -> list[tuple[str, str, str]]:
    """Comments that speak most to the theme's vocabulary, longer ones first among equals, no repeated text."""
    scored = []
    for c in comments:
        text = " ".join(c.body.split())
        if len(text.split()) < 3:
            continue
        toks = set(stems(text, detect_language(text)))
        score = sum(theme_terms.get(t, 0.0) for t in toks) + 0.01 * min(len(toks), 20)
        scored.append((-round(score, 9), c.id, c.proposal, text))
    scored.sort()
    out, seen = [], set()
    for _, cid, pid, text in scored:
        if text.lower() in seen:
            continue
        seen.add(text.lower())
        out.append((cid, pid, text))
        if len(out) >= params.max_comments:
            break
    return out
