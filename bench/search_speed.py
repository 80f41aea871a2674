"""Search and list queries of /vorschlaege/ at 100,000 proposals on PostgreSQL, with and without the indexes.

Loads (once) synthetic proposals made of the demo proposals' titles and sentences into the database that
DATABASE_URL names (its own database, e.g. createdb sk_bench), writes their search columns set-based, then prints
per query the median time of what the list page runs (count + one page of 20; a search's count stops at 1,000,
shown as ">1000", and a relevance search takes one query per level of title matches), once with the indexes of
participation/migrations/0003_search.py and once with them dropped inside a rolled-back transaction. The old
search (a German vector computed per row and request) is timed once for comparison.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sk_bench .venv/bin/python -m bench.search_speed [--proposals N]
"""

import argparse
import datetime
import os
import random
import re
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartkassel.settings.dev")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.postgres.search import SearchQuery, SearchVector  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.paginator import Paginator  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from core.choices import ActionField, District  # noqa: E402
from demo import content  # noqa: E402
from participation.choices import ProposalStatus  # noqa: E402
from participation.listing import proposal_paginator  # noqa: E402
from participation.models import Proposal  # noqa: E402
from participation.selectors import proposal_list  # noqa: E402
from participation.services import search_reindex  # noqa: E402

INDEXES = [
    "proposal_search_vector",
    "proposal_search_title",
    "proposal_visible_new",
    "proposal_visible_votes",
    "proposal_visible_comments",
    "proposal_visible_field",
    "proposal_visible_district",
]
QUERIES = {
    "newest": {},
    "votes": {"sort": "votes"},
    "comments": {"sort": "comments"},
    "page 200": {"page": 200},
    "district": {"district": "wehlheiden"},
    "action field": {"action_field": ActionField.MOBILITY},
    "action field, votes": {"action_field": ActionField.MOBILITY, "sort": "votes"},
    "q=Radweg": {"query": "Radweg", "sort": "relevance"},
    "q=Radwege (newest)": {"query": "Radwege"},
    "q=Straße": {"query": "Straße", "sort": "relevance"},
    "q=Strasse": {"query": "Strasse", "sort": "relevance"},
    "q=Bäume Innenstadt": {"query": "Bäume Innenstadt", "sort": "relevance"},
    "q=bikes": {"query": "bikes", "sort": "relevance"},
    "q=Radweg, district": {"query": "Radweg", "district": "wehlheiden", "sort": "relevance"},
}
# Roughly how a real portal's proposals spread over the statuses; most are public.
STATUS_WEIGHTS = {
    ProposalStatus.PUBLISHED: 80,
    ProposalStatus.UNDER_REVIEW: 6,
    ProposalStatus.ACCEPTED: 4,
    ProposalStatus.NOT_FEASIBLE: 3,
    ProposalStatus.SUBMITTED: 3,
    ProposalStatus.WITHDRAWN: 2,
    ProposalStatus.HIDDEN: 2,
}


