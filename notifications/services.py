"""Notifications: recorded with the event (the outbox), sent by Celery after commit, swept when left pending.

A request never waits for mail or Redis: the row is written in the event's transaction, the task is sent after
commit, and a failure to reach the broker only logs; the sweep sends the row later. The notify_* hooks are called
by the receivers of participation's events (receivers.py), inside the event's transaction.
"""

import datetime
import logging
from functools import partial

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from core.roles import MODERATOR_GROUP
from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Vote
from participation.permissions import has_confirmed_email

from .emails import has_content, notification_email
from .exceptions import NotificationNotSent
from .kinds import NotificationKind
from .models import Notification, NotificationPreference
from .selectors import notification_preference, staff_digest_items
from .tasks import notification_send_task

logger = logging.getLogger(__name__)

Status = Notification.Status
# After this many failed sends a notification is given up (marked failed), so the sweep stops trying.
MAX_ATTEMPTS = 12
# After a reply mail, further replies within this time wait for the daily digest.
REPLY_QUIET = datetime.timedelta(hours=24)
# The project office gets at most one digest in this time.
STAFF_DIGEST_INTERVAL = datetime.timedelta(hours=1)
# Beat runs are not to the second: a digest a little earlier than an hour after the last one is still due.
STAFF_DIGEST_SLACK = datetime.timedelta(minutes=5)
# Statuses that are no news to the author: hiding has its own mail, withdrawing is their own act.
SILENT_STATUSES = {ProposalStatus.HIDDEN, ProposalStatus.WITHDRAWN, ProposalStatus.SUBMITTED}


def wants_email(user, kind: str, *, preference=None, confirmed: bool | None = None) -> bool:
    """Whether this person wants this kind of email now: an active account with an address and the kind on.
    A fan-out passes the person's ``preference`` and whether their address is ``confirmed``, read for all at once."""
    if user is None or not user.is_active or not user.email:
        return False
    if not (preference or notification_preference(user)).wants(kind):
        return False
    if kind == NotificationKind.STAFF_DIGEST:
        return user.groups.filter(name=MODERATOR_GROUP).exists()
    # Following is itself the request for these mails (to a confirmed address); the general switch is for the rest.
    if kind == NotificationKind.FOLLOW:
        return has_confirmed_email(user) if confirmed is None else confirmed
    return user.email_notifications


def _record(recipient, kind: str, *, digest: bool = False, **fields) -> Notification | None:
    if not wants_email(recipient, kind):
        return None
    notification = Notification.objects.create(recipient=recipient, kind=kind, digest=digest, **fields)
    if not digest:
        transaction.on_commit(partial(notification_enqueue, notification.pk))
    return notification


def record_for_many(recipients, kind: str, **fields) -> list[Notification]:
    """_record() for many people in a constant number of queries (a fan-out inside a moderator's transaction):
    wants_email() with everyone's preference and confirmed address read at once, and one bulk insert."""
    users = list(recipients)
    preferences = {p.user_id: p for p in NotificationPreference.objects.filter(user__in=users)}
    confirmed = set(EmailAddress.objects.filter(user__in=users, verified=True).values_list("user_id", flat=True))
    wanted = [
        u
        for u in users
        if wants_email(
            u, kind, preference=preferences.get(u.pk) or NotificationPreference(user=u), confirmed=u.pk in confirmed
        )
    ]
    notifications = Notification.objects.bulk_create(
        [Notification(recipient=u, kind=kind, digest=False, **fields) for u in wanted]
    )
    transaction.on_commit(partial(_enqueue_all, [n.pk for n in notifications]))
    return notifications


def _enqueue_all(notification_ids: list[int]) -> None:
    for pk in notification_ids:
        notification_enqueue(pk)


