"""The statistics page's charts (#15): a visible title each, figures in the visitor's number format."""

import re

import pytest
from django.core.management import call_command
from django.utils import translation

from portal import charts
from portal.statistics import _figure
from tests.factories import ProposalFactory


def test_chart_figures_use_the_visitors_number_format():
    with translation.override("de"):
        german = charts.bars([("Mitte", 13667)], chart_id="c", title="t", description="d", value_format=_figure)
        columns = charts.columns([("KW 1", 13667)], chart_id="k", title="t", description="d", value_format=_figure)
    with translation.override("en"):
        english = charts.bars([("Mitte", 13667)], chart_id="c", title="t", description="d", value_format=_figure)

    assert ">13.667</text>" in german and ">13.667</text>" in columns and ">13667<" not in german + columns
    assert ">13,667</text>" in english


def test_the_last_week_label_ends_inside_the_chart():
    points = [(f"{day:02d}.12.2026", day) for day in range(1, 31)]
    svg = charts.columns(points, chart_id="w", title="t", description="d", label_every=1)
    last = re.findall(r'<text x="([\d.]+)" y="\d+" text-anchor="(\w+)" class="chart-label">30\.12\.2026', svg)
    assert last == [(str(charts.WIDTH), "end")]


@pytest.mark.django_db
def test_every_chart_on_the_statistics_page_has_a_visible_title(client):
    call_command("load_demo_content", "--pages-only", verbosity=0)
    ProposalFactory(district="mitte")

    html = client.get("/statistik/").content.decode()

    titles = re.findall(r'<figcaption class="chart-title" id="([\w-]+)-caption">([^<]+)</figcaption>', html)
    assert [title for _id, title in titles] == [
        "Vorschläge je Woche",
        "Kommentare je Woche",
        "Stimmen je Woche",
        "Vorschläge je Handlungsfeld",
        "Vorschläge je Ortsbezirk",
    ]
    assert len({chart_id for chart_id, _title in titles}) == 5  # unique ids for the regions' labels
