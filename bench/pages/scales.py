"""The sizes the benchmark loads: issue #17's city scale, adhocracy+'s 2k, and a tiny one for the test."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    users: int
    proposals: int
    votes: int
    comments: int


SCALES = {
    "100k": Scale("100k", users=30_000, proposals=100_000, votes=1_000_000, comments=200_000),
    # Users in proportion to the votes (about 33 each, as at 100k), so a proposal can still reach 1,000+ votes.
    "2k": Scale("2k", users=6_000, proposals=2_000, votes=200_000, comments=20_000),
    "tiny": Scale("tiny", users=300, proposals=50, votes=2_000, comments=200),
}
