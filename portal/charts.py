"""Small server-side SVG charts: pure functions from figures to markup, no Django and no JavaScript.

Each chart is an `<svg role="img">` named by its `<title>` and `<desc>`; pages put a data table beside it, so the
figures stay readable without the picture (screen readers, print in black and white). Every text is escaped here.
Colours come from CSS classes (site.css), with a fill attribute as fallback for viewers without the stylesheet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

WIDTH = 800
ROW_HEIGHT = 28
LABEL_WIDTH = 220
VALUE_WIDTH = 70
PALETTE = {
    "agree": "#1b6e3a",
    "disagree": "#a3261c",
    "pass": "#8a8f98",
    "rest": "#d9dce1",
    "series-0": "#1d4f91",
    "series-1": "#a0521d",
    "series-2": "#5b3f8c",
}


def _text(value) -> str:
    return escape(str(value), quote=True)


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _plain(value: float) -> str:
    return str(value)


def _open(chart_id: str, *, title: str, description: str, height: int) -> list[str]:
    chart_id = _text(chart_id)
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'id="{chart_id}" focusable="false">',
        f'<title id="{chart_id}-title">{_text(title)}</title>',
        f'<desc id="{chart_id}-desc">{_text(description)}</desc>',
    ]


def _rect(x: float, y: float, width: float, height: float, kind: str) -> str:
    return (
        f'<rect class="chart-{kind}" x="{_number(x)}" y="{_number(y)}" width="{_number(max(width, 0))}" '
        f'height="{_number(height)}" fill="{PALETTE[kind]}"/>'
    )


def _legend(items: Sequence[tuple[str, str]], y: float) -> list[str]:
    parts, x = [], 0.0
    for kind, label in items:
        parts.append(_rect(x, y, 12, 12, kind))
        parts.append(f'<text x="{_number(x + 16)}" y="{_number(y + 11)}" class="chart-legend">{_text(label)}</text>')
        x += 24 + 8 * len(label)
    return parts


def stacked_bars(
    rows: Sequence[tuple[str, Sequence[float]]],
    *,
    kinds: Sequence[tuple[str, str]],
    chart_id: str,
    title: str,
    description: str,
    total: float | None = None,
    value_format: str = "{:.0f}",
) -> str:
    """One horizontal bar per row, split into segments (`kinds`: css kind and legend label per segment).

    Each bar's length is its share of `total` (or of its own sum, so every bar fills the width).
    """
    height = len(rows) * ROW_HEIGHT + 34
    bar_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    parts = _open(chart_id, title=title, description=description, height=height)
    for index, (label, values) in enumerate(rows):
        y = index * ROW_HEIGHT + 4
        parts.append(f'<text x="0" y="{y + 15}" class="chart-label">{_text(label)}</text>')
        whole = total if total else sum(values)
        x = float(LABEL_WIDTH)
        for (kind, _legend_label), value in zip(kinds, values, strict=True):
            width = bar_width * value / whole if whole else 0
            parts.append(_rect(x, y, width, ROW_HEIGHT - 8, kind))
            x += width
        shown = value_format.format(values[0]) if values else ""
        parts.append(f'<text x="{WIDTH}" y="{y + 15}" text-anchor="end" class="chart-value">{_text(shown)}</text>')
    parts.extend(_legend(kinds, len(rows) * ROW_HEIGHT + 14))
    parts.append("</svg>")
    return "".join(parts)


def bars(
    rows: Sequence[tuple[str, float]],
    *,
    chart_id: str,
    title: str,
    description: str,
    kind: str = "series-0",
    value_format: Callable[[float], str] = _plain,
) -> str:
    """A horizontal bar per row, scaled to the largest value, the value printed at the bar's end.

    `value_format` writes the figures (the page passes the visitor's locale: "13.667" in German)."""
    height = max(len(rows), 1) * ROW_HEIGHT + 4
    bar_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    top = max((value for _label, value in rows), default=0)
    parts = _open(chart_id, title=title, description=description, height=height)
    for index, (label, value) in enumerate(rows):
        y = index * ROW_HEIGHT + 4
        width = bar_width * value / top if top else 0
        parts.append(f'<text x="0" y="{y + 15}" class="chart-label">{_text(label)}</text>')
        parts.append(_rect(LABEL_WIDTH, y, width, ROW_HEIGHT - 8, kind))
        parts.append(
            f'<text x="{_number(LABEL_WIDTH + width + 6)}" y="{y + 15}" class="chart-value">'
            f"{_text(value_format(value))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def columns(
    points: Sequence[tuple[str, float]],
    *,
    chart_id: str,
    title: str,
    description: str,
    kind: str = "series-0",
    label_every: int = 1,
    value_format: Callable[[float], str] = _plain,
) -> str:
    """Vertical columns over time (one per point), the largest value marked on the axis; every n-th label shown.

    The left margin is wide enough for a five-digit figure, and the last label is anchored at its end, so no
    axis text is cut off at the chart's edges."""
    height, top_margin, bottom_margin, left = 180, 16, 28, 64
    plot_height = height - top_margin - bottom_margin
    top = max((value for _label, value in points), default=0)
    step = (WIDTH - left) / max(len(points), 1)
    parts = _open(chart_id, title=title, description=description, height=height)
    base = top_margin + plot_height
    parts.append(f'<line x1="{left}" y1="{base}" x2="{WIDTH}" y2="{base}" class="chart-axis" stroke="#444"/>')
    parts.append(
        f'<text x="{left - 6}" y="{top_margin + 10}" text-anchor="end" class="chart-value">'
        f"{_text(value_format(top))}</text>"
    )
    parts.append(f'<text x="{left - 6}" y="{base}" text-anchor="end" class="chart-value">0</text>')
    for index, (label, value) in enumerate(points):
        bar_height = plot_height * value / top if top else 0
        x = left + index * step
        parts.append(_rect(x + step * 0.15, base - bar_height, step * 0.7, bar_height, kind))
        if index % max(label_every, 1) == 0:
            # A label near the right edge ends there instead of running past it.
            anchor, label_x = ("end", WIDTH) if x + step / 2 + 40 > WIDTH else ("middle", x + step / 2)
            parts.append(
                f'<text x="{_number(label_x)}" y="{height - 8}" text-anchor="{anchor}" '
                f'class="chart-label">{_text(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