def notify_hidden(target: Proposal | Comment, *, reason: str) -> Notification | None:
    """Tell the author that moderation hid their proposal or comment, and why. Call inside the hiding transaction."""
    if isinstance(target, Proposal):
        return _record(target.author, NotificationKind.HIDDEN, proposal=target, payload={"reason": reason})
    return _record(
        target.author, NotificationKind.HIDDEN, proposal=target.proposal, comment=target, payload={"reason": reason}
    )


def notify_proposal_status_changed(proposal: Proposal, *, old_status: str) -> Notification | None:
    """Tell the author that their proposal's status changed. No mail when it did not, or became hidden/withdrawn."""
    if proposal.status == old_status or proposal.status in SILENT_STATUSES:
        return None
    payload = {"old_status": old_status, "new_status": proposal.status}
    return _record(proposal.author, NotificationKind.STATUS, proposal=proposal, payload=payload)


def notify_official_answer(proposal: Proposal) -> Notification | None:
    """Tell the author (or the event's participant who left an address) that the office answered officially."""
    notify_contributor(proposal, NotificationKind.ANSWER)
    return _record(proposal.author, NotificationKind.ANSWER, proposal=proposal)


def notify_duplicate(proposal: Proposal, *, original: Proposal) -> Notification | None:
    """Tell the author that the project office marked their proposal as a duplicate, and of which one."""
    payload = {"original": original.pk, "original_title": original.title}
    return _record(proposal.author, NotificationKind.DUPLICATE, proposal=proposal, payload=payload)


def notify_contributor(proposal: Proposal, kind: str, **fields) -> Notification | None:
    """Tell the participant of an event who gave an e-mail address with consent (no account) about their proposal:
    its official answer (which carries the status). Nothing without the address and the consent on the proposal."""
    if proposal.author_id or not proposal.contact_email or not proposal.contact_consent_at:
        return None
    notification = Notification.objects.create(email=proposal.contact_email, kind=kind, proposal=proposal, **fields)
    transaction.on_commit(partial(notification_enqueue, notification.pk))
    return notification


def contact_forget(proposal_id: int, email: str) -> bool:
    """Remove a participant's address and consent from their proposal (their unsubscribe); pending mails skip."""
    return bool(
        Proposal.objects.filter(pk=proposal_id, contact_email=email).update(contact_email="", contact_consent_at=None)
    )


def notify_duplicate_voters(proposal: Proposal, *, original: Proposal) -> list[Notification]:
    """Ask the people who voted on a duplicate whether their vote should count for the original (#16 item 3).

    Nothing moves without their click (participation.services.vote_move_to_original). Not asked: the author (told
    by notify_duplicate) and whoever voted on the original already — their vote there stands and is never doubled.
    """
    voted_there = Vote.objects.filter(proposal=original).values("voter_id")
    voters = (
        get_user_model()
        .objects.filter(votes__proposal=proposal)
        .exclude(pk__in=voted_there)
        .exclude(pk=proposal.author_id or 0)
    )
    payload = {"original": original.pk, "original_title": original.title}
    return record_for_many(voters, NotificationKind.DUPLICATE_VOTE, proposal=proposal, payload=payload)


@transaction.atomic
def notify_reply(comment: Comment) -> Notification | None:
    """Tell the proposal's author about a comment, or the parent comment's author about a reply; never oneself.

    The first reply goes out at once; while a reply mail was sent in the last day, or another waits, further
    replies are held for the daily digest.
    """
    recipient = comment.parent.author if comment.parent_id else comment.proposal.author
    if recipient is None or recipient.pk == comment.author_id:
        return None
    # Locking the recipient makes "is a reply mail already under way?" and the new row one step.
    get_user_model().objects.select_for_update().filter(pk=recipient.pk).first()
    replies = Notification.objects.filter(recipient=recipient, kind=NotificationKind.REPLY)
    held = (
        replies.filter(status=Status.PENDING).exists()
        or replies.filter(status=Status.SENT, sent_at__gte=timezone.now() - REPLY_QUIET).exists()
    )
    return _record(recipient, NotificationKind.REPLY, digest=held, proposal=comment.proposal, comment=comment)


