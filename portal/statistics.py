"""The statistics page's figures and charts: participation per week, per action field and per district."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

from django.utils.formats import date_format
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

# At most this many week labels under a time chart, so they do not overlap.
WEEK_LABELS = 8
KINDS = ("proposals", "comments", "votes")


@dataclass(frozen=True)
class Chart:
    key: str
    svg: SafeString


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
        svg = charts.columns(
            points,
            chart_id=f"chart-week-{kind}",
            title=_("%(kind)s per week") % {"kind": labels[kind]},
            description=_("%(total)s in %(weeks)s weeks; the figures are in the table below.")
            % {"total": total, "weeks": len(points)},
            kind=f"series-{index}",
            label_every=every,
        )
        result.append(Chart(key=kind, svg=mark_safe(svg)))  # noqa: S308 - charts escape every text
    return result


def _bar_chart(rows: list[StatisticsRow], *, key: str, kind: str, title: str) -> Chart:
    points = [(row.label, getattr(row.counts, kind)) for row in rows]
    described = ", ".join(f"{label}: {value}" for label, value in points)
    svg = charts.bars(points, chart_id=f"chart-{key}-{kind}", title=title, description=described)
    return Chart(key=kind, svg=mark_safe(svg))  # noqa: S308 - charts escape every text


def participation_statistics() -> dict:
    """Rows and charts for the statistics page: nine grouped queries, whatever the amount of participation."""
    weeks = [
        StatisticsRow(label=date_format(datetime.date.fromisoformat(row.key), "SHORT_DATE_FORMAT"), counts=row)
        for row in participation_per_week()
    ]
    fields = [StatisticsRow(label=ActionField(row.key).label, counts=row) for row in participation_per_action_field()]
    districts = [StatisticsRow(label=District(row.key).label, counts=row) for row in participation_per_district()]
    return {
        "weeks": weeks,
        "week_charts": _time_charts(weeks) if weeks else [],
        "fields": fields,
        "field_chart": _bar_chart(fields, key="field", kind="proposals", title=_("Proposals per action field")),
        "districts": districts,
        "district_chart": _bar_chart(districts, key="district", kind="proposals", title=_("Proposals per district")),
        "totals": {kind: sum(getattr(row.counts, kind) for row in fields) for kind in KINDS},
    }
