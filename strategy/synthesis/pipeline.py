"""synthesize(): proposals, comments and votes in; themes, support, consensus and quoted summaries out."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import attrgetter

import numpy as np
from threadpoolctl import threadpool_limits

from .embedding import Embedder, EmbeddingCache, TitleAndBody, UniversalSentenceEncoder, embed_keyed_start
from .labels import LabelParams, class_weights, label
from .opinion_groups import GroupParams, opinion_groups
from .positions import PositionParams, member_votes, positions
from .prepare import embed_text, prepare
from .schema import (
    CommentIn,
    FieldResult,
    Position,
    PreviousTheme,
    ProposalIn,
    Support,
    SynthesisResult,
    Theme,
    VoteIn,
)
from .summary import SummaryParams, center, districts, notable_comments, summarize
from .support import CONSENSUS, DIVISIVE, ConsensusParams, classify, group_rates, support_of, tally, wilson_lower_bound
from .text import add_compound_parts, majority, remember_tokens, words
from .themes import ClusterParams, cluster, keywords, match_previous, order_members, theme_id
from .vectors import field_vectors, lexical_part, tfidf


@dataclass(frozen=True, slots=True)
class Params:
    lexical_weight: float = 0.3  # share of stemmed TF-IDF in the proposal similarity, the rest is the embedding
    # The encoder reads the title and the start of the body; its cost grows with the length. Inputs of up to
    # rich_max proposals (a city's realistic scale is a few thousand) get rich_chars, larger ones embed_chars.
    embed_chars: int = 100
    rich_chars: int = 400
    rich_max: int = 5000
    blas_threads: int = 1
    labels: LabelParams = field(default_factory=LabelParams)
    positions: PositionParams = field(default_factory=PositionParams)
    cluster: ClusterParams = field(default_factory=ClusterParams)
    groups: GroupParams = field(default_factory=GroupParams)
    consensus: ConsensusParams = field(default_factory=ConsensusParams)
    summary: SummaryParams = field(default_factory=SummaryParams)


_RANK = {CONSENSUS: 0, DIVISIVE: 1}


def embed_limit(params: Params, n_proposals: int) -> int:
    """Characters the encoder reads per proposal for an input of this size (see Params.rich_max)."""
    return params.rich_chars if n_proposals <= params.rich_max else params.embed_chars


def synthesize(
    proposals: Iterable[ProposalIn],
    comments: Iterable[CommentIn],
    votes: Iterable[VoteIn],
    *,
    seed: int = 0,
    previous: Sequence[PreviousTheme] | None = None,
    embedder: Embedder | None = None,
    cache: EmbeddingCache | None = None,
    params: Params = Params(),
) -> SynthesisResult:
    """Themes per action field with support, consensus class and traceable summaries; same input, same output."""
    # The matrices here are small; a multi-threaded BLAS only spins (several times slower on a shared 2-core box).
    # The cyclic garbage collector is paused: its full passes walk every input object (a million votes) again and
    # again while this allocates lists and strings, about 2 s of a full-scale re-run; this makes few cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with threadpool_limits(limits=params.blas_threads, user_api="blas"):
            return _synthesize(
                proposals, comments, votes, seed=seed, previous=previous, embedder=embedder, cache=cache, params=params
            )
    finally:
        if collecting:
            gc.enable()


def _synthesize(proposals, comments, votes, *, seed, previous, embedder, cache, params: Params) -> SynthesisResult:
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = timings.get(stage, 0.0) + now - clock
        clock = now

    by_id: dict[str, ProposalIn] = {}
    for p in proposals:
        by_id.setdefault(str(p.id), p)
    props = sorted(by_id.values(), key=lambda p: (p.action_field, str(p.id)))
    ids = [str(p.id) for p in props]
    index = {pid: i for i, pid in enumerate(ids)}
    # The sentence encoder works in a background process while this one does the stages that need no vectors.
    limit = embed_limit(params, len(props))
    embedder = TitleAndBody(embedder or UniversalSentenceEncoder())
    # what each proposal's text alone decides; from the cache for texts seen before (see prepare.py)
    prepared = prepare(props, limit, embedder.name, cache)
    pending = embed_keyed_start(
        prepared.embed_keys, lambda i: embed_text(props[i].title, props[i].body, limit), embedder, cache
    )
    lap("embedding")
    try:
        langs, docs = prepared.analysis()  # docs: the token of each word, '' for dropped ones
        lap("text")

        voter_idx, prop_idx, values, voter_ids = _vote_arrays(votes, index)
        lap("opinion_groups")
        spans: dict[str, tuple[int, int]] = {}  # proposals are sorted by field: each field is one slice
        for i, p in enumerate(props):
            start, _ = spans.get(p.action_field, (i, i))
            spans[p.action_field] = (start, i + 1)
        texts = {name: _field_text(docs, start, stop, seed, params) for name, (start, stop) in spans.items()}
        lap("vectors")
        embeddings, _ = pending.result()
        lap("embedding")
    except BaseException:
        pending.cancel()
        raise

    found = {
        name: _field_themes(texts[name], embeddings[start:stop], params, lap) for name, (start, stop) in spans.items()
    }
    del embeddings, pending, texts  # 200 MB at full scale; the rest of the run needs only the field vectors
    # Opinion groups from the votes on proposals and on the themes just found (see opinion_groups.py).
    theme_of_prop = np.full(len(props), -1, dtype=np.int64)
    offset = 0
    for name, (start, _) in spans.items():
        labels = found[name].labels
        theme_of_prop[start : start + len(labels)] = np.where(labels >= 0, labels + offset, -1)
        offset += found[name].n_themes
    group_of_voter = opinion_groups(
        voter_idx,
        prop_idx,
        values,
        len(voter_ids),
        len(props),
        theme_of_prop=theme_of_prop,
        seed=seed,
        params=params.groups,
    )
    n_groups = int(group_of_voter.max()) + 1 if len(group_of_voter) else 0
    lap("opinion_groups")

    per_prop_votes = np.bincount(prop_idx, minlength=len(props))
    per_prop_score = wilson_lower_bound(
        np.bincount(prop_idx, weights=values == 1, minlength=len(props)), per_prop_votes
    )
    comments_of: dict[str, list[CommentIn]] = {}
    for c in sorted(comments, key=lambda c: str(c.id)):
        if str(c.proposal) in index:
            comments_of.setdefault(str(c.proposal), []).append(c)
    prev_by_field: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for t in sorted(previous or (), key=lambda t: t.id):
        prev_by_field.setdefault(t.action_field, []).append((t.id, t.label, tuple(t.proposals)))

    fields: dict[str, FieldResult] = {}
    for name, (start, stop) in spans.items():
        fields[name] = _field(
            name,
            found[name],
            props,
            ids,
            langs,
            docs,
            start,
            stop,
            voter_idx,
            prop_idx,
            values,
            group_of_voter,
            n_groups,
            per_prop_score,
            comments_of,
            prev_by_field.get(name, []),
            params,
            lap,
        )
    return SynthesisResult(
        fields=fields,
        opinion_groups=n_groups,
        participant_groups={voter_ids[i]: int(g) for i, g in enumerate(group_of_voter) if g >= 0},
        timings=timings,
    )


def _vote_arrays(votes: Iterable[VoteIn], index: dict[str, int]):
    """Votes as index arrays; unknown proposals and invalid values are dropped, a repeated vote counts once (last)."""
    votes = votes if isinstance(votes, list) else list(votes)
    n = len(votes)
    # map() over attrgetter and dict lookups runs in C: a million votes at full scale
    proposal_of = map(str, map(attrgetter("proposal"), votes))
    prop = np.fromiter(map(index.get, proposal_of, repeat(-1)), dtype=np.int64, count=n)
    valid = {1: 1, -1: -1, 0: 0}
    value = np.fromiter(map(valid.get, map(attrgetter("value"), votes), repeat(9)), dtype=np.int64, count=n)
    ok = (prop >= 0) & (value != 9)
    if not ok.any():
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, []
    keep = np.flatnonzero(ok)
    voter_of = list(map(str, map(attrgetter("voter"), votes)))
    if len(keep) < n:
        voter_of = list(map(voter_of.__getitem__, keep.tolist()))
    # Voter numbering follows sorted ids, so results do not depend on the order votes arrive in.
    voter_ids = sorted(set(voter_of))
    rank = dict(zip(voter_ids, range(len(voter_ids)), strict=True))
    voter_idx = np.fromiter(map(rank.__getitem__, voter_of), dtype=np.int64, count=len(keep))
    prop_idx, vals = prop[keep], value[keep]
    # Sorted by (proposal, voter) in one stable sort; the last vote of a voter on a proposal counts, and the
    # stable sort keeps a key's votes in arrival order, so the last of each run of equal keys is that vote.
    key = prop_idx * max(len(voter_ids), 1) + voter_idx
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    last = np.ones(len(key), dtype=bool)
    last[:-1] = sorted_key[1:] != sorted_key[:-1]
    order = order[last]
    return voter_idx[order], prop_idx[order], vals[order], voter_ids


@dataclass(slots=True)
class _FieldText:
    """What a field's words alone decide: TF-IDF and its share of the field vectors."""

    x: object  # sparse TF-IDF, one row per proposal of the field
    vocab: list[str]
    idf: np.ndarray
    lexical: np.ndarray | None


