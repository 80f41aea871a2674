"""Who may do what in participation. Plain predicates, used by services, views and templates alike."""

from allauth.account.models import EmailAddress

from .choices import ProposalStatus


def has_confirmed_email(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def can_contribute(user) -> bool:
    """Signed in, active, and with a confirmed email address."""
    return has_confirmed_email(user)


def is_moderator(user) -> bool:
    return user.is_authenticated and user.is_active and user.is_staff


def can_view_proposal(user, proposal) -> bool:
    """Public proposals and withdrawn ones (marked so) for everyone; others for their author and moderators."""
    if proposal.is_visible or proposal.status == ProposalStatus.WITHDRAWN:
        return True
    return (user.is_authenticated and proposal.author_id == user.pk) or is_moderator(user)


def can_edit_proposal(user, proposal) -> bool:
    """The author, while the proposal is published and nobody has voted on it yet."""
    return (
        user.is_authenticated
        and proposal.author_id == user.pk
        and proposal.status == ProposalStatus.PUBLISHED
        and proposal.vote_count == 0
    )


def can_withdraw_proposal(user, proposal) -> bool:
    """The author, at any time, unless it is already withdrawn or hidden by moderation."""
    return (
        user.is_authenticated
        and proposal.author_id == user.pk
        and proposal.status not in {ProposalStatus.WITHDRAWN, ProposalStatus.HIDDEN}
    )
