"""Participation's events turned into outbox rows, inside the event's transaction (connected in apps.py)."""

from participation import events

from . import follows, services


def on_contribution_hidden(sender, *, target, reason: str, **kwargs) -> None:
    services.notify_hidden(target, reason=reason)


def on_proposal_status_changed(sender, *, proposal, old_status: str, **kwargs) -> None:
    services.notify_proposal_status_changed(proposal, old_status=old_status)


def on_official_answer_given(sender, *, proposal, **kwargs) -> None:
    services.notify_official_answer(proposal)
    follows.follow_news_now(proposal, "answer")


def on_proposal_published(sender, *, proposal, **kwargs) -> None:
    follows.follow_news_now(proposal, "new")
    follows.follow_own_proposal(proposal)


def on_proposal_marked_duplicate(sender, *, proposal, original, **kwargs) -> None:
    services.notify_duplicate(proposal, original=original)
    services.notify_duplicate_voters(proposal, original=original)


def on_comment_published(sender, *, comment, **kwargs) -> None:
    services.notify_reply(comment)


def connect() -> None:
    """Listen to participation's events; the dispatch_uid keeps a second call from connecting twice."""
    for signal, receiver in [
        (events.contribution_hidden, on_contribution_hidden),
        (events.proposal_status_changed, on_proposal_status_changed),
        (events.official_answer_given, on_official_answer_given),
        (events.comment_published, on_comment_published),
        (events.proposal_marked_duplicate, on_proposal_marked_duplicate),
        (events.proposal_published, on_proposal_published),
    ]:
        signal.connect(receiver, dispatch_uid=f"notifications.{receiver.__name__}")
