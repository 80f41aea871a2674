import json

import pytest

from strategy.models import StrategyPage
from strategy.selectors import published_themes, themes_of_proposal
from strategy.services.runs import synthesis_request
from tests.strategy.synthesis_fixtures import FIELD, make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


def draft(capture):
    with capture(execute=True):
        run = synthesis_request(FIELD)
    run.refresh_from_db()
    return run


def test_only_published_themes_are_read(django_capture_on_commit_callbacks):
    make_input()
    run = draft(django_capture_on_commit_callbacks)
    assert published_themes() == []

    run.revision.publish()

    themes = published_themes()
    body = run.revision.content["body"]
    blocks = json.loads(body) if isinstance(body, str) else body
    assert [t.label for t in themes] == [b["value"]["label"] for b in blocks if b["type"] == "theme"]
    assert {t.action_field for t in themes} == {FIELD}
    assert published_themes("citizen" if FIELD != "citizen" else "welcome") == []
    page = StrategyPage.objects.get()
    assert all(t.page_url == page.url and t.anchor.startswith("theme-") for t in themes)


def test_a_proposal_finds_the_published_theme_it_rests_on(django_capture_on_commit_callbacks, client):
    make_input()
    draft(django_capture_on_commit_callbacks).revision.publish()
    theme = published_themes()[0]
    member = theme.members[-1]

    assert [t.theme_id for t in themes_of_proposal(member)] == [theme.theme_id]
    assert themes_of_proposal(10**9) == []
    html = client.get(theme.page_url).content.decode()
    assert f'id="{theme.anchor}"' in html
