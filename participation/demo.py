"""Demo citizens, a proposal phase and proposals for `load_demo_content`. Idempotent: found by stable keys."""

import datetime
import hashlib
import uuid
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from . import demo_data
from .choices import ProposalStatus
from .models import Proposal, ProposalPhase

DEMO_NAMESPACE = uuid.UUID("6f1d3c2e-5b7a-4c1e-9d2f-0a5b8c7e6d41")
DEMO_EMAIL_DOMAIN = "demo.smartkassel.invalid"
DEMO_PHASE_TITLE = "Ideen für die Smart-City-Strategie"


def _stable_number(key: str, modulo: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % modulo


def demo_citizens_ensure(count: int | None = None) -> list:
    """The demo citizens (with confirmed email addresses), created where missing, in CITIZENS order."""
    User = get_user_model()
    names = demo_data.CITIZENS[:count] if count else demo_data.CITIZENS
    usernames = [f"demo{index:03d}" for index in range(len(names))]
    existing = {user.username: user for user in User.objects.filter(username__in=usernames)}
    users = []
    for username, name in zip(usernames, names, strict=True):
        user = existing.get(username)
        if user is None:
            user = User(username=username, email=f"{username}@{DEMO_EMAIL_DOMAIN}", display_name=name)
            user.set_unusable_password()
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        users.append(user)
    return users


def demo_phase_ensure() -> ProposalPhase:
    """An open phase for all action fields, so the demo accepts proposals."""
    now = timezone.now()
    phase, _created = ProposalPhase.objects.get_or_create(
        title=DEMO_PHASE_TITLE,
        action_field="",
        defaults={"starts_at": now - datetime.timedelta(days=60), "ends_at": now + datetime.timedelta(days=120)},
    )
    return phase


@transaction.atomic
def demo_proposals_load() -> int:
    """Create the demo proposals that do not exist yet; return how many were created."""
    demo_phase_ensure()
    citizens = demo_citizens_ensure()
    keys = {item["key"]: uuid.uuid5(DEMO_NAMESPACE, item["key"]) for item in demo_data.PROPOSALS}
    existing = set(Proposal.objects.filter(submission_key__in=keys.values()).values_list("submission_key", flat=True))
    now = timezone.now()
    created = 0
    for item in demo_data.PROPOSALS:
        if keys[item["key"]] in existing:
            continue
        proposal = Proposal.objects.create(
            title=item["title"],
            body=item["body"],
            action_field=item["action_field"],
            district=item["district"],
            latitude=Decimal(str(item["lat"])) if item["lat"] is not None else None,
            longitude=Decimal(str(item["lon"])) if item["lon"] is not None else None,
            author=citizens[item["author"]],
            status=ProposalStatus.PUBLISHED,
            submission_key=keys[item["key"]],
        )
        # Spread over the last eight weeks, the same way on every machine, so lists and statistics look lived in.
        minutes_ago = _stable_number(item["key"], 8 * 7 * 24 * 60)
        Proposal.objects.filter(pk=proposal.pk).update(created=now - datetime.timedelta(minutes=minutes_ago))
        created += 1
    return created


# How each kind of theme is voted on: (share of citizens who vote, {group: (agree, disagree, pass) weights}).
VOTE_PATTERNS = {
    "consensus": (0.35, {"A": (88, 5, 7), "B": (85, 7, 8)}),
    "divisive": (0.35, {"A": (80, 12, 8), "B": (14, 78, 8)}),
    "low_support": (0.05, {"A": (40, 30, 30), "B": (35, 35, 30)}),
    "": (0.12, {"A": (55, 25, 20), "B": (50, 30, 20)}),
}


def _opinion_group(name: str) -> str:
    # Two opinion groups of about 55 % and 45 %, fixed per citizen.
    return "A" if _stable_number(name, 100) < 55 else "B"


def _demo_proposals() -> list[tuple[dict, Proposal]]:
    keys = {uuid.uuid5(DEMO_NAMESPACE, item["key"]): item for item in demo_data.PROPOSALS}
    found = Proposal.objects.filter(submission_key__in=keys).order_by("pk")
    return [(keys[proposal.submission_key], proposal) for proposal in found]


@transaction.atomic
def demo_votes_load() -> int:
    """Votes by the demo citizens following the themes' opinion patterns; skipped if demo votes exist."""
    import random

    from .models import Vote
    from .services import counts_reconcile

    citizens = demo_citizens_ensure()
    if Vote.objects.filter(voter__in=citizens).exists():
        return 0
    votes = []
    for item, proposal in _demo_proposals():
        share, weights = VOTE_PATTERNS[demo_data.OPINION_PATTERNS.get(item["theme"], "")]
        rng = random.Random(item["key"])  # noqa: S311 - demo data, deterministic on purpose
        for citizen in citizens:
            if citizen.pk == proposal.author_id or rng.random() >= share:
                continue
            value = rng.choices([1, -1, 0], weights=weights[_opinion_group(citizen.display_name)])[0]
            votes.append(Vote(proposal=proposal, voter=citizen, value=value))
    Vote.objects.bulk_create(votes, batch_size=2000)
    # Bulk inserts bypass the vote service, so the stored counts are brought in line from the rows.
    counts_reconcile(fix=True, log=False)
    return len(votes)


@transaction.atomic
def demo_comments_load() -> int:
    """A few comments and replies under most demo proposals; skipped if demo comments exist."""
    import random

    from .models import Comment
    from .services import counts_reconcile

    citizens = demo_citizens_ensure()
    if Comment.objects.filter(author__in=citizens).exists():
        return 0
    created = 0
    for item, proposal in _demo_proposals():
        rng = random.Random("comments:" + item["key"])  # noqa: S311 - demo data, deterministic on purpose
        texts = demo_data.COMMENT_TEXTS[item["action_field"]] + demo_data.COMMENT_TEXTS["any"]
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            author = rng.choice(citizens)
            comment = Comment.objects.create(
                proposal=proposal,
                author=author,
                body=rng.choice(texts),
                by_proposal_author=author.pk == proposal.author_id,
            )
            created += 1
            if rng.random() < 0.4:
                Comment.objects.create(
                    proposal=proposal,
                    parent=comment,
                    author=proposal.author,
                    body=rng.choice(demo_data.COMMENT_TEXTS["any"]),
                    by_proposal_author=True,
                )
                created += 1
    counts_reconcile(fix=True, log=False)
    return created
