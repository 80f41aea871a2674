"""The published strategy of a field: themes with charts and tables, open questions, versions, council preview."""

import re

import pytest
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from participation.models import Proposal
from portal.models import ActionFieldPage
from strategy.models import StrategyOverviewPage, StrategyPage
from strategy.selectors import published_themes
from strategy.versions import published_versions
from tests.factories import ConfirmedUserFactory
from tests.strategy.strategy_pages_fixtures import (
    COUNCIL_GROUP,
    PROJECT_OFFICE_GROUP,
    de,
    en,
    member_of,
    raw_body,
    revise,
    synthesis_draft,
    theme,
)
from tests.strategy.synthesis_fixtures import add_theme, make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


@pytest.fixture
def published(django_capture_on_commit_callbacks):
    """The ecosystem strategy, drafted by the synthesis from demo-like input and published once."""
    make_input()
    synthesis_draft(django_capture_on_commit_callbacks).revision.publish()
    return StrategyPage.objects.get()


def test_the_field_page_shows_each_theme_with_chart_table_and_sources(client, published):
    themes = [block.value for block in published.body if block.block_type == "theme"]
    assert themes

    html = client.get(en(de(published))).content.decode()

    for value in themes:
        assert value["label"] in html
        for sentence in value["summary"]:
            assert reverse("participation:proposal_detail", kwargs={"pk": sentence["proposal"]}) in html
        for item in value["proposals"]:
            assert f'href="{reverse("participation:proposal_detail", kwargs={"pk": item["proposal"]})}"' in html
    # One support chart per theme, each named, each with a table of the same figures.
    assert html.count('role="img"') >= len(themes)
    assert html.count("<caption>Votes on the proposals of") == len(themes)
    assert "Districts concerned" in html and "Mitte" in html
    assert "Version 1, published on" in html


def test_divisive_themes_are_open_questions_with_agreement_per_group(client, published):
    body = [*raw_body(published), theme("Kameras am Bahnhof", consensus="divisive", theme_id="ecosystem-cam")]
    revise(published, body, publish=True)

    html = client.get(en(de(published))).content.decode()

    open_questions = html.split('id="open-questions-title"')[1]
    assert "Kameras am Bahnhof" in open_questions
    # Among the themes only as an open question ("at a glance" above names it too).
    assert "Kameras am Bahnhof" not in html.split('id="open-questions-title"')[0].split('id="themes-title"')[1]
    assert 'id="chart-ecosystem-cam-groups"' in open_questions
    assert "<caption>Agreement per opinion group on “Kameras am Bahnhof”</caption>" in open_questions
    assert re.search(r"<th scope=\"row\">Group 2</th><td>9</td><td>20.0 %</td><td>70.0 %</td>", open_questions)


def test_theme_labels_are_escaped_in_text_and_chart(client, published):
    revise(published, [theme('<script>alert("x")</script> & Co', theme_id="xss")], publish=True)

    html = client.get(en(de(published))).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html


def test_every_published_version_stays_readable_and_drafts_never_appear(
    client, published, django_capture_on_commit_callbacks
):
    first_labels = [b.value["label"] for b in published.body if b.block_type == "theme"]
    add_theme()
    second = synthesis_draft(django_capture_on_commit_callbacks).revision
    second.publish()
    draft = revise(StrategyPage.objects.get(), [theme("Nur ein Entwurf", theme_id="draft-only")], publish=False)

    versions = published_versions(published)
    assert [v.number for v in versions] == [2, 1]
    assert versions[0].revision_id == second.pk
    listing = client.get(en(de(published) + "versionen/")).content.decode()
    assert "Read version 1" in listing and "Read version 2" in listing
    assert f"versionen/{draft.pk}/" not in listing

    old = client.get(en(de(published) + f"versionen/{versions[1].revision_id}/"))
    assert old.status_code == 200
    old_html = old.content.decode()
    assert "This is an earlier version" in old_html
    assert all(label in old_html for label in first_labels)
    assert "Sonnensegel" not in old_html  # the theme added in version 2
    assert client.get(en(de(published) + f"versionen/{draft.pk}/")).status_code == 404
    assert "Nur ein Entwurf" not in client.get(de(published)).content.decode()


def test_the_comparison_names_added_dropped_and_changed_themes(client, published):
    body = raw_body(published)
    kept, dropped = body[1]["value"], body[2]["value"]
    revise(
        published,
        [
            body[0],
            theme("Neues Thema", theme_id="new"),
            theme(kept["label"], theme_id=kept["theme_id"], participants=kept["support"]["participants"] + 5),
        ],
        publish=True,
    )
    old, new = published_versions(published)[::-1]

    response = client.get(en(de(published) + "versionen/vergleich/"), {"alt": new.revision_id, "neu": old.revision_id})

    assert response.status_code == 200
    comparison = response.context["comparison"]
    assert [t["label"] for t in comparison.added] == ["Neues Thema"]
    assert dropped["label"] in [t["label"] for t in comparison.dropped]
    assert [c.participants_delta for c in comparison.kept] == [5]
    html = response.content.decode()
    assert "Themes no longer included" in html and "(+5)" in html


def test_the_comparison_falls_back_to_labels_and_needs_two_versions(client, published):
    response = client.get(en(de(published) + "versionen/vergleich/"))
    assert response.context["comparison"] is None
    assert "only one version has been published" in response.content.decode()

    revise(published, [theme("Ohne Schlüssel")], publish=True)
    revise(published, [theme("Ohne Schlüssel", participants=3), theme("Dazu")], publish=True)
    response = client.get(en(de(published) + "versionen/vergleich/"))  # the two newest by default

    comparison = response.context["comparison"]
    assert [t["label"] for t in comparison.added] == ["Dazu"]
    assert [c.label for c in comparison.kept] == ["Ohne Schlüssel"]


