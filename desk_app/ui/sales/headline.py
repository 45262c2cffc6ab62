"""The period's headline figures across the top of the Sales page: revenue, orders, units, average
order value and repeat rate."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.ui import formatting
from desk_app.ui.sales.sales_texts import percent

VALUE_SCALE = 1.5
STYLE = "QFrame#salesFigure { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"


class HeadlineFigure(StrEnum):
    """The headline figures, left to right."""

    REVENUE = "revenue"
    ORDERS = "orders"
    UNITS = "units"
    AOV = "aov"
    REPEAT_RATE = "repeat_rate"


class FigureTile(QFrame):
    """One figure: a quiet caption above its value in large type."""

    def __init__(self, caption: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesFigure")
        self.setToolTip(tip)
        self.caption = QLabel(caption)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * VALUE_SCALE)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class Headline(QWidget):
    """The five figures of the period in a row of tiles.

    Signals: only QWidget's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        texts = {
            HeadlineFigure.REVENUE: (self.tr("Revenue"), self.tr(
                "Quantity × unit price over the lines of orders neither cancelled nor refunded")),
            HeadlineFigure.ORDERS: (self.tr("Orders"), self.tr("Orders neither cancelled nor refunded")),
            HeadlineFigure.UNITS: (self.tr("Units"), self.tr("Items sold in those orders")),
            HeadlineFigure.AOV: (self.tr("Average order"), self.tr("Revenue ÷ orders, rounded down")),
            HeadlineFigure.REPEAT_RATE: (self.tr("Repeat rate"), self.tr(
                "Customers of the period (by email) with two or more orders in it")),
        }
        self.tiles = {figure: FigureTile(caption, tip) for figure, (caption, tip) in texts.items()}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for tile in self.tiles.values():
            layout.addWidget(tile, 1)

    def show_figures(self, revenue_yen: int, orders: int, units: int, aov_yen: int, repeat_rate: float) -> None:
        values = {
            HeadlineFigure.REVENUE: formatting.yen(revenue_yen),
            HeadlineFigure.ORDERS: f"{orders:,}",
            HeadlineFigure.UNITS: f"{units:,}",
            HeadlineFigure.AOV: formatting.yen(aov_yen),
            HeadlineFigure.REPEAT_RATE: percent(repeat_rate),
        }
        for figure, text in values.items():
            self.tiles[figure].value.setText(text)

    def value(self, figure: HeadlineFigure) -> str:
        """The text the tile of `figure` shows."""
        return self.tiles[figure].value.text()
