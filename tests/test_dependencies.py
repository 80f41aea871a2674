"""Dependencies are pinned with hashes, and `make lint` audits them or says why it cannot (issue 14)."""

import re
import subprocess

import pytest

from tests.conftest import REPO_ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==(\S+) \\$", re.MULTILINE)


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked() -> dict[str, str]:
    lines = (REPO_ROOT / "requirements.lock").read_text().split()
    return {_name(line.split("==")[0]): line.split("==")[1] for line in lines if "==" in line}


@pytest.mark.parametrize("filename", ["requirements-hashed.txt", "requirements-dev-hashed.txt"])
def test_every_package_is_pinned_to_the_locks_version_with_a_hash(filename):
    text = (REPO_ROOT / filename).read_text()
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    pins = PIN.findall(text)
    assert pins and len(pins) == len([entry for entry in entries if entry.strip()])
    assert all("--hash=sha256:" in entry for entry in entries if entry.strip())
    locked = _locked()
    assert {_name(name): version for name, version in pins}.items() <= locked.items()


def test_the_dev_lock_holds_everything_the_version_lock_does():
    pins = {_name(name) for name, _version in PIN.findall((REPO_ROOT / "requirements-dev-hashed.txt").read_text())}
    assert set(_locked()) == pins


def test_install_checks_hashes_and_lint_audits():
    dry_run = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "install", "audit"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "pip install --quiet --require-hashes -r requirements-dev-hashed.txt" in dry_run
    assert "pip-audit --strict" in dry_run and "--require-hashes -r requirements-dev-hashed.txt" in dry_run
    assert "pip-audit SKIPPED" in dry_run  # the message where no vulnerability database answers
    lint = (REPO_ROOT / "Makefile").read_text().split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "audit" in lint
