"""Helpers for the browser tests that are not fixtures: the request log, the axe report and a few proposals."""

import io
from decimal import Decimal
from urllib.parse import urlsplit

from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from core.choices import ActionField, District
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory

WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class RequestLog:
    """Every URL a browser context asked for, to prove that no request leaves the test server."""

    def __init__(self, origin: str):
        self.origin = origin
        self.urls: list[str] = []

    def record(self, request) -> None:
        self.urls.append(request.url)

    def foreign(self) -> list[str]:
        """The URLs whose scheme, host or port differ from the test server's."""
        own = urlsplit(self.origin)[:2]
        return [url for url in self.urls if urlsplit(url)[:2] != own]


def violation_summary(violations: list[dict]) -> str:
    """axe-core's violations as one line per rule and one per offending element."""
    lines = [f"{len(violations)} accessibility violation(s):"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        lines.extend(f"    at {', '.join(map(str, node['target']))}" for node in violation["nodes"])
    return "\n".join(lines)


# A demo proposal (demo/data/proposals.yaml) that the similar-proposals hint should find.
DEMO_PROPOSAL = {
    "title": "Sichere Querung der Frankfurter Straße für Schulkinder",
    "body": (
        "Die Kinder aus unserem Wohngebiet müssen über die Frankfurter Straße zur Schule. Die Ampel zeigt ewig Rot "
        "für Fußgänger und nur kurz Grün, viele rennen dann bei Rot. Bitte die Ampelschaltung kinderfreundlich machen."
    ),
    "action_field": ActionField.MOBILITY,
    "district": District.NIEDERZWEHREN,
    "latitude": Decimal("51.284000"),
    "longitude": Decimal("9.468000"),
}
# (title, action field, latitude, longitude): six in mobility, so a page of five fills; one in each other field.
FEW_PROPOSALS = [
    ("Radweg entlang der Wilhelmshöher Allee", ActionField.MOBILITY, "51.312000", "9.455000"),
    ("Mehr Fahrradbügel am Hauptbahnhof", ActionField.MOBILITY, "51.318000", "9.490000"),
    ("Tempo 30 vor allen Grundschulen", ActionField.MOBILITY, None, None),
    ("Nachtbus am Wochenende nach Harleshausen", ActionField.MOBILITY, "51.340000", "9.430000"),
    ("Carsharing-Stationen in den Stadtteilen", ActionField.MOBILITY, None, None),
    ("Bürgerbüro-Termine online buchen", ActionField.WELCOME, "51.312800", "9.489300"),
    ("Offene Ratssitzungen im Livestream", ActionField.CITIZEN, None, None),
    ("Trinkbrunnen in der Innenstadt", ActionField.ECOSYSTEM, "51.315000", "9.497000"),
    ("Wasserstoff-Busse für die KVG", ActionField.H2QUARTERS, "51.300000", "9.480000"),
]


def demo_pages_load() -> list:
    """The demo page tree (`load_demo_content --pages-only`) and `few_proposals()`; returns the proposals."""
    call_command("load_demo_content", "--pages-only", stdout=io.StringIO())
    return few_proposals()


def demo_participation_load() -> None:
    """The whole demo: page tree, 320 citizens, 150 proposals, comments and 13,000 votes."""
    call_command("load_demo_content", stdout=io.StringIO())


def few_proposals() -> list:
    """An open phase and ten published proposals by three citizens, in every action field, most with a place.

    Enough for lists, map, open data and the similar-proposals hint; the full demo is for the synthesis.
    """
    ProposalPhaseFactory()
    authors = [ConfirmedUserFactory() for _ in range(3)]
    proposals = [ProposalFactory(author=authors[0], **DEMO_PROPOSAL)]
    for index, (title, field, latitude, longitude) in enumerate(FEW_PROPOSALS, start=1):
        place = {"latitude": Decimal(latitude), "longitude": Decimal(longitude)} if latitude else {}
        proposals.append(ProposalFactory(title=title, action_field=field, author=authors[index % 3], **place))
    return proposals


def rows_snapshot() -> dict[str, bytes] | None:
    """Every non-empty table's rows in PostgreSQL's COPY format, or None on another database."""
    if connection.vendor != "postgresql":
        return None
    rows = {}
    with connection.cursor() as cursor:
        for table in _tables():
            with cursor.copy(f"COPY {connection.ops.quote_name(table)} TO STDOUT") as copy:
                data = b"".join(bytes(chunk) for chunk in copy)
            if data:
                rows[table] = data
    return rows


def rows_restore(rows: dict[str, bytes]) -> None:
    """Make the database hold exactly `rows` (from rows_snapshot), with sequences past the restored ids.

    One transaction: the foreign keys are deferred, so the tables load in any order. DELETE, not TRUNCATE: a
    TRUNCATE of every table costs about a second, while only the few tables that hold rows need emptying.
    """
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        others = [table for table in _tables() if table not in rows]
        filled = []
        if others:
            exists = "SELECT %s WHERE EXISTS (SELECT 1 FROM {})"
            cursor.execute(" UNION ALL ".join(exists.format(quote(table)) for table in others), others)
            filled = [name for (name,) in cursor.fetchall()]
        for table in [*rows, *filled]:
            cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608 - table names from introspection
        for table, data in rows.items():
            with cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                copy.write(data)
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(statement)


def _tables() -> list[str]:
    # The tables a flush empties: django_migrations stays as the migrations left it.
    return connection.introspection.django_table_names(only_existing=True, include_views=False)