def notification_enqueue(notification_id: int) -> None:
    """Send a notification to the workers. A broker outage only logs: the pending row stays for the sweep."""
    try:
        notification_send_task.delay(notification_id)
    except Exception:
        logger.warning("could not enqueue notification %s; the sweep will retry", notification_id, exc_info=True)


def _wanted(notification: Notification) -> bool:
    if notification.recipient_id:
        return wants_email(notification.recipient, notification.kind)
    # A participant without an account: as long as the address and the consent are still on the proposal.
    proposal = notification.proposal
    return bool(proposal and proposal.contact_consent_at and proposal.contact_email == notification.email)


def _relevant(notification: Notification) -> bool:
    # A reply that was hidden or deleted before its mail went out is not news any more.
    if notification.kind == NotificationKind.REPLY:
        comment = notification.comment
        return comment is not None and not comment.hidden and not comment.deleted and notification.proposal.is_visible
    # A voter who moved their vote, or voted on the original, before the mail went out has nothing left to decide.
    if notification.kind == NotificationKind.DUPLICATE_VOTE:
        proposal, voter = notification.proposal, notification.recipient_id
        return (
            Vote.objects.filter(proposal=proposal, voter_id=voter).exists()
            and not Vote.objects.filter(proposal_id=proposal.duplicate_of_id, voter_id=voter).exists()
        )
    if notification.kind == NotificationKind.STAFF_DIGEST:
        return has_content(notification)
    if notification.kind == NotificationKind.FOLLOW:
        return bool(notification.payload.get("items"))
    return notification.proposal_id is not None


def _deliver(notifications: list[Notification]) -> Exception | None:
    """Send one mail for these rows and mark them; on failure count the attempt. Call with the rows locked."""
    now = timezone.now()
    try:
        notification_email(notifications).send()
    except Exception as exc:
        for notification in notifications:
            notification.attempts += 1
            notification.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if notification.attempts >= MAX_ATTEMPTS:
                notification.status = Status.FAILED
                logger.error("notification %s failed %s times; giving up", notification.pk, notification.attempts)
            notification.save(update_fields=["attempts", "last_error", "status"])
        return exc
    for notification in notifications:
        notification.attempts += 1
        notification.status, notification.sent_at = Status.SENT, now
        notification.save(update_fields=["attempts", "status", "sent_at"])
    return None


def _skip(notifications: list[Notification]) -> None:
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
        status=Status.SKIPPED, sent_at=timezone.now()
    )


def _send(rows) -> int:
    """Lock pending rows, send what is still wanted as one mail; returns how many were sent."""
    failure = None
    with transaction.atomic():
        # The lock is held while the mail goes out, so a redelivered task waits and then finds the rows sent.
        notifications = list(
            rows.filter(status=Status.PENDING)
            .select_for_update(of=("self",))
            .select_related("recipient", "proposal", "comment__author", "comment__proposal")
        )
        if not notifications:
            return 0
        wanted = [n for n in notifications if _wanted(n) and _relevant(n)]
        _skip([n for n in notifications if n not in wanted])
        if wanted:
            failure = _deliver(wanted)
    if failure is not None:
        logger.warning("notification mail %s not sent: %s", [n.pk for n in wanted], failure)
        raise NotificationNotSent(str(failure)) from failure
    return len(wanted)


def notification_send(notification_id: int) -> int:
    """Send one pending notification; returns 1 if a mail went out. Idempotent: a sent row is never sent again.

    Raises NotificationNotSent (after recording the attempt) when the mail server fails.
    """
    return _send(Notification.objects.filter(pk=notification_id))


def reply_digest_send(recipient_id: int) -> int:
    """Send one mail with all replies held for a person's digest; returns how many it lists. Safe to repeat."""
    return _send(
        Notification.objects.filter(recipient_id=recipient_id, kind=NotificationKind.REPLY, digest=True).order_by(
            "created", "pk"
        )
    )


