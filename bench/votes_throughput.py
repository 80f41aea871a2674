"""Vote throughput on a local gunicorn server over PostgreSQL and Redis, then a reconciliation of the counts.

Run (PostgreSQL and Redis on this machine):
    .venv/bin/python -m bench.votes_throughput [--voters 400] [--proposals 10] [--clients 16] [--workers 4]

It creates the database `smartkassel_bench` afresh, signs voters in by writing their sessions, and lets
client threads POST votes to /vorschlaege/<id>/abstimmen/ as the browser's form does (each client with its
own X-Forwarded-For address, as behind the production proxy). It prints requests per second, latencies,
and what `counts_reconcile` finds afterwards (it should find nothing).
"""

import argparse
import http.client
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DB = "smartkassel_bench"
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/14")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def recreate_database() -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")


def prepare(voters: int, proposals: int) -> tuple[list[int], list[str]]:
    """Migrate, create an open phase, proposals and signed-in voters; return proposal ids and session keys."""
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.cache import cache
    from django.core.management import call_command

    from demo.loader import demo_citizens_ensure, demo_phase_ensure
    from participation.models import Proposal

    call_command("migrate", verbosity=0)
    cache.clear()
    demo_phase_ensure()
    citizens = demo_citizens_ensure()
    while len(citizens) < voters + 1:  # more voters than demo names: numbered extras
        citizens += _extra_citizens(len(citizens), voters + 1 - len(citizens))
    author = citizens[0]
    ids = [
        Proposal.objects.create(
            title=f"Benchmark-Vorschlag {n}",
            body="Ein Vorschlag für den Lasttest.",
            action_field="mobility",
            author=author,
        ).pk
        for n in range(proposals)
    ]
    sessions = []
    for user in citizens[1 : voters + 1]:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    return ids, sessions


def _extra_citizens(start: int, count: int) -> list:
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    users = []
    for n in range(start, start + count):
        user = get_user_model().objects.create(
            username=f"bench{n}", email=f"bench{n}@bench.invalid", display_name=f"Bench {n}"
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        users.append(user)
    return users


def start_server(port: int, workers: int, env: dict) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "smartkassel.wsgi:application", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--log-level", "warning"]  # fmt: skip
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def client(port, work, results, errors):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for session_key, address, proposal_id, value in work:
        token = secrets.token_hex(16)  # any 32-character secret works when cookie and field agree
        body = f"csrfmiddlewaretoken={token}&value={value}"
        headers = {
            "Cookie": f"sessionid={session_key}; csrftoken={token}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
            "X-Forwarded-For": address,
            "Host": "127.0.0.1",
        }
        started = time.perf_counter()
        conn.request("POST", f"/vorschlaege/{proposal_id}/abstimmen/", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        results.append(time.perf_counter() - started)
        if response.status != 200:
            errors.append(response.status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=400)
    parser.add_argument("--proposals", type=int, default=10)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "smartkassel.settings.dev",
        "DJANGO_DEBUG": "0",
        "DATABASE_URL": f"{PG}/{BENCH_DB}",
        "REDIS_URL": REDIS,
        "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
    }
    os.environ.update(env)
    recreate_database()
    proposal_ids, sessions = prepare(args.voters, args.proposals)

    # Every voter votes once on every proposal, some change their mind once: the work, shuffled.
    rng = random.Random(7)
    work = []
    for index, session_key in enumerate(sessions):
        address = f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256}"
        for proposal_id in proposal_ids:
            work.append((session_key, address, proposal_id, rng.choice([1, -1, 0])))
            if rng.random() < 0.2:
                work.append((session_key, address, proposal_id, rng.choice([1, -1, 0])))
    rng.shuffle(work)
    # A voter's requests stay in one client thread, in order, so the final vote is known.
    by_client = [[] for _ in range(args.clients)]
    for item in work:
        by_client[hash(item[0]) % args.clients].append(item)

    port = free_port()
    server = start_server(port, args.workers, env)
    try:
        results, errors = [], []
        threads = [threading.Thread(target=client, args=(port, chunk, results, errors)) for chunk in by_client]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)

    from participation.models import Proposal, Vote
    from participation.services import counts_reconcile

    latencies = sorted(results)
    print(f"server: gunicorn, {args.workers} workers, PostgreSQL + Redis; {args.clients} client threads")
    print(f"requests: {len(results)} in {elapsed:.1f} s = {len(results) / elapsed:.0f} votes/s; non-200: {len(errors)}")
    print(
        f"latency: median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms"
    )
    rows = Vote.objects.count()
    stored = sum(p.agree_count + p.disagree_count + p.pass_count for p in Proposal.objects.all())
    print(f"vote rows: {rows} (expected {len(sessions) * len(proposal_ids)}), stored counts sum: {stored}")
    differences = counts_reconcile(fix=False, log=False)
    print(f"reconciliation: {len(differences)} differences")


if __name__ == "__main__":
    main()
