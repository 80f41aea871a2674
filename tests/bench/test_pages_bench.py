"""The page benchmark (bench/pages/) still loads, serves and measures: a tiny scale, one-second wrk runs.

Runs the real command in a subprocess (it configures Django with production settings of its own) against a
database of its own on the PostgreSQL server of DATABASE_URL, named after it with a `_pages` suffix.
"""

import os
import re
import shutil
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

from tests.conftest import REPO_ROOT, require_service

pytestmark = pytest.mark.postgres


def _bench_database_url() -> str:
    parts = urlsplit(os.environ.get("DATABASE_URL", ""))
    return urlunsplit(parts._replace(path=f"/test_{parts.path.lstrip('/')}_pages"))


def test_tiny_scale_loads_and_every_page_is_measured(tmp_path):
    require_service(os.environ.get("DATABASE_URL", "").startswith("postgres"), "PostgreSQL (set DATABASE_URL)")
    require_service(bool(settings.REDIS_URL), "Redis (set REDIS_URL)")
    require_service(shutil.which("wrk") is not None, "wrk")
    database = _bench_database_url()
    command = [sys.executable, "-m", "bench.pages", "--scale", "tiny", "--database", database,
               "--redis", settings.REDIS_URL, "--seconds", "1", "--longest", "1", "--vote-seconds", "1",
               "--results", str(tmp_path)]  # fmt: skip
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    try:
        result = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=900)
    finally:
        _drop(database)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    reports = list(tmp_path.glob("pages-tiny-*.md"))
    assert len(reports) == 1
    report = reports[0].read_text()

    # The loader stored what the tiny scale asks for, with counts that match the rows.
    assert "50 proposals, 300 users, " in report
    assert "reconcile counts (0 differences repaired)" in result.stdout
    # Every page of issue #17 has a row with a rate, a ratio to the bare view and its query count; none failed.
    for label in ("home", "action field page", "list, newest", "list, ?sort=votes", "list, ?page=200",
                  "list, ?q=Radweg", "list, ?district=", "map page", "proposal, ", "strategy overview",
                  "field strategy", "statistics", "API proposals", "API themes", "CSV proposals"):  # fmt: skip
        rows = [line for line in report.splitlines() if line.startswith(f"| {label}")]
        assert rows, f"no row for {label}"
        cells = [cell.strip() for cell in rows[0].strip("|").split("|")]
        assert float(cells[1].replace(",", "")) > 0, rows[0]  # req/s
        assert re.fullmatch(r"1/[\d.,]+|[\d.]+", cells[5]), rows[0]  # ratio to bare
        assert cells[7].isdigit(), rows[0]  # queries
        assert "HTTP " not in cells[0] and "errors" not in cells[0], rows[0]
    assert "| bare view (median of" in report
    # Votes went through as signed-in citizens, and the stored counts still equal the rows.
    vote_line = next(line for line in report.splitlines() if "votes/s" in line)
    assert " 0 non-2xx or errors" in vote_line, vote_line
    assert "differ from the rows on 0 of" in vote_line, vote_line


def _drop(database_url: str) -> None:
    import psycopg

    parts = urlsplit(database_url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')
