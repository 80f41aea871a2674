"""The logged-in vote POST: signed-in sessions of many citizens, their votes sent by wrk, then counts vs rows."""

import random
from pathlib import Path

SESSIONS = 2_000
WORK = 40_000


def prepare(work_file: Path, *, seed: int = 17) -> tuple[str, str, list[int]]:
    """Sign citizens in (sessions written as the login would), write the work for wrk; return the cookie names
    and the proposal ids the work touches."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.db.models import F

    from participation.models import Proposal

    rng = random.Random(seed)
    store = import_module(settings.SESSION_ENGINE).SessionStore
    voters = list(
        get_user_model().objects.filter(username__startswith="bench", is_staff=False).order_by("?")[:SESSIONS]
    )
    sessions = []
    for user in voters:
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append((session.session_key, user.pk))
    visible = Proposal.objects.visible().filter(duplicate_of=None)
    # Half the votes on the hundred most-voted proposals (hot rows), half anywhere.
    hot = list(
        visible.annotate(vote_total=F("agree_count") + F("disagree_count") + F("pass_count"))
        .order_by("-vote_total")
        .values_list("pk", "author_id")[:100]
    )
    anywhere = list(visible.values_list("pk", "author_id"))
    lines, touched = [], set()
    while len(lines) < WORK:
        session_key, user_id = rng.choice(sessions)
        proposal_id, author_id = rng.choice(hot if rng.random() < 0.5 else anywhere)
        if author_id == user_id:
            continue  # nobody votes on their own proposal
        lines.append(f"{session_key} {proposal_id} {rng.choice([1, 1, -1, 0])}")
        touched.add(proposal_id)
    work_file.write_text("\n".join(lines) + "\n")
    return settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, sorted(touched)


def count_differences(proposal_ids: list[int]) -> int:
    """Proposals among these whose stored vote counts differ from their vote rows."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*) FROM participation_proposal p
            LEFT JOIN (
                SELECT proposal_id,
                       count(*) FILTER (WHERE value = 1) AS agree,
                       count(*) FILTER (WHERE value = -1) AS disagree,
                       count(*) FILTER (WHERE value = 0) AS pass
                FROM participation_vote WHERE proposal_id = ANY(%s) GROUP BY proposal_id
            ) v ON v.proposal_id = p.id
            WHERE p.id = ANY(%s) AND (p.agree_count, p.disagree_count, p.pass_count)
                  IS DISTINCT FROM (coalesce(v.agree, 0), coalesce(v.disagree, 0), coalesce(v.pass, 0))
            """,
            [proposal_ids, proposal_ids],
        )
        return cursor.fetchone()[0]
