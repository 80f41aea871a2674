import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.choices import ActionField
from demo import content as demo_content
from portal.models import ActionFieldPage, ContentPage, HomePage
from strategy.models import StrategyPage
from tests.factories import ProposalFactory, StaffUserFactory
from tests.staff import admin_login

FIELD_TITLES = [label for _key, label in ActionField.choices]
LEGAL_SLUGS = ["impressum", "datenschutz", "barrierefreiheit", "leichte-sprache"]


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", "--pages-only", verbosity=0)
    return HomePage.objects.get()


def test_home_page_shows_the_five_action_fields_and_live_figures(client, demo_site):
    ProposalFactory()

    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    for title in FIELD_TITLES:
        assert title in html
    assert "Bisherige Beteiligung" in html  # German interface by default
    assert '<html lang="de">' in html
    assert response.context["figures"]["proposals"] == 1


@pytest.mark.parametrize("slug", [field["slug"] for field in demo_content.pages()["action_fields"]])
def test_each_action_field_page_renders(client, demo_site, slug):
    response = client.get(f"/{slug}/")

    assert response.status_code == 200
    assert response.context["page"].specific.action_field in ActionField.values
    assert "Ziele" in response.content.decode()


@pytest.mark.parametrize("slug", LEGAL_SLUGS)
def test_legal_pages_render_and_are_linked_in_the_footer(client, demo_site, slug):
    assert client.get(f"/{slug}/").status_code == 200
    assert f'href="/{slug}/"' in client.get("/").content.decode()


def test_english_interface_lives_under_en(client, demo_site):
    response = client.get("/en/smart-safe-mobility/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Skip to content" in html
    assert '<article lang="de">' in html  # the content stays German and says so


def test_language_switch_keeps_the_visitor_on_the_same_page(client, demo_site):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/smart-safe-mobility/"})

    assert response.status_code == 302
    assert response.url == "/en/smart-safe-mobility/"


def test_unknown_page_is_a_translated_404(client, demo_site):
    response = client.get("/gibt-es-nicht/")

    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_page_types_declare_their_place_in_the_tree(demo_site):
    assert HomePage.can_create_at(Page.get_first_root_node()) is False  # only one home page
    assert ActionFieldPage.allowed_parent_page_models() == [HomePage]
    assert ActionFieldPage.allowed_subpage_models() == [StrategyPage]
    assert StrategyPage.allowed_parent_page_models() == [ActionFieldPage]
    assert set(ContentPage.allowed_parent_page_models()) == {HomePage, ContentPage}


def test_an_action_field_is_presented_by_one_page_only(demo_site):
    duplicate = ActionFieldPage(title="Noch einmal Mobilität", slug="mobil-2", action_field=ActionField.MOBILITY)

    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "action_field" in excinfo.value.message_dict


def test_staff_edit_and_publish_in_the_wagtail_admin_shows_on_the_site(client, demo_site):
    staff = StaffUserFactory(username="redaktion", is_superuser=True)
    admin_login(client, staff)
    page = ContentPage.objects.get(slug="beteiligungsregeln")

    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        nested_form_data(
            {
                "title": "Beteiligungsregeln",
                "slug": "beteiligungsregeln",
                "intro": "Neu: Smart Kassel einfach erklärt.",
                "body": streamfield([("paragraph", rich_text("<p>Ein neuer Satz in Leichter Sprache.</p>"))]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    html = client.get("/beteiligungsregeln/").content.decode()
    assert "Neu: Smart Kassel einfach erklärt." in html
    assert "Ein neuer Satz in Leichter Sprache." in html
