from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from participation.models import Proposal
from portal.models import ActionFieldPage, ContentPage, HomePage

LEGAL_SLUGS = ["impressum", "datenschutz", "barrierefreiheit", "leichte-sprache"]


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", "--pages-only", verbosity=0)
    return HomePage.objects.get()


@pytest.mark.django_db
def test_load_demo_content_reports_what_it_created():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "5 action field pages" in out.getvalue()

    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert (
        "0 home page, 0 action field pages, 0 content pages, 0 accessibility pages, 0 strategy overview and "
        "statistics pages created" in out.getvalue()
    )
    assert "English: 0 translations of pages created." in out.getvalue()


@pytest.mark.django_db
def test_load_demo_content_pages_only_leaves_participation_out():
    out = StringIO()
    call_command("load_demo_content", "--pages-only", stdout=out)

    assert "1 home page, 5 action field pages, 3 content pages, 2 accessibility pages, 2 strategy overview" in (
        out.getvalue()
    )
    assert "English" not in out.getvalue()
    assert "Demo participation" not in out.getvalue()
    assert not Proposal.objects.exists()


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


def test_demo_content_command_is_idempotent(db):
    call_command("load_demo_content", verbosity=0)
    counts = Page.objects.count(), HomePage.objects.count(), ActionFieldPage.objects.count()

    call_command("load_demo_content", verbosity=0)

    assert (Page.objects.count(), HomePage.objects.count(), ActionFieldPage.objects.count()) == counts
    assert counts[1:] == (2, 10)  # German and English (issue 15)
    assert Page.objects.filter(slug__in=LEGAL_SLUGS, locale__language_code="de").count() == len(LEGAL_SLUGS)


def test_demo_content_keeps_what_editors_changed(demo_site):
    page = ContentPage.objects.get(slug="impressum")
    page.title = "Impressum (geprüft)"
    page.save_revision().publish()

    call_command("load_demo_content", verbosity=0)

    assert ContentPage.objects.get(slug="impressum").title == "Impressum (geprüft)"


@pytest.mark.django_db
def test_the_demo_login_is_a_project_office_member_not_a_superuser(client, settings):
    from core.roles import MODERATOR_GROUP, roles_sync

    roles_sync()
    settings.STAFF_MFA_REQUIRED = False
    get_user_model().objects.create_superuser("projektbuero", "projektbuero@smartkassel.localhost", "alt")
    out = StringIO()
    call_command("ensure_demo_staff", stdout=out)
    password = out.getvalue().split("password: ")[1].split()[0]

    user = get_user_model().objects.get(username="projektbuero")
    assert not user.is_superuser  # an earlier `make run` made it one: it is one no more
    assert list(user.groups.values_list("name", flat=True)) == [MODERATOR_GROUP]
    assert client.login(username="projektbuero", password=password)
    assert client.get("/admin/vorschlaege/").status_code == 200
    assert f"{settings.SITE_URL}/admin/" in out.getvalue()
