"""Quality of the synthesis on the labelled synthetic Kassel set, against a CONSUL-style TF-IDF + NMF baseline.

    python -m bench.synthesis.quality                 # the set kept in bench/data/kassel-eval
    python -m bench.synthesis.quality --seed 7        # a freshly generated set with another seed
    python -m bench.synthesis.quality --embedder hash # without the sentence encoder (character trigrams)
    python -m bench.synthesis.quality --data bench/data/kassel-contested   # the set plus contested topics
    python -m bench.synthesis.quality --seed 7 --contested                 # a fresh draw of that

Per action field: ARI and AMI against the gold themes (noise proposals count as singletons on both sides), the
share of non-noise proposals placed in a theme, and the share of gold themes whose consensus class is right
(the class of the found theme that holds most of its members). Needs scikit-learn (metrics, NMF, k-means).

Stances (sets with contested topics, whose gold themes list their "stances"): the share of cross-stance pairs
(same topic, opposite stance) that end up in the same position (goal <= 10 %), the share of same-stance pairs
(every gold theme's members, one stance each) that stay in one theme (goal >= 50 %) and in one position, and the
ARI of positions against gold stances. A result without positions counts each theme as one position.
"""

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

from strategy.synthesis import HashingEmbedder, UniversalSentenceEncoder, synthesize
from strategy.synthesis.embedding import embed_cached
from strategy.synthesis.io import read_comments, read_proposals, read_votes
from strategy.synthesis.schema import CommentIn, ProposalIn, VoteIn

ROOT = Path(__file__).resolve().parents[2]


def load(args):
    if args.seed is None:
        d = args.data
        return (
            read_proposals(d / "proposals.jsonl"),
            read_comments(d / "comments.jsonl"),
            read_votes(d / "votes.jsonl"),
            json.loads((d / "gold.json").read_text(encoding="utf-8")),
        )
    from bench.synthesis.make_evalset import generate

    data = generate(args.seed, contested=args.contested)
    props = [
        ProposalIn(**{k: r[k] for k in ("id", "action_field", "title", "body", "district", "lat", "lon", "created")})
        for r in data["proposals"]
    ]
    return (props, [CommentIn(**c) for c in data["comments"]], [VoteIn(**v) for v in data["votes"]], data["gold"])


def gold_labels(gold, ids):
    theme = {m: t["id"] for t in gold["themes"] for m in t["members"]}
    return [theme.get(i, f"noise:{i}") for i in ids], theme


def class_accuracy(gold, field, pred_theme_of, pred_class):
    right = total = 0
    for t in gold["themes"]:
        if t["field"] != field:
            continue
        total += 1
        found = Counter(pred_theme_of[m] for m in t["members"] if m in pred_theme_of)
        if found and pred_class[found.most_common(1)[0][0]] == t["class"]:
            right += 1
    return right / max(total, 1)


def stance_figures(gold, result) -> dict:
    """Cross-stance pairs in one position, same-stance pairs in one theme / one position, position ARI."""
    theme_of, position_of = {}, {}
    for fr in result.fields.values():
        for t in fr.themes:
            parts = [p.members for p in getattr(t, "positions", [])] or [t.proposals]
            for n, members in enumerate(parts):
                for m in members:
                    theme_of[m], position_of[m] = t.id, (t.id, n)
    cross = [0, 0]
    same_theme, same_position = [0, 0], [0, 0]
    gold_stance, found_position = [], []
    for t in gold["themes"]:
        stances = t.get("stances") or {"": t["members"]}
        for stance, members in stances.items():
            for i, a in enumerate(members):
                gold_stance.append(f"{t['id']}:{stance}")
                found_position.append(str(position_of.get(a, f"single:{a}")))
                for b in members[i + 1 :]:
                    same_theme[1] += 1
                    same_position[1] += 1
                    if a in theme_of and theme_of.get(a) == theme_of.get(b):
                        same_theme[0] += 1
                        same_position[0] += position_of[a] == position_of[b]
        sides = list(stances.values())
        for i, side in enumerate(sides):
            for other in sides[i + 1 :]:
                for a in side:
                    for b in other:
                        cross[1] += 1
                        cross[0] += a in position_of and position_of.get(a) == position_of.get(b)
    contested = [t for t in gold["themes"] if t.get("stances")]
    split = sum(len(getattr(t, "positions", [])) > 1 for fr in result.fields.values() for t in fr.themes)
    return {
        "contested_topics": len(contested),
        "split_themes": split,
        "cross_stance_same_position": cross[0] / cross[1] if cross[1] else float("nan"),
        "same_stance_same_theme": same_theme[0] / max(same_theme[1], 1),
        "same_stance_same_position": same_position[0] / max(same_position[1], 1),
        "position_ari": adjusted_rand_score(gold_stance, found_position),
    }


