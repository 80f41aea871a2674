from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command


@pytest.mark.django_db
def test_load_demo_content_reports_what_it_created():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "5 action field pages" in out.getvalue()

    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "0 home page, 0 action field pages, 0 content pages, 0 strategy overview and statistics pages created" in (
        out.getvalue()
    )


@pytest.mark.django_db
def test_ensure_demo_staff_prints_working_credentials(client, settings):
    # As in dev settings, where `make run` prints this login.
    settings.STAFF_MFA_REQUIRED = False
    out = StringIO()
    call_command("ensure_demo_staff", stdout=out)
    password = out.getvalue().split("password: ")[1].split()[0]

    user = get_user_model().objects.get(username="projektbuero")
    assert user.is_staff
    assert client.login(username="projektbuero", password=password)
    assert client.get("/admin/").status_code == 200
    assert "STAFF_MFA_REQUIRED" in out.getvalue()
