"""Quality of the synthesis on the portal's hand-written demo proposals (demo/data/proposals.yaml).

    python -m bench.synthesis.demo_quality             # per-field ARI/AMI, coverage, themes found vs gold
    python -m bench.synthesis.demo_quality --diagnose  # same-theme vs different-theme similarity per field

The demo data is plain YAML, read without Django. Every proposal carries a gold ``theme``; one-offs have theme "" and
count as singletons, as in quality.py. Votes are simulated deterministically (seed 0) from demo/data/votes.yaml:
60 voters in 2 opinion groups; consensus themes are liked by both, divisive ones by group 0 only, low-support
ones by neither. Needs scikit-learn for the metrics.
"""

import argparse
import time

import numpy as np
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

from demo import content as demo_content
from strategy.synthesis import UniversalSentenceEncoder, synthesize
from strategy.synthesis.schema import ProposalIn, VoteIn

AGREE = {"consensus": (0.8, 0.8), "divisive": (0.85, 0.15), "low_support": (0.3, 0.3)}


def demo_inputs(with_votes: bool = True, seed: int = 0):
    """ProposalIn list, simulated VoteIn list and gold theme per proposal id ("" for one-offs)."""
    proposals, gold = [], {}
    for p in demo_content.proposals():
        proposals.append(
            ProposalIn(
                id=p["key"],
                action_field=p["action_field"],
                title=p["title"],
                body=p["body"],
                district=p.get("district", ""),
                lat=p.get("lat"),
                lon=p.get("lon"),
            )
        )
        gold[p["key"]] = p.get("theme", "")
    votes = []
    if with_votes:
        rng = np.random.default_rng(seed)
        for p in sorted(demo_content.proposals(), key=lambda p: p["key"]):
            pattern = demo_content.opinion_patterns().get(p.get("theme", ""), "low_support")
            for v in range(60):
                group = 0 if v < 36 else 1
                if rng.random() < 0.5:
                    continue  # not seen
                agree = rng.random() < AGREE[pattern][group]
                votes.append(VoteIn(proposal=p["key"], voter=f"v{v:03d}", value=1 if agree else -1))
    return proposals, votes, gold


def score(result, proposals, gold):
    rows = []
    for field in sorted({p.action_field for p in proposals}):
        ids = sorted(p.id for p in proposals if p.action_field == field)
        fr = result.fields[field]
        theme_of = {pid: t.id for t in fr.themes for pid in t.proposals}
        gl = [gold[i] or f"noise:{i}" for i in ids]
        pl = [theme_of.get(i, f"single:{i}") for i in ids]
        non_noise = [i for i in ids if gold[i]]
        rows.append(
            {
                "field": field,
                "proposals": len(ids),
                "gold_themes": len({gold[i] for i in non_noise}),
                "themes": len(fr.themes),
                "ari": adjusted_rand_score(gl, pl),
                "ami": adjusted_mutual_info_score(gl, pl),
                "coverage": sum(i in theme_of for i in non_noise) / len(non_noise),
            }
        )
    return rows


def diagnose(proposals, gold, embedder, params):
    """Similarity of same-theme and different-theme pairs per field: embedding, TF-IDF, combined."""
    from strategy.synthesis.embedding import embed_cached
    from strategy.synthesis.pipeline import embed_limit, embed_text
    from strategy.synthesis.text import add_compound_parts, detect_language, stems, words
    from strategy.synthesis.vectors import centered_pca, centered_svd, field_vectors, lexical_part, tfidf, unit_rows

    for field in sorted({p.action_field for p in proposals}):
        props = sorted((p for p in proposals if p.action_field == field), key=lambda p: p.id)
        docs = []
        for p in props:
            text = f"{p.title} {p.body}"
            ws = words(text)
            docs.append(stems(text, detect_language(text, ws), ws))
        x, _, _ = tfidf(add_compound_parts(docs))
        emb, _ = embed_cached(
            [embed_text(p.title, p.body, embed_limit(params, len(proposals))) for p in props], embedder
        )
        g = np.array([gold[p.id] or f"noise:{p.id}" for p in props])
        same = (g[:, None] == g[None, :]) & np.array([bool(gold[p.id]) for p in props])[:, None]
        iu = np.triu_indices(len(props), 1)
        kinds = {
            "emb raw": unit_rows(emb) @ unit_rows(emb).T,
            "emb centred": (lambda e: e @ e.T)(unit_rows(centered_pca(emb, 128))),
            "tfidf raw": (x @ x.T).toarray(),
            "tfidf centred": (lambda e: e @ e.T)(unit_rows(centered_svd(x, 64, 0))),
            "pipeline z": (lambda z: z @ z.T)(
                field_vectors(
                    emb,
                    lexical_part(x, lexical_weight=params.lexical_weight, seed=0),
                    lexical_weight=params.lexical_weight,
                )
            ),
        }
        print(f"== {field} ({len(props)} proposals)")
        for name, s in kinds.items():
            a, b = s[iu][same[iu]], s[iu][~same[iu]]
            print(
                f"  {name:14s} same {np.mean(a):6.3f} (q10 {np.quantile(a, 0.1):6.3f})  "
                f"diff {np.mean(b):6.3f} (q90 {np.quantile(b, 0.9):6.3f})  gap q10-q90 "
                f"{np.quantile(a, 0.1) - np.quantile(b, 0.9):6.3f}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-votes", action="store_true", help="run without simulated votes")
    parser.add_argument("--diagnose", action="store_true")
    args = parser.parse_args()
    proposals, votes, gold = demo_inputs(not args.no_votes)
    embedder = UniversalSentenceEncoder()
    from strategy.synthesis.pipeline import Params

    if args.diagnose:
        diagnose(proposals, gold, embedder, Params())
    t0 = time.perf_counter()
    result = synthesize(proposals, [], votes, seed=0, embedder=embedder)
    seconds = time.perf_counter() - t0
    rows = score(result, proposals, gold)
    print(f"{'field':11s} {'n':>4s} {'gold':>4s} {'found':>5s} {'ARI':>6s} {'AMI':>6s} {'cover':>6s}")
    for r in rows:
        print(
            f"{r['field']:11s} {r['proposals']:4d} {r['gold_themes']:4d} {r['themes']:5d} {r['ari']:6.3f} "
            f"{r['ami']:6.3f} {r['coverage']:6.3f}"
        )
    mean = {k: float(np.mean([r[k] for r in rows])) for k in ("ari", "ami", "coverage")}
    total = sum(r["themes"] for r in rows), sum(r["gold_themes"] for r in rows)
    print(
        f"{'mean':11s} {'':4s} {total[1]:4d} {total[0]:5d} {mean['ari']:6.3f} {mean['ami']:6.3f} "
        f"{mean['coverage']:6.3f}"
    )
    print(f"synthesis time: {seconds:.1f} s (embedder: {embedder.name})")


if __name__ == "__main__":
    main()