@pytest.fixture
def published_with_draft(published):
    """Version 1 is public; a newer draft with an extra theme waits for approval."""
    revise(published, [*raw_body(published), theme("Entwurfsthema für den Rat", theme_id="council")], publish=False)
    return published


COUNCIL_MATRIX = [
    # (who, status of the preview, sees the draft there)
    ("anonymous", 302, False),
    ("citizen", 403, False),
    ("council", 200, True),
    ("project_office", 200, True),
]


def _login(client, who: str) -> None:
    if who == "citizen":
        client.force_login(ConfirmedUserFactory())
    elif who == "council":
        client.force_login(member_of(COUNCIL_GROUP))
    elif who == "project_office":
        client.force_login(member_of(PROJECT_OFFICE_GROUP))


@pytest.mark.parametrize(("who", "status", "sees_draft"), COUNCIL_MATRIX)
def test_council_preview_matrix(client, published_with_draft, who, status, sees_draft):
    page = published_with_draft
    _login(client, who)

    public = client.get(de(page))
    preview = client.get(de(page) + "entwurf/")

    assert public.status_code == 200
    assert "Entwurfsthema für den Rat" not in public.content.decode()  # everyone gets the published version
    assert preview.status_code == status
    assert ("Entwurfsthema für den Rat" in preview.content.decode()) is sees_draft
    if who == "anonymous":
        assert preview.url.startswith(reverse("account_login")) and "next=" in preview.url
    if sees_draft:
        assert preview["Cache-Control"] == "private, no-store"
    # Those who may read the draft find a link to it on the published page.
    assert ('href="' + de(page) + 'entwurf/"' in public.content.decode()) is sees_draft


def test_council_reads_a_first_draft_before_anything_is_published(client, django_capture_on_commit_callbacks):
    make_input()
    synthesis_draft(django_capture_on_commit_callbacks)
    page = StrategyPage.objects.get()
    assert not page.live

    assert client.get(de(page)).status_code == 404
    assert client.get(de(page) + "entwurf/").status_code == 302
    client.force_login(member_of(COUNCIL_GROUP))
    response = client.get(de(page) + "entwurf/")
    assert response.status_code == 200
    assert "Draft for the city council" in client.get(en(de(page) + "entwurf/")).content.decode()
    assert client.get(de(page) + "versionen/").status_code == 404  # nothing else of an unpublished page


@pytest.mark.parametrize(("who", "_status", "sees_draft"), COUNCIL_MATRIX)
def test_those_who_may_read_the_draft_find_it_from_the_overview_and_the_field_page(
    client, published_with_draft, who, _status, sees_draft
):
    """#12/#15: nothing linked the council preview but the strategy page itself."""
    page = published_with_draft
    draft_link = 'href="' + de(page) + 'entwurf/"'
    field_page = page.get_parent()
    overview = StrategyOverviewPage.objects.live().first()
    _login(client, who)

    field_html = client.get(de(field_page)).content.decode()
    overview_html = client.get(de(overview)).content.decode()

    assert 'href="' + de(page) + '"' in field_html, "the field page links its published strategy"
    assert (draft_link in field_html) is sees_draft
    assert (draft_link in overview_html) is sees_draft


def test_a_first_draft_is_found_from_the_field_page_before_publishing(client, django_capture_on_commit_callbacks):
    make_input()
    synthesis_draft(django_capture_on_commit_callbacks)
    page = StrategyPage.objects.get()
    client.force_login(member_of(COUNCIL_GROUP))

    html = client.get(de(page.get_parent())).content.decode()

    assert 'href="' + de(page.get_parent()) + 'strategie/entwurf/"' in html


def test_the_field_page_queries_do_not_grow_with_the_themes(client, published, django_assert_max_num_queries):
    client.get(de(published))  # warms process-wide caches (site root paths, content types)
    counts = []
    for themes in [2, 12]:
        revise(published, [theme(f"Thema {n}", theme_id=f"t{n}") for n in range(themes)], publish=True)
        with django_assert_max_num_queries(20) as captured:
            assert client.get(de(published)).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_a_proposal_links_to_the_published_theme_it_went_into(
    client, published, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    value = next(b.value for b in published.body if b.block_type == "theme")
    proposal = Proposal.objects.get(pk=value["members"][-1])
    anchor = "theme-" + slugify(value["theme_id"])

    html = client.get(en(proposal.get_absolute_url())).content.decode()

    assert "Included in the strategy:" in html
    assert f'href="{en(de(published))}#{anchor}">{value["label"]}</a>' in html
    with django_assert_max_num_queries(8):  # the theme index is cached: no query of its own
        client.get(en(proposal.get_absolute_url()))

    with django_capture_on_commit_callbacks(execute=True):
        published.unpublish()
    assert "Included in the strategy:" not in client.get(en(proposal.get_absolute_url())).content.decode()


def test_a_view_restriction_on_the_page_or_above_hides_its_themes(published):
    other_field = ActionFieldPage.objects.exclude(pk=published.get_parent().pk).first()
    PageViewRestriction.objects.create(page=other_field, restriction_type=PageViewRestriction.LOGIN)
    assert {t.action_field for t in published_themes()} == {"ecosystem"}

    PageViewRestriction.objects.create(page=published.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    assert published_themes() == []
