"""The accessibility statement (HessBGG, HVBIT) has every part the law asks for, and staff can edit it; the page in
Leichte Sprache explains how to take part, with our own pictograms, and is linked in the header."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.roles import MODERATOR_GROUP, roles_sync
from portal.models import AccessibilityStatementPage, ContentPage, EasyLanguagePage
from tests.accounts.test_admin_made_roles import create_in_admin
from tests.staff import admin_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(client, demo_site):
    return client.get("/barrierefreiheit/").content.decode()


def test_the_statement_states_the_conformance_status(statement):
    assert "Stand der Vereinbarkeit mit den Anforderungen" in statement
    assert "<strong>teilweise vereinbar</strong>" in statement
    assert "HVBIT" in statement
    assert "HessBGG" in statement
    assert "WCAG 2.1" in statement


def test_the_statement_lists_known_barriers_with_reason_and_alternative(statement):
    assert "Nicht barrierefreie Inhalte" in statement
    barriers = re.findall(r'<li class="barrier">(.*?)</li>', statement, re.S)
    assert len(barriers) == 3
    for barrier in barriers:
        assert "<dt>Grund</dt>" in barrier
        assert "<dt>Barrierefreie Alternative</dt>" in barrier
    # No sign language videos yet: a known gap, said so.
    assert "Gebärdensprache" in statement
    assert "Karte der Vorschläge" in statement


def test_the_statement_gives_date_and_method_of_the_assessment(statement):
    assert "Datum der Prüfung" in statement
    assert '<time datetime="2026-12-07">7. Dezember 2026</time>' in statement
    assert "Methode der Prüfung" in statement
    assert "axe-core" in statement
    assert "Screenreader" in statement
    assert "Erklärung erstellt am" in statement


def test_the_statement_gives_a_working_feedback_contact(client, statement):
    assert "Feedback und Kontakt" in statement
    match = re.search(r'<a href="(/barriere-melden/\?seite=[^"]*)">Barriere über unser Formular melden</a>', statement)
    assert match
    assert client.get(match.group(1)).status_code == 200
    assert 'href="mailto:smartcity@kassel.example"' in statement
    assert "Obere Königsstraße 8" in statement


def test_the_statement_names_the_enforcement_procedure_of_hessen(statement):
    assert '<h2 id="enforcement">Durchsetzungsverfahren</h2>' in statement
    assert "Durchsetzungs- und Überwachungsstelle" in statement
    assert "barrierefreie IT" in statement
    assert "§ 6 HVBIT" in statement
    assert "sechs Wochen" in statement
    # Named as text, not fetched and not linked: no request leaves the portal.
    assert "lbit.hessen.de" in statement
    assert 'href="https://lbit' not in statement
    assert 'src="http' not in statement


def test_the_statement_is_linked_in_the_footer_of_every_page(client, demo_site):
    html = client.get("/smart-safe-mobility/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert 'href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</a>' in footer
    assert 'href="/leichte-sprache/">Leichte Sprache</a>' in footer


def test_a_statement_short_of_fully_compliant_must_name_its_barriers(demo_site):
    page = AccessibilityStatementPage.objects.get()
    page.barriers = []

    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert "barriers" in excinfo.value.message_dict

    page.conformance = AccessibilityStatementPage.Conformance.FULL
    page.full_clean()


def test_the_project_office_edits_and_publishes_the_statement(client, demo_site):
    roles_sync()
    member = create_in_admin(client, username="redaktion", group_name=MODERATOR_GROUP)
    admin_login(client, member)
    page = AccessibilityStatementPage.objects.get()

    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "intro": page.intro,
                "conformance": "partial",
                "conformance_note": "Neu geprüft.",
                "barriers": streamfield(
                    [("barrier", {"barrier": "PDF-Datei", "reason": "Alt.", "alternative": "Auf Anfrage als Text."})]
                ),
                "assessed_on": "2027-01-15",
                "assessment_method": "Prüfung durch eine externe Prüfstelle.",
                "prepared_on": "2027-01-20",
                "contact_email": "barrierefrei@kassel.example",
                "contact_phone": "0561 000000",
                "contact_postal": "",
                "enforcement": rich_text("<p>Durchsetzungs- und Überwachungsstelle, § 6 HVBIT.</p>"),
                "body": streamfield([]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.assessed_on == datetime.date(2027, 1, 15)
    client.logout()
    html = client.get("/barrierefreiheit/").content.decode()
    assert "PDF-Datei" in html
    assert "15. Januar 2027" in html
    assert 'href="tel:0561000000"' in html


def test_the_leichte_sprache_page_explains_taking_part_with_pictograms(client, demo_site):
    response = client.get("/leichte-sprache/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<article lang="de" class="easy-language">' in html
    for heading, pictogram in [
        ("Lesen", "read"),
        ("Anmelden", "register"),
        ("Eine Idee aufschreiben", "propose"),
        ("Abstimmen", "vote"),
    ]:
        assert f"<h2>{heading}</h2>" in html
        assert f'src="/static/img/easy/{pictogram}.svg"' in html
    # Short sentences: one per paragraph, none longer than a line.
    sentences = re.findall(r"<p>([^<]+)</p>", html[html.index('class="easy-steps"') :])
    assert len(sentences) >= 20
    assert max(len(sentence.split()) for sentence in sentences) <= 10


def test_every_pictogram_is_our_own_svg(settings):
    from portal.accessibility_pages import EasyStepBlock

    for key, _label in EasyStepBlock.PICTOGRAMS:
        svg = (settings.BASE_DIR / "static" / "img" / "easy" / f"{key}.svg").read_text()
        assert svg.startswith("<svg")
        assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # no external reference


def test_the_header_links_leichte_sprache_and_the_feedback_form(client, demo_site):
    html = client.get("/").content.decode()
    header = html[: html.index("<main")]

    assert '<a lang="de" href="/leichte-sprache/">Leichte Sprache</a>' in header
    assert 'href="/barriere-melden/?seite=/">Barriere melden</a>' in header


def test_an_untouched_old_demo_page_makes_way_and_an_edited_one_stays(demo_site):
    from demo.loader import demo_pages_load

    AccessibilityStatementPage.objects.get().delete()
    EasyLanguagePage.objects.get().delete()
    old = ContentPage(title="Erklärung zur Barrierefreiheit", slug="barrierefreiheit")
    demo_site.add_child(instance=old)
    old.save_revision().publish()
    edited = ContentPage(title="Leichte Sprache", slug="leichte-sprache")
    demo_site.add_child(instance=edited)
    edited.save_revision().publish()
    edited.save_revision().publish()

    demo_pages_load()

    assert AccessibilityStatementPage.objects.get().slug == "barrierefreiheit"
    assert not ContentPage.objects.filter(pk=old.pk).exists()
    assert ContentPage.objects.filter(pk=edited.pk).exists()
    assert not EasyLanguagePage.objects.exists()
