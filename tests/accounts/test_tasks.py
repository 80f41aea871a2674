"""The accounts' scheduled jobs: expired sessions are purged (issue 14, F6)."""

import datetime

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_expired_sessions_are_purged_by_a_beat_job():
    from accounts.tasks import sessions_clear_expired_task

    expired, current = SessionStore(), SessionStore()
    for store in (expired, current):
        store["account_email"] = "anna@example.org"
        store.create()
    Session.objects.filter(session_key=expired.session_key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )

    sessions_clear_expired_task.delay()

    assert list(Session.objects.values_list("session_key", flat=True)) == [current.session_key]
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "accounts.tasks.sessions_clear_expired_task" in scheduled
