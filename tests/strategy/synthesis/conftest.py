"""Shared inputs: the labelled evaluation set kept in bench/data, read once per test session."""

import json
from pathlib import Path

import pytest

from strategy.synthesis import UniversalSentenceEncoder, synthesize
from strategy.synthesis.io import read_comments, read_proposals, read_votes

EVAL = Path(__file__).resolve().parents[3] / "bench" / "data" / "kassel-eval"
FIELDS = ("citizen", "mobility")  # two of the five fields keep the suite fast


@pytest.fixture(scope="session")
def evalset():
    proposals = [p for p in read_proposals(EVAL / "proposals.jsonl") if p.action_field in FIELDS]
    ids = {p.id for p in proposals}
    votes = [v for v in read_votes(EVAL / "votes.jsonl") if v.proposal in ids]
    comments = [c for c in read_comments(EVAL / "comments.jsonl") if c.proposal in ids]
    gold = json.loads((EVAL / "gold.json").read_text(encoding="utf-8"))
    return proposals, comments, votes, gold


@pytest.fixture(scope="session")
def encoder():
    return UniversalSentenceEncoder()


@pytest.fixture(scope="session")
def result(evalset, encoder):
    proposals, comments, votes, _ = evalset
    return synthesize(proposals, comments, votes, seed=0, embedder=encoder)
