"""Who may do what in participation. Plain predicates, used by services, views and templates alike."""

from allauth.account.models import EmailAddress
from django.utils.translation import gettext as _

from core.roles import MODERATOR_GROUP, has_role
from participation.selectors import open_phase

from .choices import ProposalStatus


def has_confirmed_email(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def can_contribute(user) -> bool:
    """Signed in, active, and with a confirmed email address."""
    return has_confirmed_email(user)


def can_moderate(user) -> bool:
    """A member of the project office's group, or a superuser: the one test for moderating and answering.

    The role is the group, not Django's is_staff flag: Wagtail's user form stores is_staff=False, and a
    member added there must work as the project office at once. Services, admin views, templates and the
    staff-answer mark on comments all ask this, so a council member never counts as the project office.
    """
    return has_role(user, MODERATOR_GROUP)


def can_view_proposal(user, proposal) -> bool:
    """Public proposals and withdrawn ones (marked so) for everyone; others for their author and moderators."""
    if proposal.is_visible or proposal.status == ProposalStatus.WITHDRAWN:
        return True
    return (user.is_authenticated and proposal.author_id == user.pk) or can_moderate(user)


def can_edit_proposal(user, proposal) -> bool:
    """The author, while the proposal is published (or awaits approval) and nobody has voted on it yet."""
    return (
        user.is_authenticated
        and proposal.author_id == user.pk
        and proposal.status in {ProposalStatus.PUBLISHED, ProposalStatus.SUBMITTED}
        and proposal.vote_count == 0
    )


def can_withdraw_proposal(user, proposal) -> bool:
    """The author, at any time, unless it is already withdrawn or hidden by moderation."""
    return (
        user.is_authenticated
        and proposal.author_id == user.pk
        and proposal.status not in {ProposalStatus.WITHDRAWN, ProposalStatus.HIDDEN}
    )


def vote_denial(user, proposal) -> str | None:
    """Why this person may not vote on this proposal now, or None if they may."""
    if not user.is_authenticated:
        return _("Please log in to vote.")
    if not has_confirmed_email(user):
        return _("Please confirm your email address before you vote.")
    if not proposal.is_visible:
        return _("This proposal is not open for votes.")
    if proposal.duplicate_of_id:
        return _("This proposal duplicates another one. Please vote on the original proposal.")
    if proposal.author_id == user.pk:
        return _("You cannot vote on your own proposal.")
    if open_phase(proposal.action_field) is None:
        return _("Voting on this proposal is closed.")
    return None


def can_vote(user, proposal) -> bool:
    return vote_denial(user, proposal) is None


def comment_denial(user, proposal) -> str | None:
    """Why this person may not comment on this proposal, or None if they may."""
    if not user.is_authenticated:
        return _("Please log in to comment.")
    if not has_confirmed_email(user):
        return _("Please confirm your email address before you comment.")
    if not proposal.is_visible:
        return _("This proposal is not open for comments.")
    return None


def can_comment(user, proposal) -> bool:
    return comment_denial(user, proposal) is None


def can_change_comment(user, comment) -> bool:
    """Its author may edit or delete a comment that is still there."""
    return user.is_authenticated and comment.author_id == user.pk and not comment.deleted and not comment.hidden


def can_pin_comment(user, comment) -> bool:
    # The project office's right: council members are staff too, but change nothing.
    return comment.by_staff and not comment.deleted and can_moderate(user)


def report_denial(user, *, author_id) -> str | None:
    if not user.is_authenticated:
        return _("Please log in to report a contribution.")
    if not has_confirmed_email(user):
        return _("Please confirm your email address before you report a contribution.")
    if author_id == user.pk:
        return _("You cannot report your own contribution.")
    return None
