"""The Sales page's charts, one per analysis (`KINDS`), drawn on any matplotlib Figure: the page's
QtAgg canvas, or an Agg figure saved as PNG or SVG (`save_sales_chart`, the page's export and the
command line's `sales chart`).

`draw_sales_chart` picks the chart of a kind; with nothing to chart, the figure says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from desk_app.charts.product_bars import draw_claims, draw_pairs, draw_slow, draw_top
from desk_app.charts.sales_inputs import KINDS, PeriodSalesLike, RepeatCustomersLike, SalesChartWords
from desk_app.charts.style import (
    BAR_COLOR,
    FONT_SIZE,
    GRID_COLOR,
    HEADROOM,
    LINE_COLOR,
    MUTED_COLOR,
    SATURDAY_COLOR,
    SUNDAY_COLOR,
    TEXT_COLOR,
    font_family,
    quiet_axes,
    yen_tick,
)

FORMATS = ("png", "svg")
EXPORT_SIZE = (9.0, 5.0)  # inches: 1350 × 750 pixels at EXPORT_DPI
EXPORT_DPI = 150
MAX_PERIOD_LABELS = 14  # more periods than this: only every n-th is labelled
SATURDAY_BAR = "#8db8e3"
SUNDAY_BAR = "#e39a91"
NEW_COLOR = "#b9c6d6"
TITLE_SIZE = 11.0
RATE_SIZE = 20.0


class RevenueAxes(NamedTuple):
    """The two scales of a drawn revenue chart: yen (bars) and orders (line), sharing the periods."""

    revenue: Axes
    orders: Axes


def is_day(period: PeriodSalesLike) -> bool:
    """Whether `period` is one day (a week's or a month's label is not its first day)."""
    return period.label == period.start.isoformat()


def period_tick(period: PeriodSalesLike) -> str:
    """`11/02` for a day, `W45` for a week, `2026/11` for a month."""
    if is_day(period):
        return f"{period.start:%m/%d}"
    if "-W" in period.label:
        return period.label.split("-")[-1]
    return f"{period.start:%Y/%m}"


def _day_color(day: date, weekday: str, saturday: str, sunday: str) -> str:
    return {5: saturday, 6: sunday}.get(day.weekday(), weekday)


def draw_revenue(figure: Figure, periods: Sequence[PeriodSalesLike], words: SalesChartWords) -> RevenueAxes:
    """Revenue per period as bars and orders as a line on a second scale; days of a weekend are
    coloured as on a Japanese calendar (Saturday blue, Sunday red)."""
    family = font_family()
    figure.clear()
    figure.set_layout_engine("constrained")
    revenue_axes = figure.add_subplot()
    orders_axes = revenue_axes.twinx()
    rows = list(range(len(periods)))
    daily = all(is_day(p) for p in periods)
    colors = [_day_color(p.start, BAR_COLOR, SATURDAY_BAR, SUNDAY_BAR) if daily else BAR_COLOR for p in periods]
    revenue = [p.revenue_yen for p in periods]
    orders = [p.orders for p in periods]
    revenue_axes.bar(rows, revenue, width=0.75, color=colors, zorder=2)
    orders_axes.plot(rows, orders, color=LINE_COLOR, linewidth=1.4, marker="o" if len(rows) <= 40 else None,
                     markersize=3, label=words.orders, zorder=3)

    step = -(-len(rows) // MAX_PERIOD_LABELS)
    revenue_axes.set_xticks(rows[::step], [period_tick(p) for p in periods[::step]])
    if daily:
        for label, period in zip(revenue_axes.get_xticklabels(), periods[::step], strict=True):
            label.set_color(_day_color(period.start, TEXT_COLOR, SATURDAY_COLOR, SUNDAY_COLOR))
    revenue_axes.set_xlim(-0.6, len(rows) - 0.4)
    revenue_axes.set_ylim(bottom=0, top=max([*revenue, 1]) * HEADROOM)
    orders_axes.set_ylim(bottom=0, top=max([*orders, 1]) * HEADROOM)
    revenue_axes.yaxis.set_major_formatter(FuncFormatter(yen_tick))
    revenue_axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    orders_axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    revenue_axes.grid(axis="y", color=GRID_COLOR, linewidth=0.8, zorder=0)
    for axes in (revenue_axes, orders_axes):
        quiet_axes(axes, family)
    revenue_axes.set_ylabel(words.revenue, fontsize=FONT_SIZE, fontfamily=family, color=BAR_COLOR)
    orders_axes.set_ylabel(words.orders, fontsize=FONT_SIZE, fontfamily=family, color=LINE_COLOR)
    # The bars' own handle would take the colour of the first bar, a weekend's perhaps.
    handles = [Patch(color=BAR_COLOR, label=words.revenue), *orders_axes.get_legend_handles_labels()[0]]
    if daily:
        handles += [Patch(color=SATURDAY_BAR, label=words.saturday), Patch(color=SUNDAY_BAR, label=words.sunday)]
    orders_axes.legend(handles=handles, loc="upper left", frameon=False, ncols=2,
                       prop={"family": family, "size": FONT_SIZE})
    return RevenueAxes(revenue_axes, orders_axes)


def draw_repeat(figure: Figure, repeat: RepeatCustomersLike, words: SalesChartWords) -> Axes:
    """New and repeat customers as a donut, the repeat rate in its middle."""
    family = font_family()
    figure.clear()
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot()
    new = repeat.customers - repeat.repeat_customers
    wedges, _texts = axes.pie([new, repeat.repeat_customers], colors=[NEW_COLOR, BAR_COLOR], startangle=90,
                              counterclock=False, wedgeprops={"width": 0.38, "edgecolor": "white"})
    axes.text(0, 0.06, f"{repeat.rate * 100:.1f}%", ha="center", va="center", fontsize=RATE_SIZE,
              fontweight="bold", fontfamily=family, color=TEXT_COLOR)
    axes.text(0, -0.2, words.repeat_rate, ha="center", va="center", fontsize=FONT_SIZE, fontfamily=family,
              color=MUTED_COLOR)
    axes.set_aspect("equal")
    axes.legend(wedges, [f"{words.new_customers}: {new:,}", f"{words.repeat_customers}: {repeat.repeat_customers:,}"],
                loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False, prop={"family": family, "size": FONT_SIZE})
    return axes


def draw_no_data(figure: Figure, words: SalesChartWords) -> None:
    """Clear `figure` and say there is nothing to chart."""
    figure.clear()
    figure.text(0.5, 0.5, words.no_data, ha="center", va="center", fontsize=TITLE_SIZE, fontfamily=font_family(),
                color=MUTED_COLOR)


DRAWERS: dict[str, Callable[[Figure, Any, SalesChartWords], object]] = {
    "revenue": draw_revenue,
    "top": draw_top,
    "slow": draw_slow,
    "pairs": draw_pairs,
    "claims": draw_claims,
    "repeat": draw_repeat,
}


def has_data(data: Sequence[object] | RepeatCustomersLike) -> bool:
    """Whether a chart's data holds anything to chart (rows; for repeat customers, a customer)."""
    if isinstance(data, Sequence):
        return bool(data)
    return data.customers > 0


