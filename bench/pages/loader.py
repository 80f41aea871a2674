"""Fill the benchmark's own database: migrations, the demo's pages, then users, proposals, votes, comments by COPY.

Rows are generated in memory with a seeded generator (the same on every machine) and streamed with COPY; the
stored counts are written with the proposals from the generated rows and then checked (and, if needed, repaired)
by the project's own reconciliation. A synthesis run, approved by a project-office account, publishes strategy
pages, so /strategie/ has content. Needs Django set up with bench.pages.settings (see __main__.py).
"""

import datetime
import io
import random
import time
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from .scales import Scale
from .texts import comment_texts, district_centres, proposal_templates, proposal_text

SEED = 17
# Statuses with their shares; only the visible ones (all but submitted and withdrawn) get votes and comments.
STATUSES = [
    ("published", 0.88),
    ("under_review", 0.04),
    ("accepted", 0.03),
    ("not_feasible", 0.02),
    ("submitted", 0.02),
    ("withdrawn", 0.01),
]
VISIBLE = {"published", "under_review", "accepted", "not_feasible"}
LOCATED_SHARE = 0.7
REPLY_SHARE = 0.25
DAYS = 365
STAFF_EMAIL = "projektbuero@bench.smartkassel.invalid"
# Steps through the voters for one proposal: coprime with every scale's user count, so a walk never repeats.
STRIDES = [7919, 104729, 1299709, 15485863, 32452843, 49979687]


