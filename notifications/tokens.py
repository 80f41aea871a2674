"""Signed unsubscribe links: one per person and kind, valid without logging in."""

from django.contrib.auth import get_user_model
from django.core import signing

from .kinds import NotificationKind

# The salt keeps the module's former name, so the links in mails already sent stay valid.
SALT = "participation.notifications.unsubscribe"


def unsubscribe_token(user, kind: str) -> str:
    """A token that names the person and the kind; it cannot be forged without the secret key."""
    return signing.dumps([user.pk, kind], salt=SALT, compress=False)


def unsubscribe_token_read(token: str):
    """The (user, kind) a token names, or None when it is forged, damaged or its person is gone."""
    try:
        user_id, kind = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if kind not in NotificationKind.values:
        return None
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    return (user, kind) if user else None


CONTACT_SALT = "participation.notifications.contact-unsubscribe"


def contact_unsubscribe_token(proposal_id: int, email: str) -> str:
    """For a participant without an account: names the proposal and the address it may write to."""
    return signing.dumps([proposal_id, email], salt=CONTACT_SALT, compress=False)


def contact_unsubscribe_token_read(token: str) -> tuple[int, str] | None:
    try:
        proposal_id, email = signing.loads(token, salt=CONTACT_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return int(proposal_id), str(email)