@dataclass(slots=True)
class _FieldThemes:
    """A field's themes before support and summaries: the vectors and the theme number of each proposal."""

    x: object
    vocab: list[str]
    idf: np.ndarray
    z: np.ndarray
    labels: np.ndarray  # theme per proposal of the field, -1 for a single proposal
    n_themes: int


def _field_text(docs, start, stop, seed, params: Params) -> _FieldText:
    x, vocab, idf = tfidf(add_compound_parts([list(filter(None, docs[i])) for i in range(start, stop)]))
    return _FieldText(x, vocab, idf, lexical_part(x, lexical_weight=params.lexical_weight, seed=seed))


def _field_themes(text: _FieldText, embeddings, params: Params, lap) -> _FieldThemes:
    z = field_vectors(embeddings, text.lexical, lexical_weight=params.lexical_weight)
    lap("vectors")
    labels = cluster(z, params.cluster)
    lap("clustering")
    return _FieldThemes(text.x, text.vocab, text.idf, z, labels, int(labels.max()) + 1 if len(labels) else 0)


def _field(
    name,
    found: _FieldThemes,
    props,
    ids,
    langs,
    docs,
    start,
    stop,
    voter_idx,
    prop_idx,
    values,
    group_of_voter,
    n_groups,
    per_prop_score,
    comments_of,
    previous,
    params: Params,
    lap,
) -> FieldResult:
    rows = np.arange(start, stop)
    x, vocab, idf, z, labels, n_themes = found.x, found.vocab, found.idf, found.z, found.labels, found.n_themes

    members_of = []
    for t in range(n_themes):
        members, sims = order_members(z, np.flatnonzero(labels == t), [ids[i] for i in rows])
        members_of.append((members, sims))
    weight = class_weights(x, labels, n_themes)
    kw = keywords(x, vocab, labels, n_themes, weight=weight)
    wanted = {vocab[j] for t in kw for j in t}
    central = sorted(int(rows[m]) for members, _ in members_of for m in members[: params.summary.comment_members])
    surface = _surface_forms(props, langs, docs, central, wanted)
    matches = match_previous([[ids[rows[m]] for m in members] for members, _ in members_of], previous)

    theme_of_prop = np.full(len(props), -1, dtype=np.int64)
    for t, (members, _) in enumerate(members_of):
        theme_of_prop[rows[members]] = t
    # votes are sorted by proposal, so this field's votes are one slice
    lo, hi = np.searchsorted(prop_idx, [start, stop])
    f_voter, f_prop, f_values = voter_idx[lo:hi], prop_idx[lo:hi], values[lo:hi]
    tv = tally(theme_of_prop[f_prop], f_voter, f_values, group_of_voter, n_themes, n_groups)
    # positions inside each theme, from the members' votes per opinion group (and their text where votes are few)
    parts_of: list[list[np.ndarray]] = [[members] for members, _ in members_of]
    if n_groups >= 2 and len(f_prop):
        mv = member_votes(f_prop - start, f_voter, f_values, group_of_voter, stop - start, n_groups)
        parts_of = [positions(members, mv, z, params.positions) for members, _ in members_of]
    position_of_prop = np.full(len(props), -1, dtype=np.int64)
    first_position, n_positions = [], 0
    for parts in parts_of:
        first_position.append(n_positions)
        for part in parts:
            position_of_prop[rows[part]] = n_positions
            n_positions += 1
    # no theme split: the positions are the themes, in the same order, so their tallies are the themes'
    pv = (
        tv
        if n_positions == n_themes
        else tally(position_of_prop[f_prop], f_voter, f_values, group_of_voter, n_positions, n_groups)
    )
    lap("support")

    field_text = (x, vocab, idf, props[start:stop], langs[start:stop], surface)
    themes, taken_labels = [], []  # no two themes of a field share a label
    for t, (members, sims) in enumerate(members_of):
        member_props = [props[rows[m]] for m in members]
        member_ids = [p.id for p in member_props]
        member_langs = [langs[rows[m]] for m in members]
        language = majority(member_langs)
        centroid = np.asarray(x[members].mean(axis=0)).ravel()
        terms = {vocab[j]: float(centroid[j] * idf[j]) for j in np.flatnonzero(centroid)}
        match = matches[t]
        keyword_forms = [surface.get(vocab[j], vocab[j]) for j in kw[t]]
        theme_label = match[1] if match and not _automatic(match[1], member_props) else None
        if theme_label is None:
            theme_label = label(
                member_props,
                member_langs,
                {vocab[j]: float(weight[t, j]) for j in np.flatnonzero(weight[t])},
                language,
                fallback=keyword_forms,
                avoid=taken_labels,
                params=params.labels,
            )
        taken_labels.append(theme_label)
        support = support_of(tv, t)
        parts = parts_of[t]
        split = len(parts) > 1
        theme_positions = _positions(
            parts,
            first_position[t],
            pv,
            field_text,
            rows,
            (members, sims),
            per_prop_score,
            language,
            theme_label,
            params,
        )
        themes.append(
            Theme(
                id=match[0] if match else theme_id(name, member_ids),
                label=theme_label,
                proposals=member_ids,
                consensus=DIVISIVE if split else classify(tv, t, params.consensus),
                # a split theme counts its people only: agreement with opposite positions is not added up
                support=Support(participants=support.participants) if split else support,
                # members are ordered by centrality; quotes and comments come from the most central ones
                summary=summarize(
                    member_props[: params.summary.candidates],
                    [float(s) for s in sims[: params.summary.candidates]],
                    [float(per_prop_score[rows[m]]) for m in members[: params.summary.candidates]],
                    terms,
                    language,
                    params.summary,
                ),
                keywords=keyword_forms,
                language=language,
                districts=districts(member_props),
                center=center(member_props),
                comments=notable_comments(
                    [c for pid in member_ids[: params.summary.comment_members] for c in comments_of.get(pid, [])],
                    terms,
                    params.summary,
                ),
                groups={} if split else group_rates(tv, t),
                positions=theme_positions,
            )
        )
    themes.sort(key=lambda th: (_RANK.get(th.consensus, 2), -round(_score(th), 9), -th.support.participants, th.id))
    singles = sorted(ids[rows[i]] for i in np.flatnonzero(labels < 0))
    lap("summary")
    return FieldResult(themes=themes, single_proposals=singles)


