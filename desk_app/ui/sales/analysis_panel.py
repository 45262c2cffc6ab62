"""The analyses of the Sales page: a tab per section, the section's options and export buttons, and
its chart with its data table beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.sales.chart_view import SalesChart
from desk_app.ui.sales.periods import Period
from desk_app.ui.sales.sales_reads import SectionQuery
from desk_app.ui.sales.sales_table_models import SalesTableModel, repeat_measures
from desk_app.ui.sales.sales_texts import Section, section_tip, section_title
from desk_app.ui.widgets.table import configure_table

NEXT_SECTION = QKeySequence("Ctrl+PgDown")
PREVIOUS_SECTION = QKeySequence("Ctrl+PgUp")
SECTIONS = tuple(Section)
MAX_IDLE_DAYS = 3650
MAX_SUPPORT = 10_000


class AnalysisPanel(QWidget):
    """Tabs Revenue · Top sellers · Slow movers · Bought together · Claims per product · Repeat
    customers (Ctrl+PgUp / Ctrl+PgDown step through them), the options of the section shown (by
    day, week or month; days unsold; orders together), Save PNG… / SVG… / CSV…, and the chart
    beside its table.

    Signals:
        query_changed(): the section or one of its options changed: read `query()` again.
        export_requested(str): a Save button was pressed: "png", "svg" or "csv".
    """

    query_changed = Signal()
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabBar()
        self.tabs.setObjectName("salesSections")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        for section in SECTIONS:
            index = self.tabs.addTab(section_title(section))
            self.tabs.setTabToolTip(index, section_tip(section))
        self.by = QComboBox()
        self.by.setObjectName("salesBy")
        for key, text in (("day", self.tr("Day")), ("week", self.tr("Week")), ("month", self.tr("Month"))):
            self.by.addItem(text, key)
        self.by.setCurrentIndex(self.by.findData("week"))
        self.idle_days = self._spin("salesIdleDays", 30, MAX_IDLE_DAYS, self.tr(" days"),
                                    self.tr("A product unsold for this many days up to the period's end is a slow"
                                            " mover; the products that sold least follow it"))
        self.min_support = self._spin("salesMinSupport", 2, MAX_SUPPORT, self.tr(" orders"),
                                      self.tr("Only pairs bought together in at least this many orders"))
        self.options = QStackedWidget()
        self._option_pages = {
            Section.REVENUE: self._option(self.tr("Show &by:"), self.by),
            Section.SLOW: self._option(self.tr("&Unsold for:"), self.idle_days),
            Section.PAIRS: self._option(self.tr("In at &least:"), self.min_support),
        }
        self._no_options = QWidget()
        self.options.addWidget(self._no_options)
        for page in self._option_pages.values():
            self.options.addWidget(page)
        self.save_png = self._button("salesSavePng", self.tr("Save PNG…"), self.tr("Save the chart as a picture"))
        self.save_svg = self._button("salesSaveSvg", self.tr("Save SVG…"),
                                     self.tr("Save the chart as a drawing that scales without blurring"))
        self.save_csv = self._button("salesSaveCsv", self.tr("Save CSV…"),
                                     self.tr("Save the table for a spreadsheet (UTF-8)"))
        self.chart = SalesChart()
        self.model = SalesTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("salesTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("salesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # the chart needs the room; the table's names are cut short
        self._next_shortcut = QShortcut(NEXT_SECTION, self)
        self._previous_shortcut = QShortcut(PREVIOUS_SECTION, self)
        for shortcut in (self._next_shortcut, self._previous_shortcut):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_options()
        self._lay_out()
        self._connect_signals()

    def _spin(self, name: str, value: int, maximum: int, suffix: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, maximum)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setToolTip(tip)
        spin.setKeyboardTracking(False)  # typing 120 reads once, not as 1, 12 and 120
        return spin

    @staticmethod
    def _option(text: str, field: QWidget) -> QWidget:
        holder = QWidget()
        label = QLabel(text)
        label.setBuddy(field)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(field)
        layout.addStretch(1)
        return holder

    @staticmethod
    def _button(name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 6, 0, 6)
        bar.addWidget(self.options, 1)
        for button in (self.save_png, self.save_svg, self.save_csv):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.by.activated.connect(self._on_option_changed)
        self.idle_days.valueChanged.connect(self._on_option_changed)
        self.min_support.valueChanged.connect(self._on_option_changed)
        self._next_shortcut.activated.connect(self._on_next_shortcut_activated)
        self._previous_shortcut.activated.connect(self._on_previous_shortcut_activated)
        self.save_png.clicked.connect(lambda: self.export_requested.emit("png"))
        self.save_svg.clicked.connect(lambda: self.export_requested.emit("svg"))
        self.save_csv.clicked.connect(lambda: self.export_requested.emit("csv"))

    # -- public API ---------------------------------------------------------------------------

    def section(self) -> Section:
        return SECTIONS[max(self.tabs.currentIndex(), 0)]

    def set_section(self, section: Section) -> None:
        """Show the tab of `section` (announced like a click when it changes)."""
        self.tabs.setCurrentIndex(SECTIONS.index(section))

    def query(self, period: Period) -> SectionQuery:
        """The section shown, over `period`, with its options as set."""
        return SectionQuery(self.section(), period, str(self.by.currentData()), self.idle_days.value(),
                            self.min_support.value())

    def show_data(self, section: Section, data: Any) -> None:
        """Chart `data`, the records of `section`, and list them in the table."""
        self.chart.show_chart(section, data)
        rows = repeat_measures(data) if section is Section.REPEAT else data
        self.model.show_rows(section, rows)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if self.model.stretches(column)
                                        else QHeaderView.ResizeMode.ResizeToContents)

    # -- slots --------------------------------------------------------------------------------

    def _show_options(self) -> None:
        self.options.setCurrentWidget(self._option_pages.get(self.section(), self._no_options))

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        self._show_options()
        self.query_changed.emit()

    @Slot()
    def _on_option_changed(self) -> None:
        self.query_changed.emit()

    @Slot()
    def _on_next_shortcut_activated(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    @Slot()
    def _on_previous_shortcut_activated(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count())