def reply_digests_due() -> list[int]:
    """The people with replies held for their digest (the daily beat sends one mail to each)."""
    pending = Notification.objects.filter(kind=NotificationKind.REPLY, digest=True, status=Status.PENDING)
    return sorted(set(pending.values_list("recipient_id", flat=True)))


def notifications_sweep(*, older_than: datetime.timedelta) -> list[int]:
    """Re-enqueue single notifications still pending after a while (Redis was down, retries ran out)."""
    ids = list(
        Notification.objects.filter(
            status=Status.PENDING, digest=False, created__lt=timezone.now() - older_than
        ).values_list("pk", flat=True)
    )
    for notification_id in ids:
        notification_enqueue(notification_id)
    return ids


def notifications_resend_failed() -> int:
    """Give every failed notification new attempts (after the mail server is mended); returns how many.

    Single ones are sent again after commit; rows held for a reply digest go with the next daily digest.
    """
    with transaction.atomic():
        failed = Notification.objects.select_for_update().filter(status=Status.FAILED)
        rows = list(failed.values_list("pk", "digest"))
        Notification.objects.filter(pk__in=[pk for pk, _digest in rows]).update(status=Status.PENDING, attempts=0)
        for pk, digest in rows:
            if not digest:
                transaction.on_commit(partial(notification_enqueue, pk))
    logger.info("%d failed notifications set to be sent again", len(rows))
    return len(rows)


def staff_digests_create(*, now: datetime.datetime | None = None) -> list[Notification]:
    """Record a digest for each project-office member who has news since their last one, at most hourly."""
    now = now or timezone.now()
    members = get_user_model().objects.filter(groups__name=MODERATOR_GROUP, is_active=True).distinct()
    created = []
    for member in members:
        if not wants_email(member, NotificationKind.STAFF_DIGEST):
            continue
        with transaction.atomic():
            get_user_model().objects.select_for_update().filter(pk=member.pk).first()
            last = (
                Notification.objects.filter(recipient=member, kind=NotificationKind.STAFF_DIGEST)
                .order_by("-created")
                .first()
            )
            if last is not None and last.created > now - STAFF_DIGEST_INTERVAL + STAFF_DIGEST_SLACK:
                continue
            items = staff_digest_items(since=last.created if last else now - STAFF_DIGEST_INTERVAL)
            if not any(items.values()):
                continue
            notification = _record(member, NotificationKind.STAFF_DIGEST, payload=items, created=now)
            if notification:
                created.append(notification)
    return created


@transaction.atomic
def notification_preferences_update(user, *, wanted: dict[str, bool]) -> NotificationPreference:
    """Switch kinds of notification email on or off; kinds `wanted` does not name stay as they are.

    Makes the person's preference row on their first change. Saving the same choice again changes nothing.
    """
    fields = {NotificationKind(kind).value: on for kind, on in wanted.items()}
    preference, _created = NotificationPreference.objects.update_or_create(user=user, defaults=fields)
    return preference


def notification_unsubscribe(user, *, kind: str) -> NotificationPreference:
    """Switch one kind of notification email off (the link in every such email). Repeating it changes nothing."""
    return notification_preferences_update(user, wanted={NotificationKind(kind): False})


# The privacy notice (demo/data/pages.yaml, "Datenschutzerklärung") states this period: change both together.
NOTIFICATION_RETENTION = datetime.timedelta(days=90)


def notifications_delete_old(*, older_than: datetime.timedelta = NOTIFICATION_RETENTION) -> int:
    """Delete settled notifications (sent, skipped, given up) older than the retention period; returns how many.

    A pending one stays until it is sent. Running it again deletes nothing more.
    """
    deleted, _by_model = Notification.objects.filter(
        status__in=[Status.SENT, Status.SKIPPED, Status.FAILED], created__lt=timezone.now() - older_than
    ).delete()
    logger.info("%d notifications past the retention period deleted", deleted)
    return deleted