def recreate_database(database_url: str) -> None:
    """Drop and create the database the URL names (connecting to the server's `postgres` database)."""
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def _escape(value) -> str:
    """A value in COPY's text format."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    text = str(value)
    if any(char in text for char in "\\\t\n\r"):
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return text


def _copy(cursor, table: str, columns: list[str], rows: Iterable[tuple], *, batch: int = 20_000) -> int:
    extra_columns, extra_values = _defaults(cursor, table, columns)
    count = 0
    with cursor.copy(f"COPY {table} ({', '.join(columns + extra_columns)}) FROM STDIN") as copy:
        lines = []
        for row in rows:
            lines.append("\t".join(map(_escape, (*row, *extra_values))))
            count += 1
            if len(lines) >= batch:
                copy.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            copy.write("\n".join(lines) + "\n")
    return count


def _defaults(cursor, table: str, columns: list[str]) -> tuple[list[str], list]:
    """Required columns this loader does not know (another app added them): their model default, or stop."""
    from django.apps import apps

    cursor.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND is_nullable = 'NO' "
        "AND column_default IS NULL AND is_generated = 'NEVER' AND identity_generation IS NULL",
        [table],
    )
    missing = sorted({row[0] for row in cursor.fetchall()} - set(columns))
    model = next(model for model in apps.get_models() if model._meta.db_table == table)
    fields = {field.column: field for field in model._meta.concrete_fields}
    # What Django itself would insert for a field left unset (a blank CharField's is "").
    values = [fields[name].get_default() if name in fields else None for name in missing]
    unknown = [name for name, value in zip(missing, values, strict=True) if value is None]
    if unknown:
        raise SystemExit(f"bench loader: {table} has required columns without a default: {', '.join(unknown)}")
    return missing, values


def _sequence_reset(cursor, table: str) -> None:
    cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")


def _timestamps(epochs: np.ndarray) -> list[str]:
    return [f"{value}+00" for value in np.datetime_as_string(epochs.astype("datetime64[s]"), unit="s")]


def _popularity(rng: np.random.Generator, count: int, visible: np.ndarray) -> np.ndarray:
    """Heavy-tailed weights (a few proposals draw most attention), zero for proposals nobody can see."""
    weights = (rng.permutation(count) + 1.0) ** -0.75
    return np.where(visible, weights, 0.0)


def _spread(rng: np.random.Generator, total: int, weights: np.ndarray, cap: int) -> np.ndarray:
    """`total` split by weight, no share above `cap`; what a cap cuts goes to the others."""
    shares = np.minimum(np.floor(total * weights / weights.sum()).astype(np.int64), cap)
    open_ = np.flatnonzero((shares < cap) & (weights > 0))
    while shares.sum() < total and len(open_):
        missing = int(total - shares.sum())
        extra = rng.multinomial(missing, weights[open_] / weights[open_].sum())
        shares[open_] = np.minimum(shares[open_] + extra, cap)
        open_ = np.flatnonzero((shares < cap) & (weights > 0))
    return shares


class Generated:
    """The rows of one scale, generated before anything is written (the proposals carry their counts)."""

    def __init__(self, scale: Scale, *, first_user_id: int, now: datetime.datetime):
        rng = np.random.default_rng(SEED)
        pyrng = random.Random(SEED)
        self.scale, self.first_user_id = scale, first_user_id
        self.now_epoch = int(now.timestamp())
        n = scale.proposals
        names, probabilities = zip(*STATUSES, strict=True)
        self.status = rng.choice(names, size=n, p=probabilities)
        visible = np.isin(self.status, list(VISIBLE))
        self.created = self.now_epoch - rng.integers(0, DAYS * 86400, size=n)
        self.author = rng.integers(0, scale.users, size=n)
        templates = proposal_templates()
        centres = district_centres()
        districts = sorted(centres)
        self.template = rng.integers(0, len(templates), size=n)
        self.variant = rng.integers(0, 25, size=n)
        own_district = [templates[t]["district"] or pyrng.choice(districts) for t in self.template]
        self.district = [d if d in centres else pyrng.choice(districts) for d in own_district]
        located = rng.random(n) < LOCATED_SHARE
        jitter = rng.normal(0, 0.006, size=(n, 2))
        self.lat = [
            round(min(max(centres[d][0] + j, 51.2605), 51.3595), 6) if here else None
            for d, j, here in zip(self.district, jitter[:, 0], located, strict=True)
        ]
        self.lon = [
            round(min(max(centres[d][1] + j, 9.3805), 9.5595), 6) if here else None
            for d, j, here in zip(self.district, jitter[:, 1], located, strict=True)
        ]
        weights = _popularity(rng, n, visible)
        self.vote_count = _spread(rng, scale.votes, weights, cap=int(scale.users * 0.8))
        self.comment_count = _spread(rng, scale.comments, weights**0.8, cap=scale.comments)
        self.values = self._votes(rng)

    def _votes(self, rng) -> list[np.ndarray]:
        """Per proposal, the voters (distinct, never the author) and their values, as (voters, values)."""
        users = self.scale.users
        result = []
        leaning = rng.beta(2.0, 1.5, size=self.scale.proposals)  # share of agreement, per proposal
        for index, wanted in enumerate(self.vote_count):
            if wanted == 0:
                result.append((np.empty(0, np.int64), np.empty(0, np.int8)))
                continue
            stride = STRIDES[index % len(STRIDES)] % users or 1
            walk = (int(rng.integers(0, users)) + stride * np.arange(wanted + 1, dtype=np.int64)) % users
            voters = walk[walk != self.author[index]][:wanted]
            draw = rng.random(len(voters))
            agree = leaning[index] * 0.85
            values = np.where(draw < agree, 1, np.where(draw < 0.85, -1, 0)).astype(np.int8)
            result.append((voters, values))
        # The stored counts follow the rows actually generated.
        self.vote_count = np.array([len(voters) for voters, _ in result])
        return result

    def user_id(self, index) -> int:
        return self.first_user_id + int(index)


def _users(cursor, generated: Generated) -> None:
    names = list(_citizen_names())
    joined = _timestamps(np.full(1, generated.now_epoch - DAYS * 86400))[0]
    districts = sorted(district_centres())
    rows = (
        (
            generated.user_id(i), "!bench-unusable", None, False, f"bench{i:06d}", "", "",
            f"bench{i:06d}@bench.smartkassel.invalid", False, True, joined,
            f"{names[i % len(names)]} {i}", districts[i % len(districts)], "de", False,
        )
        for i in range(generated.scale.users)
    )  # fmt: skip
    _copy(cursor, "accounts_user", ["id", "password", "last_login", "is_superuser", "username", "first_name",
          "last_name", "email", "is_staff", "is_active", "date_joined", "display_name", "district", "language",
          "email_notifications"], rows)  # fmt: skip
    _sequence_reset(cursor, "accounts_user")
    cursor.execute(
        'INSERT INTO account_emailaddress (user_id, email, verified, "primary") '
        "SELECT id, email, true, true FROM accounts_user WHERE id >= %s",
        [generated.first_user_id],
    )


def _citizen_names() -> list[str]:
    from demo import content

    return content.citizens()


def _proposals(cursor, generated: Generated) -> None:
    templates = proposal_templates()
    created = _timestamps(generated.created)
    agree = [int((values == 1).sum()) for _, values in generated.values]
    disagree = [int((values == -1).sum()) for _, values in generated.values]
    passes = [int((values == 0).sum()) for _, values in generated.values]

    def rows():
        for i in range(generated.scale.proposals):
            template = templates[generated.template[i]]
            title, body = proposal_text(template, generated.district[i], int(generated.variant[i]))
            yield (
                i + 1, created[i], created[i], title, body, template["action_field"], generated.district[i],
                generated.lat[i], generated.lon[i], "", "", generated.user_id(generated.author[i]),
                generated.status[i], agree[i], disagree[i], passes[i], int(generated.comment_count[i]), False, "",
            )  # fmt: skip

    _copy(cursor, "participation_proposal", ["id", "created", "updated", "title", "body", "action_field",
          "district", "latitude", "longitude", "image", "image_alt", "author_id", "status", "agree_count",
          "disagree_count", "pass_count", "comment_count", "hidden_by_reports", "official_answer"], rows())  # fmt: skip
    _sequence_reset(cursor, "participation_proposal")


def _votes(cursor, generated: Generated) -> None:
    rng = np.random.default_rng(SEED + 1)

    def rows():
        vote_id = 0
        for index, (voters, values) in enumerate(generated.values):
            if not len(voters):
                continue
            start = generated.created[index]
            when = _timestamps(start + (rng.random(len(voters)) * (generated.now_epoch - start)).astype(np.int64))
            for voter, value, stamp in zip(voters.tolist(), values.tolist(), when, strict=True):
                vote_id += 1
                yield vote_id, stamp, stamp, index + 1, generated.first_user_id + voter, value

    _copy(cursor, "participation_vote", ["id", "created", "updated", "proposal_id", "voter_id", "value"], rows())
    _sequence_reset(cursor, "participation_vote")


def _comments(cursor, generated: Generated) -> None:
    rng = random.Random(SEED + 2)
    texts = comment_texts()
    templates = proposal_templates()

    def rows():
        comment_id = 0
        for index, wanted in enumerate(generated.comment_count.tolist()):
            field = templates[generated.template[index]]["action_field"]
            pool = texts.get(field, []) + texts["any"]
            author = generated.user_id(generated.author[index])
            start = int(generated.created[index])
            stamps = sorted(rng.randint(start, generated.now_epoch) for _ in range(wanted))
            first_of_proposal = comment_id + 1
            for stamp in stamps:
                comment_id += 1
                parent = None
                if comment_id > first_of_proposal and rng.random() < REPLY_SHARE:
                    parent = rng.randint(first_of_proposal, comment_id - 1)
                writer = generated.user_id(rng.randrange(generated.scale.users))
                when = datetime.datetime.fromtimestamp(stamp, datetime.UTC).isoformat()
                yield (comment_id, when, when, index + 1, parent, writer, rng.choice(pool), False,
                       writer == author, None, False, False, False, False, False)  # fmt: skip

    _copy(cursor, "participation_comment", ["id", "created", "updated", "proposal_id", "parent_id", "author_id",
          "body", "by_staff", "by_proposal_author", "edited_at", "deleted", "pinned", "hidden", "hidden_by_reports",
          "awaiting_moderation"], rows())  # fmt: skip
    _sequence_reset(cursor, "participation_comment")


def load(scale: Scale, *, say: Callable[[str], None] = print, synthesis: bool = True) -> dict:
    """Migrate and fill the (empty) database Django is configured with; returns what took how long."""
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.services import staff_account_ensure
    from core.roles import MODERATOR_GROUP
    from demo.loader import demo_pages_load, demo_phase_ensure
    from participation.services import search_reindex

    timings = {}
    clock = time.monotonic()

    def step(name: str) -> None:
        nonlocal clock
        timings[name] = time.monotonic() - clock
        say(f"  {name}: {timings[name]:.1f} s")
        clock = time.monotonic()

    call_command("migrate", verbosity=0)
    cache.clear()
    step("migrate")
    demo_pages_load()
    demo_phase_ensure()
    staff_account_ensure(username="projektbuero", email=STAFF_EMAIL, role=MODERATOR_GROUP)
    step("pages, phase, project office")
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM accounts_user")
        first_user_id = cursor.fetchone()[0] + 1
    generated = Generated(scale, first_user_id=first_user_id, now=timezone.now())
    step("generate")
    with transaction.atomic(), connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg's own cursor, for COPY
        _users(raw, generated)
        step(f"users ({scale.users:,})")
        _proposals(raw, generated)
        step(f"proposals ({scale.proposals:,})")
        _votes(raw, generated)
        step(f"votes ({int(generated.vote_count.sum()):,})")
        _comments(raw, generated)
        step(f"comments ({int(generated.comment_count.sum()):,})")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    step("analyze")
    timings["count differences"] = _reconcile()
    step(f"reconcile counts ({timings['count differences']} differences repaired)")
    search_reindex()
    step("search reindex")
    if synthesis:
        output = io.StringIO()
        call_command("synthesize", approve_as=STAFF_EMAIL, stdout=output)
        for line in output.getvalue().splitlines():
            say(f"    {line}")
        step("synthesis, drafts approved")
    return timings


def _reconcile() -> int:
    from participation.services import counts_reconcile

    return len(counts_reconcile(fix=True, log=False))