def _score(theme: Theme) -> float:
    """A theme's rank score: its own, or for a split theme its best-supported position's."""
    if len(theme.positions) > 1:
        return max(p.support.score for p in theme.positions)
    return theme.support.score


def _automatic(previous_label: str, members) -> bool:
    """An earlier run's label that is a member's title (as labels were made before key phrases): not a staff
    rename, so it is made anew. Only central members are read (that label was the central member's title), which
    keeps re-runs of themes with thousands of members fast."""
    text = " ".join(previous_label.removesuffix(" …").split()).casefold()
    return bool(text) and any(" ".join(p.title.split()).casefold().startswith(text) for p in members[:200])


def _positions(parts, first, pv, text, rows, ranked, per_prop_score, language, theme_label, params) -> list[Position]:
    """The theme's positions with their own figures, labels and a quoted sentence; best supported first.
    ``text``: (TF-IDF, vocabulary, idf, the field's proposals, their languages, keyword surface forms);
    ``ranked``: (the theme's members, their centrality)."""
    x, vocab, idf, field_props, field_langs, surface = text
    if len(parts) == 1:
        members = parts[0]
        return [
            Position(
                label=theme_label,
                members=[field_props[m].id for m in members],
                support=support_of(pv, first),
                groups=group_rates(pv, first),
                consensus=classify(pv, first, params.consensus),
            )
        ]
    sim_of = dict(zip(ranked[0].tolist(), ranked[1].tolist(), strict=True))  # member -> centrality
    allm = np.concatenate(parts)
    classes = np.concatenate([np.full(len(p), i) for i, p in enumerate(parts)])
    weight = class_weights(x[allm], classes, len(parts))
    out, taken = [], [theme_label]
    for i, members in enumerate(parts):
        member_props = [field_props[m] for m in members]
        member_langs = [field_langs[m] for m in members]
        cols = np.flatnonzero(weight[i])
        order = lambda j, i=i: (-round(float(weight[i, j]), 9), vocab[j])  # noqa: E731
        text = label(
            member_props,
            member_langs,
            {vocab[j]: float(weight[i, j]) for j in cols},
            language,
            fallback=[surface[vocab[j]] for j in sorted(cols.tolist(), key=order) if vocab[j] in surface],
            avoid=taken,
            params=params.labels,
        )
        taken.append(text)
        centroid = np.asarray(x[members].mean(axis=0)).ravel()
        terms = {vocab[j]: float(centroid[j] * idf[j]) for j in np.flatnonzero(centroid)}
        k = params.summary.candidates
        out.append(
            Position(
                label=text,
                members=[p.id for p in member_props],
                support=support_of(pv, first + i),
                groups=group_rates(pv, first + i),
                consensus=classify(pv, first + i, params.consensus),
                summary=summarize(
                    member_props[:k],
                    [float(sim_of[int(m)]) for m in members[:k]],
                    [float(per_prop_score[rows[m]]) for m in members[:k]],
                    terms,
                    language,
                    replace(params.summary, max_sentences=1),
                ),
            )
        )
    out.sort(key=lambda p: (-round(p.support.score, 9), -len(p.members), p.members[0]))
    return out


def _surface_forms(props, langs, docs, rows, wanted: set[str]) -> dict[str, str]:
    """The most frequent written form of each wanted stem among the given proposals, for readable keywords.
    Their words' tokens go into the token cache too: the summaries stem sentences of these proposals."""
    counts: dict[tuple[str, str], int] = {}
    for i in rows:
        ws = words(f"{props[i].title} {props[i].body}")
        remember_tokens(ws, docs[i], langs[i])
        for w, t in zip(ws, docs[i], strict=True):
            if t in wanted:
                counts[(t, w)] = counts.get((t, w), 0) + 1
    best: dict[str, tuple[int, str]] = {}
    for (stem, w), n in counts.items():
        if stem not in best or (-n, w) < best[stem]:
            best[stem] = (-n, w)
    return {s: w for s, (_, w) in best.items()}
