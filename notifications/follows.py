"""Following a proposal, an action field or a district (#16 item 2): the follows, the news since a moment, mails
at once or in a daily or weekly digest. Writes are services, reads are selectors; tasks call them.

News: new proposals (field and district follows), official answers, and — for a followed proposal — that it
went into the strategy ("in die Strategie eingeflossen", through participation's extension registry, which the
strategy fills). A digest moves each follow's cursor in the transaction that records the mail, so a retried or
repeated run never sends the same news twice.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from participation.extensions import proposal_links
from participation.models import Proposal

from .kinds import NotificationKind
from .models import Follow, Notification
from .services import _record, record_for_many

Frequency = Follow.Frequency
NEWS_LIMIT = 30  # per follow and mail: a district with a busy week still gets a short mail


def follow_set(
    user, *, frequency: str, proposal: Proposal | None = None, action_field: str = "", district: str = ""
) -> Follow:
    """Follow a target, or change how often to hear of it; following again changes nothing else."""
    target = {"proposal": proposal, "action_field": action_field, "district": district}
    follow, created = Follow.objects.get_or_create(user=user, **target, defaults={"frequency": frequency})
    if not created and follow.frequency != frequency:
        follow.frequency = frequency
        follow.save(update_fields=["frequency"])
    return follow


def follow_own_proposal(proposal: Proposal) -> Follow | None:
    """An author follows their own proposal from its publication (daily); they may change or stop it. Its answers
    reach them as answer mails already, so their digest reports only its way into the strategy."""
    if proposal.author_id is None:
        return None
    follow, _created = Follow.objects.get_or_create(
        user_id=proposal.author_id, proposal=proposal, defaults={"frequency": Frequency.DAILY}
    )
    return follow


def follow_remove(user, follow_id: int) -> bool:
    return Follow.objects.filter(user=user, pk=follow_id).delete()[0] > 0


def follows_of(user) -> list[Follow]:
    return list(Follow.objects.filter(user=user).select_related("proposal").order_by("created", "pk"))


def _item(kind: str, proposal: Proposal, **extra) -> dict:
    return {"kind": kind, "proposal": proposal.pk, "title": proposal.title, **extra}


def follow_news(follow: Follow, *, since: datetime.datetime, until: datetime.datetime) -> list[dict]:
    """What happened to a follow's target in (since, until], newest kinds first, at most NEWS_LIMIT items."""
    visible = Proposal.objects.visible()
    if follow.proposal_id:
        scope = visible.filter(pk=follow.proposal_id)
    elif follow.action_field:
        scope = visible.filter(action_field=follow.action_field)
    else:
        scope = visible.filter(district=follow.district)
    items = []
    if not follow.proposal_id:
        fresh = scope.filter(created__gt=since, created__lte=until).order_by("created", "pk")[:NEWS_LIMIT]
        items += [_item("new", proposal) for proposal in fresh]
    answered = scope.filter(answered_at__gt=since, answered_at__lte=until).order_by("answered_at", "pk")[:NEWS_LIMIT]
    # An author hears of the answer to their own proposal by its own mail (NotificationKind.ANSWER), not twice.
    answered = [proposal for proposal in answered if proposal.author_id != follow.user_id]
    items += [_item("answer", proposal, status=proposal.get_status_display()) for proposal in answered]
    if follow.proposal_id and not follow.strategy_reported:
        links = proposal_links(follow.proposal_id)
        if links and scope.exists():
            items.append(_item("strategy", follow.proposal, theme=str(links[0].label)))
    return items[:NEWS_LIMIT]


def _dedupe(items: list[dict]) -> list[dict]:
    seen, unique = set(), []
    for item in items:
        key = (item["kind"], item["proposal"])
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def follow_digests_send(frequency: str, *, now: datetime.datetime | None = None) -> list[Notification]:
    """Record one digest mail per person with news from their follows of this frequency (daily or weekly)."""
    now = now or timezone.now()
    users = Follow.objects.filter(frequency=frequency).values_list("user_id", flat=True).distinct()
    recorded = []
    for user_id in sorted(set(users)):
        with transaction.atomic():
            user = get_user_model().objects.select_for_update().get(pk=user_id)
            follows = list(
                Follow.objects.select_for_update(of=("self",))
                .filter(user=user, frequency=frequency)
                .select_related("proposal")
            )
            items = _dedupe([item for f in follows for item in follow_news(f, since=f.reported_until, until=now)])
            Follow.objects.filter(pk__in=[f.pk for f in follows]).update(reported_until=now)
            _strategy_reported(follows, items)
            if items:
                notification = _record(user, NotificationKind.FOLLOW, payload={"items": items, "frequency": frequency})
                if notification:
                    recorded.append(notification)
    return recorded


def follow_news_now(proposal: Proposal, kind: str) -> list[Notification]:
    """Mail the people who follow this proposal, its field or its district at once: a new proposal or an answer."""
    targets = Follow.objects.filter(frequency=Frequency.IMMEDIATE).filter(
        # A new proposal is news to its field and district; an answer also to the proposal's own followers.
        **({} if kind == "answer" else {"proposal__isnull": True})
    )
    targets = targets.filter(
        Q(proposal=proposal) | Q(action_field=proposal.action_field) | Q(district=proposal.district, district__gt="")
    )
    item = _item(kind, proposal, **({"status": proposal.get_status_display()} if kind == "answer" else {}))
    followers = get_user_model().objects.filter(pk__in=targets.values("user_id")).exclude(pk=proposal.author_id or 0)
    return record_for_many(followers, NotificationKind.FOLLOW, payload={"items": [item], "frequency": "immediate"})


def _strategy_reported(follows: list[Follow], items: list[dict]) -> None:
    reported = {item["proposal"] for item in items if item["kind"] == "strategy"}
    Follow.objects.filter(pk__in=[f.pk for f in follows if f.proposal_id in reported]).update(strategy_reported=True)
