"""Speed and memory of the full synthesis at scale, each scenario in a fresh process.

    python -m bench.synthesis.speed                       # 10k; 100k + 1M votes cold; re-run with 1k new
    python -m bench.synthesis.speed --only 10000:100000   # one scenario: proposals:votes

Inputs come from the evaluation set's phrasings with random openers, places, typos and a running number in the
title, so every text the encoder reads is distinct and is really embedded. Votes follow three opinion groups.
Embeddings are cached by text hash in a directory; the re-run scenario reuses the cache of the 100k run and adds
1,000 new proposals.
Prints seconds per stage, the peak resident memory of the main process and of the largest embedding worker
(ru_maxrss of self and of children; for large inputs the sentence encoder runs in this process and one worker
process, so the peak of the whole run is at most main + worker), the CPU seconds of both, and the load average
before and after (the machine is shared, so wall-clock figures vary with it).
"""

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]

FIELDS = ("welcome", "citizen", "ecosystem", "h2quarters", "mobility")


def make_inputs(n_props: int, n_votes: int, seed: int, extra: int = 0):
    """n_props proposals (+ extra new ones, appended with their own ids), n_votes votes, 0.3 comments each."""
    from bench.synthesis.evalset_content import DISTRICTS, NOISE, THEMES
    from bench.synthesis.make_evalset import proposal_text, typo
    from strategy.synthesis import CommentIn, ProposalIn, VoteIn

    rng = random.Random(seed)
    themes = [(f, k) for f in FIELDS for k in sorted(THEMES[f])]
    districts = sorted(DISTRICTS)
    props, theme_of = [], []
    for i in range(n_props + extra):
        rng_i = random.Random(seed * 1_000_003 + i)  # proposal i is the same whatever n_props is
        f, k = themes[rng_i.randrange(len(themes))]
        if rng_i.random() < 0.1:
            title = rng_i.choice(NOISE[f])[:40]
            body = typo(rng_i, rng_i.choice(NOISE[f]))
            theme_of.append(-1)
        else:
            title, body = proposal_text(rng_i, THEMES[f][k], english=rng_i.random() < 0.2)
            theme_of.append(themes.index((f, k)))
        d = districts[rng_i.randrange(len(districts))]
        lat, lon = DISTRICTS[d]
        props.append(
            ProposalIn(
                id=f"p{i:07d}",
                action_field=f,
                title=f"{title} (Nr. {i})",  # in the title, so every text the encoder reads is distinct
                body=body,
                district=d,
                lat=lat,
                lon=lon,
                created="2022-05-01T12:00:00+00:00",
            )
        )
    n_voters = max(10, n_votes // 25)
    group = np.array([rng.choice((0, 0, 0, 1, 1, 2)) for _ in range(n_voters)])
    nrng = np.random.default_rng(seed)
    stance = nrng.choice([-1, 1], size=(len(themes) + 1, 3), p=[0.3, 0.7])
    voters = nrng.integers(0, n_voters, n_votes)
    pidx = nrng.integers(0, n_props, n_votes)  # the old proposals only, as after a day of new submissions
    t = np.array(theme_of)[pidx]
    lean = stance[t, group[voters]]
    r = nrng.random(n_votes)
    values = np.where(r < 0.15, 0, np.where(r < 0.8, lean, -lean))
    votes = [
        VoteIn(proposal=props[p].id, voter=f"v{v}", value=int(x)) for p, v, x in zip(pidx, voters, values, strict=True)
    ]
    comments = [
        CommentIn(id=f"c{j}", proposal=props[j * 3].id, body="Gute Idee, das brauchen wir wirklich!")
        for j in range(len(props) // 3)
    ]
    return props, comments, votes


def run_one(n_props: int, n_votes: int, extra: int, cache_dir: str, seed: int) -> dict:
    from strategy.synthesis import DirectoryCache, synthesize

    t0 = time.perf_counter()
    props, comments, votes = make_inputs(n_props, n_votes, seed, extra)
    gen = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    result = synthesize(props, comments, votes, seed=0, cache=DirectoryCache(cache_dir))
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    themes = sum(len(f.themes) for f in result.fields.values())
    singles = sum(len(f.single_proposals) for f in result.fields.values())
    return {
        "proposals": len(props),
        "votes": len(votes),
        "seconds": round(total, 2),
        "cpu_seconds": round(cpu + child.ru_utime + child.ru_stime, 1),  # this process and its encoder workers
        "input_generation": round(gen, 2),
        "stages": {k: round(v, 2) for k, v in result.timings.items()},
        "themes": themes,
        "singles": singles,
        "opinion_groups": result.opinion_groups,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def scenario(n_props, n_votes, extra, cache_dir, seed=0) -> dict:
    load_before = os.getloadavg()[0]
    cmd = [
        sys.executable,
        "-m",
        "bench.synthesis.speed",
        "--child",
        f"{n_props}:{n_votes}:{extra}",
        "--cache",
        cache_dir,
        "--seed",
        str(seed),
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    r = json.loads(out.strip().splitlines()[-1])
    r["load"] = (round(load_before, 2), round(os.getloadavg()[0], 2))
    return r


def show(name: str, r: dict, goal: float) -> None:
    ok = "ok" if r["seconds"] < goal else "MISSED"
    stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
    print(
        f"{name}: {r['proposals']} proposals, {r['votes']} votes: {r['seconds']:.1f} s (goal < {goal:.0f} s, {ok}); "
        f"peak RSS main {r['peak_rss_mb']:.0f} MB, largest worker {r['worker_peak_rss_mb']:.0f} MB "
        f"(total <= {r['peak_rss_mb'] + r['worker_peak_rss_mb']:.0f} MB); {r['themes']} themes, "
        f"{r['singles']} single proposals, {r['opinion_groups']} opinion groups; CPU {r['cpu_seconds']:.0f} s; "
        f"load average {r['load'][0]:.1f} -> {r['load'][1]:.1f}\n    stages (s): {stages}",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child")
    parser.add_argument("--only")
    parser.add_argument("--cache")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.child:
        n, v, extra = (int(x) for x in args.child.split(":"))
        print(json.dumps(run_one(n, v, extra, args.cache, args.seed)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.only:
            n, v = (int(x) for x in args.only.split(":"))
            show("single", scenario(n, v, 0, f"{tmp}/cache"), 15 if n <= 10_000 else 120)
            return
        show("Kassel scale, cold cache", scenario(10_000, 100_000, 0, f"{tmp}/c10k"), 15)
        show("full scale, cold cache", scenario(100_000, 1_000_000, 0, f"{tmp}/c100k"), 120)
        show("re-run with 1,000 new proposals", scenario(100_000, 1_000_000, 1_000, f"{tmp}/c100k"), 10)


if __name__ == "__main__":
    main()
