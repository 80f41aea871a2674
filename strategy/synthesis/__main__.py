"""Command line: python -m strategy.synthesis --proposals P.jsonl --votes V.jsonl [--comments C.jsonl] --out R.json"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .embedding import DirectoryCache, HashingEmbedder, UniversalSentenceEncoder
from .io import dumps, read_comments, read_previous, read_proposals, read_votes
from .pipeline import synthesize


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m strategy.synthesis", description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", required=True, type=Path)
    parser.add_argument("--votes", required=True, type=Path)
    parser.add_argument("--comments", type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--previous", type=Path, help="an earlier result, to keep its theme ids and labels")
    parser.add_argument("--cache", type=Path, help="directory for cached embeddings (by text hash)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--embedder",
        choices=["use", "hash"],
        default="use",
        help="use: multilingual sentence encoder (default); hash: character trigrams, no model",
    )
    parser.add_argument("--timings", action="store_true", help="print seconds per stage to stderr")
    args = parser.parse_args(argv)

    result = synthesize(
        read_proposals(args.proposals),
        read_comments(args.comments) if args.comments else [],
        read_votes(args.votes),
        seed=args.seed,
        previous=read_previous(args.previous) if args.previous else None,
        embedder=UniversalSentenceEncoder() if args.embedder == "use" else HashingEmbedder(),
        cache=DirectoryCache(args.cache) if args.cache else None,
    )
    args.out.write_text(dumps(result), encoding="utf-8")
    if args.timings:
        for stage, seconds in result.timings.items():
            print(f"{stage:16s} {seconds:8.2f} s", file=sys.stderr)  # noqa: T201 - asked for with --timings
    return 0


if __name__ == "__main__":
    sys.exit(main())
