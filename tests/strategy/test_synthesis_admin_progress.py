"""'Jetzt ausführen' returns at once and the synthesis view shows the open run's progress (issue 13)."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.signals import request_finished
from django.db import close_old_connections
from django.test import RequestFactory
from django.urls import reverse

from strategy.models import SynthesisRun
from strategy.views import synthesis_run_now
from tests.factories import StaffUserFactory
from tests.staff import admin_login
from tests.strategy.synthesis_fixtures import FIELD, make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


def runner():
    user = StaffUserFactory()
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "run_synthesis"]))
    return user


def test_run_now_returns_before_the_synthesis_runs(django_capture_on_commit_callbacks):
    make_input()
    request = RequestFactory().post(reverse("strategy_synthesis_run", args=[FIELD]))
    request.user = runner()
    request.session = {}
    request._messages = FallbackStorage(request)

    with django_capture_on_commit_callbacks(execute=True):
        response = synthesis_run_now(request, FIELD)

    assert response.status_code == 302
    run = SynthesisRun.objects.get()
    assert run.status == SynthesisRun.Status.PENDING  # nothing ran inside the request
    # The server has sent the redirect and closes the response. Django's test client keeps the test's database
    # connection open across that signal; do the same here.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    run.refresh_from_db()
    assert run.status == SynthesisRun.Status.DONE


def test_the_view_refreshes_itself_while_a_run_is_open(client):
    admin_login(client, runner())
    SynthesisRun.objects.create(action_field=FIELD)

    html = client.get(reverse("strategy_synthesis")).content.decode()

    assert '<meta http-equiv="refresh" content="5">' in html
    assert "synthesis-progress" in html


def test_the_view_does_not_refresh_when_no_run_is_open(client):
    admin_login(client, runner())
    SynthesisRun.objects.create(action_field=FIELD, status=SynthesisRun.Status.DONE)

    html = client.get(reverse("strategy_synthesis")).content.decode()

    assert 'http-equiv="refresh"' not in html


def test_with_a_broker_run_now_enqueues_on_commit_as_before(settings, django_capture_on_commit_callbacks):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    request = RequestFactory().post(reverse("strategy_synthesis_run", args=[FIELD]))
    request.user = runner()
    request.session = {}
    request._messages = FallbackStorage(request)

    with django_capture_on_commit_callbacks() as callbacks:
        response = synthesis_run_now(request, FIELD)

    assert len(callbacks) == 1  # the enqueue, sent after commit; the run itself happens in a worker
    assert type(response).__name__ == "HttpResponseRedirect"
    assert SynthesisRun.objects.get().status == SynthesisRun.Status.PENDING
