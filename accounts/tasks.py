"""Celery tasks of accounts: an interface only; each loads its input and calls one service."""

from celery import shared_task

from core.task_options import SHORT_TASK


@shared_task(**SHORT_TASK)
def account_already_exists_mail_send_task(
    *, email: str, signup_url: str, password_reset_url: str, site_domain: str, language: str
) -> None:
    """Tell the owner of a registered address that someone tried to sign up with it; a retry may send it twice."""
    from .services import account_already_exists_mail_send

    account_already_exists_mail_send(
        email,
        signup_url=signup_url,
        password_reset_url=password_reset_url,
        site_domain=site_domain,
        language=language,
    )


@shared_task(**SHORT_TASK)
def sessions_clear_expired_task() -> None:
    """Purge expired sessions (beat, nightly), so no stale session keeps a person's data; idempotent."""
    from .services import sessions_clear_expired

    sessions_clear_expired()
