"""Generate the labelled synthetic Kassel evaluation set (deterministic for a given seed).

    python -m bench.synthesis.make_evalset [--seed 0] [--out bench/data/kassel-eval]
    python -m bench.synthesis.make_evalset --contested   # the same set plus contested topics -> kassel-contested

Writes proposals.jsonl, votes.jsonl, comments.jsonl in the CLI's input format and gold.json with the true
themes (members, consensus class), the noise proposals and each voter's opinion group.
"""

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from bench.synthesis.evalset_content import (
    CLOSERS_DE,
    CLOSERS_EN,
    COMMENTS_DE,
    COMMENTS_EN,
    DISTRICTS,
    NOISE,
    OPENERS_DE,
    OPENERS_EN,
    PLACE_DE,
    PLACE_EN,
    PLACES,
    THEMES,
)

GROUPS = ("A", "B", "C")
GROUP_SHARES = (0.45, 0.35, 0.20)
# (agree, disagree, pass) probabilities of one vote
FOR, AGAINST, MIXED, REJECT = (0.75, 0.1, 0.15), (0.1, 0.75, 0.15), (0.4, 0.35, 0.25), (0.15, 0.55, 0.3)


def typo(rng: random.Random, text: str) -> str:
    """Swap, drop or double one letter in a random longer word, or lower-case a noun."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    op = rng.randrange(4)
    j = rng.randrange(1, len(w) - 2)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif op == 1:
        w = w[:j] + w[j + 1 :]
    elif op == 2:
        w = w[:j] + w[j] + w[j:]
    else:
        w = w.lower()
    words[i] = w
    return " ".join(words)


def proposal_text(rng: random.Random, titles_bodies, english: bool) -> tuple[str, str]:
    de_t, de_b, en_t, en_b = titles_bodies
    titles, bodies = (en_t, en_b) if english else (de_t, de_b)
    title = rng.choice(titles)
    parts = [rng.choice(OPENERS_EN if english else OPENERS_DE) + rng.choice(bodies)]
    if rng.random() < 0.3:
        parts.append(rng.choice(bodies))
    place = rng.choice(PLACE_EN if english else PLACE_DE)
    if place:
        parts.append(place.format(place=rng.choice(PLACES)))
    parts.append(rng.choice(CLOSERS_EN if english else CLOSERS_DE))
    body = " ".join(p for p in dict.fromkeys(parts) if p)
    if rng.random() < 0.35:
        body = typo(rng, body)
    if rng.random() < 0.15:
        title = typo(rng, title)
    return title, body


def near_duplicate(rng: random.Random, title: str, body: str) -> tuple[str, str]:
    body = typo(rng, body)
    if rng.random() < 0.5:
        body = body.rstrip("!.") + rng.choice(["!!", ".", " bitte.", " :)"])
    return title if rng.random() < 0.7 else title.upper() if rng.random() < 0.2 else title + "!", body


def generate(seed: int, contested: bool = False) -> dict:
    """The labelled set; with contested=True the same set plus the contested topics (add_contested)."""
    data = _generate(seed)
    if contested:
        add_contested(data, seed)
    return data


def add_contested(data: dict, seed: int) -> None:
    """Append the contested topics (bench/synthesis/contested_content.py): per topic a pro and a contra side that
    share their words, each side 4-12 proposals; the voters' groups split on them (one group for the pro side and
    against the contra side, another the other way round, the third either). The base set stays as it was (its
    own random stream); the same voters vote on about the same share of the new proposals."""
    from bench.synthesis.contested_content import CONTESTED

    rng = random.Random(seed + 1_000_003)
    proposals, gold = data["proposals"], data["gold"]
    start = dt.datetime(2022, 3, 1, tzinfo=dt.UTC)
    district_keys = sorted(DISTRICTS)
    stance_of: dict[str, tuple[str, str]] = {}
    for field, topics in CONTESTED.items():
        for key, sides in topics.items():
            theme = {"id": f"{field}:{key}", "field": field, "class": "divisive", "members": [], "stances": {}}
            for stance, texts in sides.items():
                members = []
                for _ in range(rng.choice([4, 5, 7, 9, 12])):
                    if members and rng.random() < 0.12:
                        src = proposals[int(rng.choice(members)[1:]) - 1]
                        title, body = near_duplicate(rng, src["title"], src["body"])
                    else:
                        title, body = proposal_text(rng, texts, english=rng.random() < 0.2)
                    pid = f"p{len(proposals) + 1:05d}"
                    district = rng.choice(district_keys)
                    lat, lon = DISTRICTS[district]
                    proposals.append(
                        {
                            "id": pid,
                            "action_field": field,
                            "title": title,
                            "body": body,
                            "district": district,
                            "lat": round(lat + rng.uniform(-0.006, 0.006), 5),
                            "lon": round(lon + rng.uniform(-0.009, 0.009), 5),
                            "created": (start + dt.timedelta(minutes=rng.randrange(60 * 24 * 200))).isoformat(),
                        }
                    )
                    members.append(pid)
                    stance_of[pid] = (theme["id"], stance)
                theme["members"] += members
                theme["stances"][stance] = members
            gold["themes"].append(theme)
    mirror = {FOR: AGAINST, AGAINST: FOR}
    pattern = {}
    for theme in gold["themes"]:
        if "stances" in theme:
            sides = [FOR, AGAINST, rng.choice([FOR, AGAINST, MIXED])]
            rng.shuffle(sides)
            pro = dict(zip(GROUPS, sides, strict=True))
            pattern[theme["id"]] = {"pro": pro, "contra": {g: mirror.get(p, p) for g, p in pro.items()}}
    new_ids = sorted(stance_of)
    share = len(data["votes"]) / max(len(gold["voter_groups"]), 1) / (len(proposals) - len(new_ids))
    for voter, group in gold["voter_groups"].items():
        for pid in sorted(rng.sample(new_ids, min(len(new_ids), max(1, round(share * len(new_ids)))))):
            topic, stance = stance_of[pid]
            value = rng.choices((1, -1, 0), weights=pattern[topic][stance][group])[0]
            data["votes"].append({"proposal": pid, "voter": voter, "value": value})
    gold["contested"] = sorted(pattern)


def _generate(seed: int) -> dict:
    rng = random.Random(seed)
    proposals, gold_themes, noise_ids = [], [], []
    start = dt.datetime(2022, 3, 1, tzinfo=dt.UTC)
    district_keys = sorted(DISTRICTS)

    def add(field: str, title: str, body: str) -> str:
        pid = f"p{len(proposals) + 1:05d}"
        district = rng.choice(district_keys)
        lat, lon = DISTRICTS[district]
        proposals.append(
            {
                "id": pid,
                "action_field": field,
                "title": title,
                "body": body,
                "district": district,
                "lat": round(lat + rng.uniform(-0.006, 0.006), 5),
                "lon": round(lon + rng.uniform(-0.009, 0.009), 5),
                "created": (start + dt.timedelta(minutes=rng.randrange(60 * 24 * 200))).isoformat(),
            }
        )
        return pid

    for field, themes in THEMES.items():
        keys = list(themes)
        classes = ["consensus"] * 3 + ["divisive"] * 2 + ["low_support"] * (len(keys) - 5)
        rng.shuffle(classes)
        for key, cls in zip(keys, classes, strict=True):
            size = rng.choice([5, 7, 9, 12, 15, 18, 22, 28, 35])
            members = []
            for _ in range(size):
                if members and rng.random() < 0.12:
                    src = proposals[int(rng.choice(members)[1:]) - 1]
                    members.append(add(field, *near_duplicate(rng, src["title"], src["body"])))
                else:
                    members.append(add(field, *proposal_text(rng, themes[key], english=rng.random() < 0.2)))
            gold_themes.append({"id": f"{field}:{key}", "field": field, "class": cls, "members": members})
        for sentence in NOISE[field]:
            english = sentence.startswith("Please")
            title = " ".join(sentence.rstrip(".").split(" ")[:5])
            opener = rng.choice(OPENERS_EN if english else OPENERS_DE)
            noise_ids.append(add(field, title, opener + sentence))

    # Within a divisive theme, at least one group is for and one against.
    stances: dict[str, dict[str, tuple]] = {}
    for theme in gold_themes:
        if theme["class"] == "consensus":
            stances[theme["id"]] = dict.fromkeys(GROUPS, FOR)
        elif theme["class"] == "divisive":
            sides = [FOR, AGAINST, rng.choice([FOR, AGAINST])]
            rng.shuffle(sides)
            stances[theme["id"]] = dict(zip(GROUPS, sides, strict=True))
        else:
            stances[theme["id"]] = dict.fromkeys(GROUPS, rng.choice([MIXED, REJECT]))
    theme_of = {pid: t["id"] for t in gold_themes for pid in t["members"]}

    voters = {}
    n_voters = 240
    for v in range(n_voters):
        r, acc = rng.random(), 0.0
        for g, share in zip(GROUPS, GROUP_SHARES, strict=True):  # noqa: B007 - g is used after the loop
            acc += share
            if r < acc:
                break
        voters[f"v{v:04d}"] = g
    votes = []
    ids = [p["id"] for p in proposals]
    for voter, group in voters.items():
        for pid in sorted(rng.sample(ids, rng.randint(30, 90))):
            probs = stances[theme_of[pid]][group] if pid in theme_of else MIXED
            value = rng.choices((1, -1, 0), weights=probs)[0]
            votes.append({"proposal": pid, "voter": voter, "value": value})

    comments = []
    for p in proposals:
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            body = rng.choice(COMMENTS_EN if rng.random() < 0.15 else COMMENTS_DE)
            comments.append({"id": f"c{len(comments) + 1:05d}", "proposal": p["id"], "body": body})

    gold = {"seed": seed, "themes": gold_themes, "noise": noise_ids, "voter_groups": voters}
    return {"proposals": proposals, "votes": votes, "comments": comments, "gold": gold}


def write(data: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("proposals", "votes", "comments"):
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for row in data[name]:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    (out / "gold.json").write_text(
        json.dumps(data["gold"], ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="default bench/data/kassel-eval (or -contested)")
    parser.add_argument("--contested", action="store_true", help="add the contested topics (pro and contra)")
    args = parser.parse_args()
    name = "kassel-contested" if args.contested else "kassel-eval"
    args.out = args.out or Path(__file__).resolve().parents[1] / "data" / name
    data = generate(args.seed, contested=args.contested)
    write(data, args.out)
    print(
        f"{len(data['proposals'])} proposals, {len(data['votes'])} votes, {len(data['comments'])} comments, "
        f"{len(data['gold']['themes'])} themes -> {args.out}"
    )


if __name__ == "__main__":
    main()
