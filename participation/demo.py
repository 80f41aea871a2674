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
