"""One measuring round per page: the bare view with wrk, then the page with wrk, back to back on one server."""

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import votes, wrk
from .pages import Page
from .queries import QueryProfile, profile
from .server import BARE, Server, fetch


@dataclass
class Row:
    label: str
    path: str
    single: dict
    bare: wrk.WrkResult
    page: wrk.WrkResult
    restarted: bool
    queries: QueryProfile | None = None
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.page.rate / self.bare.rate if self.bare.rate else 0.0


def page_seconds(single_ms: float, base: float, longest: float) -> float:
    """Long enough for about ten answers from three workers on two cores, within [base, longest]."""
    return min(longest, max(base, 5 * single_ms / 1000))


def measure(server: Server, pages: list[Page], *, base: float, longest: float, cancel_queries, say) -> list[Row]:
    url = f"http://127.0.0.1:{server.port}"
    rows = []
    for page in pages:
        first = fetch(server.port, page.path)  # the first answer may fill a cache; the second is the one reported
        if first["status"] == 0:
            server.settle(cancel_queries)
        single = fetch(server.port, page.path) if first["status"] else first
        seconds = page_seconds(single["total_ms"], base, longest)
        server.settle(cancel_queries)
        bare = wrk.run(url + BARE, seconds=base)
        result = wrk.run(url + page.path, seconds=seconds, timeout=max(60, seconds * 2))
        restarted = server.settle(cancel_queries)
        row = Row(page.label, page.path, single, bare, result, restarted)
        rows.append(row)
        say(
            f"  {page.label:34s} {result.rate:8.1f} req/s  p95 {result.p95_ms:8.1f} ms  ratio 1/{_inverse(row.ratio)}"
            f"  (bare {bare.rate:.0f} req/s, single {single['total_ms']:.0f} ms, {single['bytes']:,} B"
            f"{', errors ' + str(result.errors) if result.errors else ''}{', server restarted' if restarted else ''})"
        )
    return rows


def profile_queries(rows: list[Row], say) -> None:
    for row in rows:
        try:
            row.queries = profile(row.path)
        except Exception as exc:  # a broken page is reported in the table, not fatal
            say(f"  {row.label}: {type(exc).__name__}: {exc}")
            row.queries = QueryProfile(status=500, count=0, slowest_ms=0.0, slowest_sql=f"failed: {exc}", total_ms=0)


def measure_votes(server: Server, *, seconds: float, cancel_queries, say) -> Row:
    url = f"http://127.0.0.1:{server.port}"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "votes.txt"
        session_cookie, csrf_cookie, touched = votes.prepare(work)
        bare = wrk.run(url + BARE, seconds=seconds)
        result = wrk.run(
            url + "/", seconds=seconds, script=wrk.vote_script(session_cookie, csrf_cookie), args=[str(work)]
        )
    restarted = server.settle(cancel_queries)
    differences = votes.count_differences(touched)
    row = Row("vote POST (signed in)", "/vorschlaege/<id>/abstimmen/", {}, bare, result, restarted)
    row.extra = {"proposals": len(touched), "count_differences": differences}
    say(
        f"  {row.label:34s} {result.rate:8.1f} req/s  p95 {result.p95_ms:8.1f} ms  non-2xx/errors {result.errors}"
        f"  stored counts differ from rows on {differences} of {len(touched)} proposals"
    )
    return row


def _inverse(ratio: float) -> str:
    return f"{1 / ratio:,.1f}" if ratio else "∞"
