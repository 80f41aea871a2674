"""#12 for council members: positions of split themes, "at a glance", figures only from the run, and the
administration's assessment."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from core.roles import MODERATOR_GROUP
from strategy.blocks import theme_anchor, theme_block_value
from strategy.figures import figures_restore
from strategy.models import StrategyOverviewPage, StrategyPage
from tests.factories import StaffUserFactory
from tests.staff import admin_login
from tests.strategy.council_fixtures import (
    RING_AGAINST,
    RING_FOR,
    block_post_data,
    split_theme,
    split_theme_block,
)
from tests.strategy.strategy_pages_fixtures import de, raw_body, revise, synthesis_draft, theme
from tests.strategy.synthesis_fixtures import make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


@pytest.fixture
def published(django_capture_on_commit_callbacks):
    """The ecosystem strategy drafted by the synthesis, published, with a split theme and an assessment added."""
    proposals = make_input()
    synthesis_draft(django_capture_on_commit_callbacks).revision.publish()
    page = StrategyPage.objects.get()
    body = [
        *raw_body(page),
        split_theme_block(proposals[0].pk, proposals[1].pk),
        {"type": "assessment", "value": {"text": "<p>Die Verwaltung prüft einen Versuch am Ständeplatz.</p>"}},
        theme("Mehr Parkplätze am Ring", consensus="low_support", theme_id="ecosystem-parking", participants=40),
    ]
    revise(page, body, publish=True)
    return StrategyPage.objects.get()


def test_the_synthesis_writes_a_split_themes_positions_with_their_own_figures():
    value = theme_block_value(split_theme(7, 9), titles={"7": "Ring ohne Autos", "9": "Innenstadt für Autos offen"})

    first, second = value["positions"]
    assert first["label"] == RING_FOR and second["label"] == RING_AGAINST
    assert first["proposals"] == [{"proposal": 7, "title": "Ring ohne Autos"}]
    assert first["support"] == {"participants": 180, "agree": 120, "disagree": 50, "passes": 10, "score": 0.6}
    assert first["groups"] == [
        {"group": 1, "votes": 100, "agree": 0.9, "disagree": 0.05},
        {"group": 2, "votes": 80, "agree": 0.1, "disagree": 0.8},
    ]
    # A theme that is not split carries no positions: it is its own one position.
    whole = split_theme(7, 9)
    whole.positions = whole.positions[:1]
    assert theme_block_value(whole, titles={})["positions"] == []


def test_a_split_theme_shows_each_position_with_the_groups_behind_it_and_no_summed_figure(client, published):
    html = client.get(de(published)).content.decode()
    section = html.split('id="theme-ecosystem-ring"')[1].split("</section>\n</section>")[0]

    assert "Position A" in section and escape(RING_FOR) in section
    assert "Position B" in section and escape(RING_AGAINST) in section
    # Per position: its groups for and against, its own people and votes, its proposals.
    position_a = section.split('id="theme-ecosystem-ring-position-a-title"')[1].split("Position B")[0]
    assert re.search(r"Gruppe 1 dafür</span>, <span[^>]*>Gruppe 2 dagegen", position_a)
    assert "180 Menschen haben 180 Stimmen abgegeben" in position_a
    position_b = section.split('id="theme-ecosystem-ring-position-b-title"')[1]
    assert re.search(r"Gruppe 1 dagegen</span>, <span[^>]*>Gruppe 2 dafür", position_b)
    ring = next(b.value for b in published.body if b.block_type == "theme" and b.value["theme_id"] == "ecosystem-ring")
    first = ring["positions"][0]["proposals"][0]["proposal"]
    assert f'href="{reverse("participation:proposal_detail", kwargs={"pk": first})}"' in position_a
    # The theme's own figure adds up opposite demands: it is not on the page.
    assert "302 Menschen" not in html and "675" not in section


def test_the_field_page_opens_with_at_a_glance(client, published):
    html = client.get(de(published)).content.decode()
    glance = html.split('id="glance-title"')[1].split("</section>\n</section>")[0]

    assert html.index('id="glance-title"') < html.index('id="themes-title"')
    assert "Auf einen Blick" in html
    # Who took part, in people and votes: the intro's figures.
    intro = next(b.value for b in published.body if b.block_type == "intro")
    assert f"{intro['voters']} Menschen haben {intro['votes']} Stimmen" in glance
    # The strongest agreement, the open question with both positions and their groups, and little support.
    consensus = next(b.value for b in published.body if b.block_type == "theme" and b.value["consensus"] == "consensus")
    assert f'href="#{theme_anchor(consensus)}"' in glance
    open_part = glance.split('id="glance-open-title"')[1]
    assert 'href="#theme-ecosystem-ring"' in open_part
    assert escape(RING_FOR) in open_part and escape(RING_AGAINST) in open_part
    assert "Gruppe 1 dafür" in open_part and "Gruppe 2 dagegen" in open_part
    low_part = glance.split('id="glance-low-title"')[1]
    assert 'href="#theme-ecosystem-parking"' in low_part
    assert "40 Menschen haben 10 Stimmen abgegeben" in low_part


def test_the_overview_opens_with_at_a_glance_linking_each_theme(client, published):
    overview = StrategyOverviewPage.objects.get()
    html = client.get(de(overview)).content.decode()

    assert html.index('id="glance-title"') < html.index('id="status-title"')
    glance = html.split('id="glance-title"')[1].split('id="status-title"')[0]
    page_url = de(published)
    assert f'href="{page_url}#theme-ecosystem-ring"' in glance
    assert escape(RING_FOR) in glance and "Gruppe 2 dagegen" in glance
    assert f'href="{page_url}#theme-ecosystem-parking"' in glance
    assert "Menschen haben" in glance and "Teilnehmende:" not in html


def test_the_administrations_assessment_is_marked_and_stays_with_its_theme(client, published):
    html = client.get(de(published)).content.decode()

    open_questions = html.split('id="open-questions-title"')[1]
    assert "Einschätzung der Verwaltung" in open_questions
    assert "Die Verwaltung prüft einen Versuch am Ständeplatz." in open_questions
    assert "nicht ein Ergebnis der Beteiligung" in open_questions or "kein Ergebnis der Beteiligung" in open_questions


def test_figures_are_read_only_in_the_page_editor(client, published):
    admin_login(client, StaffUserFactory(group=MODERATOR_GROUP))

    html = client.get(f"/admin/pages/{published.pk}/edit/").content.decode()

    # Telepath sends each figure's widget as HTML: every one is read-only.
    assert html.count("strategy-run-figure") >= 8
    assert "readonly" in html


def _post_edit(client, page, body_value):
    data = {
        "title": page.title,
        "slug": page.slug,
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments-TOTAL_FORMS": 0,
        "comments-INITIAL_FORMS": 0,
        "comments-MIN_NUM_FORMS": 0,
        "comments-MAX_NUM_FORMS": 1000,
        **block_post_data(page.body.stream_block, body_value, "body"),
    }
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_a_figure_sent_to_the_editor_is_replaced_by_the_runs_and_staff_wording_stays(client, published):
    admin_login(client, StaffUserFactory(group=MODERATOR_GROUP))
    page = StrategyPage.objects.get()
    run_theme = next(b.value for b in page.body if b.block_type == "theme" and b.value["theme_id"].startswith("eco"))
    run_figures, run_consensus = dict(run_theme["support"]), run_theme["consensus"]
    draft = page.get_latest_revision_as_object()
    body = draft.body
    for block in body:
        if block.block_type == "theme" and block.value["theme_id"] == run_theme["theme_id"]:
            block.value["label"] = "Sauberes Kassel"
            block.value["support"]["participants"] = 9999
            block.value["support"]["agree"] = 9998
            block.value["consensus"] = "divisive"

    response = _post_edit(client, page, body)

    assert response.status_code == 302, response.content.decode()[:2000]
    saved = StrategyPage.objects.get().get_latest_revision_as_object()
    edited = next(
        b.value for b in saved.body if b.block_type == "theme" and b.value["theme_id"] == run_theme["theme_id"]
    )
    assert edited["label"] == "Sauberes Kassel"  # staff wording stays
    assert dict(edited["support"]) == run_figures  # figures are the run's
    assert edited["consensus"] == run_consensus
    # The themes the run did not write (added by hand here) keep no figures at all.
    hand = next(b.value for b in saved.body if b.block_type == "theme" and b.value["theme_id"] == "ecosystem-parking")
    assert hand["support"]["participants"] is None and list(hand["members"]) == []


def test_figures_restore_keeps_labels_and_order_of_positions_but_the_runs_figures():
    run = [split_theme_block(7, 9)]
    edited = split_theme_block(7, 9)
    first, second = edited["value"]["positions"]
    second["label"], second["support"]["agree"] = "Autos bleiben", 1
    first["groups"] = []
    edited["value"]["positions"] = [second, first, {**first, "label": "erfunden", "proposals": [{"proposal": 99}]}]

    restored = figures_restore([edited], run)[0]["value"]["positions"]

    assert [p["label"] for p in restored] == ["Autos bleiben", RING_FOR]
    assert restored[0]["support"]["agree"] == 100
    assert restored[1]["groups"] == run[0]["value"]["positions"][0]["groups"]
