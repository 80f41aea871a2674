"""Positions inside a theme: members that opinion groups back in opposite ways are split apart.

A theme found by text can hold opposite demands that share their words ("make the ring car-free" and "the
centre must stay reachable by car"). The votes tell them apart: one group agrees with the first kind and rejects
the second, another the other way round. Per member and opinion group the smoothed lean (A - D) / (S + 2) is
taken, minus the member's mean lean over the groups (its *contrast*: who likes it more than the others, whatever
its overall popularity). Members are split in two along the main axis of these contrasts (the best 1-D
two-means cut), and the split is kept only when it holds on votes it was not fitted on:

- The voters are dealt into two halves by a hash of their number. Each half proposes a split and the pair of
  groups that differ most along its axis; the *other* half measures the difference-in-differences of that
  pair's leans between the two sides (how much the gap between the two groups swings from one side to the other)
  and its standard error. Fitting and measuring on different votes keeps the selection from inventing a split
  in noise.
- The split is kept when the swing, averaged over both halves, is at least ``min_swing`` (1.0 of a range of 4:
  e.g. group 1 +0.5 and group 2 -0.5 on one side, the reverse on the other) and the two halves' z-scores
  together reach ``min_z``; **and** the sides are opposite, not merely different: on each side alone the gap
  between the two groups points its own way (mean at least ``min_gap``, combined z at least ``min_gap_z``). So a
  few members nobody takes sides on are no position of their own next to a divisive stance.
- The final sides come from all votes; members with fewer than ``min_votes`` votes are placed by their text
  (nearest side centroid), since their votes cannot tell. Each side is tried once more, up to ``max_positions``.

A consensual theme, or a theme that one group backs and another rejects as a whole, has one position.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class PositionParams:
    min_swing: float = 1.0  # difference-in-differences of two groups' leans between the sides (range 0..4)
    min_z: float = 3.0  # combined z-score of that swing, measured on the half of the votes not used to fit it
    min_gap: float = 0.25  # and on each side alone the two groups' leans differ this much, in opposite directions
    min_gap_z: float = 2.0
    min_votes: int = 5  # members with fewer votes are placed by text
    max_positions: int = 3


@dataclass(slots=True)
class MemberVotes:
    """Per-proposal, per-group vote tallies of a field, in total and per half of the voters."""

    agree: np.ndarray  # (halves=2, proposals, groups)
    disagree: np.ndarray
    seen: np.ndarray

    def total(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self.agree.sum(axis=0), self.disagree.sum(axis=0), self.seen.sum(axis=0)


def member_votes(
    prop_idx: np.ndarray, voter_idx: np.ndarray, values: np.ndarray, group_of_voter: np.ndarray, n_props: int, k: int
) -> MemberVotes:
    """Tallies for proposals 0..n_props-1 (prop_idx relative to the field) and opinion groups 0..k-1."""
    g = group_of_voter[voter_idx] if len(voter_idx) else np.zeros(0, dtype=np.int64)
    ok = g >= 0
    # a fixed, well-mixed hash of the voter number deals the voters into two halves
    half = ((voter_idx.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(63)).astype(np.int64)
    cell = (half * n_props + prop_idx) * k + g
    size = 2 * n_props * k

    def count(mask: np.ndarray) -> np.ndarray:
        m = mask & ok
        return np.bincount(cell[m], minlength=size).reshape(2, n_props, k).astype(np.float64)

    return MemberVotes(count(values == 1), count(values == -1), count(np.ones(len(values), dtype=bool)))


def _contrast(a: np.ndarray, d: np.ndarray, s: np.ndarray) -> np.ndarray:
    lean = (a - d) / (s + 2.0)
    return lean - lean.mean(axis=1, keepdims=True)


def _propose(a: np.ndarray, d: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, int, int] | None:
    """Side (True/False) per member from the contrasts' main axis, and the two groups that differ most along it."""
    c = _contrast(a, d, s)
    if len(c) < 2 or not np.any(c):
        return None
    _, _, vt = np.linalg.svd(c, full_matrices=False)
    u = vt[0]
    proj = c @ u
    order = np.argsort(proj, kind="stable")
    p = proj[order]
    n = len(p)
    # best 1-D two-means cut: the split of the sorted projections with the least within-side squared error
    cs, cs2 = np.cumsum(p), np.cumsum(p * p)
    left = np.arange(1, n)
    sse_l = cs2[:-1] - cs[:-1] ** 2 / left
    sse_r = (cs2[-1] - cs2[:-1]) - (cs[-1] - cs[:-1]) ** 2 / (n - left)
    cut = int(np.argmin(np.round(sse_l + sse_r, 12))) + 1
    side = np.zeros(n, dtype=bool)
    side[order[cut:]] = True  # the side with the larger projections
    return side, int(np.argmax(u)), int(np.argmin(u))


