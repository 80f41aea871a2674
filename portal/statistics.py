"""The statistics page's figures and charts: participation per week, per action field and per district."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from core.choices import ActionField, District
from participation.selectors import (
    ParticipationCounts,
    participation_per_action_field,
    participation_per_district,
    participation_per_week,
)

from . import charts
from .snapshots import FiguresSnapshot

STATISTICS_KEY = "statistics"

# At most this many week labels under a time chart, so they do not overlap.
WEEK_LABELS = 8
KINDS = ("proposals", "comments", "votes")


@dataclass(frozen=True)
class Chart:
    key: str
    svg: SafeString
    title: str = ""  # shown above the chart; the SVG's own <title> is not visible
    chart_id: str = ""  # the SVG's id, unique on the page


def _figure(value: float) -> str:
    """A figure in the visitor's number format, grouped: "13.667" in German, "13,667" in English."""
    return number_format(value, force_grouping=True)


@dataclass(frozen=True)
class StatisticsRow:
    label: str
    counts: ParticipationCounts


def _kind_labels() -> dict[str, str]:
    return {"proposals": _("Proposals"), "comments": _("Comments"), "votes": _("Votes")}


def _time_charts(weeks: list[StatisticsRow]) -> list[Chart]:
    labels = _kind_labels()
    every = max(1, math.ceil(len(weeks) / WEEK_LABELS))
    result = []
    for index, kind in enumerate(KINDS):
        points = [(row.label, getattr(row.counts, kind)) for row in weeks]
        total = sum(value for _label, value in points)
        title = _("%(kind)s per week") % {"kind": labels[kind]}
        svg = charts.columns(
            points,
            chart_id=f"chart-week-{kind}",
            title=title,
            description=_("%(total)s in %(weeks)s weeks; the figures are in the table below.")
            % {"total": _figure(total), "weeks": len(points)},
            kind=f"series-{index}",
            label_every=every,
            value_format=_figure,
        )
        result.append(Chart(key=kind, svg=mark_safe(svg), title=title, chart_id=f"chart-week-{kind}"))  # noqa: S308 - charts escape every text
    return result


def _bar_chart(rows: list[StatisticsRow], *, key: str, kind: str, title: str) -> Chart:
    points = [(row.label, getattr(row.counts, kind)) for row in rows]
    described = ", ".join(f"{label}: {_figure(value)}" for label, value in points)
    svg = charts.bars(points, chart_id=f"chart-{key}-{kind}", title=title, description=described, value_format=_figure)
    return Chart(key=kind, svg=mark_safe(svg), title=title, chart_id=f"chart-{key}-{kind}")  # noqa: S308 - charts escape every text


def _counted(rows: list[ParticipationCounts]) -> list[list]:
    return [[row.key, row.proposals, row.comments, row.votes] for row in rows]


def statistics_refresh() -> FiguresSnapshot:
    """Count the statistics page's figures (nine grouped queries) and store them. Idempotent: it overwrites."""
    data = {
        "weeks": _counted(participation_per_week()),
        "fields": _counted(participation_per_action_field()),
        "districts": _counted(participation_per_district()),
    }
    snapshot, _created = FiguresSnapshot.objects.update_or_create(
        key=STATISTICS_KEY, defaults={"data": data, "computed_at": timezone.now()}
    )
    return snapshot


def _stored_statistics() -> FiguresSnapshot:
    """The figures the beat task counted (one query); counted now only before its first run."""
    snapshot = FiguresSnapshot.objects.filter(key=STATISTICS_KEY).first()
    return snapshot if snapshot is not None else statistics_refresh()


def statistics_as_of() -> datetime.datetime | None:
    """When the stored figures were counted (a small query), to key the page's cached charts on."""
    return FiguresSnapshot.objects.filter(key=STATISTICS_KEY).values_list("computed_at", flat=True).first()


def _rows(stored: list[list]) -> list[ParticipationCounts]:
    return [ParticipationCounts(key=key, proposals=p, comments=c, votes=v) for key, p, c, v in stored]


def participation_statistics() -> dict:
    """Rows and charts for the statistics page, from the stored figures: one query, whatever the participation."""
    snapshot = _stored_statistics()
    data = snapshot.data
    weeks = [
        StatisticsRow(label=date_format(datetime.date.fromisoformat(row.key), "SHORT_DATE_FORMAT"), counts=row)
        for row in _rows(data.get("weeks", []))
    ]
    fields = [StatisticsRow(label=ActionField(row.key).label, counts=row) for row in _rows(data.get("fields", []))]
    districts = [StatisticsRow(label=District(row.key).label, counts=row) for row in _rows(data.get("districts", []))]
    return {
        "computed_at": snapshot.computed_at,
        "weeks": weeks,
        "week_charts": _time_charts(weeks) if weeks else [],
        "fields": fields,
        "field_chart": _bar_chart(fields, key="field", kind="proposals", title=_("Proposals per action field")),
        "districts": districts,
        "district_chart": _bar_chart(districts, key="district", kind="proposals", title=_("Proposals per district")),
        "totals": {kind: sum(getattr(row.counts, kind) for row in fields) for kind in KINDS},
    }
