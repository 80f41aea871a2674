import json
import subprocess
import sys
from pathlib import Path

from .conftest import EVAL

ROOT = Path(__file__).resolve().parents[3]


def run_cli(tmp_path, name, *extra):
    out = tmp_path / name
    subprocess.run(
        [
            sys.executable,
            "-m",
            "strategy.synthesis",
            "--proposals",
            str(EVAL / "proposals.jsonl"),
            "--votes",
            str(EVAL / "votes.jsonl"),
            "--comments",
            str(EVAL / "comments.jsonl"),
            "--out",
            str(out),
            "--embedder",
            "hash",
            *extra,
        ],
        check=True,
        cwd=ROOT,
    )
    return out


def test_same_input_gives_byte_identical_output(tmp_path):
    first = run_cli(tmp_path, "a.json").read_bytes()
    second = run_cli(tmp_path, "b.json").read_bytes()
    assert first == second
    data = json.loads(first)
    assert set(data["fields"]) == {"welcome", "citizen", "ecosystem", "h2quarters", "mobility"}
    theme = data["fields"]["mobility"]["themes"][0]
    assert set(theme) >= {"id", "label", "proposals", "consensus", "support", "summary"}
    assert set(theme["support"]) == {"participants", "agree", "disagree", "pass", "score"}
    assert theme["consensus"] in {"consensus", "divisive", "low_support"}
    assert isinstance(data["opinion_groups"], int) and data["opinion_groups"] >= 2
    for field in data["fields"].values():
        for t in field["themes"]:
            # every theme carries its positions; together they hold exactly its members
            assert t["positions"] and t["split"] == (len(t["positions"]) > 1)
            members = [m for p in t["positions"] for m in p["members"]]
            assert sorted(members) == sorted(t["proposals"]) and len(set(members)) == len(members)
            for p in t["positions"]:
                assert p["label"] and set(p) >= {"label", "members", "support", "groups", "consensus", "summary"}
                assert set(p["support"]) == {"participants", "agree", "disagree", "pass", "score"}


def test_the_result_carries_the_positions_of_a_contested_theme(tmp_path):
    contested = EVAL.parent / "kassel-contested"
    out = tmp_path / "c.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "strategy.synthesis",
            "--proposals",
            str(contested / "proposals.jsonl"),
            "--votes",
            str(contested / "votes.jsonl"),
            "--out",
            str(out),
        ],
        check=True,
        cwd=ROOT,
    )
    data = json.loads(out.read_text())
    split = [t for f in data["fields"].values() for t in f["themes"] if len(t["positions"]) > 1]
    assert split
    for t in split:
        assert t["consensus"] == "divisive" and t["split"]
        assert t["support"]["agree"] == t["support"]["disagree"] == 0 and t["support"]["participants"] > 0
        assert all(p["support"]["agree"] + p["support"]["disagree"] > 0 for p in t["positions"])


def test_previous_result_keeps_ids(tmp_path):
    first = run_cli(tmp_path, "a.json")
    second = run_cli(tmp_path, "b.json", "--previous", str(first))
    ids = lambda p: {t["id"] for f in json.loads(p.read_text())["fields"].values() for t in f["themes"]}  # noqa: E731
    assert ids(first) == ids(second)


def test_package_imports_no_django():
    code = (
        "import sys, strategy.synthesis, strategy.synthesis.__main__; "
        "bad = [m for m in sys.modules if m.split('.')[0] == 'django']; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
