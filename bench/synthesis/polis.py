"""The synthesis on real input: the Austrian Klimarat's Polis conversations (German, five topics, real votes).

    python -m bench.synthesis.polis [--data /work/shared/data/polis-klimarat]

1. Topic purity: the accepted statements of all five topics go in as ONE action field; a theme that mixes
   topics is a mistake. Reports the share of themes drawn from a single topic, the member-weighted purity, and
   the ARI/AMI of themes against topics (themes are finer than topics, so ARI is low by design; purity is the test).
2. Opinion groups: per topic with a vote matrix, our Polis-style groups against the group-id Polis computed.

Data: Polis (compdemocracy.org/polis), CC BY 4.0, The Computational Democracy Project,
https://compdemocracy.org/case-studies/2022-Austria-Klimarat
"""

import argparse
import csv
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

from strategy.synthesis import Params, ProposalIn, UniversalSentenceEncoder, VoteIn, synthesize
from strategy.synthesis.embedding import embed_cached
from strategy.synthesis.opinion_groups import opinion_groups
from strategy.synthesis.pipeline import embed_limit, embed_text

csv.field_size_limit(10_000_000)


def read_topic(folder: Path):
    with (folder / "comments.csv").open(encoding="utf-8") as fh:
        comments = [r for r in csv.DictReader(fh) if r["moderated"] == "1"]
    votes, polis_group = [], {}
    pv = folder / "participants-votes.csv"
    if pv.exists():
        with pv.open(encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            first = header.index("n-disagree") + 1
            for row in reader:
                voter = f"{folder.name}:{row[0]}"
                if row[2] != "":
                    polis_group[voter] = int(row[2])
                for cid, cell in zip(header[first:], row[first:], strict=False):
                    if cell != "":
                        votes.append(VoteIn(proposal=f"{folder.name}:{cid}", voter=voter, value=int(float(cell))))
    return comments, votes, polis_group


def purity(labels, ids, topic_of, cross) -> str:
    """Share of themes (of 2+ statements not cross-posted) drawn from one topic, and member-weighted purity."""
    members: dict[str, list[str]] = {}
    for pid, lab in zip(ids, labels, strict=True):
        if not lab.startswith("single:") and pid not in cross:
            members.setdefault(lab, []).append(topic_of[pid])
    groups = [m for m in members.values() if len(m) >= 2]
    pure = sum(len(set(m)) == 1 for m in groups)
    top = sum(Counter(m).most_common(1)[0][1] for m in groups)
    n = sum(len(m) for m in groups)
    gold = [topic_of[p] for p in ids]
    return (
        f"{pure / max(len(groups), 1):.1%} of themes from one topic, member-weighted purity {top / max(n, 1):.1%}, "
        f"AMI against topics {adjusted_mutual_info_score(gold, labels):.3f}"
    )


def topic_separability(proposals, topics, cross) -> str:
    """Same-topic share of each statement's nearest neighbour and of the most similar pairs (cross-posts left out).

    If even the closest pairs are often from different topics, no clustering by content can reach a high purity:
    the conversations overlap in what people wrote, not only the themes.
    """
    keep = [i for i, p in enumerate(proposals) if p.id not in cross]
    texts = [embed_text(proposals[i].title, proposals[i].body, embed_limit(Params(), len(proposals))) for i in keep]
    e, _ = embed_cached(texts, UniversalSentenceEncoder())
    e = e - e.mean(axis=0)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    t = np.array([topics[i] for i in keep])
    s = e @ e.T
    np.fill_diagonal(s, -np.inf)
    nn_same = float((t[s.argmax(axis=1)] == t).mean())
    iu = np.triu_indices(len(keep), 1)
    v = s[iu]
    top = v >= np.quantile(v, 0.999)
    same_top = float((t[iu[0][top]] == t[iu[1][top]]).mean())
    base = float((t[iu[0]] == t[iu[1]]).mean())
    return (
        f"nearest neighbour from the same topic {nn_same:.1%}; the 0.1% most similar pairs are from the same "
        f"topic {same_top:.1%} (random pairs {base:.1%})"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/polis-klimarat"))
    args = parser.parse_args()
    proposals, all_votes, topic_of, groups_of = [], [], {}, {}
    for folder in sorted(p for p in args.data.iterdir() if p.is_dir()):
        comments, votes, polis_group = read_topic(folder)
        for r in comments:
            pid = f"{folder.name}:{r['comment-id']}"
            body = r["comment-body"].strip()
            proposals.append(ProposalIn(id=pid, action_field="klimarat", title=body[:80], body=body))
            topic_of[pid] = folder.name
        all_votes += votes
        if polis_group:
            groups_of[folder.name] = (votes, polis_group)
    print(f"{len(proposals)} accepted statements in {len(set(topic_of.values()))} topics, {len(all_votes)} votes")

    t0 = time.perf_counter()
    result = synthesize(proposals, [], all_votes, seed=0)
    seconds = time.perf_counter() - t0
    field = result.fields["klimarat"]
    # The same statement was often posted in several topics' conversations; those cannot be placed purely.
    topics_of_text: dict[str, set[str]] = {}
    for p in proposals:
        topics_of_text.setdefault(" ".join(p.body.lower().split()), set()).add(topic_of[p.id])
    cross = {p.id for p in proposals if len(topics_of_text[" ".join(p.body.lower().split())]) > 1}
    ids = sorted(topic_of)
    theme_of = {p: t.id for t in field.themes for p in t.proposals}
    in_themes = len(theme_of)
    print(
        f"themes: {len(field.themes)}, proposals in themes: {in_themes} ({in_themes / len(ids):.1%}), "
        f"single proposals: {len(field.single_proposals)}; {len(cross)} statements were posted in several topics"
    )
    ours = [theme_of.get(p, f"single:{p}") for p in ids]
    x = TfidfVectorizer(max_df=0.9).fit_transform([p.body for p in sorted(proposals, key=lambda p: p.id)])
    nmf = NMF(n_components=len(field.themes), init="nndsvda", random_state=0, max_iter=300).fit_transform(x)
    baseline = [f"nmf:{k}" for k in nmf.argmax(axis=1)]
    for name, labels in (("ours", ours), (f"TF-IDF+NMF, k={len(field.themes)}", baseline)):
        print(f"  {name}: " + purity(labels, ids, topic_of, cross))
    print("  ceiling: how far the topic labels can be told apart from the text at all (sentence embeddings):")
    print("    " + topic_separability(sorted(proposals, key=lambda p: p.id), [topic_of[p] for p in ids], cross))
    classes = Counter(t.consensus for t in field.themes)
    print(f"consensus classes: {dict(sorted(classes.items()))}; synthesis time {seconds:.1f} s")
    split = [t for t in field.themes if len(t.positions) > 1]
    print(
        f"positions: {len(split)} of {len(field.themes)} themes split, "
        f"{sum(len(t.positions) for t in split)} positions in them"
    )
    for t in split[:3]:
        print(f"  {t.label!r}: " + " | ".join(f"{p.label!r} ({len(p.members)}, {p.consensus})" for p in t.positions))
    for t in field.themes[:5]:
        print(
            f"  [{t.consensus}] {t.label!r} ({len(t.proposals)} statements, score {t.support.score:.2f}): "
            f"{t.summary[0].text[:100]!r}"
        )

    print("opinion groups against Polis's group-id (per conversation, participants Polis grouped):")
    for topic, (votes, polis_group) in sorted(groups_of.items()):
        voters = sorted({v.voter for v in votes})
        props = sorted({v.proposal for v in votes})
        vi = {v: i for i, v in enumerate(voters)}
        pi = {p: i for i, p in enumerate(props)}
        v_idx = np.array([vi[v.voter] for v in votes])
        p_idx = np.array([pi[v.proposal] for v in votes])
        vals = np.array([v.value for v in votes])
        # as the pipeline does it: a column per theme besides the statements' (statements alone: as Polis does)
        theme_number = {t.id: n for n, t in enumerate(field.themes)}
        theme_of_prop = np.array([theme_number.get(theme_of.get(p), -1) for p in props])
        for how, themes in (("with theme columns", theme_of_prop), ("statements only", None)):
            ours = opinion_groups(v_idx, p_idx, vals, len(voters), len(props), theme_of_prop=themes, seed=0)
            both = [v for v in voters if v in polis_group and ours[vi[v]] >= 0]
            ari = adjusted_rand_score([polis_group[v] for v in both], [ours[vi[v]] for v in both])
            print(
                f"  {topic}, {how}: Polis {len(set(polis_group.values()))} groups over {len(polis_group)} "
                f"participants; ours {len(set(ours[ours >= 0]))} groups over {int((ours >= 0).sum())}; "
                f"ARI {ari:.3f} on {len(both)} participants in both"
            )


if __name__ == "__main__":
    main()