def _gaps(side: np.ndarray, gp: int, gm: int, a: np.ndarray, d: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Per side (the True side first, the other side negated) the gap between the leans of groups gp and gm,
    and its variance: [[gap, variance], [-gap, variance]]."""
    out = np.zeros((2, 2))
    for r, (sign, sel) in enumerate(((1.0, side), (-1.0, ~side))):
        for gsign, g in ((1.0, gp), (-1.0, gm)):
            aa, dd, ss = a[sel, g].sum(), d[sel, g].sum(), s[sel, g].sum()
            pa, pd = (aa + 1.0) / (ss + 2.0), (dd + 1.0) / (ss + 2.0)
            out[r, 0] += sign * gsign * (pa - pd)
            out[r, 1] += max(pa + pd - (pa - pd) ** 2, 1e-6) / (ss + 2.0)
    return out


def _split(rows: np.ndarray, mv: MemberVotes, z: np.ndarray, params: PositionParams) -> np.ndarray | None:
    """A boolean side per member of rows, or None when the votes do not show two positions."""
    if len(rows) < 2 or mv.seen.shape[2] < 2:
        return None
    swings, zs, gaps, gap_zs = [], [], [], []
    for h in (0, 1):
        fit = _propose(mv.agree[h, rows], mv.disagree[h, rows], mv.seen[h, rows])
        if fit is None:
            return None
        side, gp, gm = fit
        if side.all() or not side.any():
            return None
        o = 1 - h
        g = _gaps(side, gp, gm, mv.agree[o, rows], mv.disagree[o, rows], mv.seen[o, rows])
        swings.append(g[:, 0].sum())
        zs.append(g[:, 0].sum() / np.sqrt(g[:, 1].sum()))
        weak = int(np.argmin(g[:, 0]))  # the side whose gap is the smaller (or wrong way round)
        gaps.append(g[weak, 0])
        gap_zs.append(g[weak, 0] / np.sqrt(g[weak, 1]))
    # opposite, not merely different: on each side one group leans for it relative to the other, the other way
    # round on the other side, and the swing between the sides is large and holds on unseen votes
    if np.mean(swings) < params.min_swing or sum(zs) / np.sqrt(2.0) < params.min_z:
        return None
    if np.mean(gaps) < params.min_gap or sum(gap_zs) / np.sqrt(2.0) < params.min_gap_z:
        return None
    a, d, s = (x[rows] for x in mv.total())
    fit = _propose(a, d, s)
    if fit is None:
        return None
    side = fit[0]
    voted = s.sum(axis=1) >= params.min_votes
    sure = voted & side, voted & ~side
    if not sure[0].any() or not sure[1].any():
        return None
    # too few votes to tell: the text decides (nearest centroid of the members the votes placed)
    centroids = np.stack([z[rows[m]].mean(axis=0) for m in sure])
    for i in np.flatnonzero(~voted):
        sims = centroids @ z[rows[i]]
        side[i] = bool(sims[0] > sims[1]) if sims[0] != sims[1] else bool(side[i])
    if side.all() or not side.any():
        return None
    return side


def positions(rows: np.ndarray, mv: MemberVotes, z: np.ndarray, params: PositionParams = PositionParams()):
    """The theme's members (indices into mv and z, in theme order) split into positions; one list when none."""
    parts = [np.asarray(rows)]
    while len(parts) < params.max_positions:
        for i, part in enumerate(parts):
            side = _split(part, mv, z, params)
            if side is not None:
                parts[i : i + 1] = [part[side], part[~side]]
                break
        else:
            break
    return parts
