"""Themes without a given number: average-linkage clustering cut at a fixed mean similarity.

Average linkage (UPGMA) merges the two groups whose members are, on average, most alike, and stops when no two
groups reach the cut. With unit vectors the average similarity of two groups is the dot product of their mean
vectors, so the same loop works on single proposals and, above ``max_units`` proposals, on tight micro-groups
("units") formed first by a leader pass. Groups below ``min_size`` stay single proposals, except near-duplicate
pairs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import scipy.sparse as sp

from .labels import class_weights


@dataclass(frozen=True, slots=True)
class ClusterParams:
    cut: float = 0.10  # minimum average centred similarity between two groups that merge
    coherence: float = 0.25  # minimum average similarity of all member pairs of a theme
    min_size: int = 3
    near_duplicate: float = 0.80  # a pair this alike is a theme of two
    max_units: int = 4000
    unit_similarity: float = 0.70
    # label-free adaptive cut: cut and coherence are scaled by each factor, and the partition with the best
    # silhouette (on cosine distance; singles score 0) wins; fields above adaptive_max keep the fixed cut
    scales: tuple[float, ...] = (1.0, 0.8, 0.6, 0.5, 0.4)
    adaptive_max: int = 1500


def leader_units(z: np.ndarray, threshold: float, block: int = 2048) -> np.ndarray:
    """Assign each row to the first earlier 'leader' at least threshold alike, else make it a leader."""
    n = z.shape[0]
    unit = np.full(n, -1, dtype=np.int64)
    leaders: list[int] = []
    lead_vecs = np.zeros((0, z.shape[1]), dtype=z.dtype)
    for s in range(0, n, block):
        zb = z[s : s + block]
        if len(leaders):
            sims = zb @ lead_vecs.T
            best = sims.argmax(axis=1)
            ok = sims[np.arange(len(zb)), best] >= threshold
            unit[s : s + len(zb)][ok] = best[ok]
        fresh: list[int] = []
        for i in np.flatnonzero(unit[s : s + len(zb)] < 0):
            gi = s + int(i)
            if fresh:
                sims = z[fresh] @ z[gi]
                j = int(sims.argmax())
                if sims[j] >= threshold:
                    unit[gi] = len(leaders) + j
                    continue
            fresh.append(gi)
            unit[gi] = len(leaders) + len(fresh) - 1
        if fresh:
            leaders.extend(fresh)
            lead_vecs = np.vstack([lead_vecs, z[fresh]])
    return unit


def average_linkage(means: np.ndarray, sizes: np.ndarray, cut: float, coherence: float = -np.inf) -> np.ndarray:
    """Flat UPGMA clusters of weighted units: merge the most alike pair of groups while it is admissible.

    A pair is admissible when its average similarity is at least ``cut`` and the merged group would still have
    an average within-group similarity (over all pairs of its members) of at least ``coherence``. Two tight
    phrasings of one idea merge even when they are only loosely alike across (their own pairs keep the group
    coherent); a long chain of loosely related proposals stops growing once the whole group is loose.
    """
    m = means.shape[0]
    labels = np.arange(m)
    if m < 2:
        return labels
    mu = means.astype(np.float64)
    s = mu @ mu.T
    np.fill_diagonal(s, -np.inf)
    n = sizes.astype(np.float64).copy()
    # sum of similarities over the ordered pairs of distinct members, for unit-length members
    q = n * n * np.einsum("ij,ij->i", mu, mu) - n

    def masked(sim: np.ndarray, nk: float | np.ndarray, qk: float | np.ndarray) -> np.ndarray:
        total = nk + n
        within = (qk + q + 2.0 * nk * n * sim) / (total * (total - 1.0))
        return np.where((sim >= cut) & (within >= coherence), sim, -np.inf)

    best = np.zeros(m, dtype=np.int64)
    best_val = np.full(m, -np.inf)

    def refresh(rows: np.ndarray) -> None:
        """Best admissible partner of each given row, a block of rows at a time."""
        for a in range(0, len(rows), 256):
            r = rows[a : a + 256]
            sub = masked(s[r], n[r, None], q[r, None])
            b = sub.argmax(axis=1)
            best[r] = b
            best_val[r] = sub[np.arange(len(r)), b]

    refresh(np.arange(m))
    alive = np.ones(m, dtype=bool)
    while True:
        i = int(best_val.argmax())
        if not best_val[i] > -np.inf:
            break
        j = int(best[i])
        if j < i:
            i, j = j, i  # keep the lower index, so the result does not depend on which side was found first
        q_new = q[i] + q[j] + 2.0 * n[i] * n[j] * s[i, j]
        row = (n[i] * s[i] + n[j] * s[j]) / (n[i] + n[j])
        s[i], s[:, i] = row, row
        s[j], s[:, j] = -np.inf, -np.inf
        s[i, i] = -np.inf
        n[i] += n[j]
        q[i] = q_new
        alive[j] = False
        best_val[j] = -np.inf
        labels[labels == j] = i
        stale = np.flatnonzero(alive & ((best == i) | (best == j) | (np.arange(m) == i)))
        refresh(stale)
        # every other row may now prefer the grown group i (its own other entries did not change)
        col = np.where(alive, masked(s[:, i], n[i], q[i]), -np.inf)
        better = col > best_val
        best[better] = i
        best_val[better] = col[better]
    return labels


def silhouette(sim: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette on the distance 1 - sim; rows with label -1 (single proposals) count as 0."""
    keep = labels >= 0
    k = int(labels.max()) + 1 if keep.any() else 0
    if k < 2:
        return -1.0 if k == 0 else 0.0
    n = len(labels)
    onehot = np.zeros((n, k))
    onehot[np.flatnonzero(keep), labels[keep]] = 1.0
    sizes = onehot.sum(axis=0)
    dist_sum = (1.0 - sim) @ onehot  # n x k: summed distance to each theme
    rows = np.flatnonzero(keep)
    own = labels[rows]
    a = dist_sum[rows, own] / np.maximum(sizes[own] - 1.0, 1.0)  # the row's own distance 1 - 1 = 0 adds nothing
    other = dist_sum[rows] / sizes
    other[np.arange(len(rows)), own] = np.inf
    b = other.min(axis=1)
    return float(np.sum((b - a) / np.maximum(np.maximum(a, b), 1e-12)) / n)


