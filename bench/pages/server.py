"""gunicorn as the Dockerfile runs it (3 sync workers), on a free local port, with production settings."""

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 3
BARE = "/bench/bare/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url: str, redis_url: str, port: int) -> dict[str, str]:
    """What production settings require, for this machine; DEBUG stays off (production.py forces it)."""
    return {
        "DJANGO_SETTINGS_MODULE": "bench.pages.settings",
        "DJANGO_SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_DEBUG": "0",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SITE_URL": f"http://127.0.0.1:{port}",
        # Plain HTTP on the loopback: no redirect to HTTPS (a TLS proxy does that part in production).
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        # wrk gives every request its own client address in X-Forwarded-For, as the proxy would.
        "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
        # Built files (open data) of this database only, never in the work tree's media/ that `make run` serves.
        "MEDIA_ROOT": f"/tmp/smartkassel-bench-media-{database_url.rsplit('/', 1)[-1]}",
    }


class Server:
    def __init__(self, port: int, env: dict[str, str]):
        self.port, self.env, self.process = port, {**os.environ, **env}, None

    def start(self) -> None:
        command = [sys.executable, "-m", "gunicorn", "smartkassel.wsgi:application", "--bind",
                   f"127.0.0.1:{self.port}", "--workers", str(WORKERS), "--worker-tmp-dir", "/dev/shm",
                   "--log-level", "warning"]  # fmt: skip
        # A session of its own, so a restart can end the master and its workers together.
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("gunicorn exited at start; see its output above")
            if self.answers(timeout=2):
                # Every worker imports the site on its first request: a few rounds, so none does it in a run.
                for _ in range(WORKERS * 4):
                    self.answers(timeout=10)
                return
            time.sleep(0.3)
        self.stop()
        raise SystemExit("gunicorn did not answer within 90 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None

    def answers(self, *, timeout: float) -> bool:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
            conn.request("GET", BARE)
            ok = conn.getresponse().status == 200
            conn.close()
            return ok
        except OSError:
            return False

    def settle(self, cancel_queries) -> bool:
        """After a run, wait until the workers are free again; restart them if slow requests still queue.

        Returns True when the server had to be restarted (its queued requests and their queries are dropped).
        """
        # On a loaded machine the bare view may take a second or two; only a queue of slow requests takes longer.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.answers(timeout=5):
                return False
        self.stop()
        cancel_queries()
        self.start()
        return True


def fetch(port: int, path: str, *, timeout: float = 300) -> dict:
    """One GET: status, time to the headers (first byte), total time, body bytes, headers that matter."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    first, size = None, 0
    try:
        conn.request("GET", path, headers={"X-Forwarded-For": "10.255.0.1"})
        response = conn.getresponse()
        first = time.perf_counter()
        while chunk := response.read(65536):
            size += len(chunk)
    except (http.client.HTTPException, OSError) as exc:
        # E.g. gunicorn's worker timeout ending a long export mid-stream: reported, not fatal.
        elapsed = time.perf_counter() - started
        return {"status": 0, "error": f"{type(exc).__name__} after {elapsed:.1f} s, {size:,} B",
                "ttfb_ms": ((first or time.perf_counter()) - started) * 1000, "total_ms": elapsed * 1000,
                "bytes": size, "cache_control": "", "vary": "", "set_cookie": False}  # fmt: skip
    finally:
        conn.close()
    total = time.perf_counter() - started
    return {
        "status": response.status,
        "ttfb_ms": (first - started) * 1000,
        "total_ms": total * 1000,
        "bytes": size,
        "cache_control": response.getheader("Cache-Control") or "",
        "vary": response.getheader("Vary") or "",
        "set_cookie": bool(response.getheader("Set-Cookie")),
    }
