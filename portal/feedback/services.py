"""Writes of the feedback: a message is stored first, then the project office is told by mail (outside the
request, so a slow mail server never loses a message)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.roles import MODERATOR_GROUP

from .models import BarrierReport
from .tasks import barrier_report_notify_task


@transaction.atomic
def barrier_report_create(*, page_address: str, description: str, email: str = "", language: str = "") -> BarrierReport:
    """Store one message and, once it is committed, have the project office notified."""
    report = BarrierReport.objects.create(
        page_address=page_address, description=description, email=email, language=language
    )
    transaction.on_commit(lambda: barrier_report_notify_task.delay(report.pk))
    return report


def office_addresses() -> list[str]:
    """The e-mail addresses of the active members of the project office."""
    users = get_user_model().objects.filter(groups__name=MODERATOR_GROUP, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


@transaction.atomic
def barrier_report_notify(report_id: int) -> int:
    """Mail the project office about one message; returns the number of mails sent.

    Idempotent: the row is locked and marked, so a second call (a redelivered task) sends nothing.
    """
    report = BarrierReport.objects.select_for_update().filter(pk=report_id, notified_at__isnull=True).first()
    recipients = office_addresses()
    if report is None or not recipients:
        return 0
    # The office reads German; the sender's address stays in the admin, out of the mail.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "report": report,
            "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("barrieren:edit", args=[report.pk]),
        }
        subject = render_to_string("portal/feedback/notify_subject.txt", context).strip()
        body = render_to_string("portal/feedback/notify_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    report.notified_at = timezone.now()
    report.save(update_fields=["notified_at"])
    return 1