def load(total: int) -> None:
    """Add synthetic proposals until there are `total`; then write their search columns in bulk."""
    existing = Proposal.objects.count()
    if existing >= total:
        print(f"{existing} proposals present, nothing loaded")
        return
    items = content.proposals()
    titles = [item["title"] for item in items]
    sentences = [s for item in items for s in re.split(r"(?<=[.!?])\s+", item["body"]) if len(s) > 20]
    author, _created = get_user_model().objects.get_or_create(
        username="bench-search", defaults={"email": "bench-search@example.org", "display_name": "Bench"}
    )
    rng = random.Random(17)  # benchmark data, deterministic on purpose
    statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    now, started = timezone.now(), time.perf_counter()
    batch = []
    for number in range(existing, total):
        batch.append(
            Proposal(
                title=f"{rng.choice(titles)[:110]} ({number})",
                body=" ".join(rng.sample(sentences, rng.randint(3, 7)))[:5000],
                action_field=rng.choice(ActionField.values),
                district=rng.choice([*District.values, ""]),
                author=author,
                status=rng.choices(statuses, weights)[0],
                hidden_by_reports=rng.random() < 0.005,
                agree_count=int(rng.paretovariate(1.2)) - 1,
                comment_count=int(rng.paretovariate(1.5)) - 1,
            )
        )
        if len(batch) == 5000:
            Proposal.objects.bulk_create(batch)
            batch = []
    Proposal.objects.bulk_create(batch)
    # Spread over two years, as a long-running portal's would be.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE participation_proposal SET created = %s - (id %% 730) * interval '1 day' - (id %% 1440) * "
            "interval '1 minute' WHERE search_text = ''",
            [now],
        )
    print(f"loaded {total - existing} proposals in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    count = search_reindex(Proposal.objects.filter(search_text=""))
    print(f"search_reindex: {count} proposals in {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        # Compact, as a table restored from a dump or long vacuumed would be: the bulk writes above left a
        # dead version of every row behind.
        cursor.execute("VACUUM FULL participation_proposal")
        cursor.execute("VACUUM ANALYZE participation_proposal")  # FULL leaves the visibility map empty


def timed_page(kwargs: dict, runs: int) -> tuple[float, int, int]:
    """Median ms of count + one page of 20, as the list view runs them (a search's count capped at 1,000); also
    the query count and total."""
    kwargs = dict(kwargs)
    page_number = kwargs.pop("page", 1)
    times, queries, total = [], 0, 0
    for _run in range(runs):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            page = proposal_paginator(proposal_list(**kwargs), query=kwargs.get("query", "")).get_page(page_number)
            list(page.object_list)
            times.append((time.perf_counter() - started) * 1000)
        queries, total = len(captured), page.paginator.count
        if getattr(page.paginator, "capped", False):
            total = -total  # printed as ">1000"
    return statistics.median(times), queries, total


def measure(runs: int) -> dict[str, tuple[float, int, int]]:
    return {name: timed_page(kwargs, runs) for name, kwargs in QUERIES.items()}


def old_search_ms(query: str) -> float:
    """The search before 0003: a German vector computed for every visible row on each request."""
    vector = SearchVector("title", weight="A", config="german") + SearchVector("body", weight="B", config="german")
    found = (
        Proposal.objects.visible()
        .annotate(search=vector)
        .filter(search=SearchQuery(query, config="german", search_type="websearch"))
    )
    started = time.perf_counter()
    Paginator(found.order_by("-created", "-pk"), 20).get_page(1).object_list.__len__()
    return (time.perf_counter() - started) * 1000


def explain(kwargs: dict) -> str:
    kwargs = dict(kwargs)
    page_number = kwargs.pop("page", 1)
    proposals = proposal_list(**kwargs)
    offset = (page_number - 1) * 20
    # A relevance search runs one query per level of title matches; the first (the best matches) is shown.
    queryset = proposals.levels[0] if hasattr(proposals, "levels") else proposals
    return queryset[offset : offset + 20].explain(analyze=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN ANALYZE of each page query")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database of its own (e.g. createdb sk_bench).")
    call_command("migrate", verbosity=0)
    load(args.proposals)
    visible = Proposal.objects.visible().count()
    print(f"{Proposal.objects.count()} proposals, {visible} visible; median of {args.runs} runs, count + 20 rows\n")
    after = measure(args.runs)
    if args.explain:
        for name, kwargs in QUERIES.items():
            print(f"--- {name}\n{explain(kwargs)}\n")
    with transaction.atomic():
        with connection.cursor() as cursor:
            for name in INDEXES:
                cursor.execute(f"DROP INDEX {name}")  # names from the list above, not input
        before = measure(max(1, args.runs // 2))
        transaction.set_rollback(True)
    print(f"{'query':24s} {'found':>7s} {'queries':>7s} {'no index ms':>12s} {'indexed ms':>11s}")
    for name in QUERIES:
        ms, queries, total = after[name]
        found = f">{-total}" if total < 0 else str(total)
        print(f"{name:24s} {found:>7s} {queries:7d} {before[name][0]:12.1f} {ms:11.1f}")
    print(f"\nold search (German vector per row and request), q=Radweg: {old_search_ms('Radweg'):.0f} ms")
    print(f"measured {datetime.datetime.now(tz=datetime.UTC):%Y-%m-%d %H:%M} UTC")


if __name__ == "__main__":
    main()
