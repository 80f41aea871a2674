import numpy as np
import pytest

from strategy.synthesis.support import CONSENSUS, DIVISIVE, LOW_SUPPORT, classify, tally, wilson_lower_bound


def test_wilson_lower_bound_is_fair_to_small_samples():
    small, large = wilson_lower_bound(np.array([3, 300]), np.array([3, 400]))
    assert small == pytest.approx(0.438, abs=0.01)
    assert large == pytest.approx(0.705, abs=0.01)
    assert small < large  # 3 of 3 does not beat 300 of 400
    assert wilson_lower_bound(np.array([0]), np.array([0]))[0] == 0.0


def votes_for(pattern):
    """pattern: per opinion group a list of vote values, all on theme 0; voters numbered per group."""
    theme, voter, value, group = [], [], [], []
    for g, values in enumerate(pattern):
        for k, v in enumerate(values):
            theme.append(0)
            voter.append(100 * g + k)
            value.append(v)
            group.append(g)
    group_of_voter = np.full(100 * len(pattern), -1)
    group_of_voter[np.array(voter)] = np.array(group)
    return tally(np.array(theme), np.array(voter), np.array(value), group_of_voter, 1, len(pattern))


def test_agreed_by_all_groups_is_consensus():
    assert classify(votes_for([[1] * 9 + [0], [1] * 8 + [-1, 0]]), 0) == CONSENSUS


def test_one_group_for_another_against_is_divisive():
    assert classify(votes_for([[1] * 9 + [-1], [-1] * 8 + [1, 0]]), 0) == DIVISIVE


def test_lukewarm_or_rejected_is_low_support():
    assert classify(votes_for([[1, -1, 0, 1, -1, 0], [1, -1, 0, -1, 1, 0]]), 0) == LOW_SUPPORT
    assert classify(votes_for([[-1] * 8, [-1] * 6 + [1]]), 0) == LOW_SUPPORT
    assert classify(votes_for([[1], [1]]), 0) == LOW_SUPPORT  # two participants are too few
