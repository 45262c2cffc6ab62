"""The statement's day chart: the pay earned each day of the month as bars, the pieces done each
day as a line on a second scale. Saturdays and Sundays are marked as on a Japanese calendar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from desk_app.charts.style import (
    BAR_COLOR,
    FONT_SIZE,
    GRID_COLOR,
    HEADROOM,
    LINE_COLOR,
    SATURDAY_COLOR,
    SUNDAY_COLOR,
    font_family,
    quiet_axes,
    yen_tick,
)
from desk_app.core.statements import DayShare

DAY_FONT_SIZE = 7.0


@dataclass(frozen=True)
class DayChartWords:
    """The chart's words in the user's language; the caller translates them."""

    amount: str  # the bars: pay per day
    pieces: str  # the line: pieces per day


class DayChartAxes(NamedTuple):
    """The two scales of a drawn day chart: yen (bars) and pieces (line), sharing the days."""

    amount: Axes
    pieces: Axes


def draw_day_chart(figure: Figure, days: Sequence[DayShare], words: DayChartWords) -> DayChartAxes:
    """Clear `figure` and draw one bar per day of `days` (its yen) with the pieces as a line."""
    family = font_family()
    figure.clear()
    figure.set_layout_engine("constrained")
    amount_axes = figure.add_subplot()
    pieces_axes = amount_axes.twinx()
    numbers = [share.day.day for share in days]
    amount_axes.bar(numbers, [share.amount_yen for share in days], width=0.7, color=BAR_COLOR,
                    label=words.amount, zorder=2)
    pieces_axes.plot(numbers, [share.count for share in days], color=LINE_COLOR, linewidth=1.6, marker="o",
                     markersize=3, label=words.pieces, zorder=3)

    amount_axes.set_xlim(0.4, max(numbers, default=1) + 0.6)
    amount_axes.set_xticks(numbers)
    amount_axes.set_ylim(bottom=0, top=max([s.amount_yen for s in days] + [1]) * HEADROOM)
    pieces_axes.set_ylim(bottom=0, top=max([s.count for s in days] + [1]) * HEADROOM)
    amount_axes.yaxis.set_major_formatter(FuncFormatter(yen_tick))
    amount_axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    pieces_axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    amount_axes.grid(axis="y", color=GRID_COLOR, linewidth=0.8, zorder=0)
    for axes in (amount_axes, pieces_axes):
        quiet_axes(axes, family)
    amount_axes.tick_params(axis="x", labelsize=DAY_FONT_SIZE)
    for label, share in zip(amount_axes.get_xticklabels(), days, strict=True):
        weekday = share.day.weekday()
        if weekday >= 5:
            label.set_color(SATURDAY_COLOR if weekday == 5 else SUNDAY_COLOR)
    amount_axes.set_ylabel(words.amount, fontsize=FONT_SIZE, fontfamily=family, color=BAR_COLOR)
    pieces_axes.set_ylabel(words.pieces, fontsize=FONT_SIZE, fontfamily=family, color=LINE_COLOR)
    handles = [*amount_axes.get_legend_handles_labels()[0], *pieces_axes.get_legend_handles_labels()[0]]
    pieces_axes.legend(handles=handles, loc="upper left", frameon=False, ncols=2,
                       prop={"family": family, "size": FONT_SIZE})
    return DayChartAxes(amount_axes, pieces_axes)
