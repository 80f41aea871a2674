"""English beyond the chrome: the main pages exist in English as Wagtail translations at the same address under
/en/, the navigation shows English titles, and untranslated pages stay reachable in German."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from core.choices import ActionField
from demo.loader import demo_english_pages_load
from portal.models import AccessibilityStatementPage, ActionFieldPage, HomePage
from strategy.selectors import strategy_overview

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_site(demo_site):
    demo_english_pages_load()
    return demo_site


def nav(html: str) -> str:
    return html[html.index('<nav class="main-nav"') : html.index("</nav>", html.index('<nav class="main-nav"'))]


def test_the_loader_translates_the_main_pages_once(demo_site):
    created = demo_english_pages_load()

    # Home, five fields, the rules, the strategy overview, the statistics and the accessibility statement.
    assert created == 10
    english = Locale.objects.get(language_code="en")
    assert ActionFieldPage.objects.filter(locale=english).count() == 5
    assert HomePage.objects.filter(locale=english).get().slug == "home-en"
    assert demo_english_pages_load() == 0


def test_a_field_page_keeps_its_address_in_english(client, bilingual_site):
    german = client.get("/smart-safe-mobility/").content.decode()
    response = client.get("/en/smart-safe-mobility/")

    assert response.status_code == 200
    english = response.content.decode()
    assert '<html lang="en">' in english
    assert "Safe routes to school" in english
    assert "Safe routes to school" not in german
    assert "Sichere Schulwege" in german
    assert response.context["page"].locale.language_code == "en"


def test_the_navigation_shows_english_titles_when_english_is_active(client, bilingual_site):
    english = nav(client.get("/en/").content.decode())
    german = nav(client.get("/").content.decode())

    assert '<a lang="en" href="/en/strategie/">The Smart City strategy at a glance</a>' in english
    assert '<a lang="en" href="/en/statistik/">Participation in figures</a>' in english
    assert 'href="/en/smart-welcome-city/"' in english
    assert "Beteiligung in Zahlen" in german
    assert '<a lang="de" href="/statistik/">' in german
    assert "Participation in figures" not in german


def test_the_home_page_title_and_fields_are_english(client, bilingual_site):
    html = client.get("/en/").content.decode()

    assert "<title>Smart Kassel – shaping the Smart City strategy together – Smart Kassel</title>" in html
    assert "Arriving and feeling at home" in html


def test_the_accessibility_statement_exists_in_english(client, bilingual_site):
    html = client.get("/en/barrierefreiheit/").content.decode()

    assert "<h1>Accessibility statement</h1>" in html
    assert "<strong>partially compliant</strong>" in html
    assert "Enforcement procedure" in html
    assert "Map of proposals" in html
    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a lang="en" href="/en/barrierefreiheit/">Accessibility statement</a>' in footer


def test_untranslated_pages_stay_german_at_the_english_address(client, bilingual_site):
    privacy = client.get("/en/datenschutz/")
    easy = client.get("/en/leichte-sprache/")

    assert privacy.status_code == 200
    assert "Datenschutzerklärung" in privacy.content.decode()
    assert easy.status_code == 200
    assert "It exists in German only." in easy.content.decode()
    assert client.get("/en/gibt-es-nicht/").status_code == 404
    # The footer marks the German-only pages as German, and keeps the visitor's English interface around them.
    footer = privacy.content.decode()[privacy.content.decode().index('<footer class="site-footer">') :]
    assert '<a lang="de" href="/en/datenschutz/">Datenschutzerklärung</a>' in footer


def test_the_language_switch_leads_to_the_english_page(client, bilingual_site):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/smart-safe-mobility/"})

    assert response.url == "/en/smart-safe-mobility/"
    assert "Safe routes to school" in client.get(response.url).content.decode()
    back = client.post("/i18n/setlang/", {"language": "de", "next": "/en/smart-safe-mobility/"})
    assert back.url == "/smart-safe-mobility/"


def test_one_page_per_field_and_language(bilingual_site):
    german = ActionFieldPage.objects.get(action_field=ActionField.MOBILITY, locale__language_code="de")
    duplicate = ActionFieldPage(title="Noch einmal", slug="noch-einmal", action_field=ActionField.MOBILITY)
    duplicate.locale = german.locale

    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "action_field" in excinfo.value.message_dict
    english = german.get_translation(Locale.objects.get(language_code="en"))
    english.full_clean()  # its translation is no duplicate


def test_the_strategy_overview_counts_each_field_once(bilingual_site):
    assert [field.action_field for field in strategy_overview()] == [key for key, _label in ActionField.choices]


def test_the_english_statement_keeps_every_part(bilingual_site):
    page = AccessibilityStatementPage.objects.get(locale__language_code="en")

    assert page.conformance == "partial"
    assert page.assessed_on == AccessibilityStatementPage.objects.get(locale__language_code="de").assessed_on
    assert len(page.barriers) == 3
    assert page.contact_email == "smartcity@kassel.example"


def test_the_project_office_edits_the_english_pages_and_may_translate(client, bilingual_site):
    from django.urls import reverse

    from core.roles import MODERATOR_GROUP
    from tests.accounts.test_admin_made_roles import create_in_admin
    from tests.staff import admin_login

    member = create_in_admin(client, username="petra", group_name=MODERATOR_GROUP)
    admin_login(client, member)
    english = AccessibilityStatementPage.objects.get(locale__language_code="en")

    assert client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).status_code == 200
    assert member.has_perm("simple_translation.submit_translation")
