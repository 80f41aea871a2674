"""The cached navigation, site and routes (#17): a publish, an unpublish or a moved page shows on the next render."""

import pytest
from wagtail.models import Site

from portal.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


def footer(client, path="/") -> str:
    html = client.get(path).content.decode()
    return html[html.index('<footer class="site-footer">') :]


def test_a_published_menu_page_joins_the_footer_at_once(client, demo_site, django_capture_on_commit_callbacks):
    assert "Spielregeln" not in footer(client)

    page = ContentPage(title="Spielregeln", slug="spielregeln", show_in_menus=True)
    with django_capture_on_commit_callbacks(execute=True):
        demo_site.add_child(instance=page)
        page.save_revision().publish()

    assert 'href="/spielregeln/">Spielregeln</a>' in footer(client)
    assert client.get("/spielregeln/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert "Spielregeln" not in footer(client)
    assert client.get("/spielregeln/").status_code == 404


def test_a_new_slug_moves_the_page_and_its_link_at_once(client, demo_site, django_capture_on_commit_callbacks):
    page = ContentPage.objects.get(slug="impressum")
    assert client.get("/impressum/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        page.slug = "anbieter"
        page.save_revision().publish()

    old = client.get("/impressum/")
    assert old.status_code == 301 and old["Location"] == "/anbieter/"  # Wagtail's redirect, not the cached page
    assert client.get("/anbieter/").status_code == 200
    assert 'href="/anbieter/"' in footer(client, "/vorschlaege/")


def test_a_changed_site_is_read_anew(client, demo_site, django_capture_on_commit_callbacks):
    assert client.get("/").status_code == 200
    site = Site.objects.get()
    other_root = ContentPage.objects.get(slug="impressum")

    with django_capture_on_commit_callbacks(execute=True):
        site.root_page = other_root
        site.save()

    assert "Impressum" in client.get("/").content.decode()


def test_the_english_navigation_is_cached_apart(client, demo_site):
    german, english = footer(client), footer(client, "/en/")
    assert german != english
    assert footer(client) == german and footer(client, "/en/") == english
