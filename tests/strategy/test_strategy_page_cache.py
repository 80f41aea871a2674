"""The cached parts of the strategy pages (#17): the live version's sections per published revision, the overview
per generation. A publish or a new draft shows on the next render; a draft preview is never cached."""

import pytest

from strategy.models import StrategyPage
from tests.strategy.strategy_pages_fixtures import (
    COUNCIL_GROUP,
    de,
    member_of,
    raw_body,
    revise,
    synthesis_draft,
    theme,
)
from tests.strategy.synthesis_fixtures import make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


@pytest.fixture
def published(django_capture_on_commit_callbacks):
    make_input()
    synthesis_draft(django_capture_on_commit_callbacks).revision.publish()
    return StrategyPage.objects.get()


def test_a_new_published_version_shows_at_once(client, published, django_capture_on_commit_callbacks):
    url = de(published)
    assert "Trinkbrunnen im Park" not in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        revise(published, [*raw_body(published), theme("Trinkbrunnen im Park")], publish=True)

    assert "Trinkbrunnen im Park" in client.get(url).content.decode()


def test_a_draft_stays_out_of_the_public_page_and_its_preview_is_fresh(
    client, published, django_capture_on_commit_callbacks
):
    url = de(published)
    public = client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        revise(published, [*raw_body(published), theme("Nur im Entwurf")], publish=False)

    assert "Nur im Entwurf" not in client.get(url).content.decode()
    client.force_login(member_of(COUNCIL_GROUP))
    preview = client.get(published.council_preview_url())
    assert "Nur im Entwurf" in preview.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        revise(published, [*raw_body(published), theme("Zweiter Entwurf")], publish=False)
    assert "Zweiter Entwurf" in client.get(published.council_preview_url()).content.decode()
    assert public  # the public page rendered before the drafts


def test_the_overview_says_so_when_a_new_draft_awaits_review(client, published, django_capture_on_commit_callbacks):
    assert "ein neuer Entwurf wird geprüft" not in client.get("/strategie/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        revise(published, [*raw_body(published), theme("Neu")], publish=False)

    assert "ein neuer Entwurf wird geprüft" in client.get("/strategie/").content.decode()
