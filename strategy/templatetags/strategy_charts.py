"""Charts and their tables for a strategy theme: votes for and against, and agreement per opinion group."""

from django import template
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from portal import charts
from strategy.blocks import CONSENSUS_CHOICES, theme_slug

register = template.Library()


def _percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


@register.simple_tag
def theme_support(value) -> dict:
    """The theme's vote split as a one-bar chart and table rows; for divisive themes also per opinion group."""
    chart_id = "chart-" + theme_slug(value)
    support = value["support"]
    counts = [
        ("agree", _("Agree"), support["agree"]),
        ("disagree", _("Disagree"), support["disagree"]),
        ("pass", _("Pass"), support["passes"]),
    ]
    votes = sum(count for _kind, _label, count in counts)
    rows = [{"label": label, "votes": count, "percent": _percent(count, votes)} for _kind, label, count in counts]
    # the chart's text alternative is read aloud: numbers in the page's language ("87,5 %")
    description = "; ".join(
        f"{row['label']}: {number_format(row['votes'], force_grouping=True)} ({number_format(row['percent'], 1)} %)"
        for row in rows
    )
    support_svg = charts.stacked_bars(
        [(_("Votes"), [row["percent"] for row in rows])],
        kinds=[(kind, label) for kind, label, _count in counts],
        chart_id=f"{chart_id}-support",
        title=_("Votes on the proposals of “%(theme)s”") % {"theme": value["label"]},
        description=description,
        total=100,
        value_format="{:.0f} %",
    )
    result = {
        "votes": votes,
        "rows": rows,
        "chart": mark_safe(support_svg),  # noqa: S308 - charts escape every text
        "groups": [],
        "group_chart": "",
    }
    groups = list(value.get("groups") or [])
    if value.get("consensus") == "divisive" and groups:
        group_rows = []
        for group in groups:
            agree, disagree = float(group["agree"]), float(group["disagree"])
            group_rows.append(
                {
                    "label": _("Group %(number)s") % {"number": group["group"]},
                    "votes": group["votes"],
                    "agree": round(agree * 100, 1),
                    "disagree": round(disagree * 100, 1),
                    "other": round(max(0.0, 1 - agree - disagree) * 100, 1),
                }
            )
        group_svg = charts.stacked_bars(
            [(row["label"], [row["agree"], row["disagree"], row["other"]]) for row in group_rows],
            kinds=[("agree", _("Agree")), ("disagree", _("Disagree")), ("rest", _("Pass"))],
            chart_id=f"{chart_id}-groups",
            title=_("Agreement per opinion group on “%(theme)s”") % {"theme": value["label"]},
            description="; ".join(
                _("%(group)s: %(agree)s %% agree, %(disagree)s %% disagree")
                % {"group": row["label"], "agree": row["agree"], "disagree": row["disagree"]}
                for row in group_rows
            ),
            total=100,
            value_format="{:.0f} %",
        )
        result["groups"] = group_rows
        result["group_chart"] = mark_safe(group_svg)  # noqa: S308 - charts escape every text
    return result


@register.filter
def consensus_label(key: str) -> str:
    """The translated name of a consensus class."""
    return str(dict(CONSENSUS_CHOICES).get(key, key))
