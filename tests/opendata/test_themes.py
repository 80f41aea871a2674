"""Open data of the strategy: the published themes with their member proposals, and the "Offene Daten" page."""

import pytest

from opendata.licence import LICENSE
from opendata.themes import THEME_COLUMNS
from participation.models import Proposal
from strategy.selectors import published_themes
from tests.strategy.synthesis_fixtures import AUTHOR_NAMES, FIELD, HIDDEN_TEXT

from .support import body_text, read_csv, read_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]

THEMES_CSV = "/offene-daten/themen.csv"
THEMES_JSON = "/offene-daten/themen.json"
THEMES_API = "/api/v1/themes/"
COLUMN_NAMES = [column.name for column in THEME_COLUMNS]


def test_drafts_are_not_published_as_open_data(client, draft):
    assert read_json(client.get(THEMES_JSON))["results"] == []
    assert client.get(THEMES_API).json()["count"] == 0
    assert read_csv(client.get(THEMES_CSV)) == []
    assert body_text(client.get(THEMES_CSV)).splitlines() == [",".join(COLUMN_NAMES)]


def test_published_themes_with_their_member_proposals(client, draft):
    draft.revision.publish()
    themes = published_themes()
    assert themes

    document = read_json(client.get(THEMES_JSON))

    assert document["license"]["url"] == LICENSE["url"]
    records = document["results"]
    assert [r["id"] for r in records] == [t.theme_id for t in themes]
    assert all(list(r) == COLUMN_NAMES for r in records)
    visible = set(Proposal.objects.visible().values_list("pk", flat=True))
    for record, theme in zip(records, themes, strict=True):
        assert record["action_field"] == FIELD
        assert record["proposal_ids"] == list(theme.members)
        assert set(record["proposal_ids"]) <= visible
        assert record["proposal_count"] == len(theme.members)
        assert record["url"].endswith(f"{theme.page_url}#{theme.anchor}")
        assert record["support_participants"] == theme.support["participants"]
        assert record["consensus"] in {"consensus", "divisive", "low_support"}
        assert record["summary"] == [sentence["text"] for sentence in theme.summary]
        assert record["summary_proposal_ids"] == [sentence["proposal"] for sentence in theme.summary]
        assert set(record["summary_proposal_ids"]) <= set(record["proposal_ids"])
        for text, pk in zip(record["summary"], record["summary_proposal_ids"], strict=True):
            proposal = Proposal.objects.get(pk=pk)
            assert text in f"{proposal.title} {proposal.body}", "a summary sentence is quoted from its source"
    rows = read_csv(client.get(THEMES_CSV))
    assert [row["id"] for row in rows] == [r["id"] for r in records]
    assert rows[0]["proposal_ids"] == " ".join(str(pk) for pk in records[0]["proposal_ids"])
    assert rows[0]["summary"] == " ".join(records[0]["summary"])


def test_no_author_and_nothing_hidden_in_the_theme_files(client, draft):
    draft.revision.publish()

    text = (
        body_text(client.get(THEMES_CSV)) + body_text(client.get(THEMES_JSON)) + client.get(THEMES_API).content.decode()
    )

    assert HIDDEN_TEXT not in text
    assert "@example.org" not in text
    for name in AUTHOR_NAMES:
        assert name not in text


def test_a_member_hidden_after_publication_leaves_the_theme_files(client, draft):
    draft.revision.publish()
    member = published_themes()[0].members[0]
    assert member in [sentence["proposal"] for sentence in published_themes()[0].summary]  # quoted, too
    Proposal.objects.filter(pk=member).update(hidden_by_reports=True)

    records = read_json(client.get(THEMES_JSON))["results"]

    assert member not in records[0]["proposal_ids"]
    assert member not in records[0]["summary_proposal_ids"]
    assert records[0]["proposal_count"] == len(published_themes()[0].members) - 1


def test_themes_api_filters_and_refuses_bad_values(client, draft):
    draft.revision.publish()
    themes = published_themes()

    everything = client.get(THEMES_API).json()
    assert everything["count"] == len(themes)
    assert everything["license"]["name"] == LICENSE["name"]
    assert client.get(THEMES_API, {"action_field": "welcome"}).json()["count"] == 0
    consensus = themes[0].consensus
    same = client.get(THEMES_API, {"consensus": consensus}).json()
    assert same["count"] == sum(1 for t in themes if t.consensus == consensus)
    assert client.get(THEMES_API, {"consensus": "einig"}).status_code == 400
    assert client.get(THEMES_API, {"page_size": 1, "page": len(themes) + 1}).status_code == 404


def test_the_open_data_page_documents_licence_files_fields_and_api(client, settings):
    german = client.get("/offene-daten/")
    english = client.get("/en/offene-daten/")

    assert german.status_code == english.status_code == 200
    html = english.content.decode()
    assert LICENSE["url"] in html and LICENSE["name"] in html
    for address in [
        "/offene-daten/vorschlaege.csv",
        "/offene-daten/vorschlaege.json",
        "/offene-daten/vorschlaege.geojson",
        "/offene-daten/stimmen.csv",
        "/offene-daten/stimmen.json",
        "/offene-daten/themen.csv",
        "/offene-daten/themen.json",
        "/api/v1/proposals/",
    ]:
        assert f'href="{address}' in html
    for name in [*COLUMN_NAMES, "votes_agree", "first_vote", "district_name"]:
        assert f"<code>{name}</code>" in html
    assert "<code>author</code>" not in html
    assert "curl 'http://testserver/api/v1/proposals/?action_field=mobility&amp;page_size=20'" in html
    settings.OPEN_DATA_INCLUDE_PSEUDONYMS = True
    assert "<code>author</code>" in client.get("/en/offene-daten/").content.decode()


def test_every_page_links_to_open_data_in_the_footer(client):
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]

    assert 'href="/offene-daten/"' in footer
    assert 'href="/offene-daten/" aria-current="page"' in client.get("/offene-daten/").content.decode()


def test_the_demo_field_for_open_data_links_to_the_page(client):
    html = client.get("/smart-city-goes-citizen/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]

    assert 'href="/offene-daten/"' in main
