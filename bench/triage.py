"""Triage hints measured (#16 item 4): precision of each reason on what it flags, and recall on labelled cases.

    python -m bench.triage

Three inputs: the hand-labelled texts (bench/data/triage/labelled.yaml, positives and look-alikes), the demo's
150 proposals and their comments (all ordinary, so every spam/personal-data flag there is a false alarm), and the
evaluation set bench/data/kassel-eval (duplicate hints are right when both proposals share a gold theme).
"""

import json
from collections import Counter
from pathlib import Path

import yaml

from participation import triage

ROOT = Path(__file__).resolve().parent.parent


def _labelled():
    rows = yaml.safe_load((ROOT / "bench/data/triage/labelled.yaml").read_text())
    # The off-topic check compares with the proposals of the field; here: the demo's, of every field.
    context = [
        f"{p['title']} {p['title']} {p['body'][:300]}"
        for p in yaml.safe_load((ROOT / "demo/data/proposals.yaml").read_text())
    ]
    found = Counter()
    correct = Counter()
    positives = Counter(row["label"] for row in rows if row["label"] != "ok")
    hits = Counter()
    for row in rows:
        reasons = {hint.reason for hint in triage.text_hints(row["text"])}
        # As in the service: off-topic is asked only of texts without a spam or personal-data hint.
        if not reasons and triage.off_topic(row["text"], context):
            reasons.add(triage.Reason.OFF_TOPIC)
        for reason in reasons:
            found[reason] += 1
            correct[reason] += reason == row["label"]
        hits[row["label"]] += row["label"] in reasons
    return found, correct, positives, hits


def _demo():
    proposals = yaml.safe_load((ROOT / "demo/data/proposals.yaml").read_text())
    comments = yaml.safe_load((ROOT / "demo/data/comments.yaml").read_text())
    texts = [f"{p['title']}\n{p['body']}" for p in proposals]
    texts += [c for field in comments.values() for c in field]
    flagged = Counter(hint.reason for text in texts for hint in triage.text_hints(text))
    by_field: dict[str, list[str]] = {}
    for p in proposals:
        by_field.setdefault(p["action_field"], []).append(f"{p['title']} {p['title']} {p['body'][:300]}")
    off = sum(
        triage.off_topic(
            f"{p['title']}\n{p['body']}", [t for t in by_field[p["action_field"]] if not t.startswith(p["title"])]
        )
        for p in proposals
    )
    return len(texts), flagged, off


def _eval_duplicates():
    data = ROOT / "bench/data/kassel-eval"
    proposals = [json.loads(line) for line in (data / "proposals.jsonl").read_text().splitlines() if line.strip()]
    gold = json.loads((data / "gold.json").read_text())
    theme_of = {member: theme["id"] for theme in gold["themes"] for member in theme["members"]}
    earlier: dict[str, list[tuple[str, str]]] = {}
    flagged = right = 0
    for p in proposals:
        text = f"{p['title']} {p['title']} {p.get('body', '')[:300]}"
        candidates = earlier.setdefault(p.get("action_field", ""), [])
        hit = triage.likely_duplicate(text, candidates)
        if hit:
            flagged += 1
            right += theme_of.get(p["id"]) is not None and theme_of.get(p["id"]) == theme_of.get(hit[0])
        candidates.append((p["id"], text))
    return len(proposals), flagged, right


def main() -> None:
    found, correct, positives, hits = _labelled()
    print("## Labelled texts (bench/data/triage/labelled.yaml)")
    print("| reason | flagged | right | precision | recall |")
    print("| --- | --- | --- | --- | --- |")
    for reason in [triage.Reason.PERSONAL_DATA, triage.Reason.SPAM, triage.Reason.OFF_TOPIC]:
        precision = correct[reason] / found[reason] if found[reason] else float("nan")
        recall = hits[reason] / positives[reason] if positives[reason] else float("nan")
        print(f"| {reason} | {found[reason]} | {correct[reason]} | {precision:.2f} | {recall:.2f} |")
    texts, flagged, off = _demo()
    print(f"\n## Demo data: {texts} proposals and comments, all ordinary")
    personal, spam = flagged[triage.Reason.PERSONAL_DATA], flagged[triage.Reason.SPAM]
    print(f"false alarms: personal data {personal}, spam {spam}, off-topic {off}")
    total, dup_flagged, dup_right = _eval_duplicates()
    precision = dup_right / dup_flagged if dup_flagged else float("nan")
    print(f"\n## Evaluation set (kassel-eval): {total} proposals")
    print(f"likely-duplicate hints: {dup_flagged}, same gold theme: {dup_right}, precision {precision:.2f}")


if __name__ == "__main__":
    main()
