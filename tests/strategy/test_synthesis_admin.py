import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from strategy.models import SynthesisRun
from tests.factories import StaffUserFactory, UserFactory
from tests.staff import admin_login
from tests.strategy.synthesis_fixtures import FIELD, make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


def staff(*permissions):
    user = StaffUserFactory()
    codenames = ["access_admin", *permissions]
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


def test_index_lists_runs_for_staff_with_permission(client):
    SynthesisRun.objects.create(action_field=FIELD, status=SynthesisRun.Status.DONE, proposals=12, themes_found=3)
    admin_login(client, staff("run_synthesis"))

    response = client.get(reverse("strategy_synthesis"))

    assert response.status_code == 200
    assert response.context["runs"][0].themes_found == 3
    assert reverse("strategy_synthesis_run", args=[FIELD]).encode() in response.content


def test_run_now_requests_and_runs_a_synthesis(client, django_capture_on_commit_callbacks):
    make_input()
    user = staff("run_synthesis")
    admin_login(client, user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("strategy_synthesis_run", args=[FIELD]))

    assert response.status_code == 302
    run = SynthesisRun.objects.get()
    assert (run.status, run.requested_by) == (SynthesisRun.Status.DONE, user)
    listing = client.get(reverse("strategy_synthesis"))
    assert reverse("wagtailadmin_pages:revisions_view", args=[run.page_id, run.revision_id]).encode() in listing.content


@pytest.mark.parametrize("permissions", [(), ("view_synthesisrun",)])
def test_run_now_is_refused_without_permission(client, permissions):
    admin_login(client, staff(*permissions))

    response = client.post(reverse("strategy_synthesis_run", args=[FIELD]))

    assert response.status_code in {302, 403}
    assert not SynthesisRun.objects.exists()


def test_index_is_refused_without_permission(client):
    admin_login(client, staff())

    response = client.get(reverse("strategy_synthesis"))

    assert response.status_code in {302, 403}
    assert b"Jetzt ausf" not in response.content


def test_citizen_is_sent_to_login(client):
    client.force_login(UserFactory())

    response = client.post(reverse("strategy_synthesis_run", args=[FIELD]))

    assert response.status_code == 302
    assert not SynthesisRun.objects.exists()


def test_run_now_is_get_proof(client):
    admin_login(client, staff("run_synthesis"))

    assert client.get(reverse("strategy_synthesis_run", args=[FIELD])).status_code == 405
    assert not SynthesisRun.objects.exists()
