"""Support per theme (counts and a small-sample-fair score) and its consensus class across opinion groups."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .schema import Support

CONSENSUS, DIVISIVE, LOW_SUPPORT = "consensus", "divisive", "low_support"


@dataclass(frozen=True, slots=True)
class ConsensusParams:
    lean: float = 0.25  # a group is for (against) a theme when P(agree) - P(disagree) is at least this (at most -this)
    min_agree: float = 0.5  # and, for consensus, every group agrees at least this often
    min_group_votes: int = 8  # groups with fewer votes on the theme are not asked (a handful can't tip a theme)
    min_participants: int = 3


def wilson_lower_bound(positive: np.ndarray, total: np.ndarray, z: float = 1.96) -> np.ndarray:
    """Lower end of the Wilson score interval: 3 of 3 scores about 0.44, 300 of 400 about 0.71."""
    n = np.maximum(total.astype(np.float64), 1e-12)
    p = positive / n
    centre = p + z * z / (2 * n)
    margin = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    out = (centre - margin) / (1 + z * z / n)
    return np.where(total > 0, np.clip(out, 0.0, 1.0), 0.0)


@dataclass(slots=True)
class ThemeVotes:
    """Vote tallies of all themes of a field: arrays indexed by theme (and group)."""

    agree: np.ndarray
    disagree: np.ndarray
    passes: np.ndarray
    participants: np.ndarray
    group_agree: np.ndarray  # (themes, groups)
    group_disagree: np.ndarray
    group_seen: np.ndarray


def tally(
    theme_of_vote: np.ndarray,
    voter_idx: np.ndarray,
    values: np.ndarray,
    group_of_voter: np.ndarray,
    n_themes: int,
    n_groups: int,
) -> ThemeVotes:
    sel = theme_of_vote >= 0
    t, v, val = theme_of_vote[sel], voter_idx[sel], values[sel]
    g = group_of_voter[v]

    def count(mask: np.ndarray) -> np.ndarray:
        return np.bincount(t[mask], minlength=n_themes)

    distinct = np.unique(t.astype(np.int64) * (int(voter_idx.max()) + 1 if len(voter_idx) else 1) + v)
    per_theme = distinct // (int(voter_idx.max()) + 1) if len(voter_idx) else distinct
    participants = np.bincount(per_theme, minlength=n_themes)
    grouped = g >= 0
    k = max(n_groups, 1)

    def group_count(mask: np.ndarray) -> np.ndarray:
        m = mask & grouped
        return np.bincount(t[m] * k + g[m], minlength=n_themes * k).reshape(n_themes, k)

    return ThemeVotes(
        agree=count(val == 1),
        disagree=count(val == -1),
        passes=count(val == 0),
        participants=participants,
        group_agree=group_count(val == 1),
        group_disagree=group_count(val == -1),
        group_seen=group_count(np.ones_like(val, dtype=bool)),
    )


def support_of(tv: ThemeVotes, t: int) -> Support:
    a, d, p = int(tv.agree[t]), int(tv.disagree[t]), int(tv.passes[t])
    score = float(wilson_lower_bound(np.array([a]), np.array([a + d + p]))[0])
    return Support(participants=int(tv.participants[t]), agree=a, disagree=d, passes=p, score=score)


def group_rates(tv: ThemeVotes, t: int) -> dict[int, dict[str, float]]:
    """Per opinion group the smoothed agree and disagree probabilities, (A+1)/(S+2) as Polis computes them."""
    out = {}
    for g in range(tv.group_seen.shape[1]):
        seen = tv.group_seen[t, g]
        out[g] = {
            "agree": float((tv.group_agree[t, g] + 1) / (seen + 2)),
            "disagree": float((tv.group_disagree[t, g] + 1) / (seen + 2)),
            "votes": float(seen),
        }
    return out


def classify(tv: ThemeVotes, t: int, params: ConsensusParams = ConsensusParams()) -> str:
    """consensus: every group that voted leans for it; divisive: one group for, another against; else low support."""
    if tv.participants[t] < params.min_participants:
        return LOW_SUPPORT
    rates = [r for r in group_rates(tv, t).values() if r["votes"] >= params.min_group_votes]
    if not rates:  # no opinion groups: judge the whole crowd as one group
        seen = tv.agree[t] + tv.disagree[t] + tv.passes[t]
        rates = [{"agree": (tv.agree[t] + 1) / (seen + 2), "disagree": (tv.disagree[t] + 1) / (seen + 2)}]
    leans = [r["agree"] - r["disagree"] for r in rates]
    if any(x >= params.lean for x in leans) and any(x <= -params.lean for x in leans):
        return DIVISIVE
    if all(x >= params.lean and r["agree"] >= params.min_agree for x, r in zip(leans, rates, strict=True)):
        return CONSENSUS
    return LOW_SUPPORT
