"""Sales charts of products as horizontal bars, the first of the list at the top, a note at the end
of each bar: top sellers, slow movers, products bought together and claims per product.

Each takes the rows in the order the analysis ranks them and charts the first `MAX_BARS`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

from desk_app.charts.sales_inputs import (
    ProductClaimsLike,
    ProductPairLike,
    ProductSalesLike,
    SalesChartWords,
    SlowMoverLike,
)
from desk_app.charts.style import (
    BAR_COLOR,
    FONT_SIZE,
    GRID_COLOR,
    LINE_COLOR,
    MUTED_COLOR,
    SUNDAY_COLOR,
    TEXT_COLOR,
    font_family,
    quiet_axes,
    yen_tick,
)

MAX_BARS = 15
NAME_WIDTH = 28  # in half-width columns: a Japanese character takes two
PAIR_NAME_WIDTH = 18
NOTE_ROOM = 1.3  # the scale reaches this far beyond the longest bar, so its note fits
ELLIPSIS = "…"


def shorten(text: str, width: int = NAME_WIDTH) -> str:
    """`text` cut to `width` columns (full-width characters count two) with `…` when cut."""
    columns = [2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text]
    if sum(columns) <= width:
        return text
    kept, used = [], 0
    for char, size in zip(text, columns, strict=True):
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept).rstrip() + ELLIPSIS


def horizontal_bars(figure: Figure, labels: Sequence[str], values: Sequence[float], notes: Sequence[str], *,
                    color: str | Sequence[str], scale_label: str) -> Axes:
    """Clear `figure` and draw one bar per label, top to bottom, with its note at its end."""
    family = font_family()
    figure.clear()
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot()
    rows = list(range(len(labels)))
    bars = axes.barh(rows, values, height=0.65, color=color, zorder=2)
    axes.bar_label(bars, labels=list(notes), padding=4, fontsize=FONT_SIZE, fontfamily=family, color=TEXT_COLOR)
    axes.set_yticks(rows, list(labels))
    axes.set_ylim(len(rows) - 0.5, -0.5)  # the first row at the top
    axes.set_xlim(0, max([*values, 0]) * NOTE_ROOM or 1)
    axes.xaxis.set_major_locator(MaxNLocator(nbins=5))
    axes.grid(axis="x", color=GRID_COLOR, linewidth=0.8, zorder=0)
    quiet_axes(axes, family, spine="left")
    axes.set_xlabel(scale_label, fontsize=FONT_SIZE, fontfamily=family, color=TEXT_COLOR)
    return axes


def draw_top(figure: Figure, products: Sequence[ProductSalesLike], words: SalesChartWords) -> Axes:
    """The best sellers' revenue, the best at the top."""
    shown = products[:MAX_BARS]
    revenue = [p.revenue_yen for p in shown]
    axes = horizontal_bars(figure, [shorten(p.name) for p in shown], revenue, [yen_tick(r) for r in revenue],
                           color=BAR_COLOR, scale_label=words.revenue)
    axes.xaxis.set_major_formatter(FuncFormatter(yen_tick))
    return axes


def draw_slow(figure: Figure, movers: Sequence[SlowMoverLike], words: SalesChartWords) -> Axes:
    """Days since each slow mover last sold; one never sold gets the longest bar, hatched."""
    shown = movers[:MAX_BARS]
    known = [m.idle_days for m in shown if m.idle_days is not None]
    longest = max(known, default=1)
    days = [longest if m.idle_days is None else m.idle_days for m in shown]
    notes = [words.never_sold if m.idle_days is None else f"{m.idle_days:,}" for m in shown]
    colors = [MUTED_COLOR if m.idle_days is None else LINE_COLOR for m in shown]
    axes = horizontal_bars(figure, [shorten(m.name) for m in shown], days, notes, color=colors,
                           scale_label=words.idle_days)
    for bar, mover in zip(axes.patches, shown, strict=True):
        if mover.idle_days is None:
            bar.set_hatch("///")
    axes.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    return axes


def pair_label(pair: ProductPairLike) -> str:
    """`A + B`, each name shortened."""
    return f"{shorten(pair.a_name, PAIR_NAME_WIDTH)} + {shorten(pair.b_name, PAIR_NAME_WIDTH)}"


def draw_pairs(figure: Figure, pairs: Sequence[ProductPairLike], words: SalesChartWords) -> Axes:
    """The orders holding each pair of products, with the pair's lift (above 1: bought together
    more often than chance would have it)."""
    shown = pairs[:MAX_BARS]
    axes = horizontal_bars(figure, [pair_label(p) for p in shown], [p.orders for p in shown],
                           [words.pair_lift.format(lift=f"{p.lift:.2f}") for p in shown], color=BAR_COLOR,
                           scale_label=words.together)
    axes.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    return axes


def draw_claims(figure: Figure, claims: Sequence[ProductClaimsLike], words: SalesChartWords) -> Axes:
    """Each product's claim rate in percent, with its number of claims."""
    shown = claims[:MAX_BARS]
    percent = [c.claim_rate * 100 for c in shown]
    notes = [f"{rate:.1f}% · " + words.claims.format(claims=f"{c.claims:,}") for rate, c in zip(percent, shown,
                                                                                                   strict=True)]
    axes = horizontal_bars(figure, [shorten(c.name) for c in shown], percent, notes, color=SUNDAY_COLOR,
                           scale_label=words.claim_rate)
    axes.xaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=None))
    return axes
