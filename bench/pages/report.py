"""The Markdown report: one table per pass, the slowest query of each page, the votes, the machine's load."""

import datetime
import subprocess
from pathlib import Path

from .runner import Row

RESULTS = Path(__file__).resolve().parents[1] / "results"
HEADER = (
    "| page | req/s | p50 ms | p95 ms | p99 ms | ratio to bare | single ms | queries | slowest query ms | bytes |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
)


def _ratio(row: Row) -> str:
    if not row.ratio:
        return "0"
    return f"1/{1 / row.ratio:,.1f}" if row.ratio < 1 else f"{row.ratio:.2f}"


def _line(row: Row) -> str:
    q = row.queries
    notes = []
    if row.page.errors:
        notes.append(f"{row.page.errors} errors")
    if row.single.get("error"):
        notes.append(f"single request failed: {row.single['error']}")
    elif row.single.get("status", 200) != 200:
        notes.append(f"HTTP {row.single['status']}")
    if row.restarted:
        notes.append("server restarted after")
    single = f"{row.single['total_ms']:,.0f}" if row.single else ""
    if row.path.endswith(".csv") and row.single:
        single = f"first byte {row.single['ttfb_ms']:,.0f}, all {row.single['total_ms']:,.0f}"
    label = f"{row.label} ({'; '.join(notes)})" if notes else row.label
    size = f"{row.single['bytes']:,}" if row.single else ""
    return (
        f"| {label} | {row.page.rate:,.1f} | {row.page.p50_ms:,.1f} | {row.page.p95_ms:,.1f} | {row.page.p99_ms:,.1f} "
        f"| {_ratio(row)} | {single} | {_queries(q)} | {f'{q.slowest_ms:,.1f}' if q and q.status < 500 else ''} "
        f"| {size} |"
    )


def _queries(q) -> str:
    if q is None:
        return ""
    return f"{q.count}" if q.status < 500 else "error (see below)"


def table(rows: list[Row]) -> str:
    bare = sorted(row.bare.rate for row in rows)
    median = bare[len(bare) // 2] if bare else 0
    lines = [HEADER]
    if bare:
        span = f"{bare[0]:,.0f}–{bare[-1]:,.0f}"
        lines.append(f"| bare view (median of {len(bare)} rounds, {span}) | {median:,.0f} | | | | 1 | | | | |")
    lines += [_line(row) for row in rows]
    return "\n".join(lines)


def _git() -> str:
    def out(*args):
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=RESULTS.parent.parent).stdout.strip()

    changed = len(out("status", "--porcelain", "--untracked-files=no").splitlines())
    return f"{out('rev-parse', '--short', 'HEAD')} ({changed} files changed in the work tree)"


def load_average() -> str:
    with open("/proc/loadavg") as file:
        return " ".join(file.read().split()[:3])


def write(
    *, scale, label: str, passes: dict[str, list[Row]], vote: Row | None, context: dict, folder: str | None = None
) -> tuple[str, Path]:
    now = datetime.datetime.now(datetime.UTC)
    parts = [
        f"# Page benchmark, {scale.name}{f' ({label})' if label else ''}, {now:%Y-%m-%d %H:%M} UTC",
        "",
        f"{scale.proposals:,} proposals, {scale.users:,} users, {context['votes']:,} votes, "
        f"{context['comments']:,} comments. Commit {_git()}.",
        "gunicorn, 3 sync workers, bench.pages.settings (production settings plus /bench/bare/), PostgreSQL, Redis; "
        f"wrk {context['connections']} connections, bare view {context['base']:g} s then the page "
        f"{context['base']:g}–{context['longest']:g} s per round (longer for slow pages).",
        f"Load average (1/5/15 min): before {context['load_before']}, after {context['load_after']}; "
        "2 cores shared with other work, so compare ratios rather than absolute rates.",
        f"Command: `{context['command']}`",
        "",
    ]
    if context.get("load_timings"):
        timings = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in context["load_timings"].items()
                            if name != "count differences")  # fmt: skip
        parts += [f"Load: {context['load_total']:.0f} s ({timings}).", ""]
    for name, rows in passes.items():
        parts += [f"## {name}", "", table(rows), ""]
    if vote is not None:
        parts += [
            "## Vote POST (signed in, 2,000 sessions, JSON answer)",
            "",
            f"{vote.page.rate:,.1f} votes/s (bare {vote.bare.rate:,.0f} req/s), p50 {vote.page.p50_ms:,.1f} ms, "
            f"p95 {vote.page.p95_ms:,.1f} ms, p99 {vote.page.p99_ms:,.1f} ms, {vote.page.errors} non-2xx or errors "
            f"of {vote.page.requests:,}; afterwards stored counts differ from the rows on "
            f"{vote.extra['count_differences']} of {vote.extra['proposals']:,} proposals voted on.",
            "",
        ]
    first = next(iter(passes.values()), [])
    parts += ["## Slowest query per page (first pass)", ""]
    for row in first:
        if row.queries and row.queries.slowest_sql:
            parts.append(f"- {row.label}: {row.queries.slowest_ms:,.1f} ms, `{row.queries.slowest_sql[:220]}`")
    last = list(passes.values())[-1] if passes else []
    parts += ["", f"## Headers (anonymous GET, {list(passes)[-1] if passes else ''})", ""]
    for row in last:
        single = row.single
        parts.append(
            f"- {row.label}: Cache-Control `{single.get('cache_control') or '—'}`, Vary `{single.get('vary') or '—'}`"
            f"{', sets a cookie' if single.get('set_cookie') else ''}"
        )
    text = "\n".join(parts) + "\n"
    folder = Path(folder) if folder else RESULTS
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"pages-{scale.name}-{now:%Y%m%d-%H%M}{f'-{label}' if label else ''}.md"
    path.write_text(text)
    return text, path
