"""The strategy overview and the statistics page: figures, top themes, method note, charts with tables."""

import datetime

import pytest
from django.utils import timezone

from participation.models import Comment, Proposal, Vote
from portal.models import HomePage, StatisticsPage
from strategy.models import StrategyOverviewPage
from tests.factories import CommentFactory, ProposalFactory, VoteFactory
from tests.strategy.strategy_pages_fixtures import de, en, synthesis_draft
from tests.strategy.synthesis_fixtures import make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


def test_the_demo_loader_places_both_pages_under_home_in_the_main_navigation(client):
    home = HomePage.objects.get()
    overview, statistics = StrategyOverviewPage.objects.get(), StatisticsPage.objects.get()

    assert overview.get_parent().pk == home.pk and statistics.get_parent().pk == home.pk
    nav = client.get("/").content.decode().split('class="main-nav"')[1].split("</nav>")[0]
    assert f'href="{de(overview)}"' in nav and f'href="{de(statistics)}"' in nav
    assert StrategyOverviewPage.can_create_at(home) is False  # max_count 1


def test_the_overview_shows_status_top_themes_figures_and_the_method_limits(client, django_capture_on_commit_callbacks):
    make_input()
    ProposalFactory(action_field="mobility", district="wesertor")
    synthesis_draft(django_capture_on_commit_callbacks).revision.publish()
    overview = StrategyOverviewPage.objects.get()

    response = client.get(en(de(overview)))

    html = response.content.decode()
    fields = {field.action_field: field for field in response.context["fields"]}
    assert len(fields) == 5
    ecosystem = fields["ecosystem"]
    assert ecosystem.strategy_url and 0 < len(ecosystem.top_themes) <= 3
    for top in ecosystem.top_themes:
        assert f'href="{top.page_url}#{top.anchor}"' in html
    assert fields["mobility"].top_themes == () and not fields["mobility"].strategy_url
    assert "In preparation" in html and "Published on" in html
    assert response.context["figures"]["districts"] == 2  # Mitte and Wesertor
    assert "2 of 23" in html
    assert "keine repräsentative Stichprobe" in html  # the method note names its limits
    assert "Phase A" in html  # the programme's timeline


def test_the_overview_queries_do_not_grow_with_the_themes(
    client, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    overview = StrategyOverviewPage.objects.get()
    client.get(de(overview))
    with django_assert_max_num_queries(30) as before:
        client.get(de(overview))
    make_input()
    synthesis_draft(django_capture_on_commit_callbacks).revision.publish()
    client.get(de(overview))  # the home figures are counted once and cached
    with django_assert_max_num_queries(30) as after:
        client.get(de(overview))
    assert len(after) <= len(before) + 1  # + the published page's view restriction check


def test_the_statistics_page_has_charts_with_tables_per_week_field_and_district(client, django_assert_max_num_queries):
    proposal = ProposalFactory(action_field="mobility", district="wesertor")
    ProposalFactory(action_field="citizen", district="")
    CommentFactory(proposal=proposal)
    VoteFactory(proposal=proposal)
    earlier = timezone.now() - datetime.timedelta(days=21)
    Proposal.objects.filter(pk=proposal.pk).update(created=earlier)
    statistics = StatisticsPage.objects.get()

    client.get(de(statistics))
    with django_assert_max_num_queries(20):
        response = client.get(en(de(statistics)))

    html = response.content.decode()
    assert html.count('role="img"') == 5  # three time charts, per field, per district
    assert html.count("<caption") == 3
    weeks = response.context["statistics"]["weeks"]
    assert len(weeks) == 4  # the quiet weeks in between are listed with zeros
    assert [w.counts.proposals for w in weeks] == [1, 0, 0, 1]
    fields = {row.label: row.counts for row in response.context["statistics"]["fields"]}
    assert fields["Smart Safe Mobility"].comments == 1 and fields["Smart Safe Mobility"].votes == 1
    districts = {row.label: row.counts.proposals for row in response.context["statistics"]["districts"]}
    assert districts["Wesertor"] == 1 and sum(districts.values()) == 1
    assert Comment.objects.count() == Vote.objects.count() == 1


def test_the_statistics_page_without_participation(client):
    html = client.get(en(de(StatisticsPage.objects.get()))).content.decode()
    assert "There is no participation yet." in html
