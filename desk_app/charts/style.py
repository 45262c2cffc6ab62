"""The look every chart shares: its colours, its type (Japanese-capable) and the yen scale."""

from __future__ import annotations

from matplotlib.axes import Axes

from desk_app.charts.fonts import japanese_family

BAR_COLOR = "#4c78a8"  # amounts (yen) as bars
LINE_COLOR = "#e07b39"  # counts as a line on a second scale
GRID_COLOR = "#dde1e6"
TEXT_COLOR = "#3b4148"
MUTED_COLOR = "#8a939c"
SATURDAY_COLOR = "#2f6db5"
SUNDAY_COLOR = "#c0392b"
FONT_SIZE = 8.5
HEADROOM = 1.3  # above the highest bar and point, so the legend covers neither


def font_family() -> list[str]:
    """The families chart text is set in: a Japanese one first, DejaVu Sans for what it lacks."""
    return [japanese_family(), "DejaVu Sans"]


def yen_tick(value: float, _position: int | None = None) -> str:
    """`¥12,000` for a tick of the yen scale (ticks are whole yen)."""
    amount = round(value)
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def quiet_axes(axes: Axes, family: list[str], *, spine: str = "bottom") -> None:
    """Tick labels small and grey without tick marks, and of the frame only `spine`, faint."""
    axes.tick_params(labelsize=FONT_SIZE, labelfontfamily=family, colors=TEXT_COLOR, length=0)
    for side, line in axes.spines.items():
        line.set_visible(side == spine)
    axes.spines[spine].set_color(GRID_COLOR)
