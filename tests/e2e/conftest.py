"""Browser tests: pytest-django's live server, driven by Debian's Chromium through Playwright's sync API."""

import os
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import sync_playwright

from .support import (
    WCAG_AA_TAGS,
    RequestLog,
    demo_pages_load,
    rows_restore,
    rows_snapshot,
    violation_summary,
)

E2E_DIR = Path(__file__).parent
# Keep Chromium from phoning home (updates, sync, field trials), so only the page's own requests happen.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]


def pytest_collection_modifyitems(items):
    # This hook sees the whole session's items; mark only those collected from this folder.
    for item in items:
        if item.path.is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)


def _chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="package")
def browser(django_db_setup):
    """One headless Chromium for the e2e package; Playwright never downloads a browser of its own.

    Package scope, not session: while Playwright runs, the test thread reports a running event loop,
    which would change how asgiref and Django behave for any test collected after this folder.
    """
    executable = _chromium_path()
    if executable is None:
        reason = "Chromium not found on PATH (apt install chromium)"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"REQUIRE_SERVICES=1: {reason}")
        pytest.skip(reason)
    # With a running loop, Django looks its connections up per async context instead of per thread and
    # would open fresh ones that lack the test database's serialized contents (serialized_rollback then
    # silently restores nothing). Seat the connections the test database was set up with in that context.
    wrappers = {alias: connections[alias] for alias in connections}
    # Django refuses ORM calls in a thread with a running loop. Set only while the browser runs: a global
    # setting would leak into subprocesses of other tests (`check --deploy` warns about it).
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, wrapper in wrappers.items():
            connections[alias] = wrapper
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _serialized_rollback(django_db_serialized_rollback):
    """Every browser test rolls back by serialized contents: a plain flush would let Django recreate
    content types, and the next serialized test could no longer restore the page tree."""


@pytest.fixture
def request_log(live_server) -> RequestLog:
    return RequestLog(live_server.url)


@pytest.fixture
def context(browser, request_log):
    """A fresh context per test: no cookies (language, session) carry over from the previous test."""
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 800})
    context.set_default_timeout(10_000)
    context.on("request", request_log.record)
    yield context
    context.close()


@pytest.fixture
def page(context, request_log):
    """A page of a fresh context; after the test, fails if the page asked any host but the live server."""
    page = context.new_page()
    yield page
    foreign = request_log.foreign()
    if foreign:
        pytest.fail(f"Requests left the test server ({request_log.origin}):\n  " + "\n  ".join(foreign))


@pytest.fixture(scope="module")
def _built_rows():
    """What `built_once` built in this module: build function -> (its result, the tables' rows)."""
    return {}


@pytest.fixture
def built_once(_built_rows, django_db_serialized_rollback, transactional_db):
    """`built_once(build)` runs build() in the module's first test that asks for it and keeps the rows it left;
    the module's later tests get the same rows back by table copy (PostgreSQL), in a fraction of the seconds a
    build takes, and the first test's result. Each test starts from those rows, whatever the one before wrote.

    Serialized rollback restores Wagtail's root page, which the live server's flush deletes.
    """

    def run(build):
        if build in _built_rows:
            result, rows = _built_rows[build]
            rows_restore(rows)
            return result
        result = build()
        rows = rows_snapshot()
        if rows is not None:
            _built_rows[build] = (result, rows)
        return result

    return run


@pytest.fixture
def demo_site(built_once):
    """The demo page tree, an open proposal phase and a few proposals (see `support.few_proposals`).

    The page tree is what these tests need; the full demo participation (320 citizens, 13,000 votes) costs
    seconds, so only the strategy's tests load it (`support.demo_participation_load`), once per module.
    """
    return built_once(demo_pages_load)


@pytest.fixture(scope="session")
def assert_accessible():
    """Run axe-core (bundled with axe-playwright-python, no network) with the WCAG 2.1 A/AA rules only."""
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]}

    def check(page) -> None:
        # Colours are only final once fading messages are in: wait for the animations that end (a spinner never does).
        page.evaluate(
            """() => Promise.all(document.getAnimations()
                .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                .map((a) => a.finished.catch(() => null)))"""
        )
        violations = axe.run(page, options=options).response["violations"]
        if violations:
            pytest.fail(violation_summary(violations))

    return check
