"""The SVG charts: named for assistive technology, every text escaped, bars proportional to their figures."""

import re
from xml.etree import ElementTree

from portal import charts

SVG = "{http://www.w3.org/2000/svg}"
EVIL = '<script>alert("x")</script> & "Co"'


def parse(markup: str) -> ElementTree.Element:
    return ElementTree.fromstring(markup)  # noqa: S314 - our own markup, parsed to prove it is well-formed


def widths(svg: ElementTree.Element, kind: str) -> list[float]:
    return [float(rect.get("width")) for rect in svg.iter(f"{SVG}rect") if rect.get("class") == f"chart-{kind}"]


def test_a_chart_is_an_image_named_by_its_title_and_description():
    svg = parse(charts.bars([("Mitte", 3)], chart_id="c1", title="Vorschläge", description="Mitte: 3"))

    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c1-title c1-desc"
    assert svg.find(f"{SVG}title").get("id") == "c1-title" and svg.find(f"{SVG}title").text == "Vorschläge"
    assert svg.find(f"{SVG}desc").text == "Mitte: 3"


def test_every_text_is_escaped():
    markup = charts.stacked_bars(
        [(EVIL, [1, 2, 3])],
        kinds=[("agree", EVIL), ("disagree", "b"), ("pass", "c")],
        chart_id='x" onload="alert(1)',
        title=EVIL,
        description=EVIL,
    )
    markup += charts.columns([(EVIL, 1)], chart_id="c", title=EVIL, description=EVIL)
    markup += charts.bars([(EVIL, 1)], chart_id="b", title=EVIL, description=EVIL)

    assert "<script>" not in markup and 'onload="' not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;" in markup
    for part in re.findall(r"<svg.*?</svg>", markup):
        svg = parse(part)  # well-formed despite the hostile labels
        assert EVIL in [element.text for element in svg.iter()]


def test_bars_are_proportional_and_a_stacked_bar_fills_its_total():
    svg = parse(charts.bars([("a", 10), ("b", 5), ("c", 0)], chart_id="b", title="t", description="d"))
    full, half, empty = widths(svg, "series-0")
    assert half == full / 2 and empty == 0

    stacked = parse(
        charts.stacked_bars(
            [("Gruppe 1", [60, 30, 10])],
            kinds=[("agree", "Ja"), ("disagree", "Nein"), ("rest", "Enthaltung")],
            chart_id="s",
            title="t",
            description="d",
            total=100,
        )
    )
    agree, disagree, rest = widths(stacked, "agree")[0], widths(stacked, "disagree")[0], widths(stacked, "rest")[0]
    assert agree == 2 * disagree == 6 * rest


def test_empty_and_zero_figures_draw_without_dividing_by_zero():
    assert parse(charts.bars([], chart_id="e", title="t", description="d")).get("role") == "img"
    svg = parse(charts.columns([("KW 1", 0), ("KW 2", 0)], chart_id="z", title="t", description="d"))
    assert widths(svg, "series-0") and all(float(r.get("height")) == 0 for r in svg.iter(f"{SVG}rect"))
    stacked = charts.stacked_bars(
        [("x", [0, 0, 0])],
        kinds=[("agree", "a"), ("disagree", "b"), ("pass", "c")],
        chart_id="s",
        title="t",
        description="d",
    )
    assert parse(stacked).get("role") == "img"


def test_a_themes_chart_reads_its_figures_in_the_pages_language():
    from django.utils import translation

    from strategy.templatetags.strategy_charts import theme_support

    value = {"label": "Schulweg", "support": {"agree": 1750, "disagree": 150, "passes": 100}, "consensus": "consensus"}
    with translation.override("de"):
        german = parse(theme_support(value)["chart"]).find(f"{SVG}desc").text
    with translation.override("en"):
        english = parse(theme_support(value)["chart"]).find(f"{SVG}desc").text
    assert german == "Zustimmung: 1.750 (87,5 %); Ablehnung: 150 (7,5 %); Enthaltung: 100 (5,0 %)"
    assert english == "Agree: 1,750 (87.5 %); Disagree: 150 (7.5 %); Pass: 100 (5.0 %)"
