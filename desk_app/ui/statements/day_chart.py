"""The day chart of a statement, drawn by matplotlib on a QtAgg canvas inside the page."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.core.statements import DayShare

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

MIN_HEIGHT = 180


class DayChart(QWidget):
    """Pay per day as bars and pieces per day as a line, with a title.

    matplotlib (half a second to import) is loaded the first time the chart is on screen, not when
    the window starts; the days given before that are drawn then.

    Signals: only QWidget's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayShare, ...] = ()
        self._drawn: tuple[DayShare, ...] | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.title = QLabel(self.tr("By day"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.setMinimumHeight(MIN_HEIGHT)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)

    def set_days(self, days: Sequence[DayShare]) -> None:
        """Chart these days (every day of one month); drawn at once when on screen."""
        self._days = tuple(days)
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._drawn != self._days:
            self._draw()

    def _draw(self) -> None:
        from desk_app.charts.day_chart import DayChartWords, draw_day_chart

        canvas = self._canvas()
        draw_day_chart(canvas.figure, self._days, DayChartWords(amount=self.tr("Pay (yen)"), pieces=self.tr("Pieces")))
        canvas.draw_idle()
        self._drawn = self._days

    def _canvas(self) -> FigureCanvasQTAgg:
        if self.canvas is None:
            # matplotlib finds the Qt binding already imported; say which one in case it looks first.
            os.environ.setdefault("QT_API", "pyside6")
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(facecolor="none"))
            self.canvas.setObjectName("dayChartCanvas")
            self.canvas.setStyleSheet("background: transparent;")
            self._layout.addWidget(self.canvas, 1)
        return self.canvas
