"""A Sales chart drawn by matplotlib on a QtAgg canvas inside the page."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk_app.ui.sales.sales_texts import Section, chart_words

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

MIN_WIDTH = 320
MIN_HEIGHT = 220


class SalesChart(QWidget):
    """The chart of one section's data (`show_chart`).

    matplotlib (half a second to import) is loaded the first time a chart is on screen, not when
    the window starts; the chart given before that is drawn then.

    Signals: only QWidget's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: tuple[Section, Any] | None = None
        self._drawn: tuple[Section, Any] | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_chart(self, section: Section, data: Any) -> None:
        """Chart `data`, the records of `section`; drawn at once when on screen."""
        self._chart = (section, data)
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart is not None and self._drawn is not self._chart:
            self._draw()

    def _draw(self) -> None:
        from desk_app.charts.sales_charts import draw_sales_chart

        assert self._chart is not None
        section, data = self._chart
        canvas = self._canvas()
        draw_sales_chart(canvas.figure, section.value, data, chart_words())
        canvas.draw_idle()
        self._drawn = self._chart

    def _canvas(self) -> FigureCanvasQTAgg:
        if self.canvas is None:
            # matplotlib finds the Qt binding already imported; say which one in case it looks first.
            os.environ.setdefault("QT_API", "pyside6")
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(facecolor="none"))
            self.canvas.setObjectName("salesChartCanvas")
            self.canvas.setStyleSheet("background: transparent;")
            self._layout.addWidget(self.canvas, 1)
        return self.canvas