def draw_sales_chart(figure: Figure, kind: str, data: Sequence[Any] | RepeatCustomersLike, words: SalesChartWords,
                     *, title: str = "") -> None:
    """Clear `figure` and draw the chart of `kind` (one of KINDS) over `data`: the list (or, for
    "repeat", the record) the matching SalesService method returns. `title` goes on top."""
    if kind not in DRAWERS:
        raise ValueError(f"unknown sales chart {kind!r} (one of {', '.join(KINDS)})")
    if has_data(data):
        DRAWERS[kind](figure, data, words)
    else:
        draw_no_data(figure, words)
    if title:
        figure.suptitle(title, fontsize=TITLE_SIZE, fontweight="bold", fontfamily=font_family(), color=TEXT_COLOR)


def save_sales_chart(path: Path, kind: str, data: Sequence[Any] | RepeatCustomersLike, words: SalesChartWords,
                     *, title: str = "") -> Path:
    """Draw the chart of `kind` on a white figure of EXPORT_SIZE and save it to `path` as PNG (at
    EXPORT_DPI) or SVG, as its suffix says."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"a chart is saved as {' or '.join(FORMATS)}, not {path.suffix!r}")
    figure = Figure(figsize=EXPORT_SIZE, dpi=EXPORT_DPI, facecolor="white")
    draw_sales_chart(figure, kind, data, words, title=title)
    figure.savefig(path, format=fmt, dpi=EXPORT_DPI)
    return path
