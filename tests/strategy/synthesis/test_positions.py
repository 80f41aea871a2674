"""Positions inside a theme: opposite stances that share their words are split by the opinion groups' votes."""

import json
from pathlib import Path

import numpy as np
import pytest

from strategy.synthesis import synthesize
from strategy.synthesis.io import read_proposals, read_votes
from strategy.synthesis.positions import member_votes, positions

CONTESTED = Path(__file__).resolve().parents[3] / "bench" / "data" / "kassel-contested"
FOR, AGAINST, MIXED = (0.75, 0.1, 0.15), (0.1, 0.75, 0.15), (0.4, 0.35, 0.25)


def simulate(patterns, n_voters=90, seen=0.4, seed=0, few=()):
    """Votes of 3 opinion groups (30 voters each) on members 0..n-1; patterns[m][g] = (agree, disagree, pass)."""
    rng = np.random.default_rng(seed)
    group_of_voter = np.arange(n_voters) % 3
    prop, voter, value = [], [], []
    for m, pattern in enumerate(patterns):
        for v in range(n_voters):
            if rng.random() > (0.02 if m in few else seen):
                continue
            prop.append(m)
            voter.append(v)
            value.append(rng.choice([1, -1, 0], p=pattern[group_of_voter[v]]))
    prop, voter, value = np.array(prop), np.array(voter), np.array(value)
    return member_votes(prop, voter, value, group_of_voter, len(patterns), 3)


def alike_text(n, dim=8):
    """Every member's text vector is the same: their words are alike."""
    z = np.zeros((n, dim))
    z[:, 0] = 1.0
    return z


def test_anti_correlated_members_form_two_positions_even_when_their_words_are_alike():
    pro = [(FOR, AGAINST, FOR)] * 8
    contra = [(AGAINST, FOR, AGAINST)] * 7
    mv = simulate(pro + contra)
    parts = positions(np.arange(15), mv, alike_text(15))
    assert sorted(sorted(p.tolist()) for p in parts) == [list(range(8)), list(range(8, 15))]


@pytest.mark.parametrize(
    "pattern",
    [
        (FOR, FOR, FOR),  # consensual
        (FOR, AGAINST, FOR),  # divisive as a whole: one stance that one group rejects
        (MIXED, MIXED, MIXED),  # nobody cares much
    ],
)
def test_a_theme_with_one_stance_keeps_one_position(pattern):
    for seed in range(5):
        mv = simulate([pattern] * 15, seed=seed)
        parts = positions(np.arange(15), mv, alike_text(15))
        assert len(parts) == 1 and sorted(parts[0].tolist()) == list(range(15)), seed


def test_a_member_that_is_merely_different_is_no_position_of_its_own():
    # a divisive stance and a few members nobody takes sides on: different, not opposite
    mv = simulate([(FOR, AGAINST, FOR)] * 10 + [(MIXED, MIXED, MIXED)] * 4)
    assert len(positions(np.arange(14), mv, alike_text(14))) == 1


def test_members_with_too_few_votes_are_placed_by_their_text():
    pro = [(FOR, AGAINST, FOR)] * 8
    contra = [(AGAINST, FOR, AGAINST)] * 8
    z = np.zeros((16, 4))
    z[:8, 0] = 1.0
    z[8:, 1] = 1.0
    mv = simulate(pro + contra, few={3, 12})  # hardly any votes on members 3 and 12
    parts = positions(np.arange(16), mv, z)
    assert sorted(sorted(p.tolist()) for p in parts) == [list(range(8)), list(range(8, 16))]


@pytest.fixture(scope="module")
def contested(encoder):
    # all five fields: with two, the votes show only 2 of the 3 opinion groups, and some topics split along the
    # missing one (positions can only be as good as the opinion groups)
    proposals = read_proposals(CONTESTED / "proposals.jsonl")
    votes = read_votes(CONTESTED / "votes.jsonl")
    gold = json.loads((CONTESTED / "gold.json").read_text(encoding="utf-8"))
    return proposals, gold, synthesize(proposals, [], votes, seed=0, embedder=encoder)


def test_contested_topics_are_split_into_their_stances(contested):
    _, gold, result = contested
    position_of = {
        m: (t.id, n)
        for fr in result.fields.values()
        for t in fr.themes
        for n, p in enumerate(t.positions)
        for m in p.members
    }
    cross = mixed = 0
    for topic in (t for t in gold["themes"] if t.get("stances") and t["field"] in result.fields):
        pro, contra = topic["stances"]["pro"], topic["stances"]["contra"]
        for a in pro:
            for b in contra:
                cross += 1
                mixed += a in position_of and position_of[a] == position_of.get(b)
    assert cross and mixed / cross <= 0.1, mixed / cross


def test_positions_partition_their_theme_and_a_split_theme_adds_up_no_agreement(contested):
    _, _, result = contested
    split = 0
    for fr in result.fields.values():
        for t in fr.themes:
            members = [m for p in t.positions for m in p.members]
            assert sorted(members) == sorted(t.proposals) and len(members) == len(set(members))
            assert all(p.label for p in t.positions)
            if len(t.positions) == 1:
                assert t.positions[0].support == t.support and t.positions[0].label == t.label
                continue
            split += 1
            assert t.consensus == "divisive"
            assert t.support.participants > 0
            assert (t.support.agree, t.support.disagree, t.support.passes, t.support.score) == (0, 0, 0, 0.0)
            assert t.groups == {}
            assert len({p.label for p in t.positions}) == len(t.positions)
            for p in t.positions:
                assert p.support.agree + p.support.disagree + p.support.passes > 0
                assert set(p.groups) == set(range(result.opinion_groups))
    assert split >= 5  # six contested topics


def test_a_consensual_theme_has_one_position(contested):
    _, gold, result = contested
    consensual = [t for t in gold["themes"] if t["class"] == "consensus" and t["field"] in result.fields]
    for topic in consensual:
        for t in result.fields[topic["field"]].themes:
            if len(set(t.proposals) & set(topic["members"])) > len(topic["members"]) / 2:
                assert len(t.positions) == 1, t.label


def test_labels_are_phrases_not_a_members_title(contested):
    proposals, _, result = contested
    title = {p.id: " ".join(p.title.split()).casefold() for p in proposals}
    for fr in result.fields.values():
        for t in fr.themes:
            for text, members in [(t.label, t.proposals)] + [(p.label, p.members) for p in t.positions]:
                assert 0 < len(text) <= 60, text
                assert all(" ".join(text.split()).casefold() != title[m] for m in members), text


def test_split_positions_pair_each_member_with_its_stance_in_the_summary(contested):
    _, _, result = contested
    for fr in result.fields.values():
        for t in fr.themes:
            for p in t.positions if len(t.positions) > 1 else []:
                assert p.summary and all(s.source in p.members for s in p.summary)
