"""Load a scale into a database of its own, serve it with gunicorn, measure every page; write the report.

    .venv/bin/python -m bench.pages --scale 2k --database postgres://postgres@127.0.0.1:5432/sk_bench2k \
        --redis redis://127.0.0.1:6379/11 [--keep] [--warm] [--seconds 3] [--label before]

The database named is DROPPED and created anew unless --keep reuses a loaded one (migrations and the search
index are brought up to date either way). The Redis database named is flushed before the first pass.
"""

import argparse
import os
import shlex
import sys
import time

from .scales import SCALES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pages", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="2k")
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_URL", ""), help="PostgreSQL URL")
    parser.add_argument("--redis", default=os.environ.get("BENCH_REDIS_URL", ""), help="Redis URL with db number")
    parser.add_argument("--keep", action="store_true", help="reuse the loaded database instead of loading anew")
    parser.add_argument(
        "--warm", action="store_true", help="without a page cache setting: measure every page a second time"
    )
    parser.add_argument("--seconds", type=float, default=3, help="wrk seconds per bare view and fast page")
    parser.add_argument("--longest", type=float, default=20, help="wrk seconds at most for a slow page")
    parser.add_argument("--vote-seconds", type=float, default=6)
    parser.add_argument("--no-synthesis", action="store_true", help="skip the synthesis run (strategy pages empty)")
    parser.add_argument("--label", default="", help="added to the report's name, e.g. before or after")
    parser.add_argument("--results", default="", help="folder for the report (default: bench/results/)")
    parser.add_argument("--only", default="", help="only pages whose label contains this text")
    args = parser.parse_args(argv)
    if not args.database.startswith("postgres") or not args.redis.startswith("redis"):
        parser.error("--database (postgres://…) and --redis (redis://…/N) are required (or BENCH_DATABASE_URL/…)")

    from .server import Server, environment, free_port

    scale = SCALES[args.scale]
    port = free_port()
    os.environ.update(environment(args.database, args.redis, port))

    def say(text: str) -> None:
        print(text, flush=True)

    load_before = _load()
    started = time.monotonic()
    if not args.keep:
        from .loader import recreate_database

        recreate_database(args.database)
    import django

    django.setup()
    from django.core.management import call_command

    context = {"load_before": load_before, "connections": 32, "base": args.seconds, "longest": args.longest}
    context["command"] = " ".join(["python -m bench.pages", *map(shlex.quote, sys.argv[1:] if argv is None else argv)])
    if args.keep:
        say("Reusing the loaded database: migrations and the search index brought up to date")
        call_command("migrate", verbosity=0)
        from participation.services import search_reindex

        search_reindex()
    else:
        from .loader import load

        say(f"Loading {scale.name} into {args.database.rsplit('/', 1)[-1]}")
        context["load_timings"] = load(scale, say=say, synthesis=not args.no_synthesis)
        context["load_total"] = time.monotonic() - started
        say(f"  loaded in {context['load_total']:.0f} s")
    say("collectstatic (WhiteNoise's manifest)")
    call_command("collectstatic", interactive=False, verbosity=0)

    from django.core.cache import cache
    from django.db import connection

    from participation.models import Comment, Vote

    from . import report, runner
    from .pages import pages

    context["votes"], context["comments"] = Vote.objects.count(), Comment.objects.count()
    database = connection.settings_dict["NAME"]

    def cancel_queries() -> None:
        # Requests the restart dropped may still be running their queries; they would slow the next round.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
                " AND state = 'active'",
                [database],
            )

    found = [page for page in pages() if args.only.lower() in page.label.lower()]
    if any(page.path.startswith("/offene-daten/") for page in found):
        say("open data files, built as the beat builds them (opendata.exports)")
        from opendata.exports import exports_build

        built_at = time.monotonic()
        exports_build()
        say(f"  built in {time.monotonic() - built_at:.0f} s")
    passes, vote = {}, None
    for name, env in _passes(args.warm):
        cache.clear()
        connection.close()
        server = Server(port, env)
        server.start()
        try:
            say(f"{name}: {len(found)} pages on port {port}")
            passes[name] = runner.measure(
                server, found, base=args.seconds, longest=args.longest, cancel_queries=cancel_queries, say=say
            )
            if vote is None and (not args.only or "vote" in args.only.lower()):
                vote = runner.measure_votes(server, seconds=args.vote_seconds, cancel_queries=cancel_queries, say=say)
        finally:
            server.stop()
    rows = next(iter(passes.values()))
    say("Query counts (test client, in this process)")
    runner.profile_queries(rows, say)
    context["load_after"] = _load()
    text, path = report.write(
        scale=scale, label=args.label, passes=passes, vote=vote, context=context, folder=args.results or None
    )
    print()
    print(text)
    print(f"Written to {path}")
    return 0


def _passes(warm: bool) -> list[tuple[str, dict[str, str]]]:
    """With the anonymous page cache (settings.PAGE_CACHE_SECONDS): once without it, once with it, warm."""
    from django.conf import settings

    if hasattr(settings, "PAGE_CACHE_SECONDS"):
        return [
            ("uncached (PAGE_CACHE_SECONDS=0)", {"PAGE_CACHE_SECONDS": "0"}),
            ("page cache on (second answer onwards from the cache)", {}),
        ]
    if warm:
        return [("first pass (Redis flushed before)", {}), ("warm (second pass)", {})]
    return [("pages", {})]


def _load() -> str:
    with open("/proc/loadavg") as file:
        return " ".join(file.read().split()[:3])


if __name__ == "__main__":
    raise SystemExit(main())