def baseline_labels(texts, k, seed, kind, embeddings=None):
    if kind == "nmf":
        x = TfidfVectorizer(max_df=0.9, min_df=1).fit_transform(texts)  # CONSUL: TF-IDF + NMF, told k
        w = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=400).fit_transform(x)
        return w.argmax(axis=1)
    return KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(embeddings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "kassel-eval")
    parser.add_argument("--seed", type=int, default=None, help="generate a fresh set with this seed instead")
    parser.add_argument("--embedder", choices=["use", "hash"], default="use")
    parser.add_argument("--contested", action="store_true", help="with --seed: add the contested topics")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    proposals, comments, votes, gold = load(args)
    embedder = UniversalSentenceEncoder() if args.embedder == "use" else HashingEmbedder()

    t0 = time.perf_counter()
    result = synthesize(proposals, comments, votes, seed=0, embedder=embedder)
    seconds = time.perf_counter() - t0

    by_field: dict[str, list[ProposalIn]] = {}
    for p in proposals:
        by_field.setdefault(p.action_field, []).append(p)
    rows = []
    for field in sorted(by_field):
        props = sorted(by_field[field], key=lambda p: p.id)
        ids = [p.id for p in props]
        gl, gold_theme = gold_labels(gold, ids)
        fr = result.fields[field]
        pred_theme_of = {pid: t.id for t in fr.themes for pid in t.proposals}
        pred_class = {t.id: t.consensus for t in fr.themes}
        pl = [pred_theme_of.get(i, f"single:{i}") for i in ids]
        non_noise = [i for i in ids if i in gold_theme]
        k = len({t["id"] for t in gold["themes"] if t["field"] == field})
        texts = [f"{p.title}. {p.body}" for p in props]
        emb, _ = embed_cached(texts, embedder)
        row = {
            "field": field,
            "proposals": len(ids),
            "gold_themes": k,
            "themes": len(fr.themes),
            "ari": adjusted_rand_score(gl, pl),
            "ami": adjusted_mutual_info_score(gl, pl),
            "coverage": sum(i in pred_theme_of for i in non_noise) / len(non_noise),
            "consensus_acc": class_accuracy(gold, field, pred_theme_of, pred_class),
        }
        for kind in ("nmf", "kmeans"):
            bl = baseline_labels(texts, k, 0, kind, emb)
            row[f"{kind}_ari"] = adjusted_rand_score(gl, bl)
            row[f"{kind}_ami"] = adjusted_mutual_info_score(gl, bl)
            row[f"{kind}_coverage"] = 1.0
        rows.append(row)

    voters = sorted(gold["voter_groups"])
    found = [result.participant_groups.get(v, -1) for v in voters]
    group_ari = adjusted_rand_score([gold["voter_groups"][v] for v in voters], found)

    head = (
        f"{'field':11s} {'n':>4s} {'gold':>4s} {'found':>5s} {'ARI':>6s} {'AMI':>6s} {'cover':>6s} "
        f"{'cons.acc':>8s} | {'NMF ARI':>7s} {'NMF AMI':>7s} | {'kmUSE ARI':>9s} {'kmUSE AMI':>9s}"
    )
    print(head)
    for r in rows:
        print(
            f"{r['field']:11s} {r['proposals']:4d} {r['gold_themes']:4d} {r['themes']:5d} {r['ari']:6.3f} "
            f"{r['ami']:6.3f} {r['coverage']:6.3f} {r['consensus_acc']:8.3f} | {r['nmf_ari']:7.3f} "
            f"{r['nmf_ami']:7.3f} | {r['kmeans_ari']:9.3f} {r['kmeans_ami']:9.3f}"
        )
    mean = {k: float(np.mean([r[k] for r in rows])) for k in rows[0] if isinstance(rows[0][k], float)}
    print(
        f"{'mean':11s} {'':4s} {'':4s} {'':5s} {mean['ari']:6.3f} {mean['ami']:6.3f} {mean['coverage']:6.3f} "
        f"{mean['consensus_acc']:8.3f} | {mean['nmf_ari']:7.3f} {mean['nmf_ami']:7.3f} | "
        f"{mean['kmeans_ari']:9.3f} {mean['kmeans_ami']:9.3f}"
    )
    print(
        f"opinion groups found: {result.opinion_groups} (gold {len(set(gold['voter_groups'].values()))}), "
        f"ARI against the gold voter groups: {group_ari:.3f}"
    )
    stances = stance_figures(gold, result)
    print(
        f"stances: {stances['contested_topics']} contested topics, {stances['split_themes']} themes split into "
        f"positions; cross-stance pairs in one position {stances['cross_stance_same_position']:.1%} (goal <= 10 %); "
        f"same-stance pairs in one theme {stances['same_stance_same_theme']:.1%} (goal >= 50 %), in one position "
        f"{stances['same_stance_same_position']:.1%}; position ARI against gold stances {stances['position_ari']:.3f}"
    )
    print(
        f"synthesis time: {seconds:.1f} s (embedder: {embedder.name}); baselines are told the true number of "
        "themes (NMF on plain TF-IDF as CONSUL does; k-means on the same sentence embeddings)"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "fields": rows,
                    "mean": mean,
                    "opinion_group_ari": group_ari,
                    "opinion_groups": result.opinion_groups,
                    "stances": stances,
                },
                indent=1,
                sort_keys=True,
            )
        )


if __name__ == "__main__":
    main()
