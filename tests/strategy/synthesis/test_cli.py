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