def cluster(z: np.ndarray, params: ClusterParams) -> np.ndarray:
    """Theme index per row (0..k-1, by first member), or -1 for a single proposal.

    Up to ``adaptive_max`` proposals, the cut and the coherence floor are scaled by each of ``scales`` and the
    partition with the best silhouette is kept (ties: the larger scale, i.e. the tighter themes)."""
    n = z.shape[0]
    if n < 4 or n > params.adaptive_max or len(params.scales) < 2:
        return _cluster(z, params)
    sim = (z @ z.T).astype(np.float64)
    best, best_val = None, -np.inf
    for f in params.scales:
        labels = _cluster(z, replace(params, cut=params.cut * f, coherence=params.coherence * f))
        val = round(silhouette(sim, labels), 9)
        if val > best_val:
            best, best_val = labels, val
    return best


def _cluster(z: np.ndarray, params: ClusterParams) -> np.ndarray:
    n = z.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n > params.max_units:
        threshold = params.unit_similarity
        unit = leader_units(z, threshold)
        while unit.max() + 1 > params.max_units and threshold > 0.2:
            threshold -= 0.1
            unit = leader_units(z, threshold)
    else:
        unit = np.arange(n)
    n_units = int(unit.max()) + 1
    sums = np.zeros((n_units, z.shape[1]), dtype=np.float64)
    np.add.at(sums, unit, z.astype(np.float64))
    sizes = np.bincount(unit, minlength=n_units)
    unit_label = average_linkage(sums / sizes[:, None], sizes, params.cut, params.coherence)
    raw = unit_label[unit]
    counts = np.bincount(raw, minlength=n_units)
    out = np.full(n, -1, dtype=np.int64)
    next_id = 0
    ids: dict[int, int] = {}
    for r in range(n):
        c = int(raw[r])
        keep = counts[c] >= params.min_size
        if counts[c] == 2 and not keep:
            a, b = np.flatnonzero(raw == c)
            keep = float(z[a] @ z[b]) >= params.near_duplicate
        if keep:
            if c not in ids:
                ids[c] = next_id
                next_id += 1
            out[r] = ids[c]
    return out


def order_members(z: np.ndarray, members: np.ndarray, ids: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Members sorted by similarity to the theme's mean (most representative first), ties by id."""
    mean = z[members].mean(axis=0)
    sims = z[members] @ mean
    rank = np.argsort(np.array([ids[m] for m in members]), kind="stable")
    id_rank = np.empty(len(members), dtype=np.int64)
    id_rank[rank] = np.arange(len(members))
    order = np.lexsort((id_rank, -np.round(sims.astype(np.float64), 6)))
    return members[order], sims[order]


def keywords(
    x: sp.csr_matrix,
    vocab: Sequence[str],
    labels: np.ndarray,
    n_themes: int,
    top: int = 4,
    weight: np.ndarray | None = None,
) -> list[list[int]]:
    """Vocabulary indices that distinguish each theme from the field's other themes (class-based TF-IDF;
    ``weight`` from labels.class_weights when already computed). A keyword occurs in at least two members."""
    if n_themes == 0 or x.shape[1] == 0:
        return [[] for _ in range(n_themes)]
    if weight is None:
        weight = class_weights(x, labels, n_themes)
    out = []
    for t in range(n_themes):
        cand = np.flatnonzero(weight[t] > 0)
        cand = sorted(cand.tolist(), key=lambda j: (-round(float(weight[t, j]), 9), vocab[j]))
        out.append(cand[:top])
    return out


def theme_id(action_field: str, members: Sequence[str]) -> str:
    digest = hashlib.sha256(("\n".join([action_field, *sorted(members)])).encode()).hexdigest()
    return f"{action_field}-{digest[:10]}"


def match_previous(
    current: Sequence[Sequence[str]], previous: Sequence[tuple[str, str, Sequence[str]]]
) -> list[tuple[str, str] | None]:
    """For each current theme, the (id, label) of the earlier theme it continues, if any.

    Pairs are taken greedily by shared members (most first), one to one, so a theme that grew keeps its id and a
    theme that split leaves the id with its larger part.
    """
    prev_sets = [set(members) for _, _, members in previous]
    pairs = []
    for ci, cur in enumerate(current):
        cur_set = set(cur)
        for pi, ps in enumerate(prev_sets):
            shared = len(cur_set & ps)
            if shared and 2 * shared >= min(len(cur_set), len(ps)):
                pairs.append((-shared, previous[pi][0], ci, pi))
    pairs.sort()
    out: list[tuple[str, str] | None] = [None] * len(current)
    used_prev: set[int] = set()
    for _, _, ci, pi in pairs:
        if out[ci] is None and pi not in used_prev:
            out[ci] = (previous[pi][0], previous[pi][1])
            used_prev.add(pi)
    return out
